#include "engine/folderwatcher.h"

#include "engine/seenstore.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// A refused SELECT: the folder is missing or not ours to read, which a reconnect will not fix.
ImapError selectRefused(const Connection::Reply &reply, const QString &folder)
{
    if (reply.error.isError())
        return reply.error;
    return ImapError::make(ErrorKind::MailboxUnavailable,
                           u"The server would not open the folder %1"_s.arg(folder),
                           QString::fromUtf8(reply.completion.text));
}

} // namespace

FolderWatcher::FolderWatcher(QString accountId, QString folder, SeenStore *store, Options options,
                             QObject *parent)
    : QObject(parent)
    , m_accountId(std::move(accountId))
    , m_folder(std::move(folder))
    , m_store(store)
    , m_options(options)
    , m_fetcher(nullptr, m_accountId, m_folder, options.summaries)
    , m_sync(m_link, m_mailbox, m_folder)
    , m_actions(m_link, m_mailbox, m_fetcher, m_folder)
{
    Clock *clock = m_options.clock ? m_options.clock : Clock::system();
    // Coarse timers: Qt already gives intervals of 20 s and more whole-second precision, so the
    // minutes-long renewal and poll batch their wake-ups, while a short test interval stays short
    // (a VeryCoarseTimer would round 50 ms down to 0 and spin).
    const auto timer = [this, clock](const QString &name, int intervalMs, auto onTimeout) {
        Timer *timer = clock->createTimer(this);
        timer->setObjectName(name);
        timer->setSingleShot(true);
        timer->setInterval(intervalMs);
        connect(timer, &Timer::timeout, this, onTimeout);
        return timer;
    };
    m_renewTimer = timer(u"idleRenewal"_s, m_options.idleRenewalMs, [this] {
        m_renewDue = true;
        pump();
    });
    m_pollTimer = timer(u"poll"_s, m_options.pollIntervalMs, [this] {
        m_pollDue = true;
        pump();
    });
    m_quietTimer = timer(u"quietDelay"_s, m_options.quietDelayMs, [this] {
        if (m_phase == Phase::Watching && !isBusy() && !m_idling)
            enterIdle();
    });
    m_silenceTimer = timer(u"idleSilence"_s, m_options.idleSilenceMs, [this] {
        m_renewDue = true; // the same DONE / IDLE round as a renewal
        pump();
    });
    m_mirrorTimer = timer(u"mirrorSave"_s, m_options.mirrorSaveDelayMs, [this] {
        // A user's STORE in flight: its FETCH (MODSEQ) may be in while the state learns the new
        // flags only at its completion; a mirror saved in between would miss the change.
        if (m_actions.isRunning()) {
            m_mirrorTimer->start();
            return;
        }
        saveMirror();
    });
    m_refetchTimer = timer(u"refetch"_s, 0, [this] {
        m_needFetch = true;
        pump();
    });
    connect(&m_sync, &FolderSync::finished, this, &FolderWatcher::becomeWatching);
    connect(&m_sync, &FolderSync::failed, this, &FolderWatcher::fail);
    connect(&m_actions, &MessageActions::commandQueued, this, &FolderWatcher::pump);
    connect(&m_actions, &MessageActions::commandFinished, this, &FolderWatcher::pump);
    connect(&m_actions, &MessageActions::commandFailed, this, &FolderWatcher::commandFailed);
    connect(&m_actions, &MessageActions::summaryFetched, this, &FolderWatcher::summaryFetched);
    connect(&m_actions, &MessageActions::trashFolderFound, this, &FolderWatcher::trashFolderFound);
    connect(&m_mailbox, &MailboxState::countChanged, this, &FolderWatcher::countChanged);
    connect(&m_mailbox, &MailboxState::messageExpunged, this, &FolderWatcher::messageExpunged);
    connect(&m_mailbox, &MailboxState::flagsChanged, this, &FolderWatcher::flagsChanged);
    connect(&m_mailbox, &MailboxState::uidValidityChanged, this,
            [this](quint32 oldValue, quint32 newValue) {
                if (m_phase == Phase::Watching && newValue != 0) {
                    // RFC 9051 2.3.1.1: every UID is void. SELECT again; becomeWatching() then
                    // restarts the watermark at the new UIDNEXT (no flood).
                    m_reselect = true;
                    pump();
                }
                Q_EMIT uidValidityChanged(oldValue, newValue);
            });
}

