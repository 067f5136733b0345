// AccountController against a real Dovecot: accounts from the accounts file, passwords from a
// password command (asynchronous, retried with a pause after a failure), from the keyring (none
// here: the user is asked), or from memory (the demo account); a rejected password asks again.
#include "credentialstore.h"
#include "dovecotfixture.h"
#include "tray/accountcontroller.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::AccountStatus;
using ImapCore::MailEngine;

namespace {

constexpr int kTimeoutMs = 20'000;
const QString kPassword = u"s3cret pw"_s;

} // namespace

class Tst_AccountController : public QObject
{
    Q_OBJECT

private:
    QString writeAccounts(const QString &name, const QString &body);
    QString accountSection(const QString &id, const QString &user) const;

    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void passwordCommandLogsIn();
    void failingPasswordCommandIsReportedAndRetried();
    void noKeyringAsksTheUser();
    void rejectedPasswordAsksAgain();
    void inMemoryAccount();
    void askAtEachStartNeverUsesTheKeyring();
    void brokenFileKeepsValidAccounts();
};

void Tst_AccountController::initTestCase()
{
    // No Secret Service for this test: the keyring path must fall back to asking.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    for (const QString &user :
         {u"cmd"_s, u"cmdfail"_s, u"ask"_s, u"reject"_s, u"memory"_s, u"askstart"_s})
        QVERIFY(m_server.createUser(user, kPassword));
}

QString Tst_AccountController::accountSection(const QString &id, const QString &user) const
{
    return u"[%1]\nname = %1 account\nhost = imap.test\nconnect-address = %2\nport = %3\n"
           "user = %4\ncafile = %5\n"_s.arg(id, m_server.host(),
                                            QString::number(m_server.imapsPort()), user,
                                            m_server.caCertificatePath());
}

QString Tst_AccountController::writeAccounts(const QString &name, const QString &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body.toUtf8()) < 0)
        return {};
    return path;
}

