// FolderWatcher over the in-memory FakeTransport: SELECT, initial sync, IDLE, new mail with its
// summary and preview fetches (exact client bytes, PEEK only), EXISTS after EXPUNGE, mail that
// is already \Seen, exactly-once across runs, IDLE renewal, NOOP polling and queued markSeen.
// Timers run on a ManualClock at their real intervals (29 min, 9 min on Gmail, 2 min polling).
#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/mirrorstore.h"
#include "engine/seenstore.h"
#include "faketransport.h"
#include "manualclock.h"
#include "serverscript.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"acct"_s;
const QString kFolder = u"INBOX"_s;
constexpr quint32 kValidity = 1700000000;
// The defaults (FolderWatcher::Options, AccountConfig).
constexpr int kRenewalMs = 29 * 60 * 1000;
constexpr int kPollMs = 2 * 60 * 1000;
constexpr int kQuietMs = 100;
constexpr int kCommandTimeoutMs = 120'000;

QString loginScript(const QString &capabilities)
{
    return u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY %1] Logged in\n"_s.arg(capabilities);
}

// SELECT of two messages (UID 10 \Seen, UID 11 unseen), UIDNEXT 12, then the sync and IDLE.
const QString kSelectSyncIdle = u"C: A0002 SELECT INBOX\n"
                                "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
                                "S: * 2 EXISTS\n"
                                "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
                                "S: * OK [UIDNEXT 12] Predicted next UID\n"
                                "S: A0002 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\n"
                                "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
                                "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                                "S: * 2 FETCH (FLAGS () UID 11)\n"
                                "S: A0003 OK Fetch completed (0.001 + 0.000 secs).\n"_s;

// The same two messages on the watcher's next connection (its tags restart): the full resync of a
// server without CONDSTORE, nothing changed meanwhile.
const QString kResyncUnchanged = u"C: A0002 SELECT INBOX\n"
                                 "S: * 2 EXISTS\n"
                                 "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
                                 "S: * OK [UIDNEXT 12] Predicted next UID\n"
                                 "S: A0002 OK [READ-WRITE] Select completed.\n"
                                 "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
                                 "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                                 "S: * 2 FETCH (UID 11 FLAGS ())\n"
                                 "S: A0003 OK Fetch completed.\n"_s;

// The answer to a SELECT (tag A0003) after the folder was recreated (UIDVALIDITY 1800000000, two
// new messages), the full fetch that follows and IDLE.
const QString kRecreatedFolder = u"S: * 2 EXISTS\n"
                                 "S: * OK [UIDVALIDITY 1800000000] UIDs valid\n"
                                 "S: * OK [UIDNEXT 3] Predicted next UID\n"
                                 "S: * OK [HIGHESTMODSEQ 7] Highest\n"
                                 "S: A0003 OK [READ-WRITE] Select completed.\n"
                                 "C: A0004 UID FETCH 1:* (UID FLAGS)\n"
                                 "S: * 1 FETCH (UID 1 FLAGS () MODSEQ (5))\n"
                                 "S: * 2 FETCH (UID 2 FLAGS () MODSEQ (7))\n"
                                 "S: A0004 OK Fetch completed.\n"
                                 "C: A0005 IDLE\n"_s;

const QString kEnvelope12 =
    u"ENVELOPE (\"Wed, 25 Nov 2026 10:00:00 +0000\" \"=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\" "
    "((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) "
    "((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"alice\" \"example.org\")) NIL NIL NIL "
    "\"<m12@example.org>\")"_s;

struct Harness
{
    explicit Harness(const QString &storePath)
        : store(storePath)
    {
        connect();
    }

    // A fresh connection (the watcher's next one after reattach()); tags restart at A0001.
    void connect()
    {
        transport = new FakeTransport;
        connections.push_back(std::make_unique<Connection>(config(), transport, &clock));
        connection = connections.back().get();
        connection->setPassword(u"s3cret"_s);
        script.attach(transport);
    }

    static AccountConfig config()
    {
        AccountConfig c;
        c.host = u"imap.example.org"_s;
        c.security = AccountConfig::Security::Tls;
        c.port = 993;
        c.user = u"alice"_s;
        return c;
    }

    // Unit tests enter IDLE at once unless a test is about the quiet delay.
    void start(const QString &capabilities, FolderWatcher::Options options,
               bool keepQuietDelay = false)
    {
        login(capabilities);
        startWatcher(options, keepQuietDelay);
    }

    // As AccountSession starts a watcher: once the connection is ready, after the ENABLE that
    // script holds before its SELECT; the rest of script is played after start().
    void startReady(const QString &capabilities, FolderWatcher::Options options,
                    const QString &script)
    {
        QSignalSpy ready(connection, &Connection::ready);
        login(capabilities);
        const qsizetype select = selectLine(script);
        QVERIFY(play(script.left(select)));
        QCOMPARE(ready.size(), 1);
        startWatcher(options);
        QVERIFY(play(script.mid(select)));
    }

    static qsizetype selectLine(const QString &script)
    {
        return script.lastIndexOf(u'\n', script.indexOf(u" SELECT "_s)) + 1;
    }

    void startWatcher(FolderWatcher::Options options, bool keepQuietDelay = false)
    {
        if (!keepQuietDelay)
            options.quietDelayMs = 0;
        options.clock = &clock;
        watcher = std::make_unique<FolderWatcher>(kAccount, kFolder, &store, options);
        QObject::connect(watcher.get(), &FolderWatcher::messagesArrived, watcher.get(),
                         [this](const QList<MessageSummary> &list) {
                             arrivals.append(list);
                             ++arrivalSignals;
                         });
        QObject::connect(watcher.get(), &FolderWatcher::messageExpunged, watcher.get(),
                         [this](quint32 index, quint32 uid) {
                             expunged.append({index, uid});
                         });
        QObject::connect(watcher.get(), &FolderWatcher::failed, watcher.get(),
                         [this](const ImapError &error) { failures.append(error); });
        QObject::connect(watcher.get(), &FolderWatcher::flagsChanged, watcher.get(),
                         [this](quint32 uid, const MessageFlags &) { flagChanges.append(uid); });
        QObject::connect(watcher.get(), &FolderWatcher::commandFailed, watcher.get(),
                         [this](quint32 uid, const ImapError &error) {
                             commandFailures.append({uid, error});
                         });
        QObject::connect(watcher.get(), &FolderWatcher::summaryFetched, watcher.get(),
                         [this](const MessageSummary &summary) { summaries.append(summary); });
        QObject::connect(watcher.get(), &FolderWatcher::uidValidityChanged, watcher.get(),
                         [this](quint32, quint32 newValue) { validityChanges.append(newValue); });
        QObject::connect(watcher.get(), &FolderWatcher::flagsChanged, watcher.get(),
                         [this](quint32 uid, const MessageFlags &flags) {
                             flagValues.append({uid, flags});
                         });
        watcher->start(connection);
    }

    void login(const QString &capabilities)
    {
        connection->open();
        transport->serverAccept();
        QVERIFY(play(loginScript(capabilities)));
    }

    // The old connection is dropped; the watcher resumes on a new one once it is ready (after
    // the ENABLE that script holds before the SELECT).
    void reattach(const QString &capabilities, const QString &script)
    {
        connection->abort();
        connect();
        QSignalSpy ready(connection, &Connection::ready);
        login(capabilities);
        QVERIFY(connection->state() == Connection::State::Authenticated);
        const qsizetype lineStart = selectLine(script);
        QVERIFY(play(script.left(lineStart)));
        QCOMPARE(ready.size(), 1);
        watcher->start(connection);
        QVERIFY(play(script.mid(lineStart)));
    }

    QByteArray unread() const { return script.unread(); }
    bool expect(const QByteArray &line) { return script.expect(line); }
    bool play(const QString &text) { return script.play(text); }

    ManualClock clock; // first: outlives the connections and the watcher
    FakeTransport *transport = nullptr;
    Connection *connection = nullptr;
    std::vector<std::unique_ptr<Connection>> connections;
    SeenStore store;
    std::unique_ptr<FolderWatcher> watcher;
    QList<MessageSummary> arrivals;
    int arrivalSignals = 0;
    QList<std::pair<quint32, quint32>> expunged;
    QList<ImapError> failures;
    QList<quint32> flagChanges;
    QList<std::pair<quint32, MessageFlags>> flagValues;
    QList<std::pair<quint32, ImapError>> commandFailures;
    QList<MessageSummary> summaries;
    QList<quint32> validityChanges;
    ServerScript script;
};

} // namespace

class Tst_FolderWatcher : public QObject
{
    Q_OBJECT

private slots:
    void dialog_data();
    void dialog();
    void idleRenewal();
    void silentServerIsNoticedWithinFiveMinutes();
    void serverThatNeverPushesReportsNewMailAfterSilence();
    void idleSteadyStateArmsOnlyTheRenewal();
    void gmailCapsTheRenewalInterval_data();
    void gmailCapsTheRenewalInterval();
    void pollsWithNoopWithoutIdle_data();
    void pollsWithNoopWithoutIdle();
    void pollingAtTheDefaultsFiresOnlyThePollTimer();
    void markSeenRunsBetweenIdles();
    void releaseLeavesIdleAndParks();
    void lendLeavesIdleUntilGivenBack();
    void refusedIdleFallsBackToPolling();
    void reattach_data();
    void reattach();
    void setFlagged();
    void deleteMessage_data();
    void deleteMessage();
    void findTrash_data();
    void findTrash();
    void fetchSummary();
    void commandsQueuedWhileDisconnectedRunAfterResync_data();
    void commandsQueuedWhileDisconnectedRunAfterResync();
    void quietDelayCoalescesABurst();
    void uidValidityChangeMidSession();
    void reattachDuringResync();
    void restartResyncsFromTheMirror_data();
    void restartResyncsFromTheMirror();
    void mirrorIsSavedAfterChangesAndWhenTheWatcherGoes();
    void unconfirmedSummariesAreFetchedAgain();
    void unconfirmedSummariesAreGivenUpAfterTheLastDelay();
    void announcedAboveAnUnconfirmedOneIsNotRepeatedAfterRestart();
    void unseenBacklogSurvivesADropAndIsNeverAnnounced();
    void markAllSeenStoresEveryUnseenUid();
    void decodePreview_data();
    void decodePreview();
};

