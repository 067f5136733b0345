// MailEngine against the private Dovecot (one user per test): start -> ready -> APPEND from
// outside -> messagesArrived queued into the test's thread with the decoded subject; a wrong
// password -> AuthFailed + passwordRequired, then setPassword -> Online; the server stopped and
// restarted while mail arrives -> exactly that mail announced once, nothing repeated after
// another reconnect; markSeen visible to doveadm; a second engine on the same SeenStore file
// announces nothing old; mail that was unseen before the start is listed (unseenBacklog, the
// newest 50) and never announced, while mail delivered afterwards is announced once; markAllSeen
// leaves the server with no unseen message; destruction of a running engine returns promptly; a
// watcher on a compressed session (COMPRESS=DEFLATE) announces new mail, and none is asked for
// when the account turns it off; a connection test that counts (what `mailbell check` asks):
// each folder's counts, a folder that does not exist refused in the server's words, its wire
// lines in the protocol log and its LOGOUT answered before the engine is gone, a log file that
// cannot be opened reported; saved mailbox mirrors are kept only for the folders watched.
// Prints figures.
#include "engine/mirrorstore.h"
#include "enginerun.h"
#include "maildirseeder.h"
#include "protocol/limits.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>

using namespace ImapCore;
using namespace Qt::StringLiterals;

using namespace EngineTest;

class Tst_MailEngineDovecot : public QObject
{
    Q_OBJECT

private:
    QString newUser(const QString &name);
    void stopServer();
    QString storePath(const QString &user) const { return m_dir.filePath(user + u".json"_s); }

    DovecotFixture m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newMailArrivesInCallersThread();
    void wrongPasswordThenCorrect();
    void serverRestartAnnouncesMissedMailOnce();
    void markSeenReachesServer();
    void secondRunAnnouncesNothingOld();
    void mirrorsAreKeptForWatchedFoldersOnly();
    void destructionIsPrompt();
    void keepAliveIsArmed();
    void reconfigureKeepsUnchangedAccounts();
    void flagAndSummaryCommands();
    void findTrashBeforeDeleting();
    void resumedAndCheckNowKeepLiveConnections();
    void unseenBacklogIsListedNotAnnounced();
    void markAllSeenLeavesNothingUnseen();
    void compressionWhereOffered_data();
    void compressionWhereOffered();
    void connectionTestCountsFolders();
    void protocolLogThatCannotOpenIsReported();
};

QString Tst_MailEngineDovecot::newUser(const QString &name)
{
    if (!m_server.createUser(name, kPassword))
        qWarning("createUser: %s", qPrintable(m_server.errorString()));
    return name;
}

// With clients connected, Dovecot 2.3.19's imap processes may outlive the master; the fixture
// then kills them and reports it. The server is down either way, which is what the test needs.
void Tst_MailEngineDovecot::stopServer()
{
    if (!m_server.stop())
        qInfo("fixture stop: %s", qPrintable(m_server.errorString()));
    QVERIFY(!m_server.isRunning());
}

void Tst_MailEngineDovecot::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void Tst_MailEngineDovecot::cleanupTestCase()
{
    QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
}

void Tst_MailEngineDovecot::newMailArrivesInCallersThread()
{
    const QString user = newUser(u"me-new"_s);
    QVERIFY(m_server.appendMessage(user, kInbox, message("old one")));
    EngineRun run(m_server, user, storePath(user));
    QElapsedTimer timer;
    timer.start();
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(run.waitState(AccountStatus::State::Online));
    qInfo("start -> ready: %lld ms", timer.elapsed());
    QCOMPARE(run.readyCount, 1);
    QCOMPARE(run.states.first(), AccountStatus::State::Connecting);
    QVERIFY(run.states.contains(AccountStatus::State::Synchronizing));
    QVERIFY(QTest::qWaitFor([&] { return !run.folders.isEmpty(); }, kWaitMs));
    QCOMPARE(run.folders.last().messages, 1u);
    QCOMPARE(run.folders.last().unseen, 1u);

    timer.restart();
    QVERIFY(m_server.appendMessage(user, kInbox, message("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=")));
    QVERIFY(run.waitArrivals(1));
    qInfo("APPEND -> messagesArrived in the caller's thread: %lld ms", timer.elapsed());
    QCOMPARE(run.subjects(), QStringList {u"Grüße"_s});
    QCOMPARE(run.arrivals.first().accountId, run.spec.id);
    QCOMPARE(run.arrivals.first().folder, kInbox);
    // The EXISTS may be counted (2 messages, 1 unseen: the new one's flags not fetched yet)
    // before the arrival; the recount after the arrival can reach this thread after it.
    QVERIFY(QTest::qWaitFor(
        [&] { return run.folders.last().messages == 2 && run.folders.last().unseen == 2; },
        kWaitMs));
}

