// The desktop file's actions, `mailbell --check-now` and `mailbell --settings`, as a user's
// launcher runs them: a second launch hands the option to the running tray app, which checks
// now or opens its settings; with no tray app running, --check-now starts one that checks at
// once. The second launches are the real built binary (MAILBELL_BINARY), against the Dovecot
// fixture, with a fake notification server on a private session bus (the check's result is a
// notification: "No new mail").
#include "dovecotfixture.h"
#include "fakenotifications.h"
#include "privatebus.h"
#include "settingsdialog.h"
#include "tray/manualcheck.h"
#include "tray/singleinstance.h"
#include "tray/trayapplication.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::MailEngine;

namespace {

constexpr int kWaitMs = 30'000;
const QString kPassword = u"launch-pw"_s;
const QString kNoNewMail = u"No new mail"_s;

} // namespace

class Tst_LaunchActions : public QObject
{
    Q_OBJECT

private:
    // A home of its own for one user of the test: accounts file, XDG folders, runtime dir.
    struct Home
    {
        QString config; // XDG_CONFIG_HOME
        QString runtime; // XDG_RUNTIME_DIR: where the tray app's socket is
        QString accountsFile;
    };
    Home makeHome(const QString &user);
    QProcessEnvironment environmentFor(const Home &home) const;
    // `mailbell ARGUMENTS` as a second launch: it must hand over and exit 0. Runs the event
    // loop meanwhile (the in-process primary answers it).
    void launch(const Home &home, const QStringList &arguments);
    qsizetype countCalls(const QString &summary) const;

    DovecotFixture m_server;
    QTemporaryDir m_dir;
    PrivateBus m_bus;
    std::unique_ptr<FakeNotifications> m_notifications;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secondLaunchChecksNowAndOpensSettings();
    void checkNowStartsTheTrayAppWhenNoneRuns();
};

void Tst_LaunchActions::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MAILBELL_BINARY)));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
    QDBusConnection connection = QDBusConnection::connectToBus(m_bus.address(), u"fake"_s);
    QVERIFY(connection.isConnected());
    m_notifications = std::make_unique<FakeNotifications>(QStringList {u"body"_s});
    QVERIFY(m_notifications->registerOn(connection));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &user : {u"second"_s, u"first"_s})
        QVERIFY(m_server.createUser(user, kPassword));
}

void Tst_LaunchActions::cleanupTestCase()
{
    m_notifications.reset();
    QDBusConnection::disconnectFromBus(u"fake"_s);
}

Tst_LaunchActions::Home Tst_LaunchActions::makeHome(const QString &user)
{
    Home home;
    home.config = m_dir.filePath(user + u"/config"_s);
    home.runtime = m_dir.filePath(user + u"/runtime"_s);
    home.accountsFile = home.config + u"/mailbell/accounts.conf"_s;
    QDir().mkpath(home.config + u"/mailbell"_s);
    QDir().mkpath(home.runtime);
    QFile::setPermissions(home.runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile accounts(home.accountsFile);
    if (accounts.open(QIODevice::WriteOnly)) {
        accounts.write(u"[%1]\nname = %1 mail\nhost = imap.test\nconnect-address = %2\n"
                       "port = %3\nuser = %1\ncafile = %4\npassword-command = printf %5\n"_s
                           .arg(user, m_server.host(), QString::number(m_server.imapsPort()),
                                m_server.caCertificatePath(), kPassword)
                           .toUtf8());
    }
    return home;
}

QProcessEnvironment Tst_LaunchActions::environmentFor(const Home &home) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString base = QFileInfo(home.config).absolutePath();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, base);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.config);
    environment.insert(u"XDG_STATE_HOME"_s, base + u"/state"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, base + u"/cache"_s);
    environment.insert(u"XDG_DATA_HOME"_s, base + u"/data"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.runtime);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_bus.address());
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    return environment;
}

void Tst_LaunchActions::launch(const Home &home, const QStringList &arguments)
{
    QProcess second;
    second.setProcessEnvironment(environmentFor(home));
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QStringLiteral(MAILBELL_BINARY), arguments);
    QVERIFY(second.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, kWaitMs);
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0); // handed over (2: nobody answered)
}

qsizetype Tst_LaunchActions::countCalls(const QString &summary) const
{
    return std::count_if(
        m_notifications->calls.cbegin(), m_notifications->calls.cend(),
        [&summary](const FakeNotifications::Call &call) { return call.summary == summary; });
}

// The tray app runs (here, in the test's process, wired as main() wires it); the launcher's
// actions reach it through a second mailbell.
void Tst_LaunchActions::secondLaunchChecksNowAndOpensSettings()
{
    const Home home = makeHome(u"second"_s);
    SingleInstance instance(home.runtime + u"/org.mailbell.Mailbell.socket"_s);
    QCOMPARE(instance.claim(QCoreApplication::arguments()), SingleInstance::Role::Primary);
    TrayApplication app({home.accountsFile, m_dir.filePath(u"second/seen.json"_s),
                         m_dir.filePath(u"second/recent.json"_s)});
    connect(&instance, &SingleInstance::activated, &app, &TrayApplication::activate);
    AccountStatus last;
    connect(app.engine(), &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kWaitMs);
    QSignalSpy checked(app.manualCheck(), &ManualCheck::finished);
    QVERIFY(!app.settingsDialog() || !app.settingsDialog()->isVisible());

    launch(home, {u"--check-now"_s});
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, kWaitMs);
    QVERIFY(!app.settingsDialog() || !app.settingsDialog()->isVisible()); // only the check

    launch(home, {u"--settings"_s});
    QTRY_VERIFY_WITH_TIMEOUT(app.settingsDialog() && app.settingsDialog()->isVisible(), kWaitMs);
    QCOMPARE(checked.size(), 1); // and no check
}

// No tray app runs: `mailbell --check-now` (the real binary) starts one, which checks at once
// and says so; a second `mailbell --check-now` makes that one check again.
void Tst_LaunchActions::checkNowStartsTheTrayAppWhenNoneRuns()
{
    const Home home = makeHome(u"first"_s);
    const qsizetype before = countCalls(kNoNewMail);
    QProcess first;
    first.setProcessEnvironment(environmentFor(home));
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QStringLiteral(MAILBELL_BINARY), {u"--check-now"_s});
    QVERIFY(first.waitForStarted());
    auto stop = qScopeGuard([&first] {
        ::kill(pid_t(first.processId()), SIGTERM);
        if (!first.waitForFinished(10'000))
            first.kill();
    });
    QTRY_COMPARE_WITH_TIMEOUT(countCalls(kNoNewMail), before + 1, kWaitMs);
    QCOMPARE(first.state(), QProcess::Running); // the tray app, still running

    launch(home, {u"--check-now"_s});
    QTRY_COMPARE_WITH_TIMEOUT(countCalls(kNoNewMail), before + 2, kWaitMs);
    QCOMPARE(first.state(), QProcess::Running);
}

QTEST_MAIN(Tst_LaunchActions)
#include "tst_launchactions.moc"
