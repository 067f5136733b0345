#include "demoserver.h"

#include "dovecotfixture.h"
#include "samplemessages.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"demo"_s;
constexpr int kPasswordLength = 24;
// Where Debian's dovecot-imapd puts the IMAP service that /usr/sbin/dovecot runs.
const QString kDebianImapBinary = u"/usr/lib/dovecot/imap"_s;

QString randomPassword()
{
    static const QByteArray alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < kPasswordLength; ++i)
        password += QLatin1Char(
            alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return password;
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_dripTimer.setInterval(defaultDripIntervalMs);
    connect(&m_dripTimer, &QTimer::timeout, this, &DemoServer::dripNow);
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::accountId()
{
    return u"demo"_s;
}

bool DemoServer::fail(const QString &message)
{
    m_error = message;
    return false;
}

void DemoServer::setDripInterval(int milliseconds)
{
    m_dripTimer.setInterval(qMax(1, milliseconds));
}

void DemoServer::setDripPaused(bool paused)
{
    m_paused = paused;
    updateTimer();
}

void DemoServer::updateTimer()
{
    if (isRunning() && !m_paused) {
        if (!m_dripTimer.isActive())
            m_dripTimer.start();
    } else {
        m_dripTimer.stop();
    }
}

QString DemoServer::missingPackagesMessage() const
{
    QStringList packages;
    const QString dovecot = DovecotFixture::toolPath(u"dovecot"_s);
    if (dovecot.isEmpty() || DovecotFixture::toolPath(u"doveadm"_s).isEmpty())
        packages << u"dovecot-core"_s;
    // Only Debian's own build is known to keep the IMAP service there.
    const QFileInfo imap(kDebianImapBinary);
    if ((dovecot.isEmpty() || dovecot == u"/usr/sbin/dovecot"_s)
        && !(imap.isFile() && imap.isExecutable()))
        packages << u"dovecot-imapd"_s;
    if (DovecotFixture::toolPath(u"openssl"_s).isEmpty())
        packages << u"openssl"_s;
    if (packages.isEmpty())
        return {};
    //: %1 lists the missing packages (comma-separated), %2 the same for the command line
    return tr("The demo runs its own small mail server, Dovecot, which is not fully installed "
              "here. Install the Debian package(s) %1, for example with\n"
              "  sudo apt install %2",
              nullptr, int(packages.size()))
        .arg(packages.join(u", "_s), packages.join(u' '));
}

bool DemoServer::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    const QString missing = missingPackagesMessage();
    if (!missing.isEmpty())
        return fail(missing);

    m_server = std::make_unique<DovecotFixture>();
    if (!m_server->start()) {
        const QString detail = m_server->errorString();
        m_server.reset();
        return fail(tr("The demo mail server did not start: %1").arg(detail));
    }
    m_runId = m_server->instanceName();
    m_password = randomPassword();
    m_nextSample = 0;
    m_dripped = 0;
    QString problem = writePasswordFile();
    bool ready = problem.isEmpty() && m_server->createUser(kUser, m_password);
    for (const QString &folder : SampleMessages::folders()) {
        if (ready && folder != u"INBOX"_s)
            ready = m_server->createMailbox(kUser, folder);
    }
    ready = ready && seed();
    if (!ready) {
        if (problem.isEmpty())
            problem = m_server->errorString();
        stop();
        return fail(tr("The demo mail server started but could not be set up: %1").arg(problem));
    }
    updateTimer();
    return true;
}

QString DemoServer::writePasswordFile()
{
    QFile file(passwordFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(m_password.toUtf8() + '\n') <= 0)
        return tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    return {};
}

bool DemoServer::seed()
{
    const QList<SampleMessage> seeds =
        SampleMessages::seeds(QDateTime::currentDateTime(), m_runId.toUtf8());
    for (const SampleMessage &message : seeds) {
        if (!m_server->appendMessage(kUser, message.folder, message.rfc822, message.flags))
            return false;
    }
    return true;
}

void DemoServer::stop()
{
    m_dripTimer.stop();
    if (m_doveadm) {
        m_doveadm->disconnect(this);
        m_doveadm->kill();
        m_doveadm->waitForFinished(5000);
        m_doveadm.reset();
    }
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
}

bool DemoServer::isRunning() const
{
    return m_server && m_server->isRunning();
}

ImapCore::AccountSpec DemoServer::accountSpec() const
{
    ImapCore::AccountSpec spec;
    spec.id = accountId();
    spec.displayName = tr("Demo");
    spec.folders = SampleMessages::folders();
    spec.connection.host = u"127.0.0.1"_s;
    spec.connection.security = ImapCore::AccountConfig::Security::Tls;
    spec.connection.port = imapsPort();
    spec.connection.user = kUser;
    if (m_server)
        spec.connection.caCertificates = {m_server->caCertificate()};
    return spec;
}

QString DemoServer::passwordFilePath() const
{
    return m_server ? QDir(m_server->directory()).filePath(u"demo-password"_s) : QString();
}

QString DemoServer::seenStorePath() const
{
    return m_server ? QDir(m_server->directory()).filePath(u"mailbell-seen.json"_s) : QString();
}

quint16 DemoServer::imapsPort() const
{
    return m_server ? m_server->imapsPort() : 0;
}

void DemoServer::dripNow()
{
    if (!isRunning() || m_doveadm)
        return;
    const int index = m_nextSample++;
    const SampleMessage message = SampleMessages::drip(
        index, QDateTime::currentDateTime(), (m_runId + u'.' + QString::number(index)).toUtf8());
    m_pendingFolder = message.folder;
    m_pendingSubject = message.subject;
    // doveadm save, as DovecotFixture::appendMessage does it, but without blocking this thread.
    m_doveadm = std::make_unique<QProcess>();
    m_doveadm->setProgram(DovecotFixture::toolPath(u"doveadm"_s));
    m_doveadm->setArguments(
        {u"-c"_s, m_server->configPath(), u"save"_s, u"-u"_s, kUser, u"-m"_s, message.folder});
    connect(m_doveadm.get(), &QProcess::finished, this, &DemoServer::onDripFinished);
    connect(m_doveadm.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onDripFinished();
    });
    m_doveadm->start();
    m_doveadm->write(message.rfc822);
    m_doveadm->closeWriteChannel();
}

void DemoServer::onDripFinished()
{
    if (!m_doveadm)
        return;
    // Deleting the QProcess inside its own signal is not allowed: hand it to the event loop.
    QProcess *process = m_doveadm.release();
    process->disconnect(this);
    process->deleteLater();
    if (process->error() == QProcess::FailedToStart || process->exitStatus() != QProcess::NormalExit
        || process->exitCode() != 0) {
        const QString detail = process->error() == QProcess::FailedToStart
            ? process->errorString()
            : QString::fromLocal8Bit(process->readAllStandardError().trimmed());
        Q_EMIT dripFailed(
            tr("Could not store a sample message in %1: %2").arg(m_pendingFolder, detail));
        return;
    }
    ++m_dripped;
    Q_EMIT messageDripped(m_pendingFolder, m_pendingSubject);
}
