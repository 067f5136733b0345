#include "engine/sharedconnection.h"

#include "engine/folderlink.h"
#include "engine/folderwatcher.h"
#include "protocol/mailboxname.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// What a non-selected folder's STATUS says that its watcher does not know yet. Dovecot sends only
// the items that changed. With HIGHESTMODSEQ every flag change shows in it, and the watcher takes
// its values from the server's own SELECT, so a visit always makes this false again (no loop of
// visits); UNSEEN is compared only where a server leaves HIGHESTMODSEQ out.
bool hasNews(const FolderWatcher &watcher, const StatusDataResponse &status)
{
    const MailboxState &mailbox = watcher.mailbox();
    if (!mailbox.isSynchronized())
        return true;
    if (status.uidValidity && *status.uidValidity != mailbox.uidValidity())
        return true;
    const quint32 knownNext = std::max(mailbox.uidNext(), mailbox.highestKnownUid() + 1);
    if (status.uidNext && *status.uidNext > knownNext)
        return true;
    if (status.messages && *status.messages != mailbox.exists())
        return true;
    if (status.highestModSeq)
        return *status.highestModSeq > watcher.highestModSeq();
    return status.unseen && *status.unseen != mailbox.unseenCount();
}

} // namespace

SharedConnection::SharedConnection(Connection *connection, const QList<FolderWatcher *> &watchers,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_connection(connection)
{
    Clock *clock = m_options.clock ? m_options.clock : Clock::system();
    m_pollTimer = clock->createTimer(this);
    m_pollTimer->setObjectName(QStringLiteral("statusPoll"));
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(std::max(1, m_options.pollIntervalMs));
    // Home lends the connection between two IDLEs; during a visit the poll waits for home.
    connect(m_pollTimer, &Timer::timeout, this, &SharedConnection::checkNow);
    for (FolderWatcher *watcher : watchers) {
        m_watchers.append(watcher);
        connect(watcher, &FolderWatcher::released, this, [this, watcher] { onReleased(watcher); });
        connect(watcher, &FolderWatcher::lent, this, &SharedConnection::poll);
        connect(watcher, &FolderWatcher::connectionWanted, this,
                [this, watcher] { markDue(watcher); });
        connect(watcher, &FolderWatcher::failed, this,
                [this, watcher](const ImapError &error) { onFailed(watcher, error); });
    }
    connect(connection, &Connection::untaggedResponse, this, &SharedConnection::onUntagged);
}

bool SharedConnection::notifyOffered(const Connection &connection)
{
    return connection.hasCapability("NOTIFY") && connection.hasCapability("CONDSTORE");
}

FolderWatcher *SharedConnection::home() const
{
    return m_watchers.isEmpty() ? nullptr : m_watchers.constFirst().data();
}

bool SharedConnection::isUsable() const
{
    return m_connection
        && (m_connection->state() == Connection::State::Authenticated
            || m_connection->state() == Connection::State::Selected);
}

FolderWatcher *SharedConnection::watcherFor(const QByteArray &mailbox) const
{
    const bool utf8 = m_connection->commandBuilder().options().utf8Accepted;
    const bool inbox = mailbox.compare("INBOX", Qt::CaseInsensitive) == 0;
    for (const QPointer<FolderWatcher> &watcher : m_watchers) {
        if (!watcher)
            continue;
        if (inbox ? MailboxName::isInbox(watcher->folder())
                  : MailboxName::encode(watcher->folder(), utf8) == mailbox)
            return watcher.data();
    }
    return nullptr;
}

void SharedConnection::start()
{
    m_notifyDue = m_options.notify;
    m_due = m_watchers; // home first: it is watched soonest, then every other folder
    next();
}

void SharedConnection::checkNow()
{
    if (m_current && m_current == home())
        m_current->lend(); // poll() follows
}

void SharedConnection::detach()
{
    for (const QPointer<FolderWatcher> &watcher : std::as_const(m_watchers)) {
        if (watcher)
            disconnect(watcher.data(), nullptr, this, nullptr);
    }
    if (m_connection)
        disconnect(m_connection.data(), nullptr, this, nullptr);
    m_connection = nullptr;
    m_watchers.clear();
    m_due.clear();
    m_leftBehind.clear();
    m_current = nullptr;
    m_lastStatus.clear();
    m_pollTimer->stop();
}

void SharedConnection::onUntagged(const Response &response)
{
    if (const auto *status = std::get_if<StatusDataResponse>(&response)) {
        FolderWatcher *watcher = watcherFor(status->mailbox);
        if (watcher && statusHasNews(*watcher, *status) && watcher != m_current)
            markDue(watcher);
        return;
    }
    const auto *status = std::get_if<StatusResponse>(&response);
    if (!m_options.notify || !status || status->isTagged()
        || status->code.kind != ResponseCodeKind::NotificationOverflow)
        return;
    // RFC 5465 5.8: events were lost and the server now sends none (as after NOTIFY NONE).
    qWarning("NOTIFY: the server dropped notifications (%s); setting NOTIFY again and "
             "resynchronizing every folder",
             status->text.constData());
    m_notifyDue = true;
    for (const QPointer<FolderWatcher> &watcher : std::as_const(m_watchers))
        markDue(watcher.data());
    if (m_current && m_current == home())
        m_current->release();
}

// Only a STATUS that differs from the one before counts: a server whose STATUS disagrees with
// what its own SELECT said (another HIGHESTMODSEQ) costs one visit, not a visit after every
// check. Every change moves at least one of the items, so none is missed.
bool SharedConnection::statusHasNews(const FolderWatcher &watcher, const StatusDataResponse &status)
{
    StatusDataResponse &last = m_lastStatus[&watcher];
    const StatusDataResponse before = last;
    const auto merge = [](auto &into, const auto &value) {
        if (value)
            into = value;
    };
    merge(last.messages, status.messages);
    merge(last.uidNext, status.uidNext);
    merge(last.uidValidity, status.uidValidity);
    merge(last.unseen, status.unseen);
    merge(last.highestModSeq, status.highestModSeq);
    return !(last == before) && hasNews(watcher, status);
}

void SharedConnection::markDue(FolderWatcher *watcher)
{
    // Home is selected again, and so resynchronized, after every visit.
    if (!watcher || watcher == home())
        return;
    if (!m_due.contains(watcher))
        m_due.append(watcher);
    if (!m_current)
        next();
    else if (m_current == home() && m_pollReplies == 0)
        m_current->release(); // (during a poll, afterPoll() does)
    // else the folder visited now hands the connection back by itself.
}

void SharedConnection::onReleased(FolderWatcher *watcher)
{
    if (watcher != m_current)
        return;
    m_current = nullptr;
    if (watcher != home())
        m_leftBehind.append(watcher);
    next();
}

void SharedConnection::onFailed(FolderWatcher *watcher, const ImapError &error)
{
    if (!isUsable())
        return; // the connection's own failure: the AccountSession replaces it
    if (watcher == m_current)
        m_current = nullptr;
    const QPointer<SharedConnection> alive(this);
    Q_EMIT folderFailed(watcher, error);
    if (alive)
        next();
}

void SharedConnection::next()
{
    if (!isUsable() || m_current || m_commandPending)
        return;
    if (m_notifyDue) {
        sendNotifySet();
        return;
    }
    FolderWatcher *target = nullptr;
    while (!target && !m_due.isEmpty())
        target = m_due.takeFirst().data();
    if (!target)
        target = home();
    if (!target)
        return;
    m_current = target;
    if (target != home())
        ++m_visits;
    else if (!m_options.notify && m_due.isEmpty())
        m_pollTimer->start(); // home rests: the next poll from now
    const QList<QPointer<FolderWatcher>> leftBehind = std::exchange(m_leftBehind, {});
    target->start(m_connection.data());
    // Home stays (and idles) unless more folders wait; a visited folder always hands back.
    if (target != home() || !m_due.isEmpty())
        target->release();
    // After the SELECT just sent, a change to a folder left behind shows as a STATUS; what
    // happened before it, this STATUS reports.
    for (const QPointer<FolderWatcher> &watcher : leftBehind) {
        if (watcher && watcher != target)
            checkStatus(watcher.data());
    }
}

void SharedConnection::sendNotifySet()
{
    NotifyParameters parameters;
    // The selected folder's new messages come with their UID and flags: the watcher's state
    // knows them at once. The summary itself is fetched as in IDLE (its preview needs the
    // BODYSTRUCTURE first).
    parameters.selectedFetch = {"UID", "FLAGS"};
    for (const QPointer<FolderWatcher> &watcher : std::as_const(m_watchers)) {
        if (watcher)
            parameters.mailboxes.append(watcher->folder());
    }
    m_commandPending = true;
    m_connection->send(m_connection->commandBuilder().notifySet(parameters),
                       [alive = QPointer<SharedConnection>(this)](const Connection::Reply &reply) {
                           if (!alive)
                               return;
                           alive->m_commandPending = false;
                           if (reply.error.isError() && !alive->isUsable())
                               return; // the connection failed: the AccountSession replaces it
                           if (!reply.isOk()) {
                               Q_EMIT alive->refused(
                                   FolderLink::refusal(reply, u"NOTIFY SET was refused"_s));
                               return;
                           }
                           alive->m_notifyDue = false;
                           alive->next();
                       });
}

void SharedConnection::checkStatus(FolderWatcher *watcher, Connection::Completion done)
{
    // The answer comes back through onUntagged() like any NOTIFY STATUS.
    QList<QByteArray> items {"MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN"};
    if (m_connection->hasCapability("CONDSTORE"))
        items.append("HIGHESTMODSEQ");
    m_connection->send(m_connection->commandBuilder().status(watcher->folder(), items),
                       std::move(done));
}

void SharedConnection::poll()
{
    if (!isUsable() || m_current != home())
        return;
    m_pollReplies = 0;
    for (const QPointer<FolderWatcher> &watcher : std::as_const(m_watchers)) {
        if (!watcher || watcher == home())
            continue;
        ++m_pollReplies;
        checkStatus(watcher.data(),
                    [alive = QPointer<SharedConnection>(this)](const Connection::Reply &) {
                        if (alive && --alive->m_pollReplies == 0)
                            alive->afterPoll();
                    });
    }
    if (m_pollReplies == 0)
        afterPoll();
}

// The STATUS answers marked the folders with news as due: visit them, else home idles again.
void SharedConnection::afterPoll()
{
    FolderWatcher *watcher = home();
    if (!isUsable() || !watcher || m_current != watcher)
        return;
    if (m_due.isEmpty()) {
        watcher->giveBack();
        if (!m_options.notify)
            m_pollTimer->start();
        return;
    }
    watcher->release();
}

} // namespace ImapCore
