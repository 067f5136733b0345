#include "dovecotfixture.h"

#include "toolrunner.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

constexpr int kReadyTimeoutMs = 10000;
constexpr int kGracefulStopMs = 2000;
constexpr int kStopTimeoutMs = 5000;
constexpr int kStartAttempts = 3;

// The accounts Dovecot runs its processes and mail as. Dovecot refuses to touch mail as root, so
// as root mail belongs to `nobody`; as a normal user everything runs as that user.
struct Accounts
{
    QString loginUser;
    QString internalUser;
    QString internalGroup;
    uid_t mailUid = 0;
    gid_t mailGid = 0;
};

QString accountOr(const char *name, const char *fallback)
{
    return QString::fromLocal8Bit(::getpwnam(name) ? name : fallback);
}

std::optional<Accounts> accounts()
{
    Accounts a;
    if (::geteuid() == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody)
            return std::nullopt;
        a.mailUid = nobody->pw_uid;
        a.mailGid = nobody->pw_gid;
        a.loginUser = accountOr("dovenull", "nobody");
        a.internalUser = accountOr("dovecot", "nobody");
        const group *dovecot = ::getgrnam("dovecot");
        const group *fallback = ::getgrgid(nobody->pw_gid);
        if (!dovecot && !fallback)
            return std::nullopt;
        a.internalGroup = QString::fromLocal8Bit(dovecot ? dovecot->gr_name : fallback->gr_name);
        return a;
    }
    const passwd *self = ::getpwuid(::geteuid());
    if (!self)
        return std::nullopt;
    a.mailUid = self->pw_uid;
    a.mailGid = self->pw_gid;
    const group *own = ::getgrgid(::getegid());
    if (!own)
        return std::nullopt;
    a.loginUser = a.internalUser = QString::fromLocal8Bit(self->pw_name);
    a.internalGroup = QString::fromLocal8Bit(own->gr_name);
    return a;
}

// The program's path, or its bare name so that QProcess names it in the error when it is missing.
QString findTool(const QString &name)
{
    const QString path = DovecotFixture::toolPath(name);
    return path.isEmpty() ? name : path;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

QString uidSet(const QList<quint32> &uids)
{
    QStringList parts;
    for (quint32 uid : uids)
        parts << QString::number(uid);
    return parts.join(u',');
}

constexpr QFileDevice::Permissions kTraversable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
    | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::ExeOther;

// Whether every folder from / down to path lets other accounts pass through.
bool traversableByAll(const QString &path)
{
    QString folder = QDir(path).absolutePath();
    while (true) {
        if (!(QFileInfo(folder).permissions() & QFileDevice::ExeOther))
            return false;
        if (folder == u'/')
            return true;
        folder = QFileInfo(folder).path();
    }
}

} // namespace

bool DovecotFixture::offersCompression()
{
    for (const char *modules : {"/usr/lib/dovecot/modules", "/usr/lib64/dovecot/modules",
                                "/usr/local/lib/dovecot/modules"}) {
        if (QFileInfo::exists(QString::fromLatin1(modules) + u"/lib30_imap_zlib_plugin.so"))
            return true;
    }
    return false;
}

QString DovecotFixture::toolPath(const QString &name)
{
    // A normal user's PATH often lacks the sbin folders where Debian puts `dovecot`.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name,
                                              {QStringLiteral("/usr/sbin"),
                                               QStringLiteral("/usr/local/sbin"),
                                               QStringLiteral("/sbin")});
    return path;
}

DovecotFixture::DovecotFixture() = default;

DovecotFixture::~DovecotFixture()
{
    stop();
}

bool DovecotFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString DovecotFixture::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotFixture::configPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("dovecot.conf")) : QString();
}

QString DovecotFixture::logFilePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("log/dovecot.log")) : QString();
}

QByteArray DovecotFixture::serverCertificateSha256() const
{
    return m_pki.serverCertificate().digest(QCryptographicHash::Sha256);
}

qint64 DovecotFixture::masterPid() const
{
    return m_process ? m_process->processId() : 0;
}

bool DovecotFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString DovecotFixture::logTail(int lines) const
{
    QFile file(logFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log at %1)").arg(logFilePath());
    const QList<QByteArray> all = file.readAll().trimmed().split('\n');
    return QString::fromUtf8(all.mid(qMax(0, all.size() - lines)).join('\n'));
}