void Tst_MailEngineDovecot::wrongPasswordThenCorrect()
{
    const QString user = newUser(u"me-auth"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start(u"wrong"_s);
    QVERIFY(run.waitState(AccountStatus::State::AuthFailed));
    QCOMPARE(run.last.error.kind, ErrorKind::AuthFailed);
    QVERIFY(run.last.nextAttempt.isValid());
    QVERIFY(QTest::qWaitFor([&] { return !run.passwordRequests.isEmpty(); }, kWaitMs));
    QCOMPARE(run.passwordRequests, QStringList {run.spec.id});
    QVERIFY(run.waitReady()); // ready counts a failed account as done
    // No tight loop: nothing happens in the next half second.
    const qsizetype statesBefore = run.states.size();
    QTest::qWait(500);
    QCOMPARE(run.states.size(), statesBefore);

    run.engine->setPassword(run.spec.id, kPassword);
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QCOMPARE(run.last.error.kind, ErrorKind::None);
}

void Tst_MailEngineDovecot::serverRestartAnnouncesMissedMailOnce()
{
    const QString user = newUser(u"me-restart"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(run.waitState(AccountStatus::State::Online));

    stopServer();
    QVERIFY(run.waitState(AccountStatus::State::Reconnecting));
    QVERIFY(run.last.nextAttempt.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_server.appendMessage(user, kInbox, message("missed one")));
    QVERIFY(m_server.appendMessage(user, kInbox, message("missed two")));
    QVERIFY(run.waitState(AccountStatus::State::Online));
    qInfo("server restart -> Online again: %lld ms", timer.elapsed());
    QVERIFY(run.waitArrivals(2));
    QTest::qWait(300);
    QCOMPARE(run.subjects(), (QStringList {u"missed one"_s, u"missed two"_s}));

    // Another reconnect: nothing is repeated.
    stopServer();
    QVERIFY(run.waitState(AccountStatus::State::Reconnecting));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    run.engine->networkChanged();
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QVERIFY(m_server.appendMessage(user, kInbox, message("after")));
    QVERIFY(run.waitArrivals(3));
    QTest::qWait(300);
    QCOMPARE(run.subjects(), (QStringList {u"missed one"_s, u"missed two"_s, u"after"_s}));
}

void Tst_MailEngineDovecot::markSeenReachesServer()
{
    const QString user = newUser(u"me-seen"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(m_server.appendMessage(user, kInbox, message("read me")));
    QVERIFY(run.waitArrivals(1));
    const MessageSummary &s = run.arrivals.first();
    run.engine->markSeen({s.accountId, s.folder, s.uidValidity, s.uid});
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto out = m_server.doveadm({u"fetch"_s, u"-u"_s, user, u"flags"_s, u"mailbox"_s,
                                               kInbox, u"uid"_s, QString::number(s.uid)});
            return out && out->contains("\\Seen");
        },
        kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] { return !run.folders.isEmpty() && run.folders.last().unseen == 0; }, kWaitMs));

    // A stale reference is refused with a clear message, not applied.
    QSignalSpy failed(run.engine.get(), &MailEngine::commandFailed);
    run.engine->markUnseen({s.accountId, s.folder, s.uidValidity + 1, s.uid});
    QVERIFY(failed.wait(kWaitMs));
    const auto error = failed.first().at(1).value<ImapError>();
    QVERIFY2(error.message.contains(u"UIDVALIDITY"_s), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::StaleMessage);
}