void Tst_FolderWatcher::dialog_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<int>("storedWatermark"); // 0: first run
    QTest::addColumn<QString>("script"); // after the login
    QTest::addColumn<QStringList>("subjects"); // announced, in order
    QTest::addColumn<QStringList>("previews");
    QTest::addColumn<int>("expunges");
    QTest::addColumn<int>("watermark"); // afterwards
    QTest::addColumn<bool>("fails");

    const QString caps = u"IMAP4rev1 IDLE UIDPLUS"_s;

    QTest::newRow("dovecot-exists-during-idle-summary-and-preview")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed (0.001 + 5.000 secs).\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () INTERNALDATE \"25-Nov-2026 10:00:01 +0000\" "
              "RFC822.SIZE 612 %1 BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL "
              "NIL \"quoted-printable\" 28 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed (0.001 + 0.000 secs).\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 3 FETCH (UID 12 BODY[1]<0> {28}\n"
              "S+ Gr=C3=BC=C3=9Fe aus Berlin\n"
              "S+ )\n"
              "S: A0006 OK Fetch completed (0.001 + 0.000 secs).\n"
              "C: A0007 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Grüße aus Berlin"_s} << 0 << 12 << false;

    QTest::newRow("rfc8970-preview-extension-no-body-fetch")
        << u"IMAP4rev1 IDLE PREVIEW"_s << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE "
              "PREVIEW)\n"
              "S: * 3 FETCH (UID 12 FLAGS () RFC822.SIZE 612 %1 PREVIEW \"Hello from the "
              "server\" BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 20 1 NIL NIL NIL "
              "NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Hello from the server"_s} << 0 << 12 << false;

    QTest::newRow("html-only-base64-latin1")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"html\" (\"charset\" "
              "\"iso-8859-1\") NIL NIL \"base64\" 40 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              // "<p>Caf\xe9 <b>ouvert</b></p>"
              "S: * 3 FETCH (UID 12 BODY[1]<0> \"PHA+Q2Fm6SA8Yj5vdXZlcnQ8L2I+PC9wPg==\")\n"
              "S: A0006 OK Fetch completed.\n"
              "C: A0007 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Café ouvert"_s} << 0 << 12 << false;

    QTest::newRow("outlook-exists-after-expunge-is-not-new-mail") << caps << 0
                                                                  << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 1 EXPUNGE\n"
              "S+ * 1 EXISTS\n"_s << QStringList {} << QStringList {}
                                                                  << 1 << 11 << false;

    QTest::newRow("arrival-already-seen-not-announced") << caps << 0
                                                        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS (\\Seen) %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
              "NIL \"7bit\" 20 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12) << QStringList {}
                                                        << QStringList {} << 0 << 12 << false;

    QTest::newRow("continue-announces-unseen-above-watermark-once")
        << caps << 10
        << kSelectSyncIdle
            + u"C: A0004 UID FETCH 11:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              u"BODYSTRUCTURE)\n"
              "S: * 2 FETCH (UID 11 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: A0004 OK Fetch completed.\n"
              "C: A0005 UID FETCH 11 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 2 FETCH (UID 11 BODY[1]<0> \"while away\")\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"while away"_s} << 0 << 11 << false;

    QTest::newRow("continue-nothing-new-goes-straight-to-idle")
        << caps << 11 << kSelectSyncIdle + u"C: A0004 IDLE\n"_s << QStringList {} << QStringList {}
        << 0 << 11 << false;

    QTest::newRow("rfc9051-6.4.8-uid-star-returns-last-message-below-floor") << caps << 0
                                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 2 FETCH (UID 11 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 20 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12) << QStringList {} << QStringList {}
                                                                             << 0 << 11 << false;

    QTest::newRow("exists-while-fetching-is-fetched-next")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: * 4 EXISTS\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 3 FETCH (UID 12 BODY[1]<0> \"first\")\n"
              "S: A0006 OK Fetch completed.\n"
              "C: A0007 UID FETCH 13:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 4 FETCH (UID 13 FLAGS (\\Seen) %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
              "NIL \"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: A0007 OK Fetch completed.\n"
              "C: A0008 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"first"_s} << 0 << 13 << false;

    QTest::newRow("yahoo-still-here-during-idle-is-ignored") << caps << 0
                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * OK Still here\n"
              "S: * 2 FETCH (FLAGS (\\Flagged))\n"_s << QStringList {}
                                                             << QStringList {} << 0 << 11 << false;

    // Issue 10.1 (reliability plan R5): a count no mailbox has is a protocol error for the
    // folder at once (the owner replaces the connection with backoff), never a loop over it.
    for (const char *count : {"4294967295", "4294967294", "16777217"}) {
        QTest::addRow("r5-exists-%s-fails-the-folder", count)
            << caps << 0
            << kSelectSyncIdle
                + u"C: A0004 IDLE\n"
                  "S: + idling\n"
                  "S: * %1 EXISTS\n"_s.arg(QString::fromLatin1(count))
            << QStringList {} << QStringList {} << 0 << 11 << true;
    }

    // Issue 10.2: the watermark moves only over what was really confirmed.
    const QString plainBody =
        u"BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL)"_s;
    QTest::newRow("forged-huge-uid-in-summary-answer-is-ignored")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS (\\Seen) %1 %2)\n"
              "S: * 4 FETCH (UID 4294967295 FLAGS () %1 %2)\n"
              "S: * 3 FETCH (UID 4294967294 FLAGS () %1 %2)\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12, plainBody)
        << QStringList {} << QStringList {} << 0 << 12 << false;
    QTest::newRow("forged-uid-for-unannounced-slot-is-ignored")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 9 FETCH (UID 4294967295 FLAGS () %1 %2)\n"
              "S: * 3 FETCH (UID 12 FLAGS (\\Seen) %1 %2)\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12, plainBody)
        << QStringList {} << QStringList {} << 0 << 12 << false;
    QTest::newRow("no-on-summary-fetch-keeps-the-watermark") << caps << 0
                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 4 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS ())\n"
              "S: * 4 FETCH (UID 13 FLAGS (\\Seen) %1 %2)\n"
              "S: A0005 NO Some messages could not be FETCHed (Failure)\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12, plainBody) << QStringList {}
                                                             << QStringList {} << 0 << 11 << false;
    QTest::newRow("partial-answer-advances-only-over-the-contiguous-part")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 5 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS (\\Seen) %1 %2)\n"
              "S: * 4 FETCH (UID 13 FLAGS (\\Seen))\n"
              "S: * 5 FETCH (UID 14 FLAGS (\\Seen) %1 %2)\n"
              "S: * NO Some messages could not be FETCHed\n"
              "S: A0005 OK Fetch completed with errors.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12, plainBody)
        << QStringList {} << QStringList {} << 0 << 12 << false;
    QTest::newRow("fetch-without-envelope-is-not-confirmed") << caps << 0
                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 4 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () RFC822.SIZE 5)\n"
              "S: * 4 FETCH (UID 13 FLAGS (\\Seen) %1 %2)\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12, plainBody) << QStringList {}
                                                             << QStringList {} << 0 << 11 << false;

    // Issue 10.3: a server that sends more than the <0.2048> partial asked for: only those 2048
    // bytes are decoded (here all blanks, so the preview is empty; "TAIL" lies beyond them).
    QTest::newRow("preview-beyond-the-partial-asked-is-ignored")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () %1 %2)\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 3 FETCH (UID 12 BODY[1]<0> {2054}\n"
              "S+ %3TAIL\n"
              "S+ )\n"
              "S: A0006 OK Fetch completed.\n"
              "C: A0007 IDLE\n"_s.arg(kEnvelope12, plainBody, QString(2048, u' '))
        << QStringList {u"Grüße"_s} << QStringList {QString()} << 0 << 12 << false;

    QTest::newRow("select-no-nonexistent-fails")
        << caps << 0
        << u"C: A0002 SELECT INBOX\n"
           "S: A0002 NO [NONEXISTENT] Mailbox doesn't exist: INBOX\n"_s
        << QStringList {} << QStringList {} << 0 << 0 << true;

    QTest::newRow("bye-during-idle-fails") << caps << 0
                                           << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * BYE Server shutting down\n"_s
                                           << QStringList {} << QStringList {} << 0 << 11 << true;
}

void Tst_FolderWatcher::dialog()
{
    QFETCH(QString, capabilities);
    QFETCH(int, storedWatermark);
    QFETCH(QString, script);
    QFETCH(QStringList, subjects);
    QFETCH(QStringList, previews);
    QFETCH(int, expunges);
    QFETCH(int, watermark);
    QFETCH(bool, fails);

    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    if (storedWatermark > 0) {
        h.store.begin(kAccount, kFolder, kValidity, quint32(storedWatermark) + 1);
        QCOMPARE(h.store.watermark(kAccount, kFolder, kValidity), quint32(storedWatermark));
    }
    h.start(capabilities, {});
    QVERIFY(h.play(script));
    QCOMPARE(h.unread(), QByteArray());

    QStringList gotSubjects;
    QStringList gotPreviews;
    for (const MessageSummary &s : std::as_const(h.arrivals)) {
        gotSubjects << s.subject;
        gotPreviews << s.preview;
        QCOMPARE(s.accountId, kAccount);
        QCOMPARE(s.folder, kFolder);
        QCOMPARE(s.uidValidity, kValidity);
        QCOMPARE(s.from.value(0).address, u"bob@example.org"_s);
        QCOMPARE(s.from.value(0).name, u"Bob"_s);
        QCOMPARE(s.messageId, u"m12@example.org"_s);
        QVERIFY(s.date.isValid());
    }
    QCOMPARE(gotSubjects, subjects);
    QCOMPARE(gotPreviews, previews);
    QCOMPARE(h.arrivalSignals, subjects.isEmpty() ? 0 : 1);
    QCOMPARE(h.expunged.size(), expunges);
    const QList<quint32> expectedFlagChanges =
        QByteArray(QTest::currentDataTag()).startsWith("yahoo") ? QList<quint32> {11}
                                                                : QList<quint32> {};
    QCOMPARE(h.flagChanges, expectedFlagChanges);
    QCOMPARE(h.failures.size(), fails ? 1 : 0);
    if (QByteArray(QTest::currentDataTag()).startsWith("select-no")) {
        QCOMPARE(h.failures.constFirst().kind, ErrorKind::MailboxUnavailable);
        QVERIFY(h.failures.constFirst().detail.contains(u"NONEXISTENT"_s)
                || h.failures.constFirst().detail.contains(u"doesn't exist"_s));
    }
    if (QByteArray(QTest::currentDataTag()).startsWith("r5-")) {
        QCOMPARE(h.failures.constFirst().kind, ErrorKind::ProtocolError);
        QVERIFY2(h.failures.constFirst().message.contains(u"more than the 16777216"_s),
                 qPrintable(h.failures.constFirst().message));
    }
    if (!fails || watermark > 0)
        QCOMPARE(h.store.watermark(kAccount, kFolder, kValidity).value_or(0), quint32(watermark));
    // The watcher never reads a body without PEEK and never stores a flag on its own.
    const QByteArray written = h.transport->written();
    QVERIFY(!written.contains("BODY["));
    QVERIFY(!written.contains("STORE"));
}

// RFC 2177: IDLE is renewed every 29 minutes by default, to the millisecond: DONE (after the
// "+"), the tagged OK, IDLE again.
void Tst_FolderWatcher::idleRenewal()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.idleSilenceMs = 0; // the renewal alone (the silence window has its own tests)
    h.start(u"IMAP4rev1 IDLE"_s, options);
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.clock.advance(kRenewalMs - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: DONE\nS: A0004 OK Idle completed.\nC: A0005 IDLE\nS: + idling\n"_s));
    h.clock.advance(kRenewalMs - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: DONE\nS: A0005 OK Idle completed.\nC: A0006 IDLE\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.failures.isEmpty());
}

