// `mailbell demo` end to end: the real built binary run with QProcess and no display (DISPLAY,
// WAYLAND_DISPLAY and QT_QPA_PLATFORM unset). It says so on standard error, prints only JSON
// lines on standard output with --json, announces dripped samples as "new" events (never the
// seeded older mail), and after SIGTERM exits 0 leaving no Dovecot process and no folder behind.
// QT_QPA_PLATFORM=offscreen counts as no display even with DISPLAY set; bad options fail at once.
// Run as root, the same end to end also runs as the unprivileged user nobody (setpriv), and with
// Dovecot hidden (unshare) the error names the Debian package to install.
#include "headlessrun.h"
#include "requiretool.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kEventMs = 60000;
constexpr int kStopMs = 20000;

QList<qint64> processesMentioning(const QString &path)
{
    QList<qint64> pids;
    const QByteArray needle = QFile::encodeName(path);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            pids << pid;
    }
    return pids;
}

// One `mailbell demo` run with its own TMPDIR (where the demo server's folder goes) and home.
class Demo
{
public:
    // runAs: a user name to run the binary as (needs root), or empty for ourselves. hide: files
    // that the binary must see as missing (bind-mounted over in a private mount namespace; needs
    // root).
    Demo(const QStringList &arguments, const QHash<QString, QString> &extraEnvironment = {},
         const QString &runAs = {}, const QStringList &hide = {})
    {
        QProcessEnvironment environment = HeadlessRun::environment();
        // Traversable, or as root the fixture would rightly avoid it (Dovecot's accounts must
        // reach its folder).
        QFile::setPermissions(m_tmp.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
        environment.insert(u"TMPDIR"_s, m_tmp.path());
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_STATE_HOME"_s, m_home.filePath(u"state"_s));
        for (auto it = extraEnvironment.begin(); it != extraEnvironment.end(); ++it)
            environment.insert(it.key(), it.value());
        m_process.setProcessEnvironment(environment);
        const QStringList demoArguments = QStringList {u"demo"_s} + arguments;
        if (!hide.isEmpty()) {
            QString script;
            for (const QString &file : hide)
                script += u"mount --bind /dev/null '%1' && "_s.arg(file);
            m_process.start(u"unshare"_s,
                            QStringList {u"--mount"_s, u"sh"_s, u"-c"_s,
                                         script + u"exec \"$0\" \"$@\""_s,
                                         QStringLiteral(MAILBELL_BINARY)}
                                + demoArguments);
            return;
        }
        if (runAs.isEmpty()) {
            m_process.start(QStringLiteral(MAILBELL_BINARY), demoArguments);
            return;
        }
        // setpriv execs the binary in place: our SIGTERM reaches mailbell itself.
        const passwd *user = ::getpwnam(runAs.toLocal8Bit().constData());
        if (!user)
            return;
        for (const QString &dir : {m_tmp.path(), m_home.path()}) {
            if (::chown(QFile::encodeName(dir).constData(), user->pw_uid, user->pw_gid) != 0)
                return;
        }
        m_process.start(u"setpriv"_s,
                        QStringList {u"--reuid=%1"_s.arg(user->pw_uid),
                                     u"--regid=%1"_s.arg(user->pw_gid), u"--clear-groups"_s,
                                     u"--"_s, QStringLiteral(MAILBELL_BINARY)}
                            + demoArguments);
    }
    ~Demo()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits until count lines with "event": event have arrived in total; false on timeout.
    bool waitForEvents(const QString &event, int count)
    {
        const QDeadlineTimer deadline(kEventMs);
        while (events(event).size() < count) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(200);
            readLines();
        }
        return true;
    }
    // SIGTERM; the exit code, or -1 when it did not exit normally within kStopMs.
    int terminate()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(kStopMs))
            return -1;
        readLines();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    QList<QJsonObject> events(const QString &event) const
    {
        QList<QJsonObject> result;
        for (const QJsonObject &o : m_objects) {
            if (o.value(u"event"_s) == event)
                result.append(o);
        }
        return result;
    }
    QByteArray standardError()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }
    const QList<QByteArray> &badLines() const { return m_badLines; }
    QString tmpPath() const { return m_tmp.path(); }
    QProcess &process() { return m_process; }

