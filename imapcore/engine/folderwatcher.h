#pragma once

#include "engine/connection.h"
#include "engine/mailboxstate.h"
#include "engine/messageflags.h"
#include "engine/summaryfetcher.h"
#include "imaperror.h"
#include "messagesummary.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

namespace ImapCore {

class SeenStore;

// Watches one folder on one authenticated Connection: SELECT (CONDSTORE when offered), the
// initial "UID FETCH 1:* (UID FLAGS)" into a MailboxState, the SeenStore decision (first run and
// UIDVALIDITY change announce nothing; otherwise what arrived while away is announced), then
// IDLE (RFC 2177) renewed every idleRenewalMs, or NOOP every pollIntervalMs without IDLE.
// New mail (an EXISTS beyond the known UIDs) ends the IDLE, is fetched as MessageSummary values
// by SummaryFetcher and announced once per message when not \Seen or \Deleted; the watermark
// then moves and is saved. User commands queue up and run between IDLEs. Nothing this class
// sends changes the mailbox except the user's commands. It does not own the Connection; a failed
// connection ends the watcher (failed()), the owner replaces both.
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int idleRenewalMs = 29 * 60 * 1000; // RFC 2177 3: re-issue IDLE at least every 29 min
        int pollIntervalMs = 2 * 60 * 1000; // NOOP interval for servers without IDLE
        SummaryFetcher::Options summaries;
    };

    enum class Phase { NotStarted, Selecting, Syncing, Watching, Failed };
    Q_ENUM(Phase)

    FolderWatcher(Connection *connection, QString accountId, QString folder, SeenStore *store,
                  Options options, QObject *parent = nullptr);
    FolderWatcher(Connection *connection, QString accountId, QString folder, SeenStore *store,
                  QObject *parent = nullptr);
    ~FolderWatcher() override;

    // Starts the SELECT; the connection must be authenticated (after Connection::ready()).
    void start();

    // Queued user commands; they run when the watcher is between IDLEs.
    void markSeen(quint32 uid);
    void markUnseen(quint32 uid);

    Phase phase() const { return m_phase; }
    const MailboxState &mailbox() const { return m_mailbox; }
    const QString &folder() const { return m_folder; }
    const QString &accountId() const { return m_accountId; }
    // The SeenStore watermark of this folder; 0 before the initial sync.
    quint32 watermark() const;

Q_SIGNALS:
    // The initial sync is done and the watcher is waiting for news.
    void ready();
    // Each message once, UIDs ascending.
    void messagesArrived(const QList<ImapCore::MessageSummary> &summaries);
    void countChanged(quint32 count);
    void messageExpunged(quint32 index, quint32 uid);
    void flagsChanged(quint32 uid, const ImapCore::MessageFlags &flags);
    void uidValidityChanged(quint32 oldValue, quint32 newValue);
    void failed(const ImapCore::ImapError &error);

private:
    using UserCommand = std::function<void()>;

    void fail(const ImapError &error);
    void onUntagged(const Response &response);
    void selected(const Connection::Reply &reply);
    void synchronized(const Connection::Reply &reply);
    void pump();
    void enterIdle();
    void fetchNew(const QByteArray &uidSet, quint32 minUid);
    void announce(const QList<MessageSummary> &summaries, const ImapError &error);
    void enqueueStore(quint32 uid, bool add);
    void commandDone();

    Connection *m_connection;
    QString m_accountId;
    QString m_folder;
    SeenStore *m_store;
    Options m_options;
    MailboxState m_mailbox;
    SummaryFetcher m_fetcher;
    Phase m_phase = Phase::NotStarted;

    bool m_busy = false; // one of our commands (or a fetch chain) is in flight
    bool m_idling = false; // IDLE sent and not completed
    bool m_idleStopping = false;
    bool m_idleRejected = false; // the server refused IDLE: poll instead
    bool m_needFetch = false; // EXISTS beyond the known UIDs
    bool m_renewDue = false;
    bool m_pollDue = false;
    quint32 m_uidValidity = 0;
    QList<UserCommand> m_queue;
    QTimer m_renewTimer;
    QTimer m_pollTimer;
};

} // namespace ImapCore