// Issue 10.4, liveness: a server (or a middlebox that still ACKs) that went silent answers no
// DONE. After idleSilenceMs (150 s) without a line the watcher sends DONE, which waits at most the
// command timeout (120 s); then the watcher fails with Timeout and its owner replaces the link:
// noticed after 4.5 minutes, not at the 29-minute renewal plus 2 minutes.
void Tst_FolderWatcher::silentServerIsNoticedWithinFiveMinutes()
{
    constexpr int kSilenceMs = 150'000;
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.clock.advance(kSilenceMs - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.expect("DONE"));
    h.clock.advance(kCommandTimeoutMs - 1);
    QVERIFY(h.failures.isEmpty());
    h.clock.advance(1);
    QCOMPARE(h.failures.size(), 1);
    QCOMPARE(h.failures.constFirst().kind, ErrorKind::Timeout);
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Failed);
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
    QVERIFY(kSilenceMs + kCommandTimeoutMs <= 5 * 60'000);
}

// Issue 10.4: GNU Mailutils imap4d accepts IDLE but never pushes; the silence round's DONE
// makes it report the EXISTS it held back, so the new mail is announced within the bound.
void Tst_FolderWatcher::serverThatNeverPushesReportsNewMailAfterSilence()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.clock.advance(150'000);
    QVERIFY(h.play(
        u"C: DONE\n"
        "S: * 3 EXISTS\n"
        "S: A0004 OK IDLE terminated\n"
        "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
        "S: * 3 FETCH (UID 12 FLAGS () %1)\n"
        "S: A0005 OK FETCH completed\n"
        "C: A0006 IDLE\n"_s.arg(kEnvelope12)));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.arrivals.size(), 1);
    QCOMPARE(h.arrivals.constFirst().uid, 12u);
    QVERIFY(h.failures.isEmpty());
}

// Issue 3 section 6 and ARCHITECTURE.md rule 5: while idle, nothing wakes up but the IDLE
// renewal. With every default (100 ms quiet delay, 29 min renewal, 150 s silence window, 120 s
// command timeout) and a server that speaks every 2 minutes as Dovecot does ("* OK Still
// here"), only the renewal and the silence window are armed while idling, and a day of idling
// fires nothing but the renewals: each line from the server restarts the silence window.
void Tst_FolderWatcher::idleSteadyStateArmsOnlyTheRenewal()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {}, true);
    QVERIFY(h.play(kSelectSyncIdle));
    h.clock.advance(kQuietMs);
    QVERIFY(h.expect("A0004 IDLE"));
    const QStringList idling {u"idleSilence"_s, u"idleRenewal"_s};
    // Until the "+" the IDLE command waits for the server like any other.
    QCOMPARE(h.clock.armedTimerNames(),
             (QStringList {u"connectionTimeout"_s, u"idleSilence"_s, u"idleRenewal"_s}));
    QVERIFY(h.play(u"S: + idling\n"_s));
    QCOMPARE(h.clock.armedTimerNames(), idling);
    h.clock.takeFired();
    constexpr int renewals = 24 * 60 / 29; // a day
    constexpr int keepaliveMs = 2 * 60 * 1000;
    for (int i = 0; i < renewals; ++i) {
        const QByteArray tag = "A" + QByteArray::number(4 + i).rightJustified(4, '0');
        const QByteArray next = "A" + QByteArray::number(5 + i).rightJustified(4, '0');
        for (int elapsed = keepaliveMs; elapsed < kRenewalMs; elapsed += keepaliveMs) {
            h.clock.advance(keepaliveMs);
            QVERIFY(h.play(u"S: * OK Still here\n"_s));
        }
        h.clock.advance(kRenewalMs % keepaliveMs);
        QVERIFY(h.play(QString::fromLatin1("C: DONE\nS: " + tag + " OK Idle completed.\nC: " + next
                                           + " IDLE\nS: + idling\n")));
        QCOMPARE(h.clock.armedTimerNames(), idling);
    }
    QCOMPARE(h.clock.takeFired(), QStringList(renewals, u"idleRenewal"_s));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::gmailCapsTheRenewalInterval_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("expected");
    const int standard = 29 * 60 * 1000;
    const int gmail = FolderWatcher::gmailIdleRenewalMs;
    QTest::newRow("dovecot-keeps-29-minutes") << u"IMAP4rev1 IDLE"_s << standard << standard;
    QTest::newRow("gmail-capped-to-9-minutes")
        << u"IMAP4rev1 IDLE X-GM-EXT-1 UIDPLUS"_s << standard << gmail;
    QTest::newRow("gmail-shorter-setting-kept")
        << u"IMAP4rev1 IDLE X-GM-EXT-1"_s << 5 * 60 * 1000 << 5 * 60 * 1000;
}

void Tst_FolderWatcher::gmailCapsTheRenewalInterval()
{
    QFETCH(QString, capabilities);
    QFETCH(int, configured);
    QFETCH(int, expected);
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.idleRenewalMs = configured;
    options.idleSilenceMs = 0; // the renewal alone
    h.start(capabilities, options);
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    QCOMPARE(h.watcher->idleRenewalInterval(), expected);
    h.clock.advance(expected - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: DONE\nS: A0004 OK Idle completed.\nC: A0005 IDLE\n"_s));
}

void Tst_FolderWatcher::pollsWithNoopWithoutIdle_data()
{
    QTest::addColumn<int>("configured"); // 0: the default
    QTest::addColumn<int>("interval");
    QTest::newRow("default-2-minutes") << 0 << 2 * 60 * 1000;
    QTest::newRow("configured-30-seconds") << 30'000 << 30'000;
}

// Without IDLE: a NOOP every poll interval, and nothing else (no IDLE, no other timer).
void Tst_FolderWatcher::pollsWithNoopWithoutIdle()
{
    QFETCH(int, configured);
    QFETCH(int, interval);
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    if (configured > 0)
        options.pollIntervalMs = configured;
    h.start(u"IMAP4rev1"_s, options); // Yahoo-style: no IDLE
    QVERIFY(h.play(kSelectSyncIdle));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"poll"_s});
    h.clock.advance(interval - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: A0004 NOOP\n"
                   "S: * 3 EXISTS\n"
                   "S: A0004 OK NOOP completed\n"
                   "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                   "BODYSTRUCTURE)\n"
                   "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
                   "\"7bit\" 2 1 NIL NIL NIL NIL))\n"
                   "S: A0005 OK Fetch completed.\n"
                   "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
                   "S: * 3 FETCH (UID 12 BODY[1]<0> \"hi\")\n"
                   "S: A0006 OK Fetch completed.\n"_s.arg(kEnvelope12)));
    QCOMPARE(h.arrivals.size(), 1);
    QCOMPARE(h.arrivals.constFirst().uid, 12u);
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"poll"_s});
    h.clock.advance(interval - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: A0007 NOOP\nS: A0007 OK NOOP completed\n"_s));
    h.clock.advance(interval);
    QVERIFY(h.play(u"C: A0008 NOOP\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.clock.takeFired(), QStringList(3, u"poll"_s));
    QVERIFY(!h.transport->written().contains("IDLE"));
}

void Tst_FolderWatcher::markSeenRunsBetweenIdles()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\n"_s));
    h.watcher->markSeen(11); // before "+": DONE waits for it
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.play(u"S: + idling\n"
                   "C: DONE\n"
                   "S: A0004 OK Idle completed.\n"
                   "C: A0005 UID STORE 11 +FLAGS.SILENT (\\Seen)\n"
                   "S: A0005 OK Store completed.\n"
                   "C: A0006 IDLE\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.failures.isEmpty());
}

// A shared connection (SharedConnection): release() ends the IDLE and hands the connection back
// instead of idling again; parked, the watcher sends nothing and asks for a connection when a
// user command comes.
void Tst_FolderWatcher::releaseLeavesIdleAndParks()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\n"_s));
    QSignalSpy released(h.watcher.get(), &FolderWatcher::released);
    QSignalSpy wanted(h.watcher.get(), &FolderWatcher::connectionWanted);
    h.watcher->release();
    QVERIFY(h.play(u"S: + idling\n"
                   "C: DONE\n"
                   "S: A0004 OK Idle completed.\n"_s));
    QCOMPARE(released.size(), 1);
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Parked);
    QCOMPARE(h.watcher->connection(), nullptr);
    h.watcher->markSeen(11);
    QCOMPARE(wanted.size(), 1);
    h.clock.advance(60 * 60 * 1000);
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.clock.armedTimerNames(), QStringList());
    QVERIFY(h.failures.isEmpty());
}

// lend(): between two IDLEs the connection is free for the owner's commands (the folder stays
// selected); giveBack() idles again.
void Tst_FolderWatcher::lendLeavesIdleUntilGivenBack()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\n"_s));
    QSignalSpy lent(h.watcher.get(), &FolderWatcher::lent);
    h.watcher->lend();
    QVERIFY(h.play(u"S: + idling\n"
                   "C: DONE\n"
                   "S: A0004 OK Idle completed.\n"_s));
    QCOMPARE(lent.size(), 1);
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Watching);
    h.watcher->markSeen(11); // waits until the connection is given back
    h.clock.advance(60 * 1000);
    QCOMPARE(h.unread(), QByteArray());
    h.watcher->giveBack();
    QVERIFY(h.play(u"C: A0005 UID STORE 11 +FLAGS.SILENT (\\Seen)\n"
                   "S: A0005 OK Store completed.\n"
                   "C: A0006 IDLE\n"_s));
    QVERIFY(h.failures.isEmpty());
}