bool DovecotFixture::prepare()
{
    // Unix socket paths under base_dir must stay below 108 bytes. As root, Dovecot's own
    // accounts must reach the folder: a private TMPDIR (mode 0700) would hide it from them.
    QString root = QDir::tempPath();
    if (root.size() > 60 || (::geteuid() == 0 && !traversableByAll(root)))
        root = QStringLiteral("/tmp");
    m_dir = std::make_unique<QTemporaryDir>(root + QStringLiteral("/mailbell-dovecot-XXXXXX"));
    if (!m_dir->isValid())
        return fail(
            QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString()));
    m_instanceName = QStringLiteral("mailbell-") + QDir(m_dir->path()).dirName().section(u'-', -1);

    const std::optional<Accounts> acc = accounts();
    if (!acc)
        return fail(QStringLiteral("cannot look up the accounts Dovecot should run as"));
    const QDir dir(m_dir->path());
    for (const char *sub : {"run", "state", "log", "tls", "home", "users"}) {
        if (!dir.mkpath(QString::fromLatin1(sub)))
            return fail(
                QStringLiteral("cannot create %1").arg(dir.filePath(QString::fromLatin1(sub))));
    }
    const QString home = dir.filePath(QStringLiteral("home"));
    if (!QFile::setPermissions(dir.path(), kTraversable)
        || !QFile::setPermissions(dir.filePath(QStringLiteral("users")), kTraversable)
        || !QFile::setPermissions(home, kTraversable)
        || ::chown(QFile::encodeName(home).constData(), acc->mailUid, acc->mailGid) != 0)
        return fail(QStringLiteral("cannot make %1 traversable and owned by uid %2")
                        .arg(home)
                        .arg(acc->mailUid));
    if (!m_pki.generate(dir.filePath(QStringLiteral("tls"))))
        return fail(QStringLiteral("cannot generate certificates: %1").arg(m_pki.errorString()));
    if (!pickPorts() || !writeConfig())
        return false;
    m_prepared = true;
    return true;
}

bool DovecotFixture::pickPorts()
{
    m_imapPort = freeLoopbackPort();
    m_imapsPort = freeLoopbackPort();
    while (m_imapsPort == m_imapPort && m_imapPort != 0)
        m_imapsPort = freeLoopbackPort();
    if (m_imapPort == 0 || m_imapsPort == 0)
        return fail(QStringLiteral("cannot find free ports on 127.0.0.1"));
    return true;
}

bool DovecotFixture::writeConfig()
{
    const std::optional<Accounts> acc = accounts();
    if (!acc)
        return fail(QStringLiteral("cannot look up the accounts Dovecot should run as"));
    const QString d = m_dir->path();
    const QString config =
        QStringLiteral(
            "# Written by DovecotFixture; private instance, nothing to do with the system "
            "service.\n"
            "instance_name = %1\n"
            "base_dir = %2/run\n"
            "state_dir = %2/state\n"
            "protocols = imap\n"
            "listen = 127.0.0.1\n"
            "log_path = %2/log/dovecot.log\n"
            "default_login_user = %3\n"
            "default_internal_user = %4\n"
            "default_internal_group = %11\n"
            "ssl = yes\n"
            "ssl_cert = <%5\n"
            "ssl_key = <%6\n"
            "disable_plaintext_auth = no\n"
            "auth_mechanisms = plain login\n"
            // Failed logins answer at once and the per-IP penalty (which doubles the delay up to
            // 15 s, and every test connects from 127.0.0.1) is off: negative tests stay fast.
            "auth_failure_delay = 0\n"
            // One passwd-file per user: Dovecot re-reads a changed passwd-file at most once a
            // second, but a file it has never opened is read on first lookup, so createUser()
            // takes effect immediately.
            "passdb {\n"
            "  driver = passwd-file\n"
            "  args = scheme=PLAIN username_format=%u %2/users/%u\n"
            "}\n"
            "userdb {\n"
            "  driver = static\n"
            "  args = uid=%7 gid=%8 home=%2/home/%u\n"
            "}\n"
            "first_valid_uid = 1\n"
            "first_valid_gid = 1\n"
            "mail_location = maildir:~/Maildir\n"
            // RFC 6154 special use, so clients can find a Trash not named "Trash"; Junk, Sent
            // and Archive for the settings dialog's folder list (none is created by itself).
            "namespace inbox {\n"
            "  inbox = yes\n"
            "  mailbox \"Deleted Messages\" {\n"
            "    special_use = \\Trash\n"
            "  }\n"
            "  mailbox Junk {\n"
            "    special_use = \\Junk\n"
            "  }\n"
            "  mailbox Sent {\n"
            "    special_use = \\Sent\n"
            "  }\n"
            "  mailbox Archive {\n"
            "    special_use = \\Archive\n"
            "  }\n"
            "}\n"
            "mail_max_userip_connections = 100\n"
            // No stats: a login process that starts while the stats service is still coming up
            // waits 5 s for its handshake, which made stop() right after start() take 6 s.
            "stats_writer_socket_path =\n"
            "service imap-login {\n"
            "  inet_listener imap {\n"
            "    address = 127.0.0.1\n"
            "    port = %9\n"
            "  }\n"
            "  inet_listener imaps {\n"
            "    address = 127.0.0.1\n"
            "    port = %10\n"
            "    ssl = yes\n"
            "  }\n"
            "  chroot =\n"
            "}\n"
            "service anvil {\n"
            "  chroot =\n"
            "  unix_listener anvil-auth-penalty {\n"
            "    mode = 0\n"
            "  }\n"
            "}\n"
            "%12")
            .arg(m_instanceName, d, acc->loginUser, acc->internalUser,
                 m_pki.serverCertificatePath(), m_pki.serverKeyPath())
            .arg(acc->mailUid)
            .arg(acc->mailGid)
            .arg(m_imapPort)
            .arg(m_imapsPort)
            .arg(acc->internalGroup,
                 // COMPRESS=DEFLATE (RFC 4978) after login: imap_zlib needs the zlib plugin.
                 offersCompression() ? QStringLiteral("mail_plugins = $mail_plugins zlib\n"
                                                      "protocol imap {\n"
                                                      "  mail_plugins = $mail_plugins imap_zlib\n"
                                                      "}\n")
                                     : QString());
    return writeFile(configPath(), config.toUtf8(), &m_error);
}

