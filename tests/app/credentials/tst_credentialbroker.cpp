// CredentialBroker on its own (no engine): the answers it gives to the requests the engine makes,
// with real password commands (shell scripts in the test's folder) and short injected pauses.
// The keyring is absent (DBUS_SESSION_BUS_ADDRESS=disabled:), or a real unlocked
// gnome-keyring-daemon, or a Secret Service that never answers, each in a session bus of its own
// (a child run of this binary; the *InSession slots are the child's part and skip when run
// directly). Also HeadlessPassword::fetch, which `mailbell check` awaits.
#include "credentialbroker.h"
#include "headlesspassword.h"
#include "keyringsession.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using Need = CredentialBroker::Need;
using Source = CredentialBroker::Source;

namespace {

constexpr int kWaitMs = 20'000;
constexpr int kRetryMs = 40;

CredentialBroker::Options
fastOptions(CredentialBroker::Frontend frontend = CredentialBroker::Frontend::Interactive)
{
    CredentialBroker::Options options;
    options.frontend = frontend;
    options.retryMs = kRetryMs;
    options.maxRetryMs = 4 * kRetryMs;
    return options;
}

CredentialBroker::Account account(const QString &id, Source source, const QString &command = {})
{
    CredentialBroker::Account account;
    account.id = id;
    account.source = source;
    account.passwordCommand = command;
    return account;
}

// The keyring's answer for accountId, waited for.
CredentialStore::Result readKeyring(CredentialStore &keyring, const QString &accountId)
{
    std::optional<CredentialStore::Result> answer;
    keyring.read(accountId, [&answer](const CredentialStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return {};
    return *answer;
}

// A broker with a keyring of its own (the same Secret Service as any other) and spies on what
// it says.
struct Broker
{
    explicit Broker(const CredentialBroker::Options &options = fastOptions())
        : broker(&keyring, options)
    { }
    CredentialBroker *operator->() { return &broker; }
    // Account "a" with this password command, its first password fetched.
    bool firstPassword(const QString &command)
    {
        broker.setAccount(account(u"a"_s, Source::Command, command));
        broker.requestPassword(u"a"_s);
        return QTest::qWaitFor([this] { return !ready.isEmpty(); }, kWaitMs);
    }
    QString lastPassword() const { return ready.constLast().at(1).toString(); }
    Need lastNeed() const { return needed.constLast().at(1).value<Need>(); }
    QList<int> delays() const
    {
        QList<int> delays;
        for (const QList<QVariant> &retry : retries)
            delays.append(retry.at(1).toInt());
        return delays;
    }

    CredentialStore keyring;
    CredentialBroker broker;
    QSignalSpy ready {&broker, &CredentialBroker::passwordReady};
    QSignalSpy needed {&broker, &CredentialBroker::passwordNeeded};
    QSignalSpy problems {&broker, &CredentialBroker::passwordProblem};
    QSignalSpy retries {&broker, &CredentialBroker::retryScheduled};
};

// Counts event-loop turns: a 10 ms timer that fires only while the loop runs.
class LoopTicker
{
public:
    LoopTicker()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

// A Secret Service that takes every call and never answers.
class SilentSecretService : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
    QString introspect(const QString &) const override { return {}; }
};

} // namespace

class Tst_CredentialBroker : public QObject
{
    Q_OBJECT

private:
    // An executable shell script in the test's folder; each run appends a line to <path>.runs.
    QString script(const QString &name, const QByteArray &body);
    int runsOf(const QString &scriptPath) const;
    void runChild(const QString &function, const QString &shell);

    QTemporaryDir m_dir;

private slots:
    void initTestCase();

    void commandRunsWithoutBlocking();
    void oneCommandForManyRequests();
    void rejectedCommandWaitsLongerEachTime();
    void failedCommandIsReportedAndRetried();
    void loggedInStartsOver();
    void changedCommandStartsOver();
    void memoryAndTypedPasswords();
    void askAtEachStart();
    void noKeyring_data();
    void noKeyring();
    void oauthWithoutProvider();
    void headlessFetchKeepsTheLoopTurning();
    void headlessFetchSaysWhatToConfigure();

    void keyringPasswords();
    void keyringPasswordsInSession();
    void silentKeyring();
    void silentKeyringInSession();
};

void Tst_CredentialBroker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No Secret Service but in the children's own sessions.
    if (!KeyringSession::inChild())
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
}

QString Tst_CredentialBroker::script(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write("#!/bin/sh\necho run >> \"$0.runs\"\n" + body) < 0)
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

int Tst_CredentialBroker::runsOf(const QString &scriptPath) const
{
    QFile runs(scriptPath + u".runs"_s);
    if (!runs.open(QIODevice::ReadOnly))
        return 0;
    return int(runs.readAll().count('\n'));
}

void Tst_CredentialBroker::runChild(const QString &function, const QString &shell)
{
    const QString problem = KeyringSession::runChild(*this, function, m_dir.path(), shell);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void Tst_CredentialBroker::commandRunsWithoutBlocking()
{
    const QString slow = script(u"slow.sh"_s, "sleep 1\necho slow-pw\n");
    Broker broker;
    broker->setAccount(account(u"a"_s, Source::Command, slow));
    LoopTicker ticker;
    broker->requestPassword(u"a"_s);
    QCOMPARE(broker.ready.size(), 0); // requestPassword returned before the command printed
    QCOMPARE(ticker.ticks(), 0);
    QVERIFY(broker.ready.wait(kWaitMs));
    QCOMPARE(broker.ready.at(0).at(0).toString(), u"a"_s);
    QCOMPARE(broker.ready.at(0).at(1).toString(), u"slow-pw"_s);
    // While `sleep 1` ran, the event loop kept turning (about 100 ticks; a blocked loop: none).
    QVERIFY2(ticker.ticks() >= 20, qPrintable(QString::number(ticker.ticks())));
}

void Tst_CredentialBroker::oneCommandForManyRequests()
{
    const QString command = script(u"once.sh"_s, "sleep 0.3\necho pw\n");
    Broker broker;
    broker->setAccount(account(u"a"_s, Source::Command, command));
    for (int i = 0; i < 3; ++i)
        broker->requestPassword(u"a"_s);
    QVERIFY(broker.ready.wait(kWaitMs));
    QCOMPARE(runsOf(command), 1);
    broker->requestPassword(u"unknown"_s); // not the broker's account: no answer
    QTest::qWait(3 * kRetryMs);
    QCOMPARE(broker.ready.size(), 1);
}

void Tst_CredentialBroker::rejectedCommandWaitsLongerEachTime()
{
    const QString command = script(u"rejected.sh"_s, "echo wrong-pw\n");
    Broker broker;
    QVERIFY(broker.firstPassword(command));
    QCOMPARE(broker.retries.size(), 0); // the first password at once
    // Each request now means the server rejected the password: the same command would print
    // the same one, so it runs again only after a pause that doubles up to maxRetryMs. Requests
    // while the pause runs change nothing.
    for (int rejection = 1; rejection <= 4; ++rejection) {
        broker->requestPassword(u"a"_s);
        broker->requestPassword(u"a"_s);
        QCOMPARE(broker.retries.size(), rejection);
        QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), rejection + 1, kWaitMs);
    }
    QCOMPARE(broker.delays(), (QList<int> {kRetryMs, 2 * kRetryMs, 4 * kRetryMs, 4 * kRetryMs}));
    QCOMPARE(runsOf(command), 5);
    QCOMPARE(broker.ready.constLast().at(1).toString(), u"wrong-pw"_s);
}