// Without IDLE, at every default (100 ms quiet delay included): a NOOP exactly every 2 minutes,
// and the poll timer is the only one that ever fires (issue 3 section 6).
void Tst_FolderWatcher::pollingAtTheDefaultsFiresOnlyThePollTimer()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1"_s, {}, true);
    QVERIFY(h.play(kSelectSyncIdle));
    h.clock.advance(kQuietMs); // after the sync's burst of work
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"poll"_s});
    h.clock.takeFired();
    constexpr int polls = 30; // an hour
    for (int i = 0; i < polls; ++i) {
        const QString tag = u"A"_s + QString::number(4 + i).rightJustified(4, u'0');
        h.clock.advance(kPollMs - 1);
        QCOMPARE(h.unread(), QByteArray());
        h.clock.advance(1);
        QVERIFY(h.play(u"C: %1 NOOP\nS: %1 OK NOOP completed\n"_s.arg(tag)));
        QCOMPARE(h.clock.armedTimerNames(), QStringList {u"poll"_s});
    }
    QCOMPARE(h.clock.takeFired(), QStringList(polls, u"poll"_s));
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::refusedIdleFallsBackToPolling()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle
                   + u"C: A0004 IDLE\n"
                     "S: A0004 BAD Unknown command\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"poll"_s});
    h.clock.advance(kPollMs - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: A0005 NOOP\nS: A0005 OK NOOP completed\n"_s));
    h.clock.advance(kPollMs);
    QVERIFY(h.play(u"C: A0006 NOOP\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.failures.isEmpty());
}

namespace {

const QString kPlainBody =
    u"BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL)"_s;

// Two new messages (UIDs 12 and 13) during IDLE; the server answers the summary fetch with 13
// only and NO, so 12 is unconfirmed.
QString partialSummaryAnswer()
{
    return kSelectSyncIdle
        + u"C: A0004 IDLE\n"
          "S: + idling\n"
          "S: * 4 EXISTS\n"
          "C: DONE\n"
          "S: A0004 OK Idle completed.\n"
          "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
          "S: * 4 FETCH (UID 13 FLAGS () %1 %2)\n"
          "S: A0005 NO Some messages could not be FETCHed (Failure)\n"
          "C: A0006 IDLE\n"
          "S: + idling\n"_s.arg(kEnvelope12, kPlainBody);
}

QList<quint32> uidsOf(const QList<MessageSummary> &summaries)
{
    QList<quint32> uids;
    for (const MessageSummary &summary : summaries)
        uids.append(summary.uid);
    return uids;
}

} // namespace

// Issue 10.2: 13 is announced at once, the watermark stays at 11 (12 never came back), and 12
// is fetched again after the first refetch delay; 13 is not announced a second time.
void Tst_FolderWatcher::unconfirmedSummariesAreFetchedAgain()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(partialSummaryAnswer()));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(uidsOf(h.arrivals), QList<quint32> {13});
    QCOMPARE(h.watcher->watermark(), 11u);
    QVERIFY(h.clock.armedTimerNames().contains(u"refetch"_s));

    h.clock.advance(2000 - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(
        u"C: DONE\n"
        "S: A0006 OK Idle completed.\n"
        "C: A0007 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
        "S: * 3 FETCH (UID 12 FLAGS () %1 %2)\n"
        "S: * 4 FETCH (UID 13 FLAGS () %1 %2)\n"
        "S: A0007 OK Fetch completed.\n"
        "C: A0008 UID FETCH 12:13 (BODY.PEEK[1]<0.2048>)\n"
        "S: * 3 FETCH (UID 12 BODY[1]<0> \"first\")\n"
        "S: A0008 OK Fetch completed.\n"
        "C: A0009 IDLE\n"_s.arg(kEnvelope12, kPlainBody)));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(uidsOf(h.arrivals), (QList<quint32> {13, 12}));
    QCOMPARE(h.watcher->watermark(), 13u);
    QVERIFY(!h.clock.armedTimerNames().contains(u"refetch"_s));
    QVERIFY(h.store.record(kAccount, kFolder, kValidity)->handledAbove.isEmpty());
}

// After the last delay the unconfirmed UID is given up with a logged reason, and the watermark
// moves over it so later mail is not held back.
void Tst_FolderWatcher::unconfirmedSummariesAreGivenUpAfterTheLastDelay()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.refetchDelaysMs = {10, 20};
    h.start(u"IMAP4rev1 IDLE"_s, options);
    QVERIFY(h.play(partialSummaryAnswer()));
    int tag = 6;
    const auto refused = [&] {
        const QString idle = u"A%1"_s.arg(tag, 4, 10, QChar(u'0'));
        const QString fetch = u"A%1"_s.arg(tag + 1, 4, 10, QChar(u'0'));
        const QString next = u"A%1"_s.arg(tag + 2, 4, 10, QChar(u'0'));
        tag += 2;
        return u"C: DONE\n"
               "S: %1 OK Idle completed.\n"
               "C: %2 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
               "BODYSTRUCTURE)\n"
               "S: * 4 FETCH (UID 13 FLAGS () %4 %5)\n"
               "S: %2 NO Some messages could not be FETCHed (Failure)\n"
               "C: %3 IDLE\n"
               "S: + idling\n"_s.arg(idle, fetch, next, kEnvelope12, kPlainBody);
    };
    h.clock.advance(10);
    QVERIFY(h.play(refused()));
    QCOMPARE(h.watcher->watermark(), 11u);
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(u"INBOX: giving up on the summaries of 0 message\\(s\\) "
                           u"\\(UID none\\) and 1 whose UID the server never "
                           u"told, after 3 fetches"_s));
    h.clock.advance(20);
    QVERIFY(h.play(refused()));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.watcher->watermark(), 13u);
    QCOMPARE(uidsOf(h.arrivals), QList<quint32> {13});
    QVERIFY(!h.clock.armedTimerNames().contains(u"refetch"_s));
}

// 13 was announced while 12 was unconfirmed; after a restart (a new watcher on the saved store)
// 12 is announced when it comes back, 13 is not announced again.
void Tst_FolderWatcher::announcedAboveAnUnconfirmedOneIsNotRepeatedAfterRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seen.json"_s);
    {
        Harness h(path);
        h.start(u"IMAP4rev1 IDLE"_s, {});
        QVERIFY(h.play(partialSummaryAnswer()));
        QCOMPARE(uidsOf(h.arrivals), QList<quint32> {13});
        QVERIFY(!h.store.save(true));
    }
    Harness h(path);
    QVERIFY(h.store.load().warnings.isEmpty());
    QCOMPARE(h.store.record(kAccount, kFolder, kValidity)->handledAbove, QList<quint32> {13});
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(
        u"C: A0002 SELECT INBOX\n"
        "S: * 4 EXISTS\n"
        "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
        "S: * OK [UIDNEXT 14] Predicted next UID\n"
        "S: A0002 OK [READ-WRITE] Select completed.\n"
        "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
        "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
        "S: * 2 FETCH (UID 11 FLAGS ())\n"
        "S: * 3 FETCH (UID 12 FLAGS ())\n"
        "S: * 4 FETCH (UID 13 FLAGS ())\n"
        "S: A0003 OK Fetch completed.\n"
        "C: A0004 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
        "S: * 3 FETCH (UID 12 FLAGS () %1 %2)\n"
        "S: * 4 FETCH (UID 13 FLAGS () %1 %2)\n"
        "S: A0004 OK Fetch completed.\n"
        "C: A0005 UID FETCH 12:13 (BODY.PEEK[1]<0.2048>)\n"
        "S: A0005 OK Fetch completed.\n"
        "C: A0006 IDLE\n"_s.arg(kEnvelope12, kPlainBody)));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(uidsOf(h.arrivals), QList<quint32> {12});
    QCOMPARE(h.watcher->watermark(), 13u);
}

// The unread mail that was there at the first sync (UID 11) is fetched once for the list, with
// PEEK: a connection lost before the answer fetches it again after the resync; it never counts
// as new mail and leaves the watermark where it was.
void Tst_FolderWatcher::unseenBacklogSurvivesADropAndIsNeverAnnounced()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    const QString caps = u"IMAP4rev1 IDLE"_s;
    FolderWatcher::Options options;
    options.unseenBacklogLimit = 50;
    h.start(caps, options);
    QSignalSpy backlog(h.watcher.get(), &FolderWatcher::unseenBacklog);
    const QString summaryFetch = u"UID FETCH 11 (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                                 u"BODYSTRUCTURE)\n"_s;
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 "_s + summaryFetch));
    h.connection->abort();
    QCOMPARE(backlog.size(), 0);

    h.connect();
    h.login(caps);
    h.watcher->start(h.connection);
    QVERIFY(h.play(kResyncUnchanged + u"C: A0004 "_s + summaryFetch
                   + u"S: * 2 FETCH (UID 11 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL "
                     "NIL NIL \"7bit\" 8 1 NIL NIL NIL NIL))\n"
                     "S: A0004 OK Fetch completed.\n"
                     "C: A0005 UID FETCH 11 (BODY.PEEK[1]<0.2048>)\n"
                     "S: * 2 FETCH (UID 11 BODY[1]<0> \"hi there\")\n"
                     "S: A0005 OK Fetch completed.\n"
                     "C: A0006 IDLE\n"
                     "S: + idling\n"_s.arg(kEnvelope12)));
    QCOMPARE(backlog.size(), 1);
    const auto listed = backlog.first().first().value<QList<MessageSummary>>();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().uid, 11u);
    QCOMPARE(listed.first().subject, u"Grüße"_s);
    QCOMPARE(listed.first().preview, u"hi there"_s);
    QVERIFY(h.arrivals.isEmpty());
    QCOMPARE(h.watcher->watermark(), 11u); // UIDNEXT 12 - 1: what existed at the first sync
    QVERIFY(!h.transport->written().contains("BODY[")); // PEEK only
}

// "Mark all as read": the unseen UIDs the state knows, in one UID STORE, and the state follows.
void Tst_FolderWatcher::markAllSeenStoresEveryUnseenUid()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(u"C: A0002 SELECT INBOX\n"
                   "S: * 4 EXISTS\n"
                   "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
                   "S: * OK [UIDNEXT 14] Predicted next UID\n"
                   "S: A0002 OK [READ-WRITE] Select completed.\n"
                   "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
                   "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                   "S: * 2 FETCH (UID 11 FLAGS ())\n"
                   "S: * 3 FETCH (UID 12 FLAGS (\\Flagged))\n"
                   "S: * 4 FETCH (UID 13 FLAGS (\\Deleted))\n"
                   "S: A0003 OK Fetch completed.\n"
                   "C: A0004 IDLE\n"
                   "S: + idling\n"_s));
    QCOMPARE(h.watcher->mailbox().unseenCount(), 2u);
    h.watcher->markAllSeen();
    h.watcher->markAllSeen(); // one queued is enough
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0004 OK Idle completed.\n"
                   "C: A0005 UID STORE 11:12 +FLAGS.SILENT (\\Seen)\n"
                   "S: A0005 OK Store completed.\n"
                   "C: A0006 IDLE\n"
                   "S: + idling\n"_s));
    QCOMPARE(h.watcher->mailbox().unseenCount(), 0u);
    QCOMPARE(h.flagChanges, (QList<quint32> {11, 12}));
    QVERIFY(h.commandFailures.isEmpty());

    // Nothing unseen: nothing sent.
    h.watcher->markAllSeen();
    QVERIFY(h.play(u"C: DONE\nS: A0006 OK Idle completed.\nC: A0007 IDLE\n"_s));
}

void Tst_FolderWatcher::decodePreview_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("qp-utf8") << QByteArray("Gr=C3=BC=C3=9Fe=\r\n aus Berlin")
                             << QByteArray("QUOTED-PRINTABLE") << QByteArray("utf-8") << false
                             << u"Grüße aus Berlin"_s;
    QTest::newRow("base64-cut-mid-group")
        << QByteArray("SGVsbG8gd29ybGQh\r\nSGVs") << QByteArray("BASE64") << QByteArray() << false
        << u"Hello world!Hel"_s;
    QTest::newRow("html-entities")
        << QByteArray("<div>Fish &amp; chips<br>today</div>") << QByteArray("7BIT")
        << QByteArray("us-ascii") << true << u"Fish & chips today"_s;
    QTest::newRow("quoted-reply-dropped")
        << QByteArray("Yes.\r\n\r\nOn Mon, Bob wrote:\r\n> question?") << QByteArray("8BIT")
        << QByteArray("utf-8") << false << u"Yes."_s;
}