FolderWatcher::FolderWatcher(QString accountId, QString folder, SeenStore *store, QObject *parent)
    : FolderWatcher(std::move(accountId), std::move(folder), store, Options(), parent)
{ }

FolderWatcher::~FolderWatcher()
{
    if (m_phase == Phase::Watching && !m_actions.isRunning())
        saveMirror();
}

quint32 FolderWatcher::watermark() const
{
    return m_store->watermark(m_accountId, m_folder, m_uidValidity).value_or(0);
}

void FolderWatcher::start(Connection *connection)
{
    if (!connection)
        return;
    if (m_link.connection())
        disconnect(m_link.connection(), nullptr, this, nullptr);
    m_link.moveTo(connection);
    m_fetcher.setConnection(connection);
    connect(connection, &Connection::untaggedResponse, this, &FolderWatcher::onUntagged);
    connect(connection, &Connection::failed, this, &FolderWatcher::fail);
    connect(connection, &Connection::loggedOut, this, [this] { drop(); });
    // Deleted by its owner without a word: as if closed (the link now reads null).
    connect(connection, &QObject::destroyed, this, [this] { drop(); });

    stopWork();
    m_idleRejected = false;
    m_needFetch = false;
    m_renewDue = false;
    m_pollDue = false;
    m_pollAnswered = false;
    m_reselect = false;
    m_releaseWanted = false;
    m_lendWanted = false;
    if (m_phase == Phase::NotStarted)
        restoreMirror();
    const bool synced = m_phase == Phase::Watching || m_phase == Phase::Parked;
    const bool resync = m_sync.begin(synced, m_uidValidity, m_highestModSeq);
    if (!resync && m_phase != Phase::NotStarted)
        m_mailbox.clear(); // an initial sync that never finished: start over
    select();
}

void FolderWatcher::release()
{
    m_releaseWanted = true;
    m_lendWanted = false;
    m_lent = false;
    pump();
}

void FolderWatcher::lend()
{
    if (m_lent)
        return;
    m_lendWanted = true;
    pump();
}

void FolderWatcher::giveBack()
{
    if (!std::exchange(m_lent, false))
        return;
    pump();
}

void FolderWatcher::park()
{
    if (Connection *connection = m_link.connection())
        disconnect(connection, nullptr, this, nullptr);
    m_link.moveTo(nullptr); // nothing is in flight (not busy); anything late changes nothing
    m_fetcher.setConnection(nullptr);
    m_releaseWanted = false;
    m_idling = false;
    m_idleStopping = false;
    saveMirror(); // nothing changes it until the next visit
    // The refetch timer runs on: when it fires, the parked watcher asks for a connection.
    for (Timer *timer : {m_renewTimer, m_pollTimer, m_quietTimer, m_silenceTimer, m_mirrorTimer})
        timer->stop();
    m_phase = Phase::Parked;
    saveStore();
    Q_EMIT released();
}

void FolderWatcher::select()
{
    m_phase = Phase::Selecting;
    m_link.send(m_link.connection()->commandBuilder().select(m_folder, m_sync.prepareSelect()),
                [this](const Connection::Reply &reply) {
                    if (reply.error.isError() && m_link.connectionGone())
                        return; // drop() or fail() follows from the connection's signal
                    if (m_phase != Phase::Selecting)
                        return;
                    if (!reply.isOk()) {
                        fail(selectRefused(reply, m_folder));
                        return;
                    }
                    m_phase = Phase::Syncing;
                    m_sync.run();
                });
}

void FolderWatcher::fail(const ImapError &error)
{
    if (m_phase == Phase::Failed)
        return;
    drop();
    Q_EMIT failed(error);
}

// The connection is gone (failed, or closed by its owner): wait for the next one, keeping the
// state and the queued commands.
void FolderWatcher::drop()
{
    if (m_phase == Phase::Failed)
        return;
    if (m_phase == Phase::Watching && !m_actions.isRunning())
        saveMirror();
    m_phase = Phase::Failed;
    m_link.invalidate(); // completions still to come from this connection change nothing
    stopWork();
    saveStore();
}