void Tst_CredentialBroker::failedCommandIsReportedAndRetried()
{
    const QString command = script(u"failing.sh"_s, "[ -e \"$0.ok\" ] || exit 1\necho finally\n");
    Broker broker;
    broker->setAccount(account(u"a"_s, Source::Command, command));
    // The command gets fixed after its second failure.
    connect(&broker.broker, &CredentialBroker::passwordProblem, this, [&] {
        if (broker.problems.size() != 2)
            return;
        QFile fixed(command + u".ok"_s);
        QVERIFY(fixed.open(QIODevice::WriteOnly));
    });
    broker->requestPassword(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), 1, kWaitMs);
    QCOMPARE(broker.ready.at(0).at(1).toString(), u"finally"_s);
    QCOMPARE(broker.problems.size(), 2);
    const QString message = broker.problems.at(0).at(1).toString();
    QVERIFY2(message.contains(u"failing.sh"_s) && message.contains(u"exit code 1"_s),
             qPrintable(message));
    // Nobody asks again after a failure (the engine waits): the broker tries again by itself.
    QCOMPARE(broker.delays(), (QList<int> {kRetryMs, 2 * kRetryMs}));
    QCOMPARE(runsOf(command), 3);
}

void Tst_CredentialBroker::loggedInStartsOver()
{
    const QString command = script(u"login.sh"_s, "echo pw\n");
    Broker broker;
    QVERIFY(broker.firstPassword(command));
    broker->requestPassword(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), 2, kWaitMs);
    broker->requestPassword(u"a"_s);
    QCOMPARE(broker.delays(), (QList<int> {kRetryMs, 2 * kRetryMs}));
    // Logged in (the password was good after all): a pending retry is dropped, and the next
    // request (the password was changed on the server) runs the command at once, then waits
    // from the first pause again.
    broker->loggedIn(u"a"_s);
    broker->requestPassword(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), 3, kWaitMs);
    QCOMPARE(broker.retries.size(), 2);
    broker->requestPassword(u"a"_s);
    QCOMPARE(broker.delays(), (QList<int> {kRetryMs, 2 * kRetryMs, kRetryMs}));
    QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), 4, kWaitMs);
    QCOMPARE(runsOf(command), 4);
}