bool DovecotFixture::launch()
{
    // A master killed with SIGKILL leaves master.pid behind; Dovecot refuses to start if that PID
    // now belongs to any live process.
    QFile::remove(m_dir->filePath(QStringLiteral("run/master.pid")));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(findTool(QStringLiteral("dovecot")));
    m_process->setArguments({QStringLiteral("-F"), QStringLiteral("-c"), configPath()});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        // The master must not outlive us, even if we crash or are SIGKILLed.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::raise(SIGTERM);
    });
    m_process->start();
    if (!m_process->waitForStarted(kReadyTimeoutMs))
        return fail(QStringLiteral("cannot start %1: %2")
                        .arg(m_process->program(), m_process->errorString()));
    return true;
}

bool DovecotFixture::waitUntilReady(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    bool imapsReady = false;
    bool imapReady = false;
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running || m_process->waitForFinished(0))
            break;
        if (!imapsReady) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_imapsPort);
            imapsReady = socket.waitForConnected(200);
        }
        if (imapsReady && !imapReady) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_imapPort);
            if (socket.waitForConnected(200)) {
                QByteArray greeting;
                while (!greeting.contains('\n') && socket.waitForReadyRead(1000))
                    greeting += socket.readAll();
                imapReady = greeting.startsWith("* OK");
            }
        }
        if (imapsReady && imapReady)
            return true;
        m_process->waitForFinished(20);
    }
    const QString output = QString::fromLocal8Bit(m_process->readAll().trimmed());
    return fail(
        QStringLiteral("Dovecot did not get ready on 127.0.0.1:%1 (imap) and :%2 (imaps) "
                       "(waited up to %3 ms; %4).\nOutput: %5\nLog tail (%6):\n%7")
            .arg(m_imapPort)
            .arg(m_imapsPort)
            .arg(timeoutMs)
            .arg(m_process->state() == QProcess::Running
                     ? QStringLiteral("still running")
                     : QStringLiteral("exited with code %1").arg(m_process->exitCode()))
            .arg(output.isEmpty() ? QStringLiteral("(none)") : output, logFilePath(), logTail()));
}

bool DovecotFixture::start()
{
    if (isRunning())
        return true;
    const bool firstStart = !m_prepared;
    if (firstStart && !prepare())
        return false;
    for (int attempt = 1;; ++attempt) {
        if (launch() && waitUntilReady(kReadyTimeoutMs))
            return true;
        const QString error = m_error;
        const bool portTaken = error.contains(QLatin1StringView("Address already in use"));
        stop();
        m_error = error;
        // Another process may grab a port between our probe and Dovecot's bind: pick new ones.
        // A restart keeps its ports, so it does not retry.
        if (!firstStart || !portTaken || attempt == kStartAttempts)
            return false;
        if (!pickPorts() || !writeConfig())
            return false;
    }
}