void Tst_MailEngineDovecot::secondRunAnnouncesNothingOld()
{
    const QString user = newUser(u"me-second"_s);
    {
        EngineRun first(m_server, user, storePath(user));
        first.start();
        QVERIFY(first.waitReady());
        QVERIFY(m_server.appendMessage(user, kInbox, message("first run")));
        QVERIFY(first.waitArrivals(1));
    }
    QVERIFY(m_server.appendMessage(user, kInbox, message("while away")));
    EngineRun second(m_server, user, storePath(user));
    second.start();
    QVERIFY(second.waitReady());
    QVERIFY(second.waitArrivals(1));
    QTest::qWait(300);
    QCOMPARE(second.subjects(), QStringList {u"while away"_s});
}

// The engine keeps a mailbox mirror beside the seen store for each watched folder (saved when
// it stops) and removes those of folders no account watches, whoever left them there.
void Tst_MailEngineDovecot::mirrorsAreKeptForWatchedFoldersOnly()
{
    const QString user = newUser(u"me-mirrors"_s);
    QVERIFY(m_server.appendMessage(user, kInbox, message("existing")));
    const QString seenPath = storePath(user);
    MirrorStore mirrors(MirrorStore::folderBeside(seenPath));
    MailboxMirror stale;
    stale.account = u"acct-"_s + user;
    stale.folder = u"No longer watched"_s;
    stale.uidValidity = 1;
    QVERIFY(!mirrors.save(stale));
    {
        EngineRun run(m_server, user, seenPath);
        run.start();
        QVERIFY(run.waitReady());
        QVERIFY(QTest::qWaitFor([&] { return !run.folders.isEmpty(); }, kWaitMs));
        QVERIFY(!QFile::exists(mirrors.pathFor(stale.account, stale.folder)));
        QSignalSpy stopped(run.engine.get(), &MailEngine::stopped);
        run.engine->stop();
        QVERIFY(stopped.wait(kWaitMs));
    }
    const MirrorStore::Loaded inbox = mirrors.load(u"acct-"_s + user, kInbox);
    QVERIFY2(inbox.mirror, qPrintable(inbox.problem));
    QCOMPARE(inbox.mirror->uids.size(), 1);
}

void Tst_MailEngineDovecot::destructionIsPrompt()
{
    const QString user = newUser(u"me-destroy"_s);
    EngineRun run(m_server, user, storePath(user));
    const QString logPath = m_dir.filePath(u"destroy-protocol.log"_s);
    run.engine->setProtocolLogFile(logPath);
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QElapsedTimer timer;
    timer.start();
    run.engine.reset();
    const qint64 elapsed = timer.elapsed();
    qInfo("destruction of a running MailEngine (LOGOUT included): %lld ms", elapsed);
    QVERIFY(elapsed < 5000);
    // The wire log of every connection, redacted: the LOGOUT went out, the password never did.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains(" LOGOUT"), text.constData());
    QVERIFY(text.contains("* BYE"));
    QVERIFY(!text.contains(kPassword.toUtf8()));
    const QByteArray nul(1, '\0');
    QVERIFY(!text.contains(QByteArray(nul + user.toUtf8() + nul + kPassword.toUtf8()).toBase64()));
    QVERIFY(text.contains("AUTHENTICATE PLAIN ***"));

    // Destroyed at once after start, before anything connected.
    auto engine = std::make_unique<MailEngine>();
    engine->start({EngineRun::specFor(m_server, user)}, storePath(user));
    timer.restart();
    engine.reset();
    qInfo("destruction right after start: %lld ms", timer.elapsed());
}

// /proc/net/tcp: the client's socket to the server has a keepalive timer ("tr" 2) that fires
// after about 60 s of silence, not the kernel's default two hours.
void Tst_MailEngineDovecot::keepAliveIsArmed()
{
    const QString user = newUser(u"me-keepalive"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QFile tcp(u"/proc/net/tcp"_s);
    if (!tcp.open(QIODevice::ReadOnly))
        QSKIP("no /proc/net/tcp");
    const QByteArray port =
        QByteArray::number(m_server.imapsPort(), 16).toUpper().rightJustified(4, '0');
    int armed = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        // sl local rem st tx:rx tr:when ...
        if (f.size() < 6 || !f.at(2).endsWith(QByteArray(":" + port)) || f.at(3) != "01")
            continue;
        const QList<QByteArray> timer = f.at(5).split(':');
        const qint64 jiffies = timer.value(1).toLongLong(nullptr, 16);
        qInfo("client socket timer %s (%lld jiffies)", f.at(5).constData(), jiffies);
        if (timer.value(0) == "02" && jiffies > 0 && jiffies <= 61 * 100 * 10)
            ++armed;
    }
    QVERIFY(armed >= 1);
}