void Tst_CredentialBroker::changedCommandStartsOver()
{
    const QString first = script(u"first.sh"_s, "echo first-pw\n");
    const QString second = script(u"second.sh"_s, "echo second-pw\n");
    CredentialBroker::Options options = fastOptions();
    options.retryMs = 60'000; // a pause this test never sees end
    Broker broker(options);
    QVERIFY(broker.firstPassword(first));
    broker->requestPassword(u"a"_s); // rejected: waits a minute
    // The accounts file is read again, the account unchanged: the pause goes on.
    broker->setAccount(account(u"a"_s, Source::Command, first));
    QVERIFY(broker->sourceOf(u"a"_s) == Source::Command);
    broker->requestPassword(u"a"_s);
    QTest::qWait(3 * kRetryMs);
    QCOMPARE(broker.ready.size(), 1);
    // A new command may print a new password: it runs at once.
    broker->setAccount(account(u"a"_s, Source::Command, second));
    broker->requestPassword(u"a"_s);
    QTRY_COMPARE_WITH_TIMEOUT(broker.ready.size(), 2, kWaitMs);
    QCOMPARE(broker.ready.at(1).at(1).toString(), u"second-pw"_s);
    QCOMPARE(runsOf(first), 1);
    // Forgotten: no more answers.
    broker->keepOnly({});
    QVERIFY(!broker->sourceOf(u"a"_s));
    broker->requestPassword(u"a"_s);
    QTest::qWait(3 * kRetryMs);
    QCOMPARE(broker.ready.size(), 2);
}

void Tst_CredentialBroker::memoryAndTypedPasswords()
{
    Broker broker;
    CredentialBroker::Account demo = account(u"demo"_s, Source::Memory);
    demo.memoryPassword = u"memory-pw"_s;
    broker->setAccount(demo);
    broker->requestPassword(u"demo"_s);
    QCOMPARE(broker.ready.size(), 1);
    QCOMPARE(broker.lastPassword(), u"memory-pw"_s);
    // Rejected: only a person can help, asked once until they answer.
    broker->requestPassword(u"demo"_s);
    broker->requestPassword(u"demo"_s);
    QCOMPARE(broker.needed.size(), 1);
    QCOMPARE(broker.lastNeed(), Need::Rejected);
    broker->providePassword(u"demo"_s, u"typed-pw"_s, false);
    QCOMPARE(broker.lastPassword(), u"typed-pw"_s);
    broker->requestPassword(u"demo"_s); // the typed one was rejected too
    QCOMPARE(broker.needed.size(), 2);
    QCOMPARE(broker.lastNeed(), Need::Rejected);
    // An account the settings dialog saves before the accounts file is read again: the
    // password still goes to the engine.
    broker->providePassword(u"new"_s, u"new-pw"_s, true);
    QCOMPARE(broker.ready.size(), 3);
    QCOMPARE(broker.ready.at(2).at(0).toString(), u"new"_s);
}

void Tst_CredentialBroker::askAtEachStart()
{
    Broker broker;
    broker->setAccount(account(u"ask"_s, Source::Ask));
    broker->requestPassword(u"ask"_s);
    QCOMPARE(broker.needed.size(), 1);
    QCOMPARE(broker.lastNeed(), Need::AskAtStart);
    // Typed with "remember": still never the keyring (a write here would fail: a problem).
    broker->providePassword(u"ask"_s, u"typed"_s, true);
    QCOMPARE(broker.ready.size(), 1);
    broker->requestPassword(u"ask"_s);
    QCOMPARE(broker.lastNeed(), Need::Rejected);
    broker->providePassword(u"ask"_s, u"typed again"_s, true);
    broker->loggedIn(u"ask"_s);
    broker->requestPassword(u"ask"_s); // changed on the server later: asked as at the start
    QCOMPARE(broker.needed.size(), 3);
    QCOMPARE(broker.lastNeed(), Need::AskAtStart);
    QTest::qWait(200); // a keyring write would have failed by now
    QCOMPARE(broker.problems.size(), 0);
}

