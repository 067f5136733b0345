// MailEngine through a fault-injecting proxy in front of the private Dovecot (reliability test
// plan H2): a connection reset mid-IDLE while mail arrives, a half-open connection after suspend
// (resumed() must replace it), and a UIDVALIDITY change while watching. In every case each
// message is announced exactly once: nothing missed, nothing repeated, no flood of old mail.
// And a connection test that counts (`mailbell check`) cut off after its STATUS went out: the
// folders say the connection was lost, and so does the result.
// The account uses the plaintext port here (explicitly configured) so the proxy can see when the
// engine is in IDLE; the faults are about TCP, TLS is covered by the other engine tests.
#include "enginerun.h"
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace EngineTest;

class Tst_MailEngineFaults : public QObject
{
    Q_OBJECT

private:
    QString newUser(const QString &name);
    QString storePath(const QString &user) const { return m_dir.filePath(user + u".json"_s); }
    // An engine whose account connects through m_proxy and is watching INBOX.
    std::unique_ptr<EngineRun> startThroughProxy(const QString &user);
    // Waits until the server's last words were Dovecot's IDLE continuation.
    bool waitForIdle();

    DovecotFixture m_server;
    FaultProxy m_proxy;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void resetMidIdleLosesNothing();
    void halfOpenAfterResumeIsReplaced();
    void uidValidityChangeDoesNotFlood();
    void checkNowReconnectsWithoutTheBackoff();
    void countingCutOffSaysSoPerFolder();
};

QString Tst_MailEngineFaults::newUser(const QString &name)
{
    if (!m_server.createUser(name, kPassword))
        qWarning("createUser: %s", qPrintable(m_server.errorString()));
    return name;
}

std::unique_ptr<EngineRun> Tst_MailEngineFaults::startThroughProxy(const QString &user)
{
    auto run = std::make_unique<EngineRun>(m_server, user, storePath(user));
    run->spec.connection.connectAddress = u"127.0.0.1"_s;
    run->spec.connection.port = m_proxy.port();
    run->spec.connection.security = AccountConfig::Security::Plain;
    run->start();
    if (!run->waitReady() || !run->waitState(AccountStatus::State::Online) || !waitForIdle())
        return nullptr;
    return run;
}

bool Tst_MailEngineFaults::waitForIdle()
{
    return QTest::qWaitFor(
        [&] {
            return m_proxy.recorded(FaultProxy::Direction::ServerToClient).endsWith("+ idling\r\n");
        },
        kWaitMs);
}

void Tst_MailEngineFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_proxy.listen(m_server.host(), m_server.imapPort()));
    m_proxy.setRecording(true);
}

void Tst_MailEngineFaults::cleanupTestCase()
{
    m_proxy.passAll();
    m_proxy.cutAll();
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void Tst_MailEngineFaults::init()
{
    m_proxy.passAll();
    m_proxy.setRecording(true);
}

void Tst_MailEngineFaults::resetMidIdleLosesNothing()
{
    const QString user = newUser(u"fault-reset"_s);
    QVERIFY(m_server.appendMessage(user, kInbox, message("existing")));
    const auto run = startThroughProxy(user);
    QVERIFY(run);
    const int acceptedBefore = m_proxy.connectionsAccepted();

    QVERIFY(m_server.appendMessage(user, kInbox, message("before the cut")));
    QVERIFY(run->waitArrivals(1));
    QVERIFY(waitForIdle());

    // The server's EXISTS for the next message goes nowhere, then the connection is reset.
    m_proxy.setBlackholeAll(true);
    const qint64 droppedBefore = m_proxy.droppedBytes(FaultProxy::Direction::ServerToClient);
    QVERIFY(m_server.appendMessage(user, kInbox, message("while cut off")));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_proxy.droppedBytes(FaultProxy::Direction::ServerToClient) > droppedBefore; },
        kWaitMs));
    m_proxy.passAll();
    m_proxy.cutAll(FaultProxy::Cut::Reset);

    QVERIFY(run->waitArrivals(2));
    QVERIFY(run->waitState(AccountStatus::State::Online));
    QVERIFY(m_proxy.connectionsAccepted() > acceptedBefore);
    QVERIFY(m_server.appendMessage(user, kInbox, message("after the cut")));
    QVERIFY(run->waitArrivals(3));
    // Settle: anything announced twice would show up now.
    QTest::qWait(300);
    QCOMPARE(run->subjects(),
             (QStringList {u"before the cut"_s, u"while cut off"_s, u"after the cut"_s}));
}

void Tst_MailEngineFaults::halfOpenAfterResumeIsReplaced()
{
    const QString user = newUser(u"fault-halfopen"_s);
    const auto run = startThroughProxy(user);
    QVERIFY(run);

    // As after a suspend: the socket stays open but nothing gets through either way.
    m_proxy.setBlackholeAll(true);
    const qint64 droppedUp = m_proxy.droppedBytes(FaultProxy::Direction::ClientToServer);
    const qint64 droppedDown = m_proxy.droppedBytes(FaultProxy::Direction::ServerToClient);
    QVERIFY(m_server.appendMessage(user, kInbox, message("during suspend")));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_proxy.droppedBytes(FaultProxy::Direction::ServerToClient) > droppedDown; },
        kWaitMs));
    run->engine->resumed();
    // The engine's liveness probe is sent into the void; the old connection can never answer.
    QVERIFY(QTest::qWaitFor(
        [&] { return m_proxy.droppedBytes(FaultProxy::Direction::ClientToServer) > droppedUp; },
        kWaitMs));
    m_proxy.passAll();

    QVERIFY2(run->waitArrivals(1), "the half-open connection was not replaced");
    QCOMPARE(run->subjects(), (QStringList {u"during suspend"_s}));
    QVERIFY(run->waitState(AccountStatus::State::Online));
    QVERIFY(m_server.appendMessage(user, kInbox, message("after resume")));
    QVERIFY(run->waitArrivals(2));
    QTest::qWait(300);
    QCOMPARE(run->subjects(), (QStringList {u"during suspend"_s, u"after resume"_s}));
}