void Tst_MailEngineDovecot::reconfigureKeepsUnchangedAccounts()
{
    const QString userA = newUser(u"me-reconf-a"_s);
    const QString userB = newUser(u"me-reconf-b"_s);
    QVERIFY(m_server.createMailbox(userA, u"Work"_s));
    EngineRun run(m_server, userA, storePath(userA));
    const AccountSpec a = run.spec;
    AccountSpec b = EngineRun::specFor(m_server, userB);
    QHash<QString, QList<AccountStatus::State>> states;
    QObject::connect(run.engine.get(), &MailEngine::accountStatusChanged, run.engine.get(),
                     [&](const AccountStatus &s) { states[s.accountId].append(s.state); });
    run.start();
    QVERIFY(run.waitState(AccountStatus::State::Online));

    // A unchanged, B new: A keeps its connection (no new state), B comes online.
    run.engine->setPassword(b.id, kPassword);
    run.engine->reconfigure({a, b});
    QVERIFY(QTest::qWaitFor(
        [&] {
            return states.value(b.id).value(states.value(b.id).size() - 1)
                == AccountStatus::State::Online;
        },
        kWaitMs));
    QCOMPARE(states.value(a.id),
             (QList<AccountStatus::State> {AccountStatus::State::Connecting,
                                           AccountStatus::State::Synchronizing,
                                           AccountStatus::State::Online}));

    // A changed (one more folder): it restarts and watches both; B is removed and logs out.
    AccountSpec a2 = a;
    a2.folders = {kInbox, u"Work"_s};
    QSignalSpy folderSpy(run.engine.get(), &MailEngine::folderStatusChanged);
    run.engine->reconfigure({a2});
    QVERIFY(QTest::qWaitFor(
        [&] { return states.value(b.id).constLast() == AccountStatus::State::Stopped; }, kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &args : folderSpy) {
                if (args.at(0).value<FolderStatus>().folder == u"Work"_s)
                    return states.value(a.id).constLast() == AccountStatus::State::Online;
            }
            return false;
        },
        kWaitMs));
    QVERIFY(states.value(a.id).size() > 3);
    // Mail in the new folder is announced.
    QVERIFY(m_server.appendMessage(userA, u"Work"_s, message("to work")));
    QVERIFY(run.waitArrivals(1));
    QCOMPARE(run.arrivals.constLast().folder, u"Work"_s);

    // The removed account's password went with it: added again, B asks for one and does not
    // log in with the old.
    QSignalSpy asked(run.engine.get(), &MailEngine::passwordRequired);
    run.engine->reconfigure({a2, b});
    QVERIFY(QTest::qWaitFor([&] { return asked.contains({b.id}); }, kWaitMs));
    QVERIFY(states.value(b.id).constLast() != AccountStatus::State::Online);
    run.engine->setPassword(b.id, kPassword);
    QVERIFY(QTest::qWaitFor(
        [&] { return states.value(b.id).constLast() == AccountStatus::State::Online; }, kWaitMs));
}

void Tst_MailEngineDovecot::flagAndSummaryCommands()
{
    const QString user = newUser(u"me-commands"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QVERIFY(m_server.appendMessage(user, kInbox, message("flag me")));
    QVERIFY(run.waitArrivals(1));
    const MessageSummary s = run.arrivals.constFirst();
    const MessageRef ref {s.accountId, s.folder, s.uidValidity, s.uid};

    QSignalSpy summaries(run.engine.get(), &MailEngine::summaryFetched);
    run.engine->fetchSummary(ref);
    QVERIFY(summaries.wait(kWaitMs));
    QCOMPARE(summaries.first().at(0).value<MessageSummary>().subject, u"flag me"_s);

    run.engine->setFlagged(ref, true);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto out = m_server.doveadm({u"fetch"_s, u"-u"_s, user, u"flags"_s, u"mailbox"_s,
                                               kInbox, u"uid"_s, QString::number(s.uid)});
            return out && out->contains("\\Flagged");
        },
        kWaitMs));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !run.flagChanges.isEmpty()
                && run.flagChanges.constLast().second.has(MessageFlags::Flagged);
        },
        kWaitMs));
    QCOMPARE(run.flagChanges.constLast().first, ref);

    // Unknown account: a clear failure, not silence.
    QSignalSpy failed(run.engine.get(), &MailEngine::commandFailed);
    run.engine->markSeen({u"nobody"_s, kInbox, s.uidValidity, s.uid});
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(failed.first().at(1).value<ImapError>().message.contains(u"nobody"_s));
    QCOMPARE(failed.first().at(1).value<ImapError>().kind, ErrorKind::StaleMessage);
}