void Tst_FolderWatcher::decodePreview()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, charset);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    PreviewPart part;
    part.section = "1";
    part.encoding = encoding;
    part.charset = charset;
    part.isHtml = html;
    QCOMPARE(SummaryFetcher::decodePreview(raw, part, 200), expected);
}

namespace {

// Three messages (UID 10 \Seen, 11, 12) after ENABLE, HIGHESTMODSEQ 100, then IDLE.
QString condStoreSync(const QString &enabled)
{
    return u"C: A0002 ENABLE %1\n"
           "S: * ENABLED %1\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (CONDSTORE)\n"
           "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
           "S: * 3 EXISTS\n"
           "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
           "S: * OK [UIDNEXT 13] Predicted next UID\n"
           "S: * OK [HIGHESTMODSEQ 100] Highest\n"
           "S: A0003 OK [READ-WRITE] Select completed.\n"
           "C: A0004 UID FETCH 1:* (UID FLAGS)\n"
           "S: * 1 FETCH (UID 10 FLAGS (\\Seen) MODSEQ (90))\n"
           "S: * 2 FETCH (UID 11 FLAGS () MODSEQ (95))\n"
           "S: * 3 FETCH (UID 12 FLAGS () MODSEQ (100))\n"
           "S: A0004 OK Fetch completed.\n"
           "C: A0005 IDLE\n"
           "S: + idling\n"_s.arg(enabled);
}

QString tag(int n)
{
    return u"A%1"_s.arg(n, 4, 10, QLatin1Char('0'));
}

// The summary and preview fetch of one new message (UID uid at sequence number seq, fetched as
// "from:*"), with tags first and first + 1, then IDLE with tag first + 2.
QString newMail(int seq, int uid, int from, int first)
{
    return u"C: %1 UID FETCH %4:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\n"
           "S: * %5 FETCH (UID %6 FLAGS () %7 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
           "\"7bit\" 2 1 NIL NIL NIL NIL))\n"
           "S: %1 OK Fetch completed.\n"
           "C: %2 UID FETCH %6 (BODY.PEEK[1]<0.2048>)\n"
           "S: * %5 FETCH (UID %6 BODY[1]<0> \"hi\")\n"
           "S: %2 OK Fetch completed.\n"
           "C: %3 IDLE\n"_s.arg(tag(first), tag(first + 1), tag(first + 2))
               .arg(from)
               .arg(seq)
               .arg(uid)
               .arg(kEnvelope12);
}

} // namespace

void Tst_FolderWatcher::reattach_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("first"); // after the login, up to IDLE's "+"
    QTest::addColumn<QString>("second"); // after the login on the new connection
    QTest::addColumn<QList<quint32>>("arrived");
    QTest::addColumn<QList<quint32>>("expunged");
    QTest::addColumn<QList<quint32>>("flagged"); // flagsChanged
    QTest::addColumn<int>("mode"); // FolderWatcher::SyncMode
    QTest::addColumn<int>("validityChanges");
    QTest::addColumn<int>("watermark");
    QTest::addColumn<qulonglong>("modSeq"); // saved in the SeenStore; 0: none

    const QString qresync = u"IMAP4rev1 IDLE ENABLE CONDSTORE QRESYNC UIDPLUS"_s;
    const QString condstore = u"IMAP4rev1 IDLE ENABLE CONDSTORE UIDPLUS"_s;
    const QString selectHead = u"S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"_s;

    // UID 10 expunged, 11 flagged elsewhere, 13 came and went, 14 is new.
    QTest::newRow("rfc7162-3.2.5-qresync-vanished-earlier-flags-new-mail")
        << qresync << condStoreSync(u"CONDSTORE QRESYNC"_s)
        << u"C: A0002 ENABLE CONDSTORE QRESYNC\n"
           "S: * ENABLED CONDSTORE QRESYNC\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (QRESYNC (1700000000 100 10:12))\n"_s
            + selectHead
            + u"S: * 3 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 15] Predicted next UID\n"
              "S: * OK [HIGHESTMODSEQ 130] Highest\n"
              "S: * VANISHED (EARLIER) 10,13\n"
              "S: * 1 FETCH (UID 11 FLAGS (\\Flagged) MODSEQ (120))\n"
              "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
              "S: A0003 OK [READ-WRITE] Select completed.\n"
              "C: A0004 UID FETCH 13:* (UID FLAGS)\n"
              "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
              "S: A0004 OK Fetch completed.\n"_s
            + newMail(3, 14, 13, 5)
        << QList<quint32> {14} << QList<quint32> {10} << QList<quint32> {11}
        << int(FolderWatcher::SyncMode::QResync) << 0 << 14 << 130ull;

    QTest::newRow("rfc7162-3.1.4.1-condstore-changedsince-no-expunge")
        << condstore << condStoreSync(u"CONDSTORE"_s)
        << u"C: A0002 ENABLE CONDSTORE\n"
           "S: * ENABLED CONDSTORE\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (CONDSTORE)\n"_s
            + selectHead
            + u"S: * 4 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 15] Predicted next UID\n"
              "S: * OK [HIGHESTMODSEQ 130] Highest\n"
              "S: A0003 OK [READ-WRITE] Select completed.\n"
              "C: A0004 UID FETCH 1:12 (UID FLAGS) (CHANGEDSINCE 100)\n"
              "S: * 2 FETCH (UID 11 FLAGS (\\Flagged) MODSEQ (120))\n"
              "S: A0004 OK Fetch completed.\n"
              "C: A0005 UID FETCH 13:* (UID FLAGS)\n"
              "S: * 4 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
              "S: A0005 OK Fetch completed.\n"_s
            + newMail(4, 14, 13, 6)
        << QList<quint32> {14} << QList<quint32> {} << QList<quint32> {11}
        << int(FolderWatcher::SyncMode::CondStore) << 0 << 14 << 130ull;

    // The count (3 messages, 4 known) shows an expunge CHANGEDSINCE cannot name: full fetch.
    QTest::newRow("condstore-expunge-while-away-falls-back-to-full-fetch")
        << condstore << condStoreSync(u"CONDSTORE"_s)
        << u"C: A0002 ENABLE CONDSTORE\n"
           "S: * ENABLED CONDSTORE\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (CONDSTORE)\n"_s
            + selectHead
            + u"S: * 3 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 15] Predicted next UID\n"
              "S: * OK [HIGHESTMODSEQ 130] Highest\n"
              "S: A0003 OK [READ-WRITE] Select completed.\n"
              "C: A0004 UID FETCH 1:12 (UID FLAGS) (CHANGEDSINCE 100)\n"
              "S: * 1 FETCH (UID 11 FLAGS (\\Flagged) MODSEQ (120))\n"
              "S: A0004 OK Fetch completed.\n"
              "C: A0005 UID FETCH 13:* (UID FLAGS)\n"
              "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 1:* (UID FLAGS)\n"
              "S: * 1 FETCH (UID 11 FLAGS (\\Flagged) MODSEQ (120))\n"
              "S: * 2 FETCH (UID 12 FLAGS () MODSEQ (100))\n"
              "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
              "S: A0006 OK Fetch completed.\n"_s
            + newMail(3, 14, 13, 7)
        << QList<quint32> {14} << QList<quint32> {10} << QList<quint32> {11}
        << int(FolderWatcher::SyncMode::Full) << 0 << 14 << 130ull;

    QTest::newRow("no-condstore-full-uid-fetch")
        << u"IMAP4rev1 IDLE UIDPLUS"_s << kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s
        << u"C: A0002 SELECT INBOX\n"_s + selectHead
            + u"S: * 2 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 14] Predicted next UID\n"
              "S: A0002 OK [READ-WRITE] Select completed.\n"
              "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
              "S: * 1 FETCH (UID 11 FLAGS (\\Seen))\n"
              "S: * 2 FETCH (UID 13 FLAGS ())\n"
              "S: A0003 OK Fetch completed.\n"_s
            + newMail(2, 13, 12, 4)
        << QList<quint32> {13} << QList<quint32> {10} << QList<quint32> {11}
        << int(FolderWatcher::SyncMode::Full) << 0 << 13 << 0ull;

    // RFC 7162 3.2.5.2: a different UIDVALIDITY voids the QRESYNC data; nothing is announced.
    QTest::newRow("uidvalidity-changed-on-reattach-no-flood")
        << qresync << condStoreSync(u"CONDSTORE QRESYNC"_s)
        << u"C: A0002 ENABLE CONDSTORE QRESYNC\n"
           "S: * ENABLED CONDSTORE QRESYNC\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (QRESYNC (1700000000 100 10:12))\n"_s
            + selectHead + kRecreatedFolder
        << QList<quint32> {} << QList<quint32> {} << QList<quint32> {}
        << int(FolderWatcher::SyncMode::Full) << 1 << 2 << 7ull;
}

void Tst_FolderWatcher::reattach()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QList<quint32>, arrived);
    QFETCH(QList<quint32>, expunged);
    QFETCH(QList<quint32>, flagged);
    QFETCH(int, mode);
    QFETCH(int, validityChanges);
    QFETCH(int, watermark);
    QFETCH(qulonglong, modSeq);

    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(capabilities, {});
    QVERIFY(h.play(first));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.arrivals.isEmpty());
    QSignalSpy ready(h.watcher.get(), &FolderWatcher::ready);

    h.reattach(capabilities, second);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(h.unread(), QByteArray());

    QCOMPARE(ready.size(), 1);
    QList<quint32> gotArrived;
    for (const MessageSummary &summary : std::as_const(h.arrivals))
        gotArrived.append(summary.uid);
    QCOMPARE(gotArrived, arrived);
    QCOMPARE(h.arrivalSignals, arrived.isEmpty() ? 0 : 1);
    QList<quint32> gotExpunged;
    for (const auto &[index, uid] : std::as_const(h.expunged))
        gotExpunged.append(uid);
    QCOMPARE(gotExpunged, expunged);
    QCOMPARE(h.flagChanges, flagged);
    for (const auto &[uid, flags] : std::as_const(h.flagValues))
        QVERIFY(flags.has(MessageFlags::Flagged) || flags.has(MessageFlags::Seen));
    QCOMPARE(int(h.watcher->lastSyncMode()), mode);
    QCOMPARE(h.validityChanges.size(), validityChanges);
    QCOMPARE(h.watcher->watermark(), quint32(watermark));
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Watching);
    const quint32 validity = h.watcher->mailbox().uidValidity();
    QCOMPARE(h.store.highestModSeq(kAccount, kFolder, validity).value_or(0), quint64(modSeq));
    QVERIFY(h.failures.isEmpty());
    QVERIFY(h.commandFailures.isEmpty());
    // Saved: a new SeenStore reads the same watermark and HIGHESTMODSEQ.
    SeenStore reread(h.store.path());
    reread.load();
    QCOMPARE(reread.watermark(kAccount, kFolder, validity).value_or(0), quint32(watermark));
    QCOMPARE(reread.highestModSeq(kAccount, kFolder, validity).value_or(0), quint64(modSeq));
}