bool DovecotFixture::stop()
{
    if (!m_process)
        return true;
    if (m_process->state() != QProcess::NotRunning) {
        const qint64 master = m_process->processId();
        ::kill(static_cast<pid_t>(master), SIGTERM);
        // A clean shutdown takes about a second. A login process spawned just before it can hang
        // for 5 s waiting for settings from the already stopped config process (seen on 2.3.19),
        // and the master waits for it: kill such stragglers so the master can finish.
        if (!m_process->waitForFinished(kGracefulStopMs)) {
            const QList<qint64> children = instanceProcesses();
            for (qint64 pid : children) {
                if (pid != master)
                    ::kill(static_cast<pid_t>(pid), SIGKILL);
            }
            if (!m_process->waitForFinished(kStopTimeoutMs)) {
                m_process->kill();
                m_process->waitForFinished(kStopTimeoutMs);
            }
        }
    }
    m_process.reset();

    // The master's children (log, anvil, ...) exit a moment after it; wait, then make sure.
    QDeadlineTimer deadline(kStopTimeoutMs);
    QList<qint64> left = instanceProcesses();
    while (!left.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(20);
        left = instanceProcesses();
    }
    for (qint64 pid : std::as_const(left))
        ::kill(static_cast<pid_t>(pid), SIGKILL);
    if (!left.isEmpty())
        return fail(QStringLiteral("Dovecot processes %1 outlived the master; killed them")
                        .arg(QString::fromLatin1(QByteArray::number(left.size()))));
    return true;
}

bool DovecotFixture::restart()
{
    if (!m_prepared)
        return fail(QStringLiteral("restart() before start()"));
    return stop() && start();
}

QList<qint64> DovecotFixture::instanceProcesses() const
{
    return m_prepared ? findInstanceProcesses(m_instanceName, configPath()) : QList<qint64>();
}

QList<qint64> DovecotFixture::findInstanceProcesses(const QString &instanceName,
                                                    const QString &configPath)
{
    const QByteArray title = "dovecot-" + instanceName.toUtf8() + '/';
    const QByteArray config = QFile::encodeName(configPath);
    const qint64 self = ::getpid();
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> argv = cmdline.readAll().split('\0');
        if (argv.isEmpty())
            continue;
        if (argv.first().startsWith(title) || argv.contains(config))
            pids << pid;
    }
    return pids;
}

std::optional<QByteArray> DovecotFixture::doveadm(const QStringList &arguments,
                                                  const QByteArray &input, int timeoutMs)
{
    if (!m_prepared) {
        fail(QStringLiteral("doveadm before start()"));
        return std::nullopt;
    }
    const ToolResult result = ToolRunner::run(
        findTool(QStringLiteral("doveadm")),
        QStringList {QStringLiteral("-c"), configPath()} + arguments, input, timeoutMs);
    if (!result.ok) {
        fail(result.error);
        return std::nullopt;
    }
    return result.output;
}

bool DovecotFixture::createUser(const QString &name, const QString &password)
{
    static const QString forbidden = QStringLiteral(":/\n\r\t %");
    for (QChar c : forbidden) {
        if (name.contains(c))
            return fail(QStringLiteral("user name %1 contains a character passwd-file cannot hold")
                            .arg(name));
    }
    if (name.isEmpty() || password.contains(u':') || password.contains(u'\n'))
        return fail(QStringLiteral("empty user name, or ':' or newline in the password"));
    if (!m_prepared)
        return fail(QStringLiteral("createUser() before start()"));
    const QString path = m_dir->filePath(QStringLiteral("users/") + name);
    if (QFile::exists(path))
        return fail(QStringLiteral("user %1 exists already").arg(name));
    if (!writeFile(path, name.toUtf8() + ":{PLAIN}" + password.toUtf8() + "::::::\n", &m_error))
        return false;
    // The auth process may run as default_internal_user, whatever our umask.
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther);
    return true;
}

bool DovecotFixture::createMailbox(const QString &user, const QString &mailbox)
{
    return doveadm({QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user,
                    mailbox})
        .has_value();
}

std::optional<quint32> DovecotFixture::statusField(const QString &user, const QString &mailbox,
                                                   const QString &field)
{
    const std::optional<QByteArray> out =
        doveadm({QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("mailbox"),
                 QStringLiteral("status"), QStringLiteral("-u"), user, field, mailbox});
    if (!out)
        return std::nullopt;
    // Tab format: a header line naming the columns, then one line of values.
    const QList<QByteArray> lines = out->trimmed().split('\n');
    const QList<QByteArray> names = lines.value(0).split('\t');
    const QList<QByteArray> values = lines.value(1).split('\t');
    const qsizetype column = names.indexOf(field.toUtf8());
    bool ok = false;
    const quint32 value =
        lines.size() == 2 && column >= 0 ? values.value(column).trimmed().toUInt(&ok) : 0;
    if (!ok) {
        fail(QStringLiteral("unexpected doveadm mailbox status output for %1: %2")
                 .arg(field, QString::fromUtf8(*out)));
        return std::nullopt;
    }
    return value;
}