// The connection is left behind (dropped, or replaced by start()): the user command in flight
// runs again on the next one; no IDLE, fetch or timer of this one goes on.
void FolderWatcher::stopWork()
{
    m_actions.requeueCurrent();
    m_busy = false;
    m_lent = false;
    m_lendWanted = false;
    m_idling = false;
    m_idleStopping = false;
    for (Timer *timer :
         {m_renewTimer, m_pollTimer, m_quietTimer, m_refetchTimer, m_silenceTimer, m_mirrorTimer})
        timer->stop();
}

void FolderWatcher::noteModSeq(quint64 modSeq)
{
    if (modSeq > m_highestModSeq) {
        m_highestModSeq = modSeq;
        m_modSeqDirty = true;
        noteMirrorChange();
    }
}

void FolderWatcher::saveStore()
{
    if (m_uidValidity == 0)
        return;
    if (m_modSeqDirty && m_highestModSeq > 0)
        m_store->setHighestModSeq(m_accountId, m_folder, m_uidValidity, m_highestModSeq);
    m_modSeqDirty = false;
    if (m_store->isDirty()) {
        if (const auto error = m_store->save())
            qWarning("%s", qPrintable(*error));
    }
}

void FolderWatcher::restoreMirror()
{
    if (m_options.mirrors.remembersNothing())
        return;
    const MirrorStore::Loaded loaded = m_options.mirrors.load(m_accountId, m_folder);
    if (!loaded.problem.isEmpty())
        qWarning("%s; full initial sync", qPrintable(loaded.problem));
    if (loaded.mirror)
        m_sync.restore(*loaded.mirror);
}

// One save for a burst of changes; nothing is armed while nothing changes.
void FolderWatcher::noteMirrorChange()
{
    if (m_options.mirrors.remembersNothing())
        return;
    m_mirrorDirty = true;
    if (!m_mirrorTimer->isActive())
        m_mirrorTimer->start();
}

// The known messages and the HIGHESTMODSEQ of the same moment. Without a HIGHESTMODSEQ (no
// CONDSTORE) a restart cannot resync, so nothing is saved.
void FolderWatcher::saveMirror()
{
    m_mirrorTimer->stop();
    if (m_options.mirrors.remembersNothing() || !m_mirrorDirty || m_phase != Phase::Watching
        || m_mailbox.isResyncing() || m_uidValidity == 0 || m_highestModSeq == 0)
        return;
    m_mirrorDirty = false;
    MailboxMirror mirror;
    mirror.account = m_accountId;
    mirror.folder = m_folder;
    mirror.uidValidity = m_uidValidity;
    mirror.highestModSeq = m_highestModSeq;
    MailboxState::KnownMessages known = m_mailbox.knownMessages();
    mirror.uids = std::move(known.uids);
    mirror.flags = std::move(known.flags);
    if (const auto error = m_options.mirrors.save(mirror))
        qWarning("%s", qPrintable(*error));
}

void FolderWatcher::onUntagged(const Response &response)
{
    if (m_phase == Phase::NotStarted || m_phase == Phase::Failed)
        return;
    if (const auto *exists = std::get_if<ExistsResponse>(&response);
        exists && exists->count > MailboxState::maxStoredMessages) {
        // A count no real mailbox has: following it would cost the worker (and every other
        // account in it) work or memory in proportion to the claim. Replace the connection.
        fail(ImapError::make(
            ErrorKind::ProtocolError,
            u"The server claims %1 messages in %2, more than the %3 Mailbell follows in one "
            u"folder"_s.arg(QString::number(exists->count), m_folder,
                            QString::number(MailboxState::maxStoredMessages)),
            u"* %1 EXISTS"_s.arg(exists->count)));
        return;
    }
    if (m_phase != Phase::Watching && m_sync.absorb(response))
        return;
    if (const auto *fetch = std::get_if<FetchResponse>(&response);
        fetch && fetch->modSeq && m_phase == Phase::Watching)
        noteModSeq(*fetch->modSeq);
    if (const auto *status = std::get_if<StatusResponse>(&response); status
        && status->code.kind == ResponseCodeKind::HighestModSeq && m_phase == Phase::Watching) {
        noteModSeq(status->code.number);
    }
    if (m_silenceTimer->isActive())
        m_silenceTimer->start(); // the server is alive: wait again from now
    if (const auto error = m_mailbox.apply(response))
        qWarning("%s: %s", qPrintable(m_folder), qPrintable(error->reason));
    if (m_phase == Phase::Watching
        && (std::holds_alternative<ExistsResponse>(response)
            || std::holds_alternative<ExpungeResponse>(response)
            || std::holds_alternative<VanishedResponse>(response)
            || std::holds_alternative<FetchResponse>(response)))
        noteMirrorChange();
    if (m_phase == Phase::Watching && std::holds_alternative<ExistsResponse>(response)
        && hasUnconfirmed()) {
        m_needFetch = true;
        pump();
    }
}

