#pragma once

#include "accountspec.h"
#include "connectiontestrequest.h"
#include "connectiontestresult.h"
#include "mailtypes.h"
#include "messagesummary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace ImapCore {

class MailEngineWorker;

// The only face of imapcore the app sees. MailEngine lives in the caller's thread and owns a
// worker QThread in which every connection, watcher and account session lives. Every method is
// asynchronous (a queued call into the worker) and returns at once: nothing here ever blocks the
// caller. Results come back as signals carrying value types, queued to the caller's thread.
//
// Exactly once: messagesArrived carries each new message once per (account, folder,
// UIDVALIDITY), across reconnects and restarts, using the SeenStore file given to start().
class MailEngine : public QObject
{
    Q_OBJECT
public:
    explicit MailEngine(QObject *parent = nullptr);
    ~MailEngine() override; // stops the worker: logs out briefly, then closes what is left

    // Starts (or restarts) watching these accounts. seenStorePath is the file that remembers what
    // was announced (the app passes one under the XDG state dir; tests a temp file).
    void start(const QList<ImapCore::AccountSpec> &accounts, const QString &seenStorePath);
    // Logs out of everything; stopped() follows.
    void stop();
    // Applies a new account list: unchanged accounts keep their connections, changed ones
    // reconnect, removed ones log out.
    void reconfigure(const QList<ImapCore::AccountSpec> &accounts);
    // The account's password, kept in the worker's memory only. Also retries an AuthFailed one.
    void setPassword(const QString &accountId, const QString &password);
    // OAuth accounts: the access token to log in with (after accessTokenRequired, or earlier when
    // the app refreshed it before expiry), kept in the worker's memory only. Also retries a
    // waiting or AuthFailed account. An empty token says none can be had (the account then shows
    // the error instead of waiting).
    void setAccessToken(const QString &accountId, const QString &token);
    // Writes the redacted wire log to this file ("" turns it off), the connection tests' lines
    // too. Before a line would take a regular file past protocolLogFileMaxBytes, it is renamed to
    // FILE.1 and a new one begins. A file that cannot be opened: protocolLogFailed.
    void setProtocolLogFile(const QString &path);
    static constexpr qint64 protocolLogFileMaxBytes = 10 * 1024 * 1024;
    // Reconnect backoff bounds (default 1 s to 5 min); applies to accounts started afterwards.
    // Tests shorten them.
    void setReconnectLimits(int initialMs, int maxMs);

    // Hints from the desktop: reconnect now instead of waiting out a backoff, and check that
    // idle connections are still alive (after suspend a socket may be half-open).
    void networkChanged();
    void resumed();
    // Leaves IDLE everywhere and asks the servers for news (the tray's "Check now"); an account
    // waiting to reconnect, or in Error (e.g. a certificate since put right), tries again at once
    // with its backoff reset. AuthFailed accounts still wait for a new password.
    void checkNow();

    // User commands; they run when the folder's watcher is between IDLEs.
    void markSeen(const ImapCore::MessageRef &message);
    void markUnseen(const ImapCore::MessageRef &message);
    void setFlagged(const ImapCore::MessageRef &message, bool flagged);
    // Moves to the account's Trash (SPECIAL-USE \Trash) when there is one, else \Deleted +
    // UID EXPUNGE of just this message.
    void deleteMessage(const ImapCore::MessageRef &message);
    // Finds out where deleteMessage() puts the account's messages (trashFolderFound follows once
    // the account is connected), so that the app can offer Undo, or warn that a delete is
    // permanent, before the user deletes.
    void findTrash(const QString &accountId);
    // Fetches the summary of one message (summaryFetched follows).
    void fetchSummary(const ImapCore::MessageRef &message);
    // Marks every message that each watched folder of every account knows as unseen \Seen on
    // the server when the command runs there (UID STORE, like markSeen). flagsChanged follows for
    // each, then folderStatusChanged with the new unseen counts. A refusal: commandFailed with
    // the folder and UID 0.
    void markAllSeen();

    // Logs in once with spec's connection settings and secret (the password, or the OAuth
    // access token) and asks what the request says: the folder list (the settings dialog, by
    // default), the message counts of named folders (`mailbell check`), or both; on the worker
    // thread with the same connection code as watching, apart from the watched accounts and the
    // SeenStore. Returns the test's id at once; connectionTestProgress and one
    // connectionTestFinished follow. A test still logging out when the engine is destroyed gets
    // its LOGOUT answered within the shutdown's deadline.
    quint64 testConnection(const ImapCore::AccountSpec &spec, const QString &secret,
                           const ImapCore::ConnectionTestRequest &request = {});
    // connectionTestFinished with Cancelled follows, unless the test already finished.
    void cancelConnectionTest(quint64 id);

Q_SIGNALS:
    // New mail: each message once, ascending UIDs within a folder.
    void messagesArrived(const QList<ImapCore::MessageSummary> &messages);
    // Not new mail: the messages of one folder that were already unseen when the engine began
    // watching it (start, a reconfigured account, or the folder recreated), the newest
    // Limits::unseenBacklogPerFolder of them, ascending UIDs; once each time, not after a
    // reconnect, and only when there are any. For an unread list: never announced, never in
    // messagesArrived (those are above the SeenStore's watermark, these at or below it). Their
    // later changes come as flagsChanged / messageExpunged like any message's.
    void unseenBacklog(const QList<ImapCore::MessageSummary> &messages);
    void messageExpunged(const ImapCore::MessageRef &message, quint32 index);
    // The complete new flag set of a message (never \Recent).
    void flagsChanged(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void folderStatusChanged(const ImapCore::FolderStatus &status);
    void accountStatusChanged(const ImapCore::AccountStatus &status);
    // The account needs a password (none given yet, or the last one was rejected).
    void passwordRequired(const QString &accountId);
    // An OAuth account needs an access token: none yet, or the server rejected the last one or
    // ended a session because it expired. Answer with setAccessToken and a fresh token. After a
    // rejection the engine retries once at once with the new token; a second rejection is
    // AuthFailed with the slow retry.
    void accessTokenRequired(const QString &accountId);
    // Emitted once per start(): every enabled account has, for each of its watched folders,
    // finished the initial sync or failed once (an account waiting for a password, AuthFailed or
    // in Error counts as done), so `watch` can report a first state without waiting forever.
    void ready();
    void summaryFetched(const ImapCore::MessageSummary &summary);
    // A user command failed; the message says why in words.
    void commandFailed(const ImapCore::MessageRef &message, const ImapCore::ImapError &error);
    // The answer to findTrash(): the account's Trash folder (RFC 6154 \Trash, else a folder
    // named "Trash"); empty when it has none, and deleting there is permanent.
    void trashFolderFound(const QString &accountId, const QString &trashFolder);
    void stopped();
    // A connection test entered this stage (each stage at most once, in order; stages a
    // transport cannot tell apart may be skipped).
    void connectionTestProgress(quint64 id, ImapCore::ConnectionTestResult::Stage stage);
    void connectionTestFinished(quint64 id, const ImapCore::ConnectionTestResult &result);
    // setProtocolLogFile could not open the file; error names it and why (English). The engine
    // runs on without a log file.
    void protocolLogFailed(const QString &error);

private:
    // Owned; left behind (never destroyed while running) only if the worker is stuck at
    // destruction, so that the process can still exit within the shutdown deadline.
    QThread *m_thread = nullptr;
    MailEngineWorker *m_worker = nullptr; // lives in m_thread
    quint64 m_lastTestId = 0;
};

} // namespace ImapCore
