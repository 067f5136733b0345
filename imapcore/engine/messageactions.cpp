#include "engine/messageactions.h"

#include "engine/mailboxstate.h"
#include "engine/summaryfetcher.h"
#include "protocol/limits.h"
#include "protocol/mailboxname.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ImapCore {

MessageActions::MessageActions(const FolderLink &link, MailboxState &mailbox,
                               SummaryFetcher &fetcher, QString folder, QObject *parent)
    : QObject(parent)
    , m_link(link)
    , m_mailbox(mailbox)
    , m_fetcher(fetcher)
    , m_folder(std::move(folder))
{ }

void MessageActions::markSeen(quint32 uid)
{
    enqueue({Command::Kind::Seen, uid});
}

void MessageActions::markUnseen(quint32 uid)
{
    enqueue({Command::Kind::Unseen, uid});
}

void MessageActions::setFlagged(quint32 uid, bool flagged)
{
    enqueue({flagged ? Command::Kind::Flag : Command::Kind::Unflag, uid});
}

void MessageActions::deleteMessage(quint32 uid)
{
    enqueue({Command::Kind::Delete, uid});
}

void MessageActions::findTrash()
{
    if (m_trash) {
        Q_EMIT trashFolderFound(*m_trash);
        return;
    }
    m_queue.append({Command::Kind::FindTrash, 0});
    Q_EMIT commandQueued();
}

void MessageActions::fetchSummary(quint32 uid)
{
    enqueue({Command::Kind::Summary, uid});
}

void MessageActions::markAllSeen()
{
    // One is enough: it takes the unseen UIDs as they are when it runs.
    const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(), [](const Command &c) {
        return c.kind == Command::Kind::SeenAll;
    });
    if (!queued)
        m_queue.append({Command::Kind::SeenAll, 0});
    Q_EMIT commandQueued();
}

void MessageActions::enqueue(Command command)
{
    if (command.uid == 0) {
        Q_EMIT commandFailed(
            0, ImapError::make(ErrorKind::ProtocolError, u"UID 0 names no message"_s, QString()));
        return;
    }
    m_queue.append(command);
    Q_EMIT commandQueued();
}

void MessageActions::requeueCurrent()
{
    if (m_current)
        m_queue.prepend(*std::exchange(m_current, std::nullopt));
}

void MessageActions::failQueuedOfRecreatedFolder()
{
    const QList<Command> stale = std::exchange(m_queue, {});
    for (const Command &command : stale) {
        if (command.kind == Command::Kind::FindTrash) {
            m_queue.append(command); // names no message: still good
            continue;
        }
        Q_EMIT commandFailed(
            command.uid,
            ImapError::make(ErrorKind::ProtocolError,
                            u"%1 was recreated on the server (new "
                            u"UIDVALIDITY); the command was not run"_s.arg(m_folder),
                            QString()));
    }
}

void MessageActions::runNext(quint32 uidValidity)
{
    const Command command = m_queue.takeFirst();
    m_current = command;
    switch (command.kind) {
    case Command::Kind::Seen:
    case Command::Kind::Unseen:
    case Command::Kind::Flag:
    case Command::Kind::Unflag:
        runStore(command);
        return;
    case Command::Kind::Summary:
        runSummary(command, uidValidity);
        return;
    case Command::Kind::Delete:
        runDelete(command);
        return;
    case Command::Kind::SeenAll:
        runStoreAll(command, m_mailbox.unseenUids());
        return;
    case Command::Kind::FindTrash:
        if (m_trash) { // a delete queued before it looked it up
            Q_EMIT trashFolderFound(*m_trash);
            finish();
            return;
        }
        lookUpTrash(command, [this] {
            Q_EMIT trashFolderFound(*m_trash);
            finish();
        });
        return;
    }
}

void MessageActions::finish()
{
    m_current.reset();
    Q_EMIT commandFinished();
}

void MessageActions::fail(const Command &command, const ImapError &error)
{
    m_current.reset();
    // A Trash lookup names no message and the user asked for nothing: it stays unknown.
    if (command.kind != Command::Kind::FindTrash)
        Q_EMIT commandFailed(command.uid, error);
    Q_EMIT commandFinished();
}

void MessageActions::send(const Command &command, const CommandResult &wire, QString refusal,
                          Step next)
{
    m_link.send(wire,
                [this, command, refusal = std::move(refusal),
                 next = std::move(next)](const Connection::Reply &reply) {
                    if (reply.isOk()) {
                        next(reply);
                        return;
                    }
                    if (reply.error.isError() && m_link.connectionGone())
                        return;
                    fail(command, FolderLink::refusal(reply, refusal));
                });
}