// The app asks where a delete would go before the user deletes (Undo, or a warning). Asked
// right after start(), before any folder is connected: answered once one is.
void Tst_MailEngineDovecot::findTrashBeforeDeleting()
{
    const QString withTrash = newUser(u"me-trash"_s);
    // The fixture marks "Deleted Messages" \Trash (RFC 6154); it exists only when created.
    QVERIFY(m_server.createMailbox(withTrash, u"Deleted Messages"_s));
    const QString without = newUser(u"me-notrash"_s);
    for (const auto &[user, expected] :
         {std::pair {withTrash, u"Deleted Messages"_s}, std::pair {without, QString()}}) {
        EngineRun run(m_server, user, storePath(user));
        QSignalSpy found(run.engine.get(), &MailEngine::trashFolderFound);
        run.start();
        run.engine->findTrash(u"acct-"_s + user);
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().at(0).toString(), u"acct-"_s + user);
        QCOMPARE(found.first().at(1).toString(), expected);
        // Known now: answered again without a round trip.
        run.engine->findTrash(u"acct-"_s + user);
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.last().at(1).toString(), expected);
    }
}

// A live connection answers the resume probe and the "Check now" NOOP: no reconnect, and the
// watcher goes back to IDLE and still announces mail.
void Tst_MailEngineDovecot::resumedAndCheckNowKeepLiveConnections()
{
    const QString user = newUser(u"me-resumed"_s);
    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitState(AccountStatus::State::Online));
    const qsizetype states = run.states.size();
    run.engine->resumed();
    run.engine->checkNow();
    QTest::qWait(500);
    QCOMPARE(run.states.size(), states);
    QVERIFY(m_server.appendMessage(user, kInbox, message("after resume")));
    QVERIFY(run.waitArrivals(1));
    QCOMPARE(run.subjects(), QStringList {u"after resume"_s});
    QCOMPARE(run.states.size(), states);
}

void Tst_MailEngineDovecot::unseenBacklogIsListedNotAnnounced()
{
    // 60 unseen messages and a read one, all there before the engine first logs in.
    const QString user = newUser(u"me-backlog"_s);
    MaildirSeeder::Options seed;
    seed.count = 60;
    seed.seenPercent = 0;
    QString error;
    QVERIFY2(MaildirSeeder::seedInbox(m_server, user, seed, &error), qPrintable(error));
    const std::optional<quint32> readUid =
        m_server.appendMessage(user, kInbox, message("already read"), {u"\\Seen"_s});
    QVERIFY(readUid);
    QCOMPARE(*readUid, 61u);
    QCOMPARE(m_server.unseenCount(user, kInbox), std::optional<quint32>(60));

    {
        EngineRun run(m_server, user, storePath(user));
        run.start();
        QVERIFY(run.waitReady());
        QVERIFY(QTest::qWaitFor([&] { return !run.backlogs.isEmpty(); }, kWaitMs));
        // The newest 50 unseen, ascending, with their summaries; the read one is not among them.
        const QList<MessageSummary> backlog = run.backlogs.first();
        QCOMPARE(backlog.size(), Limits::unseenBacklogPerFolder);
        for (qsizetype i = 0; i < backlog.size(); ++i) {
            QCOMPARE(backlog.at(i).uid, quint32(11 + i));
            QVERIFY(!backlog.at(i).flags.has(MessageFlags::Seen));
            QVERIFY(!backlog.at(i).subject.isEmpty());
            QCOMPARE(backlog.at(i).accountId, run.spec.id);
            QCOMPARE(backlog.at(i).folder, kInbox);
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return !run.folders.isEmpty() && run.folders.last().unseen == 60; }, kWaitMs));

        // Mail delivered now is new: announced once, and the backlog is not repeated.
        QVERIFY(m_server.appendMessage(user, kInbox, message("after the start")));
        QVERIFY(run.waitArrivals(1));
        QTest::qWait(500);
        QCOMPARE(run.subjects(), QStringList {u"after the start"_s});
        QCOMPARE(run.backlogs.size(), 1);

        // A backlog message read elsewhere changes like any other.
        QVERIFY(m_server.addFlags(user, kInbox, 60, {u"\\Seen"_s}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(
                    run.flagChanges.cbegin(), run.flagChanges.cend(), [](const auto &change) {
                        return change.first.uid == 60 && change.second.has(MessageFlags::Seen);
                    });
            },
            kWaitMs));
    }

    // The next run on the same SeenStore lists the unseen mail again and announces none of it.
    EngineRun second(m_server, user, storePath(user));
    second.start();
    QVERIFY(second.waitReady());
    QVERIFY(QTest::qWaitFor([&] { return !second.backlogs.isEmpty(); }, kWaitMs));
    const QList<MessageSummary> again = second.backlogs.first();
    QCOMPARE(again.size(), Limits::unseenBacklogPerFolder);
    QCOMPARE(again.last().uid, 62u); // "after the start"; 60 is read now
    QCOMPARE(again.first().uid, 11u);
    QTest::qWait(500);
    QVERIFY(second.arrivals.isEmpty());
}