void Tst_FolderWatcher::setFlagged()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE UIDPLUS"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.watcher->setFlagged(11, true);
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0004 OK Idle completed.\n"
                   "C: A0005 UID STORE 11 +FLAGS.SILENT (\\Flagged)\n"
                   "S: A0005 OK Store completed.\n"
                   "C: A0006 IDLE\n"
                   "S: + idling\n"_s));
    QCOMPARE(h.flagValues.size(), 1);
    QCOMPARE(h.flagValues[0].first, 11u);
    QVERIFY(h.flagValues[0].second.has(MessageFlags::Flagged));
    QVERIFY(h.watcher->mailbox().flagsOf(11)->has(MessageFlags::Flagged));

    // Servers that answer a .SILENT STORE with FETCH anyway (CONDSTORE): one event, not two.
    h.watcher->setFlagged(11, false);
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0006 OK Idle completed.\n"
                   "C: A0007 UID STORE 11 -FLAGS.SILENT (\\Flagged)\n"
                   "S: * 2 FETCH (UID 11 FLAGS ())\n"
                   "S: A0007 OK Store completed.\n"
                   "C: A0008 IDLE\n"
                   "S: + idling\n"_s));
    QCOMPARE(h.flagValues.size(), 2);
    QVERIFY(!h.flagValues[1].second.has(MessageFlags::Flagged));

    // Refused: commandFailed, no flag change, back to IDLE.
    h.watcher->setFlagged(11, true);
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0008 OK Idle completed.\n"
                   "C: A0009 UID STORE 11 +FLAGS.SILENT (\\Flagged)\n"
                   "S: A0009 NO [CANNOT] Mailbox is read-only\n"
                   "C: A0010 IDLE\n"_s));
    QCOMPARE(h.flagValues.size(), 2);
    QCOMPARE(h.commandFailures.size(), 1);
    QCOMPARE(h.commandFailures[0].first, 11u);
    QVERIFY(h.commandFailures[0].second.detail.contains(u"read-only"_s));
    QCOMPARE(h.unread(), QByteArray());
}

void Tst_FolderWatcher::deleteMessage_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("script"); // after DONE's completion
    QTest::addColumn<bool>("fails"); // commandFailed
    QTest::addColumn<int>("expunges");

    QTest::newRow("rfc6154-special-use-trash-then-rfc6851-move")
        << u"IMAP4rev1 IDLE SPECIAL-USE MOVE UIDPLUS"_s
        << u"C: A0005 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
           "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
           "S: * LIST (\\HasNoChildren \\Trash) \"/\" Trash\n"
           "S: A0005 OK List completed (0.001 + 0.000 secs).\n"
           "C: A0006 UID MOVE 11 Trash\n"
           "S: * OK [COPYUID 1700000001 11 5] Moved UIDs.\n"
           "S: * 2 EXPUNGE\n"
           "S: A0006 OK Move completed (0.001 + 0.000 secs).\n"
           "C: A0007 IDLE\n"_s
        << false << 1;

    // Exchange-style: no MOVE, the Trash is "Deleted Items" with a \Trash attribute on LIST.
    QTest::newRow("rfc4315-uidplus-without-move-copy-deleted-uid-expunge")
        << u"IMAP4rev1 IDLE UIDPLUS"_s
        << u"C: A0005 LIST \"\" \"*\"\n"
           "S: * LIST (\\HasNoChildren) \".\" INBOX\n"
           "S: * LIST (\\HasNoChildren \\Trash) \".\" \"Deleted Items\"\n"
           "S: A0005 OK LIST completed.\n"
           "C: A0006 UID COPY 11 \"Deleted Items\"\n"
           "S: A0006 OK [COPYUID 1700000001 11 5] COPY completed.\n"
           "C: A0007 UID STORE 11 +FLAGS.SILENT (\\Deleted)\n"
           "S: A0007 OK STORE completed.\n"
           "C: A0008 UID EXPUNGE 11\n"
           "S: * 2 EXPUNGE\n"
           "S: A0008 OK EXPUNGE completed.\n"
           "C: A0009 IDLE\n"_s
        << false << 1;

    QTest::newRow("no-trash-deleted-then-uid-expunge")
        << u"IMAP4rev1 IDLE UIDPLUS MOVE"_s
        << u"C: A0005 LIST \"\" \"*\"\n"
           "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
           "S: * LIST (\\Noselect \\HasChildren) \"/\" Trash\n"
           "S: A0005 OK List completed.\n"
           "C: A0006 UID STORE 11 +FLAGS.SILENT (\\Deleted)\n"
           "S: A0006 OK Store completed.\n"
           "C: A0007 UID EXPUNGE 11\n"
           "S: * 2 EXPUNGE\n"
           "S: A0007 OK Expunge completed.\n"
           "C: A0008 IDLE\n"_s
        << false << 1;

    // A folder named "Trash" without the attribute; no UIDPLUS: copy, \Deleted, never EXPUNGE.
    QTest::newRow("no-uidplus-copy-and-deleted-only-reports")
        << u"IMAP4rev1 IDLE"_s
        << u"C: A0005 LIST \"\" \"*\"\n"
           "S: * LIST () \"/\" INBOX\n"
           "S: * LIST () \"/\" Trash\n"
           "S: A0005 OK List completed.\n"
           "C: A0006 UID COPY 11 Trash\n"
           "S: A0006 OK Copy completed.\n"
           "C: A0007 UID STORE 11 +FLAGS.SILENT (\\Deleted)\n"
           "S: A0007 OK Store completed.\n"
           "C: A0008 IDLE\n"_s
        << true << 0;

    QTest::newRow("deleting-in-the-trash-itself-expunges")
        << u"IMAP4rev1 IDLE SPECIAL-USE MOVE UIDPLUS"_s
        << u"C: A0005 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
           "S: * LIST (\\Trash) \"/\" INBOX\n"
           "S: A0005 OK List completed.\n"
           "C: A0006 UID STORE 11 +FLAGS.SILENT (\\Deleted)\n"
           "S: A0006 OK Store completed.\n"
           "C: A0007 UID EXPUNGE 11\n"
           "S: * 2 EXPUNGE\n"
           "S: A0007 OK Expunge completed.\n"
           "C: A0008 IDLE\n"_s
        << false << 1;

    QTest::newRow("list-refused-deletes-nothing") << u"IMAP4rev1 IDLE UIDPLUS"_s
                                                  << u"C: A0005 LIST \"\" \"*\"\n"
                                                     "S: A0005 NO [UNAVAILABLE] Try again later\n"
                                                     "C: A0006 IDLE\n"_s
                                                  << true << 0;

    QTest::newRow("move-refused-reports") << u"IMAP4rev1 IDLE SPECIAL-USE MOVE UIDPLUS"_s
                                          << u"C: A0005 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
                                             "S: * LIST (\\Trash) \"/\" Trash\n"
                                             "S: A0005 OK List completed.\n"
                                             "C: A0006 UID MOVE 11 Trash\n"
                                             "S: A0006 NO [OVERQUOTA] Quota exceeded\n"
                                             "C: A0007 IDLE\n"_s
                                          << true << 0;
}

void Tst_FolderWatcher::deleteMessage()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, script);
    QFETCH(bool, fails);
    QFETCH(int, expunges);

    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(capabilities, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.watcher->deleteMessage(11);
    QVERIFY(h.play(u"C: DONE\nS: A0004 OK Idle completed.\n"_s + script));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.commandFailures.size(), fails ? 1 : 0);
    if (fails)
        QCOMPARE(h.commandFailures[0].first, 11u);
    QCOMPARE(h.expunged.size(), expunges);
    if (expunges > 0)
        QCOMPARE(h.expunged[0], std::make_pair(2u, 11u));
    // RFC 4315 2.1: only ever the one UID; a plain EXPUNGE would hit others' \Deleted mail.
    QVERIFY(!h.transport->written().contains(" EXPUNGE\r\n"));
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::findTrash_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("list"); // the LIST exchange, after DONE's completion
    QTest::addColumn<QStringList>("found"); // trashFolderFound values
    QTest::addColumn<QString>("deletion"); // a delete's first command afterwards

    QTest::newRow("rfc6154-special-use-trash")
        << u"IMAP4rev1 IDLE SPECIAL-USE MOVE UIDPLUS"_s
        << u"C: A0005 LIST \"\" \"*\" RETURN (SPECIAL-USE)\n"
           "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
           "S: * LIST (\\HasNoChildren \\Trash) \"/\" Papierkorb\n"
           "S: A0005 OK List completed.\n"_s
        << QStringList {u"Papierkorb"_s} << u"C: A0007 UID MOVE 11 Papierkorb\n"_s;
    QTest::newRow("exchange-deleted-items-on-plain-list")
        << u"IMAP4rev1 IDLE UIDPLUS"_s
        << u"C: A0005 LIST \"\" \"*\"\n"
           "S: * LIST (\\HasNoChildren \\Trash) \".\" \"Deleted Items\"\n"
           "S: A0005 OK LIST completed.\n"_s
        << QStringList {u"Deleted Items"_s} << u"C: A0007 UID COPY 11 \"Deleted Items\"\n"_s;
    QTest::newRow("none-a-noselect-trash-does-not-count")
        << u"IMAP4rev1 IDLE UIDPLUS MOVE"_s
        << u"C: A0005 LIST \"\" \"*\"\n"
           "S: * LIST (\\HasNoChildren) \"/\" INBOX\n"
           "S: * LIST (\\Noselect \\HasChildren) \"/\" Trash\n"
           "S: A0005 OK List completed.\n"_s
        << QStringList {QString()} << u"C: A0007 UID STORE 11 +FLAGS.SILENT (\\Deleted)\n"_s;
    // Refused: no answer and no error for the user; the Trash stays unknown.
    QTest::newRow("list-refused-answers-nothing") << u"IMAP4rev1 IDLE UIDPLUS"_s
                                                  << u"C: A0005 LIST \"\" \"*\"\n"
                                                     "S: A0005 NO [UNAVAILABLE] Try again later\n"_s
                                                  << QStringList {} << QString();
}

void Tst_FolderWatcher::findTrash()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, list);
    QFETCH(QStringList, found);
    QFETCH(QString, deletion);

    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(capabilities, {});
    QStringList answers;
    QObject::connect(h.watcher.get(), &FolderWatcher::trashFolderFound, h.watcher.get(),
                     [&](const QString &trash) { answers.append(trash); });
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.watcher->findTrash();
    QVERIFY(h.play(u"C: DONE\nS: A0004 OK Idle completed.\n"_s + list
                   + u"C: A0006 IDLE\nS: + idling\n"_s));
    QCOMPARE(answers, found);
    QVERIFY(h.commandFailures.isEmpty());
    QVERIFY(h.failures.isEmpty());
    if (found.isEmpty())
        return;
    // Known now: answered at once, without leaving IDLE, and a delete uses it without a LIST.
    h.watcher->findTrash();
    QCOMPARE(answers, found + found);
    QCOMPARE(h.unread(), QByteArray());
    h.watcher->deleteMessage(11);
    QVERIFY(h.play(u"C: DONE\nS: A0006 OK Idle completed.\n"_s + deletion));
}