// The (re)sync is done: the watermark starts (or goes on) in this UIDVALIDITY, and the watcher
// waits for news.
void FolderWatcher::becomeWatching()
{
    // A completion from before a drop or another start() never gets here (the link's generation).
    Q_ASSERT(m_phase == Phase::Syncing);
    const quint32 oldValidity = m_uidValidity;
    m_uidValidity = m_mailbox.uidValidity();
    if (oldValidity != m_uidValidity)
        m_highestModSeq = 0;
    m_highestModSeq = std::max(m_highestModSeq, m_mailbox.highestModSeq());
    m_modSeqDirty = m_highestModSeq > 0;
    // Without UIDNEXT the highest existing UID still marks what existed before this run.
    m_store->begin(m_accountId, m_folder, m_uidValidity,
                   std::max(m_mailbox.uidNext(), m_mailbox.highestKnownUid() + 1));
    saveStore();
    if (oldValidity != 0 && oldValidity != m_uidValidity)
        m_actions.failQueuedOfRecreatedFolder();
    // A folder seen for the first time by this watcher (or recreated): list what was unseen.
    if ((m_sync.method() == FolderSync::Method::Initial || oldValidity != m_uidValidity)
        && m_options.unseenBacklogLimit > 0)
        m_backlogDue = true;
    m_phase = Phase::Watching;
    m_needFetch = hasUnconfirmed();
    noteMirrorChange();
    Q_EMIT ready();
    pump();
}

void FolderWatcher::pump()
{
    const bool commands = m_actions.queuedCommands() > 0;
    if (m_phase == Phase::Parked) {
        if (m_reselect || m_needFetch || m_backlogDue || commands)
            Q_EMIT connectionWanted();
        return;
    }
    if (m_phase != Phase::Watching || isBusy())
        return;
    const bool work = m_reselect || m_needFetch || m_backlogDue || commands || m_renewDue
        || m_pollDue || m_releaseWanted || m_lendWanted;
    if (m_idling) {
        if (work && !m_idleStopping) {
            m_idleStopping = true;
            m_link.connection()->stopIdle();
        }
        return;
    }
    // A renewal, or a poll that brought nothing, re-enters IDLE (or restarts the poll) at once:
    // the quiet delay is for bursts, and an idle folder must not wake a second timer per renewal
    // or poll (issue 3 section 6).
    const bool renewed = std::exchange(m_renewDue, false);
    const bool polled = std::exchange(m_pollAnswered, false);
    const bool leaseOnly =
        (renewed || polled) && !m_reselect && !m_needFetch && !commands && !m_pollDue;
    if (m_reselect) {
        m_quietTimer->stop();
        m_reselect = false;
        m_needFetch = false;
        m_sync.forget();
        m_mailbox.clear();
        select();
        return;
    }
    // An EXISTS seen while a fetch ran may only restate the count (Exchange sends EXPUNGE +
    // EXISTS); fetch again only if a message is still without UID or above the watermark.
    if (m_needFetch && !hasUnconfirmed())
        m_needFetch = false;
    if (m_needFetch) {
        m_quietTimer->stop();
        m_needFetch = false;
        const quint32 from = watermark() + 1;
        fetchNew(QByteArray::number(from) + ":*", from);
        return;
    }
    if (m_backlogDue) {
        m_quietTimer->stop();
        fetchBacklog();
        return;
    }
    if (commands) {
        m_quietTimer->stop();
        m_actions.runNext(m_uidValidity);
        return;
    }
    if (m_releaseWanted) {
        m_quietTimer->stop();
        m_pollDue = false;
        park();
        return;
    }
    if (m_lendWanted) {
        m_quietTimer->stop();
        m_lendWanted = false;
        m_lent = true;
        Q_EMIT lent();
        return;
    }
    if (m_pollDue) {
        m_pollDue = false;
        m_busy = true;
        m_link.send(m_link.connection()->commandBuilder().noop(),
                    [this](const Connection::Reply &) {
                        m_pollAnswered = true;
                        m_busy = false;
                        pump();
                    });
        return;
    }
    if (leaseOnly && !m_quietTimer->isActive()) {
        saveStore();
        enterIdle();
        return;
    }
    scheduleIdle();
}

