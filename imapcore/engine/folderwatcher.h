#pragma once

#include "engine/clock.h"
#include "engine/connection.h"
#include "engine/folderlink.h"
#include "engine/foldersync.h"
#include "engine/mailboxstate.h"
#include "engine/messageactions.h"
#include "engine/mirrorstore.h"
#include "engine/summaryfetcher.h"
#include "imaperror.h"
#include "messageflags.h"
#include "messagesummary.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

struct FuzzSessionSnapshot;

namespace ImapCore {

class SeenStore;

// Watches one folder, across connections: SELECT (CONDSTORE when offered), the initial
// "UID FETCH 1:* (UID FLAGS)" into a MailboxState (FolderSync), the SeenStore decision (first run
// and UIDVALIDITY change announce nothing; otherwise what arrived while away is announced), then
// IDLE (RFC 2177) after a short quiet delay, renewed every idleRenewalMs, or NOOP every
// pollIntervalMs without IDLE. New mail (an EXISTS beyond the known UIDs) ends the IDLE, is
// fetched as MessageSummary values by SummaryFetcher and announced once per message when not
// \Seen or \Deleted; the watermark then moves and is saved. The mail that was already unseen
// at the initial sync is not new: the newest of it is fetched once for unseenBacklog() and
// never announced.
//
// The watcher does not own its Connection and holds it by QPointer (FolderLink): one its owner
// deletes counts as closed, and the watcher waits for the next. When it fails (failed()), the
// owner passes a fresh authenticated Connection to start(); the watcher keeps its MailboxState
// and FolderSync resyncs it (RFC 7162: QRESYNC when enabled, else CONDSTORE CHANGEDSINCE, else
// a full UID FETCH), so the mail that arrived in between is announced once and changes made
// elsewhere become events.
//
// With Options::mirrors, the MailboxState is also kept on disk (MirrorStore, at most every
// mirrorSaveDelayMs after a change, and when the connection goes or the watcher is deleted), so
// that the first start() after a restart is such a resync too: the bytes it costs are those of
// the changes, not of the folder. The SeenStore still decides alone what is announced.
//
// User commands (mark seen / unseen, flag, delete, fetch a summary: MessageActions) queue up and
// run between IDLEs; commands queued while disconnected run after the next resync. Only the
// watcher starts and ends IDLE. Nothing this class sends changes the mailbox except the user's
// commands; every fetch is a PEEK.
//
// On a connection shared by several folders (SharedConnection), release() makes the watcher hand
// its connection back when it has nothing left to do, instead of entering IDLE: it is parked,
// keeps its state, and the next start() resyncs; work that comes up while parked (a user
// command, a refetch) asks for the connection with connectionWanted(). lend() frees the
// connection between two IDLEs without leaving the folder (for STATUS of the others).
// Lives in the worker thread, with its Connection.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // RFC 2177 3: re-issue IDLE at least every 29 min. Providers that drop idle sessions
        // sooner need less: Gmail ~9-10 min (the AccountSpec carries the per-account value).
        int idleRenewalMs = 29 * 60 * 1000;
        int pollIntervalMs = 2 * 60 * 1000; // NOOP interval for servers without IDLE
        // While idling, a server silent this long gets a DONE / IDLE round, which it must
        // answer within the command timeout (120 s): a dead link behind a middlebox that still
        // ACKs is noticed within idleSilenceMs + 120 s = 4.5 min, not at the 29-minute
        // renewal, and a server that accepts IDLE but never pushes (GNU Mailutils imap4d)
        // reports its news then. Any line from the server restarts the wait, so a server with
        // its own keepalive (Dovecot's "* OK Still here" every 2 min) never triggers it. 0: off.
        int idleSilenceMs = 150 * 1000;
        // Wait this long with nothing to do before entering IDLE, so a burst of events and user
        // commands does not bounce IDLE / DONE. 0 enters at once.
        int quietDelayMs = 100;
        SummaryFetcher::Options summaries;
        // New messages the summary fetch did not confirm (a NO, a partial answer, a FETCH
        // without ENVELOPE) are fetched again after these delays in turn; after the last they
        // are given up with a logged reason. Nothing is armed while nothing is missing.
        QList<int> refetchDelaysMs {2'000, 15'000, 60'000, 5 * 60'000, 15 * 60'000};
        // After the initial sync, the summaries of at most this many of the messages that were
        // already unseen then (the newest) are fetched for unseenBacklog(). 0: none (the
        // default, so a watcher on its own sends only what its scripts expect); AccountSession
        // asks for Limits::unseenBacklogPerFolder.
        qsizetype unseenBacklogLimit = 0;
        Clock *clock = nullptr; // the timers' clock; nullptr: Clock::system()
        // Where the folder's mailbox mirror is kept across restarts (default: nowhere). The first
        // start() resyncs from it; once watching, changes are saved at most this often.
        MirrorStore mirrors;
        int mirrorSaveDelayMs = 10'000;
    };