void Tst_AccountController::passwordCommandLogsIn()
{
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy needed(&controller, &AccountController::passwordNeeded);
    QSignalSpy problems(&controller, &AccountController::passwordProblem);
    const QString path =
        writeAccounts(u"cmd.conf"_s,
                      accountSection(u"cmd"_s, u"cmd"_s)
                          + u"password-command = printf \"%1\"\n"_s.arg(kPassword));
    controller.loadAccountsFile(path);
    QCOMPARE(controller.loadErrors(), QStringList());
    QCOMPARE(controller.accountInfos().size(), 1);
    QCOMPARE(controller.accountInfos().constFirst().displayName, u"cmd account"_s);
    QCOMPARE(controller.accountInfos().constFirst().host, u"imap.test"_s);

    AccountStatus last;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    controller.start(m_dir.filePath(u"cmd-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kTimeoutMs);
    QCOMPARE(needed.size(), 0);
    QCOMPARE(problems.size(), 0);
}

void Tst_AccountController::failingPasswordCommandIsReportedAndRetried()
{
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy problems(&controller, &AccountController::passwordProblem);
    const QString path =
        writeAccounts(u"fail.conf"_s,
                      accountSection(u"cmdfail"_s, u"cmdfail"_s) + u"password-command = false\n"_s);
    controller.loadAccountsFile(path);
    controller.start(m_dir.filePath(u"fail-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, kTimeoutMs);
    QCOMPARE(problems.at(0).at(0).toString(), u"cmdfail"_s);
    const QString message = problems.at(0).at(1).toString();
    QVERIFY2(message.contains(u"\"false\""_s) && message.contains(u"exit code 1"_s),
             qPrintable(message));
    // Not in a tight loop: the retry waits CredentialBroker::passwordRetryMs (a minute).
    QTest::qWait(300);
    QCOMPARE(problems.size(), 1);
}

void Tst_AccountController::noKeyringAsksTheUser()
{
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy needed(&controller, &AccountController::passwordNeeded);
    const QString path = writeAccounts(u"ask.conf"_s, accountSection(u"ask"_s, u"ask"_s));
    controller.loadAccountsFile(path);
    QCOMPARE(controller.loadErrors(), QStringList());
    AccountStatus last;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    controller.start(m_dir.filePath(u"ask-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, kTimeoutMs);
    QCOMPARE(needed.at(0).at(0).toString(), u"ask"_s);
    // No reason in words: the password dialog finds the missing keyring itself and says so
    // once, with the choices it leaves (tst_trayapplication::missingPasswordIsAsked).
    const QString reason = needed.at(0).at(1).toString();
    QVERIFY2(reason.isEmpty(), qPrintable(reason));

    controller.providePassword(u"ask"_s, kPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kTimeoutMs);
    QCOMPARE(needed.size(), 1);
}

void Tst_AccountController::rejectedPasswordAsksAgain()
{
    MailEngine engine;
    engine.setReconnectLimits(200, 2000);
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy needed(&controller, &AccountController::passwordNeeded);
    controller.loadAccountsFile(
        writeAccounts(u"reject.conf"_s, accountSection(u"reject"_s, u"reject"_s)));
    AccountStatus last;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    controller.start(m_dir.filePath(u"reject-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, kTimeoutMs);
    controller.providePassword(u"reject"_s, u"wrong"_s, false);
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 2, kTimeoutMs);
    QCOMPARE(needed.at(1).at(1).toString(),
             AccountController::tr("The server rejected the password."));
    QCOMPARE(last.state, AccountStatus::State::AuthFailed);
    controller.providePassword(u"reject"_s, kPassword, false);
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kTimeoutMs);
}

void Tst_AccountController::inMemoryAccount()
{
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy needed(&controller, &AccountController::passwordNeeded);
    ImapCore::AccountSpec spec;
    spec.id = u"memory"_s;
    spec.displayName = u"Demo"_s;
    spec.connection.host = u"imap.test"_s;
    spec.connection.connectAddress = m_server.host();
    spec.connection.port = m_server.imapsPort();
    spec.connection.user = u"memory"_s;
    spec.connection.caCertificates = {m_server.caCertificate()};
    controller.addInMemoryAccount(spec, kPassword);
    // Loading a file keeps in-memory accounts: the file does not know them.
    controller.loadAccountsFile(m_dir.filePath(u"missing.conf"_s));
    QCOMPARE(controller.accountInfos().size(), 1);
    AccountStatus last;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    controller.start(m_dir.filePath(u"memory-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kTimeoutMs);
    QCOMPARE(needed.size(), 0);
}

void Tst_AccountController::askAtEachStartNeverUsesTheKeyring()
{
    // password-store = ask: the user is asked with that reason, "Remember" is not offered, and
    // a password typed with remember set still goes nowhere but the engine (a keyring write
    // here would fail and be reported as a passwordProblem).
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    QSignalSpy needed(&controller, &AccountController::passwordNeeded);
    QSignalSpy problems(&controller, &AccountController::passwordProblem);
    controller.loadAccountsFile(
        writeAccounts(u"askstart.conf"_s,
                      accountSection(u"askstart"_s, u"askstart"_s) + u"password-store = ask\n"_s));
    QVERIFY(controller.loadErrors().isEmpty());
    QVERIFY(!controller.canRememberPassword(u"askstart"_s));
    AccountStatus last;
    connect(&engine, &MailEngine::accountStatusChanged, this,
            [&last](const AccountStatus &status) { last = status; });
    controller.start(m_dir.filePath(u"askstart-seen.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, kTimeoutMs);
    QCOMPARE(needed.at(0).at(1).toString(),
             AccountController::tr("Mailbell asks for this account's password at each start "
                                   "and keeps it in memory only."));
    controller.providePassword(u"askstart"_s, kPassword, true);
    QTRY_COMPARE_WITH_TIMEOUT(last.state, AccountStatus::State::Online, kTimeoutMs);
    QTest::qWait(200); // a keyring write would have answered by now
    QCOMPARE(problems.size(), 0);
    QCOMPARE(needed.size(), 1);
}

void Tst_AccountController::brokenFileKeepsValidAccounts()
{
    MailEngine engine;
    CredentialStore credentials;
    AccountController controller(&engine, &credentials);
    const QString path = writeAccounts(
        u"broken.conf"_s, accountSection(u"good"_s, u"cmd"_s) + u"[bad]\nhost = h\n"_s);
    controller.loadAccountsFile(path);
    QCOMPARE(controller.accountInfos().size(), 1);
    QCOMPARE(controller.accountInfos().constFirst().id, u"good"_s);
    QCOMPARE(controller.loadErrors().size(), 1);
    QVERIFY(controller.loadErrors().constFirst().contains(u"\"bad\""_s));
}

QTEST_GUILESS_MAIN(Tst_AccountController)
#include "tst_accountcontroller.moc"