void FolderWatcher::scheduleIdle()
{
    saveStore();
    if (m_options.quietDelayMs <= 0) {
        enterIdle();
        return;
    }
    if (!m_quietTimer->isActive())
        m_quietTimer->start();
}

void FolderWatcher::enterIdle()
{
    Connection &connection = *m_link.connection();
    if (!connection.hasCapability("IDLE") || m_idleRejected) {
        m_pollTimer->start();
        return;
    }
    m_idling = true;
    m_idleStopping = false;
    connection.startIdle(m_link.bind([this](const Connection::Reply &reply) {
        m_idling = false;
        m_idleStopping = false;
        m_renewTimer->stop();
        m_silenceTimer->stop();
        if (reply.error.isError())
            return; // the connection failed; failed() follows from it
        if (!reply.isOk())
            m_idleRejected = true;
        pump();
    }));
    m_renewTimer->start(idleRenewalInterval());
    if (m_options.idleSilenceMs > 0 && m_options.idleSilenceMs < idleRenewalInterval())
        m_silenceTimer->start();
}

FolderWatcher::SyncMode FolderWatcher::lastSyncMode() const
{
    if (m_phase == Phase::NotStarted)
        return SyncMode::None;
    switch (m_sync.method()) {
    case FolderSync::Method::Initial:
        return SyncMode::Initial;
    case FolderSync::Method::QResync:
        return SyncMode::QResync;
    case FolderSync::Method::CondStore:
        return SyncMode::CondStore;
    case FolderSync::Method::Full:
        break;
    }
    return SyncMode::Full;
}

int FolderWatcher::idleRenewalInterval() const
{
    if (m_link.connection() && m_link.connection()->hasCapability("X-GM-EXT-1"))
        return std::min(m_options.idleRenewalMs, gmailIdleRenewalMs);
    return m_options.idleRenewalMs;
}

void FolderWatcher::fetchNew(const QByteArray &uidSet, quint32 minUid)
{
    m_busy = true;
    m_fetcher.fetch(
        uidSet, minUid, m_uidValidity,
        m_link.bind([this](const QList<MessageSummary> &summaries, const ImapError &error) {
            announce(summaries, error);
        }),
        false,
        // A summary counts only for a UID the engine asked for and knows: above the watermark
        // and held by the MailboxState, which every FETCH reached by the completion (one the
        // server never announced with EXISTS, or that contradicts the known UIDs, did not get
        // in). No preview is fetched for others and announce() never sees them. The known UIDs
        // above the watermark are listed once (they ascend), then looked up by binary search.
        // (The fetcher is a member: it never asks once the watcher is gone.)
        [this, known = std::make_shared<std::optional<std::vector<quint32>>>()](quint32 uid) {
            if (!*known) {
                std::vector<quint32> above = m_mailbox.slotsAbove(watermark());
                above.erase(std::remove(above.begin(), above.end(), 0u), above.end());
                *known = std::move(above);
            }
            return std::binary_search((*known)->cbegin(), (*known)->cend(), uid);
        });
}

// The unseen messages at or below the watermark are not new (first run, or announced before):
// their summaries are fetched for the recent list only. announce() never sees them, so neither
// a notification nor the SeenStore is involved.
void FolderWatcher::fetchBacklog()
{
    const quint32 floor = watermark();
    const QList<quint32> uids = m_mailbox.unseenUids(floor, m_options.unseenBacklogLimit);
    if (uids.isEmpty()) {
        m_backlogDue = false;
        pump();
        return;
    }
    m_busy = true;
    m_fetcher.fetch(
        SequenceSet::fromNumbers(uids).toByteArray(), uids.first(), m_uidValidity,
        m_link.bind([this, floor](const QList<MessageSummary> &summaries, const ImapError &error) {
            if (m_phase != Phase::Watching)
                return;
            if (error.isError() && error.kind != ErrorKind::ProtocolError)
                return; // the connection is gone: fetched again after the resync
            if (error.isError())
                qWarning("%s: %s (%s)", qPrintable(m_folder), qPrintable(error.message),
                         qPrintable(error.detail));
            m_backlogDue = false;
            m_busy = false;
            QList<MessageSummary> unseen;
            for (const MessageSummary &summary : summaries) {
                if (summary.uid <= floor && summary.uidValidity == m_uidValidity
                    && !summary.flags.has(MessageFlags::Seen)
                    && !summary.flags.has(MessageFlags::Deleted))
                    unseen.append(summary);
            }
            if (!unseen.isEmpty())
                Q_EMIT unseenBacklog(unseen);
            pump();
        }),
        false, [uids](quint32 uid) { return std::binary_search(uids.cbegin(), uids.cend(), uid); });
}