void Tst_MailEngineDovecot::markAllSeenLeavesNothingUnseen()
{
    // More unseen messages than one UID STORE names.
    const QString user = newUser(u"me-allseen"_s);
    MaildirSeeder::Options seed;
    seed.count = int(Limits::maxUidsPerStore) + 300;
    seed.seenPercent = 10;
    QString error;
    QVERIFY2(MaildirSeeder::seedInbox(m_server, user, seed, &error), qPrintable(error));
    const std::optional<quint32> unseenBefore = m_server.unseenCount(user, kInbox);
    QVERIFY(unseenBefore);
    QVERIFY(*unseenBefore > quint32(Limits::maxUidsPerStore));

    EngineRun run(m_server, user, storePath(user));
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(QTest::qWaitFor(
        [&] { return !run.folders.isEmpty() && run.folders.last().unseen == *unseenBefore; },
        kWaitMs));
    QElapsedTimer timer;
    timer.start();
    run.engine->markAllSeen();
    QVERIFY(QTest::qWaitFor(
        [&] { return !run.folders.isEmpty() && run.folders.last().unseen == 0; }, kWaitMs));
    qInfo("markAllSeen of %u messages -> unseen count 0: %lld ms", *unseenBefore, timer.elapsed());
    QCOMPARE(m_server.unseenCount(user, kInbox), std::optional<quint32>(0));
    QVERIFY(QTest::qWaitFor([&] { return run.flagChanges.size() >= qsizetype(*unseenBefore); },
                            kWaitMs));
    QVERIFY(run.arrivals.isEmpty());
}

void Tst_MailEngineDovecot::compressionWhereOffered_data()
{
    QTest::addColumn<bool>("compress");
    QTest::newRow("on") << true;
    QTest::newRow("off-by-setting") << false;
}

