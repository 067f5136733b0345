// The tray app binary ends cleanly on SIGTERM, SIGINT and SIGHUP, as its Quit does: run offscreen
// with its own HOME and XDG folders against the Dovecot fixture, with a fake notification server
// on a private session bus; once a new message was announced, the signal makes it log out, save
// the recent list and the seen store and exit 0 within seconds.
#include "dovecotfixture.h"
#include "fakenotifications.h"
#include "privatebus.h"

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"signals-pw"_s;
constexpr int kWaitMs = 30'000;
// TrayApplication::quitTimeoutMs (3 s) bounds the logout; the rest is start-up slack.
constexpr int kExitMs = 8'000;

QByteArray message(const QByteArray &subject)
{
    return "From: Ada Lovelace <ada@example.org>\r\nTo: signals@example.org\r\nSubject: " + subject
        + "\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + subject.toHex()
        + "@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n";
}

} // namespace

class Tst_TraySignals : public QObject
{
    Q_OBJECT

private:
    DovecotFixture m_server;
    PrivateBus m_bus;
    std::unique_ptr<FakeNotifications> m_notifications;
    int m_round = 0;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stopSignalQuitsCleanly_data();
    void stopSignalQuitsCleanly();
};

void Tst_TraySignals::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MAILBELL_BINARY)));
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    QDBusConnection connection = QDBusConnection::connectToBus(m_bus.address(), u"fake"_s);
    QVERIFY(connection.isConnected());
    m_notifications = std::make_unique<FakeNotifications>(QStringList {u"body"_s});
    QVERIFY(m_notifications->registerOn(connection));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void Tst_TraySignals::cleanupTestCase()
{
    m_notifications.reset();
    QDBusConnection::disconnectFromBus(u"fake"_s);
}

void Tst_TraySignals::stopSignalQuitsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void Tst_TraySignals::stopSignalQuitsCleanly()
{
    QFETCH(int, signal);
    const QString user = u"signals%1"_s.arg(++m_round);
    QVERIFY(m_server.createUser(user, kPassword));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(u"config"_s);
    const QString state = home.filePath(u"state"_s);
    const QString runtime = home.filePath(u"runtime"_s);
    QVERIFY(QDir().mkpath(config + u"/mailbell"_s));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile accounts(config + u"/mailbell/accounts.conf"_s);
    QVERIFY(accounts.open(QIODevice::WriteOnly));
    accounts.write(u"[mail]\nname = Mail\nhost = imap.test\nconnect-address = %1\nport = %2\n"
                   "user = %3\ncafile = %4\npassword-command = /bin/echo %5\n"_s
                       .arg(m_server.host(), QString::number(m_server.imapsPort()), user,
                            m_server.caCertificatePath(), kPassword)
                       .toUtf8());
    accounts.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, config);
    environment.insert(u"XDG_STATE_HOME"_s, state);
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_bus.address());
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QProcess tray;
    tray.setProcessEnvironment(environment);
    tray.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tray.start(QStringLiteral(MAILBELL_BINARY), QStringList());
    QVERIFY(tray.waitForStarted());

    // Mail that was there before the first login is not announced: deliver until one is.
    const qsizetype before = m_notifications->calls.size();
    const QDeadlineTimer deadline(kWaitMs);
    int delivered = 0;
    while (m_notifications->calls.size() == before && !deadline.hasExpired()
           && tray.state() == QProcess::Running) {
        QVERIFY(m_server.appendMessage(
            user, u"INBOX"_s,
            message("signal test " + QByteArray::number(++delivered) + ' ' + user.toUtf8())));
        QTest::qWait(1'000);
    }
    QVERIFY2(m_notifications->calls.size() > before, "the tray app announced no new mail");
    const QString recent = state + u"/mailbell/recent.json"_s;
    const QString seen = state + u"/mailbell/tray-seen.json"_s;

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(tray.processId()), signal), 0);
    QVERIFY2(tray.waitForFinished(kExitMs), "the tray app did not exit after the signal");
    QCOMPARE(tray.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(tray.exitCode(), 0);
    QVERIFY(timer.elapsed() < kExitMs);

    // The recent list was saved on the way out: it holds the announced message.
    QFile recentFile(recent);
    QVERIFY2(recentFile.open(QIODevice::ReadOnly), qPrintable(recent));
    QVERIFY(recentFile.readAll().contains("signal test"));
    QVERIFY2(QFileInfo(seen).size() > 0, qPrintable(seen));
    // The account logged out instead of dropping the connection.
    const auto loggedOut = [&] {
        for (const QString &line : m_server.logTail(400).split(u'\n')) {
            if (line.contains(u"imap(%1)"_s.arg(user)) && line.contains(u"Logged out"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(loggedOut(), qPrintable(m_server.logTail(40)), kWaitMs);
}

QTEST_GUILESS_MAIN(Tst_TraySignals)
#include "tst_traysignals.moc"