void Tst_FolderWatcher::fetchSummary()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.watcher->fetchSummary(10); // \Seen: the preview is fetched all the same, with PEEK
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0004 OK Idle completed.\n"
                   "C: A0005 UID FETCH 10 (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                   "BODYSTRUCTURE)\n"
                   "S: * 1 FETCH (UID 10 FLAGS (\\Seen) %1 BODYSTRUCTURE (\"text\" \"plain\" NIL "
                   "NIL NIL \"7bit\" 8 1 NIL NIL NIL NIL))\n"
                   "S: A0005 OK Fetch completed.\n"
                   "C: A0006 UID FETCH 10 (BODY.PEEK[1]<0.2048>)\n"
                   "S: * 1 FETCH (UID 10 BODY[1]<0> \"hi there\")\n"
                   "S: A0006 OK Fetch completed.\n"
                   "C: A0007 IDLE\n"
                   "S: + idling\n"_s.arg(kEnvelope12)));
    QCOMPARE(h.summaries.size(), 1);
    QCOMPARE(h.summaries[0].uid, 10u);
    QCOMPARE(h.summaries[0].subject, u"Grüße"_s);
    QCOMPARE(h.summaries[0].preview, u"hi there"_s);
    QCOMPARE(h.summaries[0].uidValidity, kValidity);
    QVERIFY(h.summaries[0].flags.has(MessageFlags::Seen));
    QVERIFY(h.arrivals.isEmpty()); // a summary on request is not new mail

    h.watcher->fetchSummary(99); // no such message: no fetch, commandFailed
    QVERIFY(h.play(u"C: DONE\nS: A0007 OK Idle completed.\nC: A0008 IDLE\nS: + idling\n"_s));
    QCOMPARE(h.commandFailures.size(), 1);
    QCOMPARE(h.commandFailures[0].first, 99u);

    // Known, but gone on the server by the time it is fetched.
    h.watcher->fetchSummary(11);
    QVERIFY(h.play(u"C: DONE\n"
                   "S: A0008 OK Idle completed.\n"
                   "C: A0009 UID FETCH 11 (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                   "BODYSTRUCTURE)\n"
                   "S: A0009 OK Fetch completed.\n"
                   "C: A0010 IDLE\n"_s));
    QCOMPARE(h.commandFailures.size(), 2);
    QCOMPARE(h.commandFailures[1].first, 11u);
    QCOMPARE(h.summaries.size(), 1);
    QVERIFY(!h.transport->written().contains("BODY["));
}

void Tst_FolderWatcher::commandsQueuedWhileDisconnectedRunAfterResync_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::newRow("aborted") << false;
    // The watcher holds its connection by QPointer: one its owner deletes reads as null and
    // counts as closed (no failed(), no call into freed memory).
    QTest::newRow("deleted") << true;
}

