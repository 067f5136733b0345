#include "burstgrouper.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

BurstGrouper::BurstGrouper(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] {
            return timer->elapsed();
        };
    }
}

void BurstGrouper::setLimits(int threshold, int windowMs)
{
    m_threshold = std::max(1, threshold);
    m_windowMs = std::max(0, windowMs);
}

QString BurstGrouper::senderName(const ImapCore::MessageSummary &message)
{
    for (const ImapCore::MailAddress &a : message.from) {
        if (!a.name.trimmed().isEmpty())
            return a.name.trimmed();
        if (!a.address.isEmpty())
            return a.address;
    }
    return QString();
}

BurstGrouper::Outcome BurstGrouper::add(const QList<ImapCore::MessageSummary> &messages)
{
    Outcome outcome;
    const qint64 now = m_clock();

    // Keep the arrival order of folders and of messages within each.
    QList<ImapCore::FolderRef> keys;
    QHash<ImapCore::FolderRef, QList<const ImapCore::MessageSummary *>> byKey;
    for (const ImapCore::MessageSummary &m : messages) {
        const ImapCore::FolderRef key {m.accountId, m.folder};
        if (!byKey.contains(key))
            keys.append(key);
        byKey[key].append(&m);
    }

    for (const ImapCore::FolderRef &key : std::as_const(keys)) {
        const QList<const ImapCore::MessageSummary *> &batch = byKey[key];
        Burst &burst = m_bursts[key];
        const bool inWindow = now - burst.lastArrival <= m_windowMs;
        if (burst.grouped && !inWindow)
            burst = Burst();
        burst.recent.removeIf([&](const Recent &r) { return now - r.at > m_windowMs; });
        burst.lastArrival = now;

        if (!burst.grouped && burst.recent.size() + batch.size() <= m_threshold) {
            for (const ImapCore::MessageSummary *m : batch) {
                burst.recent.append({now, refOf(*m), senderName(*m)});
                outcome.singles.append(*m);
            }
            continue;
        }

        Outcome::GroupChange change;
        if (!burst.grouped) {
            burst.grouped = true;
            burst.group.accountId = batch.first()->accountId;
            burst.group.folder = batch.first()->folder;
            change.formed = true;
            for (const Recent &r : std::as_const(burst.recent)) {
                change.absorbed.append(r.ref);
                addToGroup(burst, change, r.ref, r.sender);
            }
            burst.recent.clear();
        }
        change.added.reserve(change.added.size() + batch.size());
        for (const ImapCore::MessageSummary *m : batch)
            addToGroup(burst, change, refOf(*m), senderName(*m));
        change.group = burst.group;
        outcome.groups.append(change);
    }

    // Bursts that have gone quiet are dropped, so the table stays as small as the set of
    // folders that had mail within the window.
    m_bursts.removeIf([&](const QHash<ImapCore::FolderRef, Burst>::iterator it) {
        return now - it.value().lastArrival > m_windowMs;
    });
    return outcome;
}

void BurstGrouper::forget(const ImapCore::MessageRef &message)
{
    auto it = m_bursts.find(ImapCore::FolderRef {message.accountId, message.folder});
    if (it == m_bursts.end())
        return;
    it->recent.removeIf([&](const Recent &r) { return r.ref == message; });
}

void BurstGrouper::addToGroup(Burst &burst, Outcome::GroupChange &change,
                              const ImapCore::MessageRef &ref, const QString &sender)
{
    ++burst.group.count;
    change.added.append(ref);
    Burst::SenderCount &entry = burst.senderCounts[sender];
    if (entry.count == 0)
        entry.order = int(burst.senderCounts.size());
    ++entry.count;
    rankSender(burst, sender);
}

void BurstGrouper::rankSender(Burst &burst, const QString &sender)
{
    // Counts only grow, so only the sender that just grew can enter or move up the ranking.
    const Burst::SenderCount &mine = burst.senderCounts.value(sender);
    QList<std::pair<QString, int>> &top = burst.group.senders;
    const auto ranksBefore = [&](const std::pair<QString, int> &other) {
        if (mine.count != other.second)
            return mine.count > other.second;
        return mine.order < burst.senderCounts.value(other.first).order;
    };
    qsizetype at = 0;
    while (at < top.size() && top.at(at).first != sender)
        ++at;
    if (at < top.size()) {
        top.removeAt(at);
    } else if (top.size() == maxRankedSenders && !ranksBefore(top.constLast())) {
        return;
    }
    qsizetype slot = 0;
    while (slot < top.size() && !ranksBefore(top.at(slot)))
        ++slot;
    top.insert(slot, {sender, mine.count});
    if (top.size() > maxRankedSenders)
        top.removeLast();
}