    // Parked: synchronized, then the connection was handed back (release()).
    enum class Phase { NotStarted, Selecting, Syncing, Watching, Parked, Failed };
    Q_ENUM(Phase)

    // Gmail drops IDLE sessions after about 10 minutes of silence; on servers that advertise
    // X-GM-EXT-1 the renewal interval is capped at this (MailKit's IdleClient uses 9 minutes).
    static constexpr int gmailIdleRenewalMs = 9 * 60 * 1000;

    // How the last (re)synchronization was done.
    enum class SyncMode { None, Initial, QResync, CondStore, Full };
    Q_ENUM(SyncMode)

    FolderWatcher(QString accountId, QString folder, SeenStore *store, Options options,
                  QObject *parent = nullptr);
    FolderWatcher(QString accountId, QString folder, SeenStore *store, QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Starts watching on connection, which must be ready (Connection::ready(): logged in, ENABLE
    // done, so QRESYNC is used only when it was enabled).
    // May be called again with a fresh Connection after failed(), or at any time: the old one is
    // dropped (not closed: its owner does that) and the folder is resynchronized on the new one.
    void start(Connection *connection);
    // Once the work due on the current connection is done (new mail fetched, the backlog, the
    // queued user commands), hand the connection back instead of entering IDLE (or leave IDLE
    // now): released() follows. Undone by the next start().
    void release();
    // Once between two IDLEs (as for release()), lent() follows and the watcher waits, still on
    // the connection and the folder still selected, until giveBack(): meanwhile the owner sends
    // commands of its own that leave the selection alone (STATUS of other folders).
    void lend();
    void giveBack();

    // Queued user commands (MessageActions); they run when the watcher is between IDLEs. A
    // command that fails emits commandFailed(uid, error); a successful flag change also emits
    // flagsChanged.
    void markSeen(quint32 uid) { m_actions.markSeen(uid); }
    void markUnseen(quint32 uid) { m_actions.markUnseen(uid); }
    // UID STORE +FLAGS.SILENT / -FLAGS.SILENT (\Flagged).
    void setFlagged(quint32 uid, bool flagged) { m_actions.setFlagged(uid, flagged); }
    // Moves the message to the account's Trash (SPECIAL-USE \Trash, RFC 6154; else a mailbox
    // named "Trash"): UID MOVE (RFC 6851), else UID COPY + \Deleted + UID EXPUNGE (RFC 4315).
    // Without a Trash, or in the Trash itself: \Deleted + UID EXPUNGE of just this UID. Never a
    // plain EXPUNGE: without UIDPLUS the message is only marked \Deleted and commandFailed says so.
    void deleteMessage(quint32 uid) { m_actions.deleteMessage(uid); }
    // Looks the account's Trash up as deleteMessage() would (one LIST, remembered for the
    // watcher's life) and answers with trashFolderFound; at once when already known. A refused
    // LIST answers nothing: the Trash stays unknown, and a delete looks again.
    void findTrash() { m_actions.findTrash(); }
    // Fetches one message's summary with its preview (summaryFetched, or commandFailed).
    void fetchSummary(quint32 uid) { m_actions.fetchSummary(uid); }
    // UID STORE +FLAGS.SILENT (\Seen) of every message the state knows as unseen when the
    // command runs (at most Limits::maxUidsPerStore UIDs a command); flagsChanged follows for
    // each. A refusal emits commandFailed(0, error).
    void markAllSeen() { m_actions.markAllSeen(); }

    Phase phase() const { return m_phase; }
    SyncMode lastSyncMode() const;
    const MailboxState &mailbox() const { return m_mailbox; }
    const QString &folder() const { return m_folder; }
    const QString &accountId() const { return m_accountId; }
    Connection *connection() const { return m_link.connection(); }
    // The IDLE renewal interval in use on the current connection (see gmailIdleRenewalMs).
    int idleRenewalInterval() const;
    // The SeenStore watermark of this folder; 0 before the initial sync.
    quint32 watermark() const;
    // HIGHESTMODSEQ as last learnt (SELECT response code, OK [HIGHESTMODSEQ], FETCH MODSEQ).
    quint64 highestModSeq() const { return m_highestModSeq; }
    qsizetype queuedCommands() const { return m_actions.queuedCommands(); }

Q_SIGNALS:
    // The (initial or re-) synchronization on the current connection is done and the watcher is
    // waiting for news. Emitted once per start().
    void ready();
    // Each message once, UIDs ascending.
    void messagesArrived(const QList<ImapCore::MessageSummary> &summaries);
    // After the initial sync (and after a UIDVALIDITY change): the summaries of the newest
    // messages (at most Options::unseenBacklogLimit) that were unseen then, at or below the
    // watermark, UIDs ascending. Not new mail: never in messagesArrived, and the SeenStore is
    // not touched. Emitted at most once per sync, only when there is any.
    void unseenBacklog(const QList<ImapCore::MessageSummary> &summaries);
    void countChanged(quint32 count);
    void messageExpunged(quint32 index, quint32 uid);
    void flagsChanged(quint32 uid, const ImapCore::MessageFlags &flags);
    // The folder was recreated (seen on a new connection or mid-session, RFC 9051 2.3.1.1):
    // every UID known before is void, queued commands fail, and the messages it holds now are
    // not announced (no flood).
    void uidValidityChanged(quint32 oldValue, quint32 newValue);
    // The answer to fetchSummary().
    void summaryFetched(const ImapCore::MessageSummary &summary);
    // The answer to findTrash(): the folder a delete moves messages to; empty when there is
    // none (a delete then expunges).
    void trashFolderFound(const QString &trashFolder);
    // A user command failed; error.message says why in words.
    void commandFailed(quint32 uid, const ImapCore::ImapError &error);
    // The watcher handed its connection back (release()) and is parked.
    void released();
    // lend(): the connection is free until giveBack().
    void lent();
    // Parked with work due (a user command, new mail to fetch again): the owner should start()
    // it on a connection.
    void connectionWanted();
    // The connection failed or refused the folder; start() with a new one resyncs. (A
    // connection its owner closed or aborted only makes the watcher wait for the next one.)
    void failed(const ImapCore::ImapError &error);

private:
    void fail(const ImapError &error);
    void drop();
    void stopWork();
    // release(): lets go of the connection, keeping the state and the queued commands.
    void park();
    void onUntagged(const Response &response);
    void select();
    // The (re)sync is done (FolderSync::finished): watch.
    void becomeWatching();
    // Does the next thing due, in this order: SELECT again, fetch new mail, the unseen backlog, a
    // user command, a poll; else (re-)enters IDLE. Leaves IDLE first when something is due.
    void pump();
    void scheduleIdle();
    void enterIdle();
    void fetchNew(const QByteArray &uidSet, quint32 minUid);
    void fetchBacklog();
    void announce(const QList<MessageSummary> &summaries, const ImapError &error);
    // Moves the watermark over the contiguous run of handled UIDs above it (with giveUp, over
    // unhandled ones and slots without a UID too); returns the known UIDs above it that are not
    // handled yet.
    QList<quint32> advanceWatermark(bool giveUp = false);
    // Known messages above the watermark not handled yet, or messages without a UID.
    bool hasUnconfirmed() const;
    void scheduleRefetch(const QList<quint32> &missing);
    // A fetch, a poll or a user command is in flight, or the connection is lent.
    bool isBusy() const { return m_busy || m_lent || m_actions.isRunning(); }
    void noteModSeq(quint64 modSeq);
    void saveStore();
    // The mailbox mirror: read once before the first sync; marked changed, then saved.
    void restoreMirror();
    void noteMirrorChange();
    void saveMirror();

    // The fuzz harness reuses one session across inputs and puts every member back after each
    // (tests/fuzz/fuzzsessionsnapshot.h): a member added here must be added there too.
    friend struct ::FuzzSessionSnapshot;

    FolderLink m_link; // the connection, and the generation that makes older completions stale
    QString m_accountId;
    QString m_folder;
    SeenStore *m_store;
    Options m_options;
    MailboxState m_mailbox;
    SummaryFetcher m_fetcher;
    FolderSync m_sync;
    MessageActions m_actions;
    Phase m_phase = Phase::NotStarted;

    bool m_busy = false; // a fetch chain or a poll is in flight (user commands: m_actions)
    bool m_idling = false; // IDLE sent and not completed
    bool m_idleStopping = false;
    bool m_idleRejected = false; // the server refused IDLE: poll instead
    bool m_needFetch = false; // EXISTS beyond the known UIDs
    // The initial sync's unseen backlog is still to be fetched (kept across a dropped
    // connection until its fetch completes).
    bool m_backlogDue = false;
    bool m_renewDue = false;
    bool m_pollDue = false;
    bool m_pollAnswered = false; // the poll's NOOP completed: nothing new unless it said so
    bool m_modSeqDirty = false;
    bool m_reselect = false; // UIDVALIDITY changed mid-session: SELECT again
    bool m_releaseWanted = false; // release(): park instead of entering IDLE
    bool m_lendWanted = false; // lend(): lend the connection instead of entering IDLE
    bool m_lent = false; // lent() until giveBack()
    quint32 m_uidValidity = 0;
    quint64 m_highestModSeq = 0;

    Timer *m_renewTimer = nullptr;
    Timer *m_pollTimer = nullptr;
    Timer *m_quietTimer = nullptr;
    Timer *m_refetchTimer = nullptr;
    Timer *m_silenceTimer = nullptr;
    Timer *m_mirrorTimer = nullptr;
    bool m_mirrorDirty = false; // the state changed since the mirror was last saved
    int m_refetchAttempt = 0; // refetches scheduled since the last complete answer
};

} // namespace ImapCore