void MessageActions::runStore(const Command &command)
{
    using Kind = Command::Kind;
    const bool add = command.kind == Kind::Seen || command.kind == Kind::Flag;
    const bool seen = command.kind == Kind::Seen || command.kind == Kind::Unseen;
    const QByteArray flag = seen ? "\\Seen" : "\\Flagged";
    const auto operation =
        add ? CommandBuilder::StoreOperation::Add : CommandBuilder::StoreOperation::Remove;
    send(command,
         m_link.connection()->commandBuilder().uidStore(SequenceSet::fromNumbers({command.uid}),
                                                        operation, {flag}, true),
         u"UID STORE %1 %2 of message %3 refused"_s.arg(
             add ? u"+"_s : u"-"_s, QString::fromLatin1(flag), QString::number(command.uid)),
         [this, command, add, seen](const Connection::Reply &) {
             storeLocally(command.uid, seen ? MessageFlags::Seen : MessageFlags::Flagged, add);
             finish();
         });
}

void MessageActions::runStoreAll(const Command &command, QList<quint32> uids)
{
    if (uids.isEmpty()) {
        finish();
        return;
    }
    const qsizetype count = std::min(uids.size(), Limits::maxUidsPerStore);
    const QList<quint32> chunk = uids.first(count);
    uids.remove(0, count);
    send(command,
         m_link.connection()->commandBuilder().uidStore(SequenceSet::fromNumbers(chunk),
                                                        CommandBuilder::StoreOperation::Add,
                                                        {"\\Seen"}, true),
         u"UID STORE +FLAGS (\\Seen) of %1 messages in %2 refused"_s.arg(
             QString::number(chunk.size()), m_folder),
         [this, command, chunk, rest = std::move(uids)](const Connection::Reply &) {
             m_mailbox.beginBatch();
             for (const quint32 uid : chunk)
                 storeLocally(uid, MessageFlags::Seen, true);
             m_mailbox.endBatch();
             runStoreAll(command, rest);
         });
}

// The server confirmed the user's own STORE; .SILENT suppressed its FETCH, so the state learns
// the new flags here (an equal FETCH that did come makes no second event).
void MessageActions::storeLocally(quint32 uid, quint8 flag, bool add)
{
    const quint32 sequence = m_mailbox.sequenceOf(uid);
    const auto current = m_mailbox.flagsOf(uid);
    if (sequence == 0 || !current)
        return;
    const quint8 system =
        add ? quint8(current->systemFlags() | flag) : quint8(current->systemFlags() & ~flag);
    FetchResponse fetch;
    fetch.sequenceNumber = sequence;
    fetch.uid = uid;
    fetch.flags = MessageFlags(system, current->keywords()).toImap();
    m_mailbox.apply(fetch);
}

void MessageActions::runSummary(const Command &command, quint32 uidValidity)
{
    const auto noSuchMessage = [this, uid = command.uid] {
        return ImapError::make(
            ErrorKind::ProtocolError,
            u"No message with UID %1 in %2"_s.arg(QString::number(uid), m_folder), QString());
    };
    if (m_mailbox.sequenceOf(command.uid) == 0) {
        fail(command, noSuchMessage());
        return;
    }
    m_fetcher.fetch(
        QByteArray::number(command.uid), command.uid, uidValidity,
        m_link.bind([this, command, noSuchMessage](const QList<MessageSummary> &summaries,
                                                   const ImapError &error) {
            if (error.isError() && error.kind != ErrorKind::ProtocolError)
                return; // the connection is gone; the command runs again later
            const auto it =
                std::find_if(summaries.cbegin(), summaries.cend(),
                             [&](const MessageSummary &s) { return s.uid == command.uid; });
            if (it == summaries.cend()) {
                fail(command, error.isError() ? error : noSuchMessage());
                return;
            }
            m_current.reset();
            Q_EMIT summaryFetched(*it);
            Q_EMIT commandFinished();
        }),
        true);
}

void MessageActions::runDelete(const Command &command)
{
    if (m_trash) {
        deleteWithTrash(command);
        return;
    }
    lookUpTrash(command, [this, command] { deleteWithTrash(command); });
}