private:
    void readLines()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                m_objects.append(document.object());
            else
                m_badLines.append(line);
        }
    }

    QTemporaryDir m_tmp;
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QList<QJsonObject> m_objects;
    QList<QByteArray> m_badLines;
};

} // namespace

class Tst_DemoCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(MAILBELL_BINARY))); }
    void headlessJsonEndToEnd_data();
    void headlessJsonEndToEnd();
    void offscreenPlatformIsNoDisplay();
    void dovecotMissing_data();
    void dovecotMissing();
    void help();
    void badOptions_data();
    void badOptions();
};

void Tst_DemoCommand::headlessJsonEndToEnd_data()
{
    QTest::addColumn<QString>("runAs");
    QTest::newRow("this user") << QString();
    // Dovecot runs differently for root (mail as nobody, its own accounts) and everyone else
    // (everything as that user): cover both when we can.
    if (::geteuid() == 0 && ::getpwnam("nobody"))
        QTest::newRow("unprivileged user nobody") << u"nobody"_s;
}

void Tst_DemoCommand::headlessJsonEndToEnd()
{
    QFETCH(QString, runAs);
    Demo demo({u"--json"_s, u"--interval"_s, u"0.3"_s}, {}, runAs);
    QVERIFY2(demo.waitForEvents(u"new"_s, 3), demo.standardError().constData());
    // Server up: its processes run from a folder under our TMPDIR.
    QVERIFY(!processesMentioning(demo.tmpPath()).isEmpty());
    if (!runAs.isEmpty()) {
        QFile status(u"/proc/%1/status"_s.arg(demo.process().processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray uid =
            QByteArray::number(::getpwnam(runAs.toLocal8Bit().constData())->pw_uid);
        const QByteArray realUid = QByteArray("\nUid:\t") + uid + '\t';
        QVERIFY2(status.readAll().contains(realUid), qPrintable(u"not running as "_s + runAs));
    }
    QCOMPARE(demo.terminate(), 0);

    const QByteArray errors = demo.standardError();
    QVERIFY2(errors.contains("no display"), errors.constData());
    // Issue 9, point 5: what started, where to look and how to stop.
    QVERIFY2(QRegularExpression(u"private IMAP server on 127\\.0\\.0\\.1:[0-9]+ "_s)
                 .match(QString::fromLocal8Bit(errors))
                 .hasMatch(),
             errors.constData());
    QVERIFY2(errors.contains("5 sample message") && errors.contains("every 0.3 s")
                 && errors.contains("Stop with Ctrl+C."),
             errors.constData());
    QVERIFY2(demo.badLines().isEmpty(), demo.badLines().join('\n').constData());
    QCOMPARE(demo.events(u"ready"_s).size(), 1);
    for (const QJsonObject &event : demo.events(u"new"_s)) {
        QCOMPARE(event.value(u"account"_s).toString(), u"demo"_s);
        QVERIFY(!event.value(u"subject"_s).toString().isEmpty());
        QVERIFY(event.value(u"uid"_s).toInteger() > 0);
        // Only dripped samples are new; the seeded older mail never is.
        const QString id = event.value(u"message_id"_s).toString();
        QVERIFY2(id.endsWith(u"@mailbell.invalid"_s) && !id.contains(u".seed-"_s), qPrintable(id));
    }
    // Every process of the server is gone, and so is its folder.
    QCOMPARE(processesMentioning(demo.tmpPath()), QList<qint64>());
    QCOMPARE(QDir(demo.tmpPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void Tst_DemoCommand::offscreenPlatformIsNoDisplay()
{
    Demo demo({u"--json"_s}, {{u"DISPLAY"_s, u":99"_s}, {u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
    QVERIFY2(demo.waitForEvents(u"ready"_s, 1), demo.standardError().constData());
    QCOMPARE(demo.terminate(), 0);
    const QByteArray errors = demo.standardError();
    QVERIFY2(errors.contains("no display"), errors.constData());
    QCOMPARE(processesMentioning(demo.tmpPath()), QList<qint64>());
}

void Tst_DemoCommand::dovecotMissing_data()
{
    QTest::addColumn<QStringList>("hide");
    QTest::addColumn<QByteArray>("install");
    QTest::newRow("dovecot-core") << QStringList {u"/usr/sbin/dovecot"_s, u"/usr/bin/doveadm"_s}
                                  << QByteArray("sudo apt install dovecot-core\n");
    QTest::newRow("dovecot-imapd") << QStringList {u"/usr/lib/dovecot/imap"_s}
                                   << QByteArray("sudo apt install dovecot-imapd\n");
    QTest::newRow("both") << QStringList {u"/usr/sbin/dovecot"_s, u"/usr/bin/doveadm"_s,
                                          u"/usr/lib/dovecot/imap"_s}
                          << QByteArray("sudo apt install dovecot-core dovecot-imapd\n");
}

void Tst_DemoCommand::dovecotMissing()
{
    QFETCH(QStringList, hide);
    QFETCH(QByteArray, install);
    // Hiding installed files takes a private mount namespace: root, and the files there.
    if (::geteuid() != 0)
        QSKIP("needs root to hide the installed Dovecot in a mount namespace");
    MAILBELL_REQUIRE_TOOL(
        QStandardPaths::findExecutable(u"unshare"_s).isEmpty()
            ? u"needs unshare (Debian: util-linux) to hide the installed Dovecot"_s
            : QString());
    for (const QString &file : std::as_const(hide)) {
        MAILBELL_REQUIRE_TOOL(
            QFile::exists(file) ? QString()
                                : file
                    + u" is missing: Dovecot is not installed at its Debian paths "
                      u"(dovecot-core, dovecot-imapd)"_s);
    }
    Demo demo({u"--json"_s}, {}, {}, hide);
    QVERIFY(demo.process().waitForFinished(kStopMs));
    const QByteArray errors = demo.standardError();
    if (errors.startsWith("unshare: ") || errors.startsWith("mount: "))
        QSKIP(errors.constData()); // no mount namespaces in this container
    QCOMPARE(demo.process().exitCode(), 2);
    QVERIFY2(errors.contains("not fully installed") && errors.contains(install),
             errors.constData());
    QCOMPARE(demo.process().readAllStandardOutput(), QByteArray());
    QCOMPARE(QDir(demo.tmpPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

void Tst_DemoCommand::help()
{
    Demo demo({u"--help"_s});
    QVERIFY(demo.process().waitForFinished(kStopMs));
    QCOMPARE(demo.process().exitCode(), 0);
    const QByteArray out = demo.process().readAllStandardOutput();
    QVERIFY2(out.contains("demo [options]") && out.contains("--interval")
                 && out.contains("dovecot-imapd"),
             out.constData());
}

void Tst_DemoCommand::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("interval zero") << QStringList {u"--interval"_s, u"0"_s}
                                   << QByteArray("--interval needs a number of seconds");
    QTest::newRow("interval word")
        << QStringList {u"--interval"_s, u"soon"_s} << QByteArray("not \"soon\"");
    QTest::newRow("interval nan") << QStringList {u"--interval"_s, u"nan"_s}
                                  << QByteArray("--interval needs a number of seconds");
    QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << QByteArray("bogus");
    QTest::newRow("extra argument")
        << QStringList {u"now"_s} << QByteArray("unexpected argument \"now\"");
}

void Tst_DemoCommand::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    Demo demo(arguments);
    QVERIFY(demo.process().waitForFinished(kStopMs));
    QCOMPARE(demo.process().exitCode(), 2);
    const QByteArray errors = demo.standardError();
    QVERIFY2(errors.contains("mailbell demo: ") && errors.contains(message), errors.constData());
    QCOMPARE(demo.process().readAllStandardOutput(), QByteArray());
    // Nothing was started.
    QCOMPARE(QDir(demo.tmpPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

QTEST_GUILESS_MAIN(Tst_DemoCommand)
#include "tst_democommand.moc"
