#include "engine/folderwatcher.h"

#include "engine/seenstore.h"

#include <QPointer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

ImapError refused(const Connection::Reply &reply, const QString &what)
{
    if (reply.error.isError())
        return reply.error;
    return ImapError::make(ErrorKind::ProtocolError, what,
                           QString::fromUtf8(reply.completion.text));
}

} // namespace

FolderWatcher::FolderWatcher(Connection *connection, QString accountId, QString folder,
                             SeenStore *store, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_accountId(std::move(accountId))
    , m_folder(std::move(folder))
    , m_store(store)
    , m_options(options)
    , m_fetcher(connection, m_accountId, m_folder, options.summaries)
{
    connect(m_connection, &Connection::untaggedResponse, this, &FolderWatcher::onUntagged);
    connect(m_connection, &Connection::failed, this, &FolderWatcher::fail);
    connect(&m_mailbox, &MailboxState::countChanged, this, &FolderWatcher::countChanged);
    connect(&m_mailbox, &MailboxState::messageExpunged, this, &FolderWatcher::messageExpunged);
    connect(&m_mailbox, &MailboxState::flagsChanged, this, &FolderWatcher::flagsChanged);
    connect(&m_mailbox, &MailboxState::uidValidityChanged, this,
            [this](quint32 oldValue, quint32 newValue) {
                if (m_phase == Phase::Watching && newValue != 0) {
                    // RFC 9051 2.3.1.1: every UID is void; restart the watermark, no flood.
                    m_uidValidity = newValue;
                    m_store->begin(m_accountId, m_folder, newValue,
                                   std::max(m_mailbox.uidNext(), m_mailbox.highestKnownUid() + 1));
                    if (const auto error = m_store->save())
                        qWarning("%s", qPrintable(*error));
                }
                Q_EMIT uidValidityChanged(oldValue, newValue);
            });

    m_renewTimer.setSingleShot(true);
    m_renewTimer.setInterval(m_options.idleRenewalMs);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        m_renewDue = true;
        pump();
    });
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        m_pollDue = true;
        pump();
    });
}

FolderWatcher::FolderWatcher(Connection *connection, QString accountId, QString folder,
                             SeenStore *store, QObject *parent)
    : FolderWatcher(connection, std::move(accountId), std::move(folder), store, Options(), parent)
{ }

FolderWatcher::~FolderWatcher() = default;

quint32 FolderWatcher::watermark() const
{
    return m_store->watermark(m_accountId, m_folder, m_uidValidity).value_or(0);
}

void FolderWatcher::start()
{
    if (m_phase != Phase::NotStarted)
        return;
    m_phase = Phase::Selecting;
    SelectParameters parameters;
    parameters.condStore = m_connection->hasCapability("CONDSTORE");
    QPointer<FolderWatcher> self(this);
    m_connection->send(m_connection->commandBuilder().select(m_folder, parameters),
                       [self](const Connection::Reply &reply) {
                           if (self)
                               self->selected(reply);
                       });
}

void FolderWatcher::markSeen(quint32 uid)
{
    enqueueStore(uid, true);
}

void FolderWatcher::markUnseen(quint32 uid)
{
    enqueueStore(uid, false);
}

void FolderWatcher::enqueueStore(quint32 uid, bool add)
{
    if (uid == 0 || m_phase == Phase::Failed)
        return;
    m_queue.append([this, uid, add] {
        QPointer<FolderWatcher> self(this);
        const auto operation =
            add ? CommandBuilder::StoreOperation::Add : CommandBuilder::StoreOperation::Remove;
        m_connection->send(m_connection->commandBuilder().uidStore(SequenceSet::fromNumbers({uid}),
                                                                   operation, {"\\Seen"}, true),
                           [self, uid](const Connection::Reply &reply) {
                               if (!self)
                                   return;
                               if (!reply.isOk() && !reply.error.isError()) {
                                   qWarning("UID STORE %u refused: %s", uid,
                                            reply.completion.text.constData());
                               }
                               self->commandDone();
                           });
    });
    pump();
}