void Tst_FolderWatcher::commandsQueuedWhileDisconnectedRunAfterResync()
{
    QFETCH(bool, deleted);
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    const QString caps = u"IMAP4rev1 IDLE UIDPLUS"_s;
    h.start(caps, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    if (deleted) {
        h.connections.back().reset();
        h.connection = nullptr;
        h.transport = nullptr;
        QCOMPARE(h.watcher->connection(), nullptr);
    } else {
        h.connection->abort();
    }
    h.watcher->markSeen(11); // idling on the deleted connection, this would have sent its DONE
    h.watcher->setFlagged(11, true);
    QCOMPARE(h.watcher->queuedCommands(), 2);
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Failed);

    h.connect();
    h.login(caps);
    h.watcher->start(h.connection);
    QVERIFY(h.play(kResyncUnchanged
                   + u"C: A0004 UID STORE 11 +FLAGS.SILENT (\\Seen)\n"
                     "S: A0004 OK Store completed.\n"
                     "C: A0005 UID STORE 11 +FLAGS.SILENT (\\Flagged)\n"
                     "S: A0005 OK Store completed.\n"
                     "C: A0006 IDLE\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.watcher->queuedCommands(), 0);
    const auto flags = h.watcher->mailbox().flagsOf(11);
    QVERIFY(flags && flags->has(MessageFlags::Seen) && flags->has(MessageFlags::Flagged));
    QVERIFY(h.commandFailures.isEmpty());
    QVERIFY(h.failures.isEmpty()); // a connection its owner ended is no failure of the folder
}

// The default quiet delay (100 ms) before IDLE: a burst of arrivals is fetched without bouncing
// IDLE / DONE between its messages.
void Tst_FolderWatcher::quietDelayCoalescesABurst()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {}, true);
    QVERIFY(h.play(kSelectSyncIdle));
    QCOMPARE(h.clock.armedTimerNames(), QStringList {u"quietDelay"_s});
    h.clock.advance(kQuietMs - 1);
    QCOMPARE(h.unread(), QByteArray()); // quiet first
    h.clock.advance(1);
    QVERIFY(h.play(u"C: A0004 IDLE\n"
                   "S: + idling\n"
                   "S: * 3 EXISTS\n"
                   "C: DONE\n"
                   "S: A0004 OK Idle completed.\n"_s
                   + newMail(3, 12, 12, 5).section(u'\n', 0, -3) + u"\n"_s));
    // The next message of the burst comes before the delay ran out: fetched without IDLE.
    h.clock.advance(kQuietMs - 1);
    QVERIFY(h.play(u"S: * 4 EXISTS\n"_s + newMail(4, 13, 13, 7).section(u'\n', 0, -3) + u"\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    // The delay starts again after the last fetch.
    h.clock.advance(kQuietMs - 1);
    QCOMPARE(h.unread(), QByteArray());
    h.clock.advance(1);
    QVERIFY(h.play(u"C: A0009 IDLE\n"_s));
    QCOMPARE(h.transport->written().count("DONE\r\n"), 1);
    QCOMPARE(h.arrivals.size(), 2);
}

void Tst_FolderWatcher::uidValidityChangeMidSession()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE UIDPLUS"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    QVERIFY(h.play(u"S: * OK [UIDVALIDITY 1800000000] Mailbox recreated\nC: DONE\n"_s));
    h.watcher->markSeen(11); // names a UID of the old mailbox: must not run
    QVERIFY(h.play(u"S: A0004 OK Idle completed.\n"
                   "C: A0005 SELECT INBOX\n"
                   "S: * 3 EXISTS\n"
                   "S: * OK [UIDVALIDITY 1800000000] UIDs valid\n"
                   "S: * OK [UIDNEXT 4] Predicted next UID\n"
                   "S: A0005 OK [READ-WRITE] Select completed.\n"
                   "C: A0006 UID FETCH 1:* (UID FLAGS)\n"
                   "S: * 1 FETCH (UID 1 FLAGS ())\n"
                   "S: * 2 FETCH (UID 2 FLAGS ())\n"
                   "S: * 3 FETCH (UID 3 FLAGS ())\n"
                   "S: A0006 OK Fetch completed.\n"
                   "C: A0007 IDLE\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.validityChanges, QList<quint32> {1800000000u});
    QVERIFY(h.arrivals.isEmpty());
    QCOMPARE(h.watcher->watermark(), 3u);
    QCOMPARE(h.store.watermark(kAccount, kFolder, 1800000000u), std::optional<quint32>(3));
    QCOMPARE(h.commandFailures.size(), 1);
    QCOMPARE(h.commandFailures[0].first, 11u);
    QVERIFY(!h.transport->written().contains("STORE"));
    QCOMPARE(h.watcher->mailbox().exists(), 3u);
}

// The connection drops during the resync's SELECT; the next one resyncs from the same state,
// so the expunge and the new mail of the interval are still reported once.
void Tst_FolderWatcher::reattachDuringResync()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    const QString caps = u"IMAP4rev1 IDLE UIDPLUS"_s;
    h.start(caps, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    h.reattach(caps, u"C: A0002 SELECT INBOX\nS: * 2 EXISTS\n"_s);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Selecting);
    h.reattach(caps,
               u"C: A0002 SELECT INBOX\n"
               "S: * 2 EXISTS\n"
               "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
               "S: * OK [UIDNEXT 14] Predicted next UID\n"
               "S: A0002 OK [READ-WRITE] Select completed.\n"
               "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
               "S: * 1 FETCH (UID 11 FLAGS ())\n"
               "S: * 2 FETCH (UID 13 FLAGS ())\n"
               "S: A0003 OK Fetch completed.\n"_s
                   + newMail(2, 13, 12, 4));
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(h.unread(), QByteArray());
    QCOMPARE(h.expunged, (QList<std::pair<quint32, quint32>> {{1, 10}}));
    QCOMPARE(h.arrivals.size(), 1);
    QCOMPARE(h.arrivals[0].uid, 13u);
    QVERIFY(h.failures.isEmpty());
}

QTEST_GUILESS_MAIN(Tst_FolderWatcher)
namespace {

// What the last run saved: UIDs 10 (\\Seen), 11, 12 at HIGHESTMODSEQ 100.
MailboxMirror savedMirror()
{
    MailboxMirror mirror;
    mirror.account = kAccount;
    mirror.folder = kFolder;
    mirror.uidValidity = kValidity;
    mirror.highestModSeq = 100;
    mirror.uids = {10, 11, 12};
    mirror.flags = {MessageFlags(MessageFlags::Seen, {}), MessageFlags(), MessageFlags()};
    return mirror;
}

const QString kQResync = u"IMAP4rev1 IDLE ENABLE CONDSTORE QRESYNC UIDPLUS"_s;
const QString kEnableQResync = u"C: A0002 ENABLE CONDSTORE QRESYNC\n"
                               "S: * ENABLED CONDSTORE QRESYNC\n"
                               "S: A0002 OK Enabled.\n"
                               "C: A0003 SELECT INBOX (QRESYNC (1700000000 100 10:12))\n"
                               "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"_s;

// UID 10 expunged and 11 read elsewhere while Mailbell was not running; 14 is new.
const QString kQResyncRestart = kEnableQResync
    + u"S: * 3 EXISTS\n"
      "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
      "S: * OK [UIDNEXT 15] Predicted next UID\n"
      "S: * OK [HIGHESTMODSEQ 130] Highest\n"
      "S: * VANISHED (EARLIER) 10\n"
      "S: * 1 FETCH (UID 11 FLAGS (\\Seen) MODSEQ (120))\n"
      "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
      "S: A0003 OK [READ-WRITE] Select completed.\n"
      "C: A0004 UID FETCH 13:* (UID FLAGS)\n"
      "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
      "S: A0004 OK Fetch completed.\n"_s
    + newMail(3, 14, 13, 5);

// The three messages as they are, fetched in full after the resync was given up.
const QString kFullFetchAfterSelect = u"S: A0003 OK [READ-WRITE] Select completed.\n"
                                      "C: A0004 UID FETCH 1:* (UID FLAGS)\n"
                                      "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                                      "S: * 2 FETCH (UID 11 FLAGS ())\n"
                                      "S: * 3 FETCH (UID 12 FLAGS ())\n"
                                      "S: A0004 OK Fetch completed.\n"
                                      "C: A0005 IDLE\n"_s;

} // namespace

// Issue 12 section 2: the first start after a restart resyncs from the mirror the last run saved
// and ends as an initial sync would (the same messages, flags and unseen count, no expunge or
// flag events, only the mail that is new announced); a server answer that makes the saved state
// useless is logged and the folder is fetched in full instead.
void Tst_FolderWatcher::restartResyncsFromTheMirror_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<QString>("script"); // after the login
    QTest::addColumn<int>("mode"); // FolderWatcher::SyncMode
    QTest::addColumn<QList<quint32>>("arrived");
    QTest::addColumn<QList<quint32>>("known");
    QTest::addColumn<int>("unseen");
    QTest::addColumn<QString>("warning"); // a pattern the log must show; empty: none expected

    QTest::newRow("rfc7162-3.2.5-qresync-from-the-saved-state")
        << kQResync << kQResyncRestart << int(FolderWatcher::SyncMode::QResync)
        << QList<quint32> {14} << QList<quint32> {11, 12, 14} << 2 << QString();

    QTest::newRow("rfc7162-3.1.4.1-condstore-changedsince-the-saved-modseq")
        << u"IMAP4rev1 IDLE ENABLE CONDSTORE UIDPLUS"_s
        << u"C: A0002 ENABLE CONDSTORE\n"
           "S: * ENABLED CONDSTORE\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (CONDSTORE)\n"
           "S: * 4 EXISTS\n"
           "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
           "S: * OK [UIDNEXT 15] Predicted next UID\n"
           "S: * OK [HIGHESTMODSEQ 130] Highest\n"
           "S: A0003 OK [READ-WRITE] Select completed.\n"
           "C: A0004 UID FETCH 1:12 (UID FLAGS) (CHANGEDSINCE 100)\n"
           "S: * 2 FETCH (UID 11 FLAGS (\\Seen) MODSEQ (120))\n"
           "S: A0004 OK Fetch completed.\n"
           "C: A0005 UID FETCH 13:* (UID FLAGS)\n"
           "S: * 4 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
           "S: A0005 OK Fetch completed.\n"_s
            + newMail(4, 14, 13, 6)
        << int(FolderWatcher::SyncMode::CondStore) << QList<quint32> {14}
        << QList<quint32> {10, 11, 12, 14} << 2 << QString();

    // RFC 4731: CONDSTORE cannot name what was expunged (UID 10); ESEARCH names what still is.
    QTest::newRow("rfc4731-condstore-esearch-names-what-is-left")
        << u"IMAP4rev1 IDLE ENABLE CONDSTORE ESEARCH UIDPLUS"_s
        << u"C: A0002 ENABLE CONDSTORE\n"
           "S: * ENABLED CONDSTORE\n"
           "S: A0002 OK Enabled.\n"
           "C: A0003 SELECT INBOX (CONDSTORE)\n"
           "S: * 3 EXISTS\n"
           "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
           "S: * OK [UIDNEXT 15] Predicted next UID\n"
           "S: * OK [HIGHESTMODSEQ 130] Highest\n"
           "S: A0003 OK [READ-WRITE] Select completed.\n"
           "C: A0004 UID FETCH 1:12 (UID FLAGS) (CHANGEDSINCE 100)\n"
           "S: * 1 FETCH (UID 11 FLAGS (\\Seen) MODSEQ (120))\n"
           "S: A0004 OK Fetch completed.\n"
           "C: A0005 UID FETCH 13:* (UID FLAGS)\n"
           "S: * 3 FETCH (UID 14 FLAGS () MODSEQ (130))\n"
           "S: A0005 OK Fetch completed.\n"
           "C: A0006 UID SEARCH RETURN (ALL) UID 1:12\n"
           "S: * ESEARCH (TAG \"A0006\") UID ALL 11:12\n"
           "S: A0006 OK Search completed.\n"_s
            + newMail(3, 14, 13, 7)
        << int(FolderWatcher::SyncMode::CondStore) << QList<quint32> {14}
        << QList<quint32> {11, 12, 14} << 2 << QString();

    // Without CONDSTORE a resync is a full fetch anyway: the saved state is not used.
    QTest::newRow("no-condstore-initial-sync")
        << u"IMAP4rev1 IDLE UIDPLUS"_s << kSelectSyncIdle + u"C: A0004 IDLE\n"_s
        << int(FolderWatcher::SyncMode::Initial) << QList<quint32> {} << QList<quint32> {10, 11}
        << 1 << QString();

    // RFC 7162 3.2.5.2: the folder was recreated while Mailbell was stopped; no flood.
    QTest::newRow("uidvalidity-changed-while-stopped")
        << kQResync << kEnableQResync + kRecreatedFolder << int(FolderWatcher::SyncMode::Initial)
        << QList<quint32> {} << QList<quint32> {1, 2} << 2
        << u"UIDVALIDITY is 1800000000 now, the saved state was of 1700000000"_s;

    // RFC 7162 3.1.2: HIGHESTMODSEQ never goes down; a server whose does cannot be trusted to
    // report what changed since the saved one.
    QTest::newRow("highestmodseq-went-back") << kQResync
                                             << kEnableQResync
            + u"S: * 3 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 13] Predicted next UID\n"
              "S: * OK [HIGHESTMODSEQ 90] Highest\n"_s
            + kFullFetchAfterSelect << int(FolderWatcher::SyncMode::Initial)
                                             << QList<quint32> {} << QList<quint32> {10, 11, 12}
                                             << 2 << u"HIGHESTMODSEQ went back from 100 to 90"_s;

    QTest::newRow("rfc7162-3.1.2.2-nomodseq") << kQResync
                                              << kEnableQResync
            + u"S: * 3 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 13] Predicted next UID\n"
              "S: * OK [NOMODSEQ] No permanent modsequences\n"_s
            + kFullFetchAfterSelect << int(FolderWatcher::SyncMode::Initial)
                                              << QList<quint32> {} << QList<quint32> {10, 11, 12}
                                              << 2 << u"NOMODSEQ"_s;

    // Four messages, three known, nothing vanished, nothing new: the server or the file is
    // wrong. UID 9 is below the watermark: not announced.
    QTest::newRow("qresync-counts-do-not-add-up")
        << kQResync
        << kEnableQResync
            + u"S: * 4 EXISTS\n"
              "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
              "S: * OK [UIDNEXT 13] Predicted next UID\n"
              "S: * OK [HIGHESTMODSEQ 100] Highest\n"
              "S: A0003 OK [READ-WRITE] Select completed.\n"
              "C: A0004 UID FETCH 13:* (UID FLAGS)\n"
              "S: * 4 FETCH (UID 12 FLAGS ())\n"
              "S: A0004 OK Fetch completed.\n"
              "C: A0005 UID FETCH 1:* (UID FLAGS)\n"
              "S: * 1 FETCH (UID 9 FLAGS ())\n"
              "S: * 2 FETCH (UID 10 FLAGS (\\Seen))\n"
              "S: * 3 FETCH (UID 11 FLAGS ())\n"
              "S: * 4 FETCH (UID 12 FLAGS ())\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s
        << int(FolderWatcher::SyncMode::Initial) << QList<quint32> {}
        << QList<quint32> {9, 10, 11, 12} << 3
        << u"3 messages known after the resync, the server has 4"_s;
}

void Tst_FolderWatcher::restartResyncsFromTheMirror()
{
    QFETCH(QString, capabilities);
    QFETCH(QString, script);
    QFETCH(int, mode);
    QFETCH(QList<quint32>, arrived);
    QFETCH(QList<quint32>, known);
    QFETCH(int, unseen);
    QFETCH(QString, warning);

    QTemporaryDir dir;
    MirrorStore mirrors(dir.filePath(u"seen-mailboxes"_s)); // outlives the watcher, which saves
    Harness h(dir.filePath(u"seen.json"_s));
    h.store.begin(kAccount, kFolder, kValidity, 13); // the last run had seen up to UID 12
    QVERIFY(!mirrors.save(savedMirror()));
    if (!warning.isEmpty())
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(warning)));
    FolderWatcher::Options options;
    options.mirrors = mirrors;
    h.startReady(capabilities, options, script);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(h.unread(), QByteArray());

    QCOMPARE(h.watcher->phase(), FolderWatcher::Phase::Watching);
    QCOMPARE(int(h.watcher->lastSyncMode()), mode);
    QList<quint32> gotArrived;
    for (const MessageSummary &summary : std::as_const(h.arrivals))
        gotArrived.append(summary.uid);
    QCOMPARE(gotArrived, arrived);
    // As after an initial sync: the state is new, so nothing in it "changed".
    QVERIFY(h.expunged.isEmpty());
    QVERIFY(h.flagChanges.isEmpty());
    QVERIFY(h.validityChanges.isEmpty());
    QCOMPARE(h.watcher->mailbox().knownUids(), known);
    QCOMPARE(h.watcher->mailbox().unseenCount(), quint32(unseen));
    QVERIFY(h.failures.isEmpty());
}

// Saved once a burst of changes is over (then nothing is armed for it), and when the watcher
// goes; what is saved is the state and the HIGHESTMODSEQ of one moment.
void Tst_FolderWatcher::mirrorIsSavedAfterChangesAndWhenTheWatcherGoes()
{
    QTemporaryDir dir;
    MirrorStore mirrors(dir.filePath(u"seen-mailboxes"_s));
    Harness h(dir.filePath(u"seen.json"_s));
    h.store.begin(kAccount, kFolder, kValidity, 13);
    QVERIFY(!mirrors.save(savedMirror()));
    FolderWatcher::Options options;
    options.mirrors = mirrors;
    h.startReady(kQResync, options, kQResyncRestart + u"S: + idling\n"_s);
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.clock.armedTimerNames().contains(u"mirrorSave"_s));
    QVERIFY(mirrors.load(kAccount, kFolder).mirror == savedMirror()); // not yet

    h.clock.advance(options.mirrorSaveDelayMs);
    QVERIFY(!h.clock.armedTimerNames().contains(u"mirrorSave"_s));
    std::optional<MailboxMirror> saved = mirrors.load(kAccount, kFolder).mirror;
    QVERIFY(saved);
    QCOMPARE(saved->uids, (QList<quint32> {11, 12, 14}));
    QCOMPARE(saved->highestModSeq, quint64(130));
    QVERIFY(saved->flags.at(0).has(MessageFlags::Seen));
    QVERIFY(!saved->flags.at(2).has(MessageFlags::Seen));

    // UID 14 read elsewhere; the watcher is deleted before the delay is over.
    QVERIFY(h.play(u"S: * 3 FETCH (UID 14 FLAGS (\\Seen) MODSEQ (140))\n"_s));
    QVERIFY(h.clock.armedTimerNames().contains(u"mirrorSave"_s));
    h.watcher.reset();
    saved = mirrors.load(kAccount, kFolder).mirror;
    QVERIFY(saved);
    QCOMPARE(saved->highestModSeq, quint64(140));
    QVERIFY(saved->flags.at(2).has(MessageFlags::Seen));
}

#include "tst_folderwatcher.moc"