// The real watcher with Dovecot's imap_zlib: COMPRESS right after login, then SELECT, the UID
// FETCH, IDLE and the new message's summary all travel deflated (the protocol log keeps them as
// plain lines); turned off, the offer is left alone.
void Tst_MailEngineDovecot::compressionWhereOffered()
{
    if (!DovecotFixture::offersCompression())
        QSKIP("Dovecot's imap_zlib plugin is not installed: no COMPRESS=DEFLATE to negotiate");
    QFETCH(bool, compress);
    const QString user = newUser(compress ? u"me-compress"_s : u"me-no-compress"_s);
    EngineRun run(m_server, user, storePath(user));
    run.spec.connection.compress = compress;
    const QString logPath = m_dir.filePath(user + u"-protocol.log"_s);
    run.engine->setProtocolLogFile(logPath);
    run.start();
    QVERIFY(run.waitReady());
    QVERIFY(run.waitState(AccountStatus::State::Online));
    QVERIFY(m_server.appendMessage(user, kInbox, message("sent while compressed")));
    QVERIFY(run.waitArrivals(1));
    QCOMPARE(run.subjects(), QStringList {u"sent while compressed"_s});
    QCOMPARE(run.last.state, AccountStatus::State::Online); // no reconnect on the way

    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY(text.contains(u"COMPRESS=DEFLATE"_s)); // offered either way
    const QRegularExpressionMatch asked =
        QRegularExpression(u"C: (\\S+) COMPRESS DEFLATE\n"_s).match(text);
    QCOMPARE(asked.hasMatch(), compress);
    if (!compress)
        return;
    const qsizetype okAt = text.indexOf(u"S: "_s + asked.captured(1) + u" OK"_s);
    QVERIFY2(okAt > asked.capturedStart(), qPrintable(text));
    QVERIFY(text.indexOf(u" SELECT INBOX"_s, okAt) > okAt);
    QVERIFY(text.indexOf(u" IDLE\n"_s, okAt) > okAt);
    QVERIFY(text.indexOf(u"sent while compressed"_s, okAt) > okAt);
}

void Tst_MailEngineDovecot::connectionTestCountsFolders()
{
    const QString user = newUser(u"me-count"_s);
    QVERIFY(m_server.createMailbox(user, u"Lists"_s));
    QVERIFY(m_server.appendMessage(user, kInbox, message("unseen one")));
    QVERIFY(m_server.appendMessage(user, kInbox, message("seen one"), {u"\\Seen"_s}));
    const QString logPath = m_dir.filePath(u"count-protocol.log"_s);
    auto engine = std::make_unique<MailEngine>();
    engine->setProtocolLogFile(logPath);
    QSignalSpy finished(engine.get(), &MailEngine::connectionTestFinished);
    ConnectionTestRequest request;
    request.listFolders = false;
    request.countFolders = {kInbox, u"Lists"_s, u"Nope"_s};
    const quint64 id =
        engine->testConnection(EngineRun::specFor(m_server, user), kPassword, request);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.constFirst().at(0).value<quint64>(), id);
    const auto result = finished.constFirst().at(1).value<ConnectionTestResult>();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
    QVERIFY(result.folders.isEmpty());
    QCOMPARE(result.folderCounts.size(), 3);
    const FolderCounts &inbox = result.folderCounts.at(0);
    QVERIFY(inbox.isCounted());
    QCOMPARE(inbox.folder, kInbox);
    QCOMPARE(inbox.messages, 2u);
    QCOMPARE(inbox.unseen, 1u);
    const FolderCounts &lists = result.folderCounts.at(1);
    QVERIFY(lists.isCounted());
    QCOMPARE(lists.messages, 0u);
    const FolderCounts &nope = result.folderCounts.at(2);
    QCOMPARE(nope.outcome, FolderCounts::Outcome::Refused);
    QCOMPARE(nope.error.kind, ErrorKind::MailboxUnavailable);
    QVERIFY2(nope.error.detail.contains(u"Nope"_s), qPrintable(nope.error.detail));

    // Destroying the engine lets the LOGOUT finish; the log has the whole dialog, redacted.
    engine.reset();
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains("STATUS INBOX (MESSAGES UNSEEN)"), text.constData());
    QVERIFY(text.contains("STATUS Nope (MESSAGES UNSEEN)"));
    QVERIFY(text.contains(" LOGOUT"));
    QVERIFY2(text.contains("S: * BYE"), text.constData());
    QVERIFY(!text.contains(kPassword.toUtf8()));
    QVERIFY(text.contains("AUTHENTICATE PLAIN ***"));
    // STATUS only: nothing was marked read.
    QCOMPARE(m_server.unseenCount(user, kInbox), std::optional<quint32>(1));
}

void Tst_MailEngineDovecot::protocolLogThatCannotOpenIsReported()
{
    MailEngine engine;
    QSignalSpy failed(&engine, &MailEngine::protocolLogFailed);
    engine.setProtocolLogFile(u"/nonexistent/protocol.log"_s);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.constFirst().at(0).toString().contains(u"/nonexistent/protocol.log"_s),
             qPrintable(failed.constFirst().at(0).toString()));
}

QTEST_GUILESS_MAIN(Tst_MailEngineDovecot)
#include "tst_mailengine_dovecot.moc"