void Tst_CredentialBroker::noKeyring_data()
{
    QTest::addColumn<CredentialBroker::Frontend>("frontend");
    QTest::newRow("tray") << CredentialBroker::Frontend::Interactive;
    QTest::newRow("headless") << CredentialBroker::Frontend::Headless;
}

void Tst_CredentialBroker::noKeyring()
{
    QFETCH(CredentialBroker::Frontend, frontend);
    Broker broker(fastOptions(frontend));
    broker->setAccount(account(u"kr"_s, Source::Keyring));
    broker->requestPassword(u"kr"_s);
    QCOMPARE(broker.needed.size(), 0); // the keyring answers later
    QVERIFY(broker.needed.wait(kWaitMs));
    QCOMPARE(broker.needed.at(0).at(1).value<Need>(), Need::KeyringUnavailable);
    const QString detail = broker.needed.at(0).at(2).toString();
    QVERIFY2(detail.contains(u"session bus"_s), qPrintable(detail));
    // What a headless front end prints instead of asking.
    const QString advice = HeadlessPassword::advice(Need::KeyringUnavailable, detail);
    QVERIFY2(advice.contains(u"password-command"_s) && advice.contains(detail), qPrintable(advice));
    // Typed and to be remembered: the password goes to the engine, the failed save is a
    // problem in words.
    broker->providePassword(u"kr"_s, u"typed"_s, true);
    QCOMPARE(broker.ready.size(), 1);
    QVERIFY(broker.problems.wait(kWaitMs));
    QVERIFY2(broker.problems.at(0).at(1).toString().contains(u"session bus"_s),
             qPrintable(broker.problems.at(0).at(1).toString()));
}

void Tst_CredentialBroker::oauthWithoutProvider()
{
    Broker broker;
    broker->setAccount(account(u"mail"_s, Source::OAuth)); // the file names no known provider
    QSignalSpy tokens(&broker.broker, &CredentialBroker::accessTokenReady);
    QSignalSpy signIn(&broker.broker, &CredentialBroker::signInNeeded);
    broker->requestPassword(u"mail"_s); // an OAuth account has no password
    QCOMPARE(broker.ready.size(), 0);
    // The account waits (an empty token) and the tray says why.
    broker->requestAccessToken(u"mail"_s);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.at(0).at(1).toString(), QString());
    QCOMPARE(signIn.size(), 1);
    QVERIFY2(signIn.at(0).at(1).toString().contains(u"oauth-provider"_s),
             qPrintable(signIn.at(0).at(1).toString()));
    // Not the broker's account (watch left out one it reported): waits without a word.
    broker->requestAccessToken(u"other"_s);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(signIn.size(), 1);
}

void Tst_CredentialBroker::headlessFetchKeepsTheLoopTurning()
{
    const QString slow = script(u"check.sh"_s, "sleep 1\necho check-pw\n");
    LoopTicker ticker;
    const HeadlessPassword::Result result =
        HeadlessPassword::fetch(account(u"a"_s, Source::Command, slow));
    QVERIFY2(result.isOk(), qPrintable(result.error));
    QCOMPARE(result.password, u"check-pw"_s);
    QVERIFY2(ticker.ticks() >= 20, qPrintable(QString::number(ticker.ticks())));
}

void Tst_CredentialBroker::headlessFetchSaysWhatToConfigure()
{
    const HeadlessPassword::Result ask = HeadlessPassword::fetch(account(u"a"_s, Source::Ask));
    QVERIFY(!ask.isOk());
    QCOMPARE(ask.error, HeadlessPassword::advice(Need::AskAtStart, {}));
    QVERIFY(ask.error.contains(u"--password-command"_s));
    const HeadlessPassword::Result keyring =
        HeadlessPassword::fetch(account(u"a"_s, Source::Keyring));
    QVERIFY2(keyring.error.contains(u"keyring could not be read"_s), qPrintable(keyring.error));
    const HeadlessPassword::Result failing =
        HeadlessPassword::fetch(account(u"a"_s, Source::Command, u"/bin/false"_s));
    QVERIFY2(failing.error.contains(u"exit code 1"_s), qPrintable(failing.error));
    QCOMPARE(HeadlessPassword::errorKind(Source::Command), u"password-command"_s);
    QCOMPARE(HeadlessPassword::errorKind(Source::Ask), u"keyring"_s);
    QCOMPARE(HeadlessPassword::errorKind(Source::OAuth), u"oauth"_s);
}