void Tst_MailEngineFaults::uidValidityChangeDoesNotFlood()
{
    const QString user = newUser(u"fault-uidvalidity"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_server.appendMessage(user, kInbox, message("old " + QByteArray::number(i))));
    const auto run = startThroughProxy(user);
    QVERIFY(run);
    const std::optional<quint32> before = m_server.uidValidity(user, kInbox);
    QVERIFY(before);

    QVERIFY2(m_server.changeUidValidity(user, kInbox, *before + 1000),
             qPrintable(m_server.errorString()));
    // Dovecot notices on its next mailbox sync (not through IDLE): "Check now" makes one. Whatever
    // the server then does about it, the account comes back and the three old messages, now
    // under a new UIDVALIDITY, are not announced.
    run->engine->checkNow();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !run->folders.isEmpty() && run->folders.last().uidValidity == *before + 1000;
        },
        kWaitMs));
    QVERIFY(run->waitState(AccountStatus::State::Online));
    QVERIFY(m_server.appendMessage(user, kInbox, message("new after the change")));
    QVERIFY(run->waitArrivals(1));
    QTest::qWait(300);
    QCOMPARE(run->subjects(), (QStringList {u"new after the change"_s}));
    QCOMPARE(run->arrivals.constFirst().uidValidity, *before + 1000);
}

// Issue 9, point 10: the server went away and is back; "Check now" reconnects at once instead of
// after the account's backoff (a minute here).
void Tst_MailEngineFaults::checkNowReconnectsWithoutTheBackoff()
{
    const QString user = newUser(u"fault-checknow"_s);
    EngineRun run(m_server, user, storePath(user));
    run.engine->setReconnectLimits(60'000, 60'000);
    run.spec.connection.connectAddress = u"127.0.0.1"_s;
    run.spec.connection.port = m_proxy.port();
    run.spec.connection.security = AccountConfig::Security::Plain;
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(run.waitState(AccountStatus::State::Online));
    m_proxy.cutAll(FaultProxy::Cut::Reset); // down, and back up at once
    QVERIFY(run.waitState(AccountStatus::State::Reconnecting));
    QVERIFY(run.last.nextAttempt > QDateTime::currentDateTimeUtc().addSecs(30));
    QElapsedTimer clock;
    clock.start();
    run.engine->checkNow();
    QVERIFY(run.waitState(AccountStatus::State::Online));
    qInfo("online again %lld ms after Check now", clock.elapsed());
    QVERIFY(clock.elapsed() < 10'000); // never the minute of the backoff
    QVERIFY(m_server.appendMessage(user, kInbox, message("after the check")));
    QVERIFY(run.waitArrivals(1));
}

void Tst_MailEngineFaults::countingCutOffSaysSoPerFolder()
{
    const QString user = newUser(u"fault-count"_s);
    AccountSpec spec = EngineRun::specFor(m_server, user);
    spec.connection.connectAddress = u"127.0.0.1"_s;
    spec.connection.port = m_proxy.port();
    spec.connection.security = AccountConfig::Security::Plain;
    ConnectionTestRequest request;
    request.listFolders = false;
    request.countFolders = {kInbox, u"Archive"_s};
    MailEngine engine;
    QSignalSpy finished(&engine, &MailEngine::connectionTestFinished);

    // A clean run first, to learn where the client's first STATUS ends (its bytes are the same
    // every time: same tags, same login).
    const qsizetype before = m_proxy.recorded(FaultProxy::Direction::ClientToServer).size();
    engine.testConnection(spec, kPassword, request);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.constFirst().at(1).value<ConnectionTestResult>().error.isError());
    const QByteArray sent = m_proxy.recorded(FaultProxy::Direction::ClientToServer).mid(before);
    const qsizetype status = sent.indexOf(" STATUS INBOX ");
    QVERIFY2(status > 0, sent.constData());
    const qsizetype statusEnd = sent.indexOf("\r\n", status) + 2;

    // Then cut as soon as that line is through: the server never gets to answer.
    m_proxy.setCutAfter(FaultProxy::Direction::ClientToServer, statusEnd);
    finished.clear();
    engine.testConnection(spec, kPassword, request);
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.constFirst().at(1).value<ConnectionTestResult>();
    QVERIFY(result.error.isError());
    QCOMPARE(result.folderCounts.size(), 2);
    for (const FolderCounts &counts : result.folderCounts) {
        QCOMPARE(counts.outcome, FolderCounts::Outcome::NotAnswered);
        QCOMPARE(counts.error.kind, result.error.kind);
    }
    qInfo("cut off while counting: %s", qPrintable(result.error.message));
}

QTEST_GUILESS_MAIN(Tst_MailEngineFaults)
#include "tst_mailengine_faults.moc"