void FolderWatcher::fail(const ImapError &error)
{
    if (m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    m_renewTimer.stop();
    m_pollTimer.stop();
    m_queue.clear();
    Q_EMIT failed(error);
}

void FolderWatcher::onUntagged(const Response &response)
{
    if (m_phase == Phase::NotStarted || m_phase == Phase::Failed)
        return;
    if (const auto error = m_mailbox.apply(response))
        qWarning("%s: %s", qPrintable(m_folder), qPrintable(error->reason));
    if (m_phase == Phase::Watching && std::holds_alternative<ExistsResponse>(response)
        && m_mailbox.unknownUidCount() > 0) {
        m_needFetch = true;
        pump();
    }
}

void FolderWatcher::selected(const Connection::Reply &reply)
{
    if (m_phase != Phase::Selecting)
        return;
    if (!reply.isOk()) {
        fail(refused(reply, u"SELECT %1 refused"_s.arg(m_folder)));
        return;
    }
    m_phase = Phase::Syncing;
    QPointer<FolderWatcher> self(this);
    m_connection->send(
        m_connection->commandBuilder().command(
            {CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
             CommandArgument::raw("1:*"), CommandArgument::rawList({"UID", "FLAGS"})}),
        [self](const Connection::Reply &reply) {
            if (self)
                self->synchronized(reply);
        });
}

void FolderWatcher::synchronized(const Connection::Reply &reply)
{
    if (m_phase != Phase::Syncing)
        return;
    if (!reply.isOk()) {
        fail(refused(reply, u"UID FETCH 1:* of %1 refused"_s.arg(m_folder)));
        return;
    }
    m_mailbox.markSynchronized();
    m_uidValidity = m_mailbox.uidValidity();
    // Without UIDNEXT the highest existing UID still marks what existed before this run.
    m_store->begin(m_accountId, m_folder, m_uidValidity,
                   std::max(m_mailbox.uidNext(), m_mailbox.highestKnownUid() + 1));
    if (const auto error = m_store->save())
        qWarning("%s", qPrintable(*error));
    m_phase = Phase::Watching;
    m_needFetch = m_mailbox.highestKnownUid() > watermark() || m_mailbox.unknownUidCount() > 0;
    Q_EMIT ready();
    pump();
}

void FolderWatcher::pump()
{
    if (m_phase != Phase::Watching || m_busy)
        return;
    const bool work = m_needFetch || !m_queue.isEmpty() || m_renewDue || m_pollDue;
    if (m_idling) {
        if (work && !m_idleStopping) {
            m_idleStopping = true;
            m_connection->stopIdle();
        }
        return;
    }
    if (m_needFetch) {
        m_needFetch = false;
        const quint32 from = watermark() + 1;
        fetchNew(QByteArray::number(from) + ":*", from);
        return;
    }
    if (!m_queue.isEmpty()) {
        m_busy = true;
        m_queue.takeFirst()();
        return;
    }
    if (m_pollDue) {
        m_pollDue = false;
        m_busy = true;
        QPointer<FolderWatcher> self(this);
        m_connection->send(m_connection->commandBuilder().noop(),
                           [self](const Connection::Reply &) {
                               if (self)
                                   self->commandDone();
                           });
        return;
    }
    m_renewDue = false;
    enterIdle();
}

void FolderWatcher::enterIdle()
{
    if (!m_connection->hasCapability("IDLE") || m_idleRejected) {
        m_pollTimer.start();
        return;
    }
    m_idling = true;
    m_idleStopping = false;
    QPointer<FolderWatcher> self(this);
    m_connection->startIdle([self](const Connection::Reply &reply) {
        if (!self)
            return;
        self->m_idling = false;
        self->m_idleStopping = false;
        self->m_renewTimer.stop();
        if (reply.error.isError())
            return; // the connection failed; failed() follows from it
        if (!reply.isOk())
            self->m_idleRejected = true;
        self->pump();
    });
    m_renewTimer.start();
}

void FolderWatcher::fetchNew(const QByteArray &uidSet, quint32 minUid)
{
    m_busy = true;
    QPointer<FolderWatcher> self(this);
    m_fetcher.fetch(uidSet, minUid, m_uidValidity,
                    [self](const QList<MessageSummary> &summaries, const ImapError &error) {
                        if (self)
                            self->announce(summaries, error);
                    });
}

void FolderWatcher::announce(const QList<MessageSummary> &summaries, const ImapError &error)
{
    if (m_phase != Phase::Watching)
        return;
    if (error.isError() && error.kind != ErrorKind::ProtocolError)
        return; // the connection is gone; failed() follows
    if (error.isError())
        qWarning("%s: %s (%s)", qPrintable(m_folder), qPrintable(error.message),
                 qPrintable(error.detail));
    const quint32 floor = watermark();
    QList<MessageSummary> fresh;
    quint32 highest = floor;
    for (const MessageSummary &summary : summaries) {
        if (summary.uid <= floor || summary.uidValidity != m_uidValidity)
            continue;
        highest = std::max(highest, summary.uid);
        if (!summary.flags.has(MessageFlags::Seen) && !summary.flags.has(MessageFlags::Deleted))
            fresh.append(summary);
    }
    if (highest > floor) {
        m_store->advance(m_accountId, m_folder, m_uidValidity, highest);
        if (const auto saveError = m_store->save())
            qWarning("%s", qPrintable(*saveError));
    }
    m_busy = false;
    if (!fresh.isEmpty())
        Q_EMIT messagesArrived(fresh);
    pump();
}

void FolderWatcher::commandDone()
{
    m_busy = false;
    pump();
}

} // namespace ImapCore