void Tst_CredentialBroker::keyringPasswords()
{
    if (KeyringSession::inChild())
        QSKIP("the parent's part");
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(),
             "gnome-keyring-daemon is missing (Debian: gnome-keyring)");
    runChild(u"keyringPasswordsInSession"_s, KeyringSession::unlockedKeyring);
}

void Tst_CredentialBroker::keyringPasswordsInSession()
{
    if (!KeyringSession::inChild())
        QSKIP("runs inside the keyring session that keyringPasswords starts");
    {
        // The tray: a saved password; when the server rejects it, the user is asked.
        Broker tray;
        tray->setAccount(account(u"saved"_s, Source::Keyring));
        tray->setAccount(account(u"none"_s, Source::Keyring));
        tray->providePassword(u"saved"_s, u"Pä55 wörd"_s, true); // typed and remembered
        QTRY_COMPARE_WITH_TIMEOUT(readKeyring(tray.keyring, u"saved"_s).password, u"Pä55 wörd"_s,
                                  kWaitMs);
        tray->loggedIn(u"saved"_s);
        tray->requestPassword(u"none"_s);
        QVERIFY(tray.needed.wait(kWaitMs));
        QCOMPARE(tray.needed.at(0).at(1).value<Need>(), Need::NotSaved);
        QCOMPARE(tray.problems.size(), 0);

        tray->requestPassword(u"saved"_s); // read from the keyring
        QTRY_COMPARE_WITH_TIMEOUT(tray.ready.size(), 2, kWaitMs);
        QCOMPARE(tray.ready.at(1).at(1).toString(), u"Pä55 wörd"_s);
        tray->requestPassword(u"saved"_s);
        QCOMPARE(tray.needed.size(), 2);
        QCOMPARE(tray.needed.at(1).at(1).value<Need>(), Need::SavedRejected);
    }
    // watch: a rejected keyring password is read again after the growing pause (the tray app
    // may save a new one meanwhile), like a command's.
    Broker watch(fastOptions(CredentialBroker::Frontend::Headless));
    watch->setAccount(account(u"saved"_s, Source::Keyring));
    watch->requestPassword(u"saved"_s);
    QTRY_COMPARE_WITH_TIMEOUT(watch.ready.size(), 1, kWaitMs);
    watch->requestPassword(u"saved"_s);
    QCOMPARE(watch.delays(), QList<int> {kRetryMs});
    QTRY_COMPARE_WITH_TIMEOUT(watch.ready.size(), 2, kWaitMs);
    QCOMPARE(watch.ready.at(1).at(1).toString(), u"Pä55 wörd"_s);
    QCOMPARE(watch.needed.size(), 0);
}

void Tst_CredentialBroker::silentKeyring()
{
    if (KeyringSession::inChild())
        QSKIP("the parent's part");
    runChild(u"silentKeyringInSession"_s, QString());
}

void Tst_CredentialBroker::silentKeyringInSession()
{
    if (!KeyringSession::inChild())
        QSKIP("runs in the session that silentKeyring starts");
    // This process owns the Secret Service's name and never answers a call to it.
    SilentSecretService silent;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(bus.registerService(u"org.freedesktop.secrets"_s));
    QVERIFY(bus.registerVirtualObject(u"/"_s, &silent, QDBusConnection::SubPath));
    CredentialBroker::Options options = HeadlessPassword::brokerOptions();
    options.keyringTimeoutMs = 1'500;
    Broker watch(options);
    watch->setAccount(account(u"kr"_s, Source::Keyring));
    watch->requestPassword(u"kr"_s);
    QVERIFY(watch.needed.wait(kWaitMs));
    QCOMPARE(watch.needed.at(0).at(1).value<Need>(), Need::KeyringSilent);
    const QString detail = watch.needed.at(0).at(2).toString();
    QVERIFY2(detail.contains(u"did not answer within 1 second"_s), qPrintable(detail));
    QCOMPARE(HeadlessPassword::advice(Need::KeyringSilent, detail), detail);
    QCOMPARE(watch.ready.size(), 0);
}

QTEST_GUILESS_MAIN(Tst_CredentialBroker)
#include "tst_credentialbroker.moc"