std::optional<quint32> DovecotFixture::uidNext(const QString &user, const QString &mailbox)
{
    return statusField(user, mailbox, QStringLiteral("uidnext"));
}

std::optional<quint32> DovecotFixture::unseenCount(const QString &user, const QString &mailbox)
{
    return statusField(user, mailbox, QStringLiteral("unseen"));
}

std::optional<quint32> DovecotFixture::uidValidity(const QString &user, const QString &mailbox)
{
    return statusField(user, mailbox, QStringLiteral("uidvalidity"));
}

std::optional<quint32> DovecotFixture::appendMessage(const QString &user, const QString &mailbox,
                                                     const QByteArray &rfc822,
                                                     const QStringList &flags)
{
    // doveadm save does not report the UID: everything at or above the old UIDNEXT is ours,
    // as long as nobody else appends to this mailbox at the same time.
    const std::optional<quint32> before = uidNext(user, mailbox);
    if (!before)
        return std::nullopt;
    if (!doveadm(
            {QStringLiteral("save"), QStringLiteral("-u"), user, QStringLiteral("-m"), mailbox},
            rfc822))
        return std::nullopt;
    const std::optional<QByteArray> out =
        doveadm({QStringLiteral("-f"), QStringLiteral("tab"), QStringLiteral("fetch"),
                 QStringLiteral("-u"), user, QStringLiteral("uid"), QStringLiteral("mailbox"),
                 mailbox, QStringLiteral("uid"), QStringLiteral("%1:*").arg(*before)});
    if (!out)
        return std::nullopt;
    QList<QByteArray> lines = out->trimmed().split('\n');
    lines.removeFirst(); // header
    bool ok = false;
    const quint32 uid = lines.size() == 1 ? lines.first().trimmed().toUInt(&ok) : 0;
    if (!ok) {
        fail(QStringLiteral("cannot tell the new UID in %1 (UIDNEXT was %2): %3")
                 .arg(mailbox)
                 .arg(*before)
                 .arg(QString::fromUtf8(*out)));
        return std::nullopt;
    }
    if (!flags.isEmpty() && !addFlags(user, mailbox, uid, flags))
        return std::nullopt;
    return uid;
}

bool DovecotFixture::flagsCommand(const char *action, const QString &user, const QString &mailbox,
                                  quint32 uid, const QStringList &flags)
{
    return doveadm({QStringLiteral("flags"), QString::fromLatin1(action), QStringLiteral("-u"),
                    user, flags.join(u' '), QStringLiteral("mailbox"), mailbox,
                    QStringLiteral("uid"), QString::number(uid)})
        .has_value();
}

bool DovecotFixture::setFlags(const QString &user, const QString &mailbox, quint32 uid,
                              const QStringList &flags)
{
    return flagsCommand("replace", user, mailbox, uid, flags);
}

bool DovecotFixture::addFlags(const QString &user, const QString &mailbox, quint32 uid,
                              const QStringList &flags)
{
    return flagsCommand("add", user, mailbox, uid, flags);
}

bool DovecotFixture::removeFlags(const QString &user, const QString &mailbox, quint32 uid,
                                 const QStringList &flags)
{
    return flagsCommand("remove", user, mailbox, uid, flags);
}

bool DovecotFixture::expunge(const QString &user, const QString &mailbox,
                             const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return true;
    return doveadm({QStringLiteral("expunge"), QStringLiteral("-u"), user,
                    QStringLiteral("mailbox"), mailbox, QStringLiteral("uid"), uidSet(uids)})
        .has_value();
}

bool DovecotFixture::changeUidValidity(const QString &user, const QString &mailbox,
                                       quint32 uidValidity)
{
    // `doveadm mailbox update --uid-validity` works on Dovecot 2.3.19 (checked); read it back
    // anyway.
    if (!doveadm({QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"), user,
                  QStringLiteral("--uid-validity"), QString::number(uidValidity), mailbox}))
        return false;
    const std::optional<quint32> now = this->uidValidity(user, mailbox);
    if (!now)
        return false;
    if (*now != uidValidity)
        return fail(QStringLiteral("UIDVALIDITY of %1 is %2 after setting it to %3")
                        .arg(mailbox)
                        .arg(*now)
                        .arg(uidValidity));
    return true;
}