void MessageActions::lookUpTrash(const Command &command, std::function<void()> then)
{
    // RFC 6154 2: RETURN (SPECIAL-USE) with the SPECIAL-USE capability, else plain LIST, whose
    // attributes some servers fill in anyway.
    Connection &connection = *m_link.connection();
    const QList<QByteArray> options = connection.hasCapability("SPECIAL-USE")
        ? QList<QByteArray> {"SPECIAL-USE"}
        : QList<QByteArray> {};
    const bool utf8 = connection.commandBuilder().options().utf8Accepted;
    // A refusal fails the command: not knowing the Trash must not turn a delete into a
    // permanent one.
    send(command, connection.commandBuilder().list(QString(), u"*"_s, options),
         u"LIST refused: the Trash folder could not be looked up"_s,
         [this, utf8, then](const Connection::Reply &reply) {
             QString byAttribute;
             QString byName;
             for (const Response &response : reply.untagged) {
                 const auto *list = std::get_if<ListResponse>(&response);
                 if (!list || list->isLsub)
                     continue;
                 const auto name = MailboxName::decode(list->mailbox, utf8);
                 if (!name)
                     continue;
                 const bool selectable = std::none_of(
                     list->attributes.cbegin(), list->attributes.cend(), [](const QByteArray &a) {
                         return a.compare("\\Noselect", Qt::CaseInsensitive) == 0
                             || a.compare("\\NonExistent", Qt::CaseInsensitive) == 0;
                     });
                 if (!selectable)
                     continue;
                 for (const QByteArray &attribute : list->attributes) {
                     if (attribute.compare("\\Trash", Qt::CaseInsensitive) == 0
                         && byAttribute.isEmpty())
                         byAttribute = *name;
                 }
                 if (byName.isEmpty() && name->compare(u"Trash"_s, Qt::CaseInsensitive) == 0)
                     byName = *name;
             }
             m_trash = !byAttribute.isEmpty() ? byAttribute : byName;
             then();
         });
}

void MessageActions::deleteWithTrash(const Command &command)
{
    const QString trash = *m_trash;
    const bool inTrash = !trash.isEmpty() && trash == m_folder;
    if (trash.isEmpty() || inTrash) {
        expungeOne(command, QString());
        return;
    }
    CommandBuilder &builder = m_link.connection()->commandBuilder();
    const QString uid = QString::number(command.uid);
    if (m_link.connection()->hasCapability("MOVE")) {
        // RFC 6851 3.3: the server expunges the source message itself.
        send(command, builder.uidMove(SequenceSet::fromNumbers({command.uid}), trash),
             u"UID MOVE %1 to %2 refused"_s.arg(uid, trash),
             [this](const Connection::Reply &) { finish(); });
        return;
    }
    send(command,
         builder.command({CommandArgument::atom("UID"), CommandArgument::atom("COPY"),
                          CommandArgument::sequenceSet(SequenceSet::fromNumbers({command.uid})),
                          CommandArgument::mailbox(trash)}),
         u"UID COPY %1 to %2 refused"_s.arg(uid, trash),
         [this, command, trash](const Connection::Reply &) { expungeOne(command, trash); });
}

// \Deleted, then RFC 4315 2.1 UID EXPUNGE of this UID only. A plain EXPUNGE would also remove
// every other message someone marked \Deleted, so without UIDPLUS the flag stays and the user
// hears why.
void MessageActions::expungeOne(const Command &command, const QString &copiedTo)
{
    const bool uidPlus = m_link.connection()->hasCapability("UIDPLUS");
    const QString uid = QString::number(command.uid);
    send(command,
         m_link.connection()->commandBuilder().uidStore(SequenceSet::fromNumbers({command.uid}),
                                                        CommandBuilder::StoreOperation::Add,
                                                        {"\\Deleted"}, true),
         u"UID STORE +FLAGS (\\Deleted) of message %1 refused"_s.arg(uid),
         [this, command, uid, uidPlus, copiedTo](const Connection::Reply &) {
             storeLocally(command.uid, MessageFlags::Deleted, true);
             if (!uidPlus) {
                 const QString where =
                     copiedTo.isEmpty() ? QString() : u" (a copy is in %1)"_s.arg(copiedTo);
                 fail(command,
                      ImapError::make(ErrorKind::ProtocolError,
                                      u"Message %1 is marked deleted but not removed%2: the "
                                      u"server offers no UIDPLUS, and a plain EXPUNGE would also "
                                      u"remove other messages marked deleted"_s.arg(uid, where),
                                      QString()));
                 return;
             }
             send(command,
                  m_link.connection()->commandBuilder().uidExpunge(
                      SequenceSet::fromNumbers({command.uid})),
                  u"UID EXPUNGE %1 refused"_s.arg(uid),
                  [this](const Connection::Reply &) { finish(); });
         });
}

} // namespace ImapCore
