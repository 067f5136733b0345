#pragma once

#include "accountspec.h"
#include "engine/clock.h"
#include "engine/connection.h"
#include "engine/mirrorstore.h"
#include "engine/reconnectpolicy.h"
#include "imaperror.h"
#include "mailtypes.h"
#include "messageflags.h"
#include "messagesummary.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace ImapCore {

class FolderWatcher;
class SharedConnection;
class SeenStore;
class Transport;

// One account in the worker thread: one FolderWatcher per watched folder, their connections,
// the reconnect policy (backoff with jitter; AuthFailed and trust errors retry only at the slow
// maximum or on setPassword), liveness probes after resume, and the account's AccountStatus.
// Every watcher shares the engine's SeenStore, so a reconnect announces what arrived while away
// exactly once.
//
// With more than one folder, the first folder's connection (home) is opened first and decides
// how the account is watched. Where the server offers NOTIFY with CONDSTORE, that one connection
// carries every folder (a SharedConnection, pushed). Otherwise, or when the server refuses
// NOTIFY SET, each folder gets a connection of its own up to AccountSpec::maxConnections, and the
// folders beyond it share home's connection, polled with STATUS every pollIntervalMs (named in
// the status); the choice holds until stop(). No folder is left unwatched.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    // Makes the byte stream of a new connection (SslTransport in the app; fakes in tests).
    using TransportFactory = std::function<Transport *()>;

    struct Options
    {
        ReconnectPolicy::Options backoff;
        ReconnectPolicy::RandomSource random; // empty: QRandomGenerator
        int probeTimeoutMs = 10'000; // resumed(): a NOOP unanswered this long replaces the link
        int logoutTimeoutMs = 2'000; // stop(): then the connections are closed
        Clock *clock = nullptr; // every timer and time of the account; nullptr: Clock::system()
        MirrorStore mirrors; // the folders' mailbox mirrors (FolderWatcher::Options)
        // false: one connection per folder even where the server offers NOTIFY (to compare the
        // two in tests and benchmarks, or to rule NOTIFY out when debugging).
        bool notify = true;
    };

    AccountSession(AccountSpec spec, SeenStore *store, TransportFactory factory, Options options,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    const AccountSpec &spec() const { return m_spec; }
    const AccountStatus &status() const { return m_status; }
    // Every folder finished its initial sync or failed once since start() (or the account
    // cannot connect: waiting for a password, AuthFailed, Error, disabled).
    bool initialSyncFinished() const { return m_initialSyncFinished; }
    // Every folder of the account; those checked by STATUS in turn rather than pushed (beyond
    // the connection cap, without NOTIFY).
    QStringList watchedFolders() const;
    QStringList polledFolders() const;

    void start();
    // Logs out (at most logoutTimeoutMs), then stopped().
    void stop();
    // Kept in memory; retries at once when the account waits for a password or failed to log in.
    void setPassword(const QString &password);
    // OAuth accounts: the access token every new connection logs in with, kept in memory. Answers
    // connections waiting for one; retries at once when the account waits or failed to log in.
    // An empty token means none can be had: waiting connections fail with AuthUnavailable.
    void setAccessToken(const QString &token);
    // Waiting in backoff (not after AuthFailed / Error): try now.
    void networkChanged();
    // networkChanged(), and every live connection must answer a NOOP within probeTimeoutMs.
    void resumed();
    // NOOP on every connection (leaving IDLE), so the servers report news now; an account in
    // backoff or held on an error (not AuthFailed) reconnects now, its backoff reset.
    void checkNow();

    enum class Command { MarkSeen, MarkUnseen, SetFlagged, ClearFlagged, Delete, FetchSummary };
    void command(const MessageRef &message, Command command);
    // Every watched folder marks all the messages it knows as unseen \Seen (queued like the
    // other commands; a folder not connected now does it after its next sync).
    void markAllSeen();
    // Looks up the account's Trash on one watcher (INBOX's, else the first); trashFolderFound
    // follows once it is connected.
    void findTrash();

Q_SIGNALS:
    void statusChanged(const ImapCore::AccountStatus &status);
    void passwordRequired(const QString &accountId);
    // OAuth accounts: a connection needs an access token (none yet, or the last one was
    // rejected or expired: the answer must be a fresh one).
    void accessTokenRequired(const QString &accountId);
    void initialSyncDone();
    void messagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void unseenBacklog(const QList<ImapCore::MessageSummary> &messages);
    void messageExpunged(const ImapCore::MessageRef &message, quint32 index);
    void flagsChanged(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void folderStatusChanged(const ImapCore::FolderStatus &status);
    void summaryFetched(const ImapCore::MessageSummary &summary);
    void commandFailed(const ImapCore::MessageRef &message, const ImapCore::ImapError &error);
    // The answer to findTrash(); trashFolder empty when the account has none.
    void trashFolderFound(const QString &accountId, const QString &trashFolder);
    // Every wire line of every connection, with an engine-wide connection id.
    void wireLine(quint32 connectionId, ImapCore::Connection::Direction direction,
                  const QByteArray &bytes);
    // That connection is gone (the protocol log forgets its per-connection state).
    void connectionClosed(quint32 connectionId);
    void stopped();

private:
    // How the folders are watched: not known before home's connection is ready.
    enum class Mode { Unknown, PerFolder, Notify };

    struct Slot
    {
        QString folder;
        bool beyondCap = false; // beyond maxConnections: polled unless in Notify mode
        ImapError folderError; // Notify mode: the server would not open the folder
        QPointer<Connection> connection;
        QPointer<FolderWatcher> watcher;
        quint32 connectionId = 0;
        bool watching = false; // the watcher reported ready on this connection
        bool syncedOnce = false; // ready or failed at least once since start()
        qint64 upSinceMs = 0; // Clock::monotonicMs() when the watcher became ready
        std::optional<FolderStatus> lastStatus;
        bool statusPending = false; // a recount is scheduled (one per event-loop pass)
    };

    bool needsPassword() const;
    bool usesOAuth() const;
    // Emits passwordRequired, or accessTokenRequired (once until answered), and waits.
    void askForCredentials();
    void requestToken(TokenProvider::Callback done);
    bool isTokenRejection(const ImapError &error) const;
    void connectMissing();
    void openConnections();
    bool isHome(const Slot &slot) const { return &slot == &m_slots.constFirst(); }
    // On home's connection: every folder with NOTIFY, else those beyond the cap.
    bool isShared(const Slot &slot) const
    {
        return !isHome(slot) && (m_mode == Mode::Notify || slot.beyondCap);
    }
    // The connection the slot's folder is watched on: its own, or home's when shared.
    Connection *connectionOf(const Slot &slot) const;
    // Home's connection is ready: Notify mode where the server offers it, else PerFolder.
    void chooseMode(const Connection &connection);
    // Home's connection is ready: home's watcher takes it, alone or shared.
    void watchOnHome(Connection *connection);
    // Mid-session or at NOTIFY SET: the channel goes; every folder gets its own connection.
    void fallBackToPerFolder(const ImapError &error);
    void dropChannel();
    void channelFolderFailed(FolderWatcher *watcher, const ImapError &error);
    void connectSlot(Slot &slot);
    // Drops the slot's connection (aborted unless it already ended); the watcher stays for the
    // next connection unless dropWatcher.
    void closeSlot(Slot &slot, bool dropWatcher);
    FolderWatcher *createWatcher(const QString &folder);
    void slotFailed(Connection *connection, const ImapError &error);
    void slotReady(Connection *connection);
    void updateFolderStatus(Slot &slot);
    void scheduleFolderStatus(const FolderWatcher *watcher);
    void updateState();
    void setStatus(AccountStatus::State state, const ImapError &error = {},
                   const QDateTime &nextAttempt = {});
    void scheduleRetry(int delayMs);
    void markSynced(Slot &slot);
    void probe(Slot &slot, int timeoutMs);
    Slot *slotFor(Connection *connection);
    Slot *slotFor(const FolderWatcher *watcher);
    Slot *slotFor(const QString &folder);
    // Kind None: the folders polled instead of pushed, as a notice.
    ImapError capError() const;
    void finishStop();

    AccountSpec m_spec;
    SeenStore *m_store;
    TransportFactory m_factory;
    Options m_options;
    ReconnectPolicy m_policy;
    QString m_password;
    // OAuth: the current access token, connections waiting for one, and whether the one
    // at-once retry with a fresh token after a rejection was used since the last login.
    QString m_accessToken;
    std::unique_ptr<TokenProvider> m_tokenProvider;
    QList<TokenProvider::Callback> m_tokenWaiters;
    bool m_freshTokenTried = false;
    bool m_tokenAsked = false; // accessTokenRequired emitted, not answered yet
    QList<Slot> m_slots; // every folder; home first
    Mode m_mode = Mode::Unknown;
    SharedConnection *m_channel = nullptr; // while home's connection is ready and shared
    AccountStatus m_status;
    Clock *m_clock;
    Timer *m_retryTimer;
    Timer *m_stopTimer;
    bool m_started = false;
    bool m_stopping = false;
    bool m_holdRetry = false; // AuthFailed / Error: wait for the slow retry or a change
    bool m_initialSyncFinished = false;
    bool m_trashWanted = false; // findTrash() before any watcher existed
};

} // namespace ImapCore