// The watermark moves only over the contiguous run of confirmed UIDs; the ones that did not
// come back are fetched again.
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
    QList<quint32> confirmed;
    for (const MessageSummary &summary : summaries) {
        if (summary.uid <= floor || summary.uidValidity != m_uidValidity)
            continue;
        if (m_store->isHandled(m_accountId, m_folder, m_uidValidity, summary.uid))
            continue; // announced before a lower UID was confirmed
        confirmed.append(summary.uid);
        if (!summary.flags.has(MessageFlags::Seen) && !summary.flags.has(MessageFlags::Deleted))
            fresh.append(summary);
    }
    if (const auto warning = m_store->markHandled(m_accountId, m_folder, m_uidValidity, confirmed))
        qWarning("%s", qPrintable(*warning));
    const QList<quint32> missing = advanceWatermark();
    if (!hasUnconfirmed()) {
        m_refetchAttempt = 0;
        m_refetchTimer->stop();
    } else {
        scheduleRefetch(missing);
    }
    saveStore();
    m_busy = false;
    if (!fresh.isEmpty())
        Q_EMIT messagesArrived(fresh);
    pump();
}

QList<quint32> FolderWatcher::advanceWatermark(bool giveUp)
{
    const quint32 floor = watermark();
    quint32 mark = floor;
    bool gap = false;
    QList<quint32> missing;
    for (const quint32 uid : m_mailbox.slotsAbove(floor)) {
        if (uid != 0 && m_store->isHandled(m_accountId, m_folder, m_uidValidity, uid)) {
            if (!gap)
                mark = uid;
            continue;
        }
        // Given up, a slot whose UID never came back is passed over too: its UID lies below
        // the next known one, which the watermark may then reach.
        gap = gap || !giveUp;
        if (uid != 0)
            missing.append(uid);
    }
    if (mark > floor)
        m_store->advance(m_accountId, m_folder, m_uidValidity, mark);
    return missing;
}

// Slots without a UID below the watermark (given up) do not count: they cannot be new mail.
bool FolderWatcher::hasUnconfirmed() const
{
    if (m_mailbox.unstoredCount() > 0)
        return true;
    const auto above = m_mailbox.slotsAbove(watermark());
    return std::any_of(above.cbegin(), above.cend(), [&](quint32 uid) {
        return uid == 0 || !m_store->isHandled(m_accountId, m_folder, m_uidValidity, uid);
    });
}

void FolderWatcher::scheduleRefetch(const QList<quint32> &missing)
{
    if (m_refetchTimer->isActive())
        return;
    if (m_refetchAttempt < m_options.refetchDelaysMs.size()) {
        m_refetchTimer->start(m_options.refetchDelaysMs.at(m_refetchAttempt++));
        return;
    }
    m_refetchAttempt = 0;
    QStringList uids;
    for (const quint32 uid : missing.first(std::min<qsizetype>(missing.size(), 20)))
        uids.append(QString::number(uid));
    if (missing.size() > 20)
        uids.append(u"..."_s);
    const auto above = m_mailbox.slotsAbove(watermark());
    const quint32 unknown =
        quint32(std::count(above.cbegin(), above.cend(), 0u)) + m_mailbox.unstoredCount();
    qWarning("%s: giving up on the summaries of %lld message(s) (UID %s) and %u whose UID the "
             "server never told, after %lld fetches; they are not announced",
             qPrintable(m_folder), qlonglong(missing.size()),
             qPrintable(uids.isEmpty() ? u"none"_s : uids.join(u',')), unknown,
             qlonglong(m_options.refetchDelaysMs.size() + 1));
    if (const auto warning = m_store->markHandled(m_accountId, m_folder, m_uidValidity, missing))
        qWarning("%s", qPrintable(*warning));
    advanceWatermark(true);
}

} // namespace ImapCore
