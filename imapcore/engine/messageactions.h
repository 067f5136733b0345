#pragma once

#include "engine/folderlink.h"
#include "imaperror.h"
#include "messagesummary.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

struct FuzzSessionSnapshot;

namespace ImapCore {

class MailboxState;
class SummaryFetcher;

// The user's commands on one watched folder: mark seen / unseen, flag, delete (to the Trash,
// looked up once), fetch one summary, mark all seen. They queue up and run one at a time when
// the FolderWatcher gives them a turn, between IDLEs: commandQueued() asks for one, runNext()
// starts the first command on the watcher's link, and commandFinished() hands the turn back.
// A command cut off by a dropped connection is put back (requeueCurrent()) and runs again on the
// next one. Only these commands change the mailbox on the server.
// Lives in the worker thread, inside its FolderWatcher.
class MessageActions : public QObject
{
    Q_OBJECT
public:
    MessageActions(const FolderLink &link, MailboxState &mailbox, SummaryFetcher &fetcher,
                   QString folder, QObject *parent = nullptr);

    // As FolderWatcher's methods of the same names describe.
    void markSeen(quint32 uid);
    void markUnseen(quint32 uid);
    void setFlagged(quint32 uid, bool flagged);
    void deleteMessage(quint32 uid);
    void findTrash();
    void fetchSummary(quint32 uid);
    void markAllSeen();

    qsizetype queuedCommands() const { return m_queue.size(); }
    // A command is in flight: the turn is taken.
    bool isRunning() const { return m_current.has_value(); }
    // Starts the first queued command on the link's connection, which is selected and not
    // idling. A fetched summary carries uidValidity (the mailbox's as last synchronized).
    void runNext(quint32 uidValidity);
    // The connection dropped: the command in flight goes back to the front of the queue.
    void requeueCurrent();
    // The folder was recreated (new UIDVALIDITY): the queued commands that name a message fail
    // unrun, since their UIDs may name other messages now.
    void failQueuedOfRecreatedFolder();

Q_SIGNALS:
    // A command was queued: the watcher gives a turn when it can (leaving IDLE for it).
    void commandQueued();
    // The command in flight is done or failed: the turn is the watcher's again.
    void commandFinished();
    void commandFailed(quint32 uid, const ImapCore::ImapError &error);
    void summaryFetched(const ImapCore::MessageSummary &summary);
    void trashFolderFound(const QString &trashFolder);

private:
    struct Command
    {
        enum class Kind { Seen, Unseen, Flag, Unflag, Delete, Summary, SeenAll, FindTrash };
        Kind kind = Kind::Seen;
        quint32 uid = 0;
    };
    using Step = std::function<void(const Connection::Reply &reply)>;

    void enqueue(Command command);
    void runStore(const Command &command);
    // One UID STORE of the next chunk of uids; the rest follow when it succeeded.
    void runStoreAll(const Command &command, QList<quint32> uids);
    void runSummary(const Command &command, quint32 uidValidity);
    void runDelete(const Command &command);
    // LIST, then m_trash is set and then() runs.
    void lookUpTrash(const Command &command, std::function<void()> then);
    void deleteWithTrash(const Command &command);
    void expungeOne(const Command &command, const QString &copiedTo);
    void storeLocally(quint32 uid, quint8 flag, bool add);
    // Sends one step of command. next() runs when the server completed it; otherwise the command
    // ends: on a connection that is gone silently (the watcher's drop puts it back in the
    // queue), else it fails with the reply's error or `refusal`.
    void send(const Command &command, const CommandResult &wire, QString refusal, Step next);
    void fail(const Command &command, const ImapError &error);
    void finish();

    // The fuzz harness puts every member back after each input (tests/fuzz/fuzzsessionsnapshot.h):
    // a member added here must be added there too.
    friend struct ::FuzzSessionSnapshot;

    const FolderLink &m_link;
    MailboxState &m_mailbox;
    SummaryFetcher &m_fetcher;
    QString m_folder;
    QList<Command> m_queue;
    std::optional<Command> m_current; // in flight; re-queued if the connection drops
    // The Trash (once per watcher): nullopt = not looked up yet, "" = none found.
    std::optional<QString> m_trash;
};

} // namespace ImapCore
