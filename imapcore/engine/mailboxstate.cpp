#include "engine/mailboxstate.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

constexpr quint32 systemMask = 0x1f;
constexpr int firstKeywordBit = 5;
constexpr quint32 flagsKnownBit = 1u << 30;
constexpr quint32 overflowBit = 1u << 31;
// How far FETCH looks for known neighbours to check UIDs ascend with sequence numbers.
constexpr quint32 neighbourScan = 64;

QString number(quint64 n)
{
    return QString::number(n);
}

constexpr bool isUnseen(quint32 mask)
{
    constexpr quint32 unseenMask = flagsKnownBit | MessageFlags::Seen | MessageFlags::Deleted;
    return (mask & unseenMask) == flagsKnownBit;
}

} // namespace

MailboxState::MailboxState(QObject *parent)
    : QObject(parent)
{ }

MailboxState::~MailboxState() = default;

std::optional<MailboxState::Error> MailboxState::apply(const Response &response)
{
    return std::visit(
        [this](const auto &value) -> std::optional<Error> {
            using T = std::decay_t<decltype(value)>;
            if constexpr (
                std::is_same_v<
                    T,
                    ExistsResponse> || std::is_same_v<T, ExpungeResponse> || std::is_same_v<T, VanishedResponse> || std::is_same_v<T, FetchResponse> || std::is_same_v<T, StatusResponse> || std::is_same_v<T, FlagsResponse>)
                return apply(value);
            else
                return std::nullopt;
        },
        response);
}

// RFC 9051 7.4.1 (RFC 3501 7.3.1): EXISTS only grows outside EXPUNGE / VANISHED.
std::optional<MailboxState::Error> MailboxState::apply(const ExistsResponse &response)
{
    std::optional<Error> error;
    if (response.count > maxStoredMessages) {
        error = Error {u"EXISTS %1 is above the limit of %2 messages; ignored"_s.arg(
            number(response.count), number(maxStoredMessages))};
    } else if (response.count < m_exists) {
        error = Error {u"EXISTS %1 is below the current count %2 without an EXPUNGE; ignored"_s.arg(
            number(response.count), number(m_exists))};
    } else {
        m_exists = response.count;
    }
    autoFlush();
    return error;
}

// RFC 9051 7.5.1 (RFC 3501 7.4.1): every later message moves down by one.
std::optional<MailboxState::Error> MailboxState::apply(const ExpungeResponse &response)
{
    const quint32 seq = response.sequenceNumber;
    if (seq == 0 || seq > m_exists) {
        autoFlush();
        return Error {u"EXPUNGE %1 is outside 1..%2; ignored"_s.arg(number(seq), number(m_exists))};
    }
    const quint32 index = seq - 1;
    quint32 uid = 0;
    if (index < m_messages.uids.size()) {
        uid = m_messages.uids[index];
        removeSlot(m_messages, index);
    }
    --m_exists;
    m_pendingExpunges.append({seq, uid});
    autoFlush();
    return std::nullopt;
}

// RFC 7162 3.2.10. Ranges are never expanded: the known UIDs are walked instead, once, and the
// survivors are moved down in the same pass (one erase per UID would move the tail each time).
std::optional<MailboxState::Error> MailboxState::apply(const VanishedResponse &response)
{
    Messages &target = (m_resyncing && response.earlier) ? m_previous : m_messages;
    const bool live = &target == &m_messages;
    const bool renumberOverflow = !target.overflow.isEmpty();
    QHash<quint32, QList<QByteArray>> overflow;
    quint32 removed = 0;
    for (quint32 i = 0; i < target.uids.size(); ++i) {
        const quint32 uid = target.uids[i];
        if (uid != 0 && response.uids.contains(uid)) {
            if (isUnseen(target.flags[i]))
                --target.unseen;
            if (live)
                m_pendingExpunges.append({i - removed + 1, uid});
            ++removed;
            continue;
        }
        if (renumberOverflow) {
            if (const auto it = target.overflow.constFind(i); it != target.overflow.cend())
                overflow.insert(i - removed, it.value());
        }
        if (removed > 0) {
            target.uids[i - removed] = uid;
            target.flags[i - removed] = target.flags[i];
        }
    }
    target.uids.resize(target.uids.size() - removed);
    target.flags.resize(target.flags.size() - removed);
    if (renumberOverflow)
        target.overflow = std::move(overflow);
    if (live)
        m_exists -= removed;
    const quint64 unplaced = response.uids.count() - removed;
    std::optional<Error> error;
    const bool hasUnknownSlots = unknownUidCount() > 0;
    if (!response.earlier && unplaced > 0 && hasUnknownSlots) {
        error = Error {u"VANISHED names %1 UIDs that are not in the map while %2 UIDs are "
                       u"unknown; the count may be wrong, resync needed"_s.arg(
                           number(unplaced), number(unknownUidCount()))};
    }
    autoFlush();
    return error;
}

// RFC 9051 7.5.2. FETCH may come for a message whose UID is not known yet; a later FETCH with
// UID fills the slot.
std::optional<MailboxState::Error> MailboxState::apply(const FetchResponse &response)
{
    const quint32 seq = response.sequenceNumber;
    const auto done = [this](std::optional<Error> error) {
        autoFlush();
        return error;
    };
    if (seq == 0 || seq > m_exists) {
        return done(Error {u"FETCH for message %1, but EXISTS announced %2; ignored"_s.arg(
            number(seq), number(m_exists))});
    }
    if (!response.uid && !response.flags)
        return done(std::nullopt);
    if (auto error = materialise(seq))
        return done(error);
    const quint32 index = seq - 1;
    quint32 &slotUid = m_messages.uids[index];
    if (response.uid) {
        const quint32 uid = *response.uid;
        if (uid == 0)
            return done(Error {u"FETCH %1 has UID 0; ignored"_s.arg(number(seq))});
        if (slotUid != 0 && slotUid != uid) {
            return done(Error {u"FETCH %1 says UID %2, but that message is UID %3; ignored"_s.arg(
                number(seq), number(uid), number(slotUid))});
        }
        if (slotUid == 0) {
            bool confirmed = false; // a known neighbour within the scan checked the order
            for (quint32 i = index, steps = 0; i > 0 && steps < neighbourScan; --i, ++steps) {
                const quint32 left = m_messages.uids[i - 1];
                if (left != 0) {
                    if (left >= uid) {
                        return done(Error {u"FETCH %1 says UID %2, not above UID %3 of message "
                                           u"%4; ignored"_s.arg(number(seq), number(uid),
                                                                number(left), number(i))});
                    }
                    confirmed = true;
                    break;
                }
            }
            for (quint32 i = index + 1, steps = 0;
                 i < m_messages.uids.size() && steps < neighbourScan; ++i, ++steps) {
                const quint32 right = m_messages.uids[i];
                if (right != 0) {
                    if (right <= uid) {
                        return done(Error {u"FETCH %1 says UID %2, not below UID %3 of message "
                                           u"%4; ignored"_s.arg(number(seq), number(uid),
                                                                number(right), number(i + 1))});
                    }
                    confirmed = true;
                    break;
                }
            }
            // Known UIDs lie at most neighbourScan slots apart (every UID is placed next to a
            // known one, or is the first), so one beyond every scan could contradict a known UID
            // further away without our noticing (found by fuzz_folderwatcher). Real servers
            // answer in sequence order, next to what is known; the slot waits for the next fetch.
            const bool anyKnown = m_messages.uids.size() > m_messages.unknownSlots;
            if (!confirmed && anyKnown) {
                return done(Error {u"FETCH %1 says UID %2, but no known message within %3 "
                                   u"slots confirms its place; ignored"_s.arg(
                                       number(seq), number(uid), number(neighbourScan))});
            }
            slotUid = uid;
            --m_messages.unknownSlots;
        }
    }
    if (response.flags) {
        const MessageFlags flags = MessageFlags::fromImap(*response.flags);
        const bool wasKnown = (m_messages.flags[index] & flagsKnownBit) != 0;
        const bool changed = wasKnown && decodeFlags(m_messages, index) != flags;
        QList<QByteArray> overflow;
        m_messages.setMask(index, encodeFlags(flags, overflow));
        if (overflow.isEmpty())
            m_messages.overflow.remove(index);
        else
            m_messages.overflow.insert(index, overflow);
        if (changed && slotUid != 0 && !m_pendingFlagChanges.contains(slotUid))
            m_pendingFlagChanges.append(slotUid);
    }
    return done(std::nullopt);
}

// Response codes of RFC 9051 7.1 and RFC 7162 3.1.2 / 3.1.3.
std::optional<MailboxState::Error> MailboxState::apply(const StatusResponse &response)
{
    const ResponseCode &code = response.code;
    std::optional<Error> error;
    switch (code.kind) {
    case ResponseCodeKind::UidValidity:
        if (code.number == 0 || code.number > 0xFFFFFFFFull) {
            error = Error {
                u"UIDVALIDITY %1 is not a valid nz-number; ignored"_s.arg(number(code.number))};
        } else if (m_uidValidity == 0) {
            m_uidValidity = quint32(code.number);
        } else if (m_uidValidity != code.number) {
            changeUidValidity(quint32(code.number));
        }
        break;
    case ResponseCodeKind::UidNext:
        if (code.number > 0xFFFFFFFFull)
            error = Error {u"UIDNEXT %1 is above 2^32-1; ignored"_s.arg(number(code.number))};
        else
            m_uidNext = quint32(code.number);
        break;
    case ResponseCodeKind::HighestModSeq:
        m_highestModSeq = code.number;
        break;
    case ResponseCodeKind::NoModSeq:
        m_highestModSeq = 0;
        break;
    case ResponseCodeKind::PermanentFlags:
        m_permanentFlags = code.atoms;
        m_permanentFlags.removeIf([](const QByteArray &f) { return MessageFlags::isRecent(f); });
        break;
    default:
        break;
    }
    autoFlush();
    return error;
}

// RFC 9051 7.3.5: the flags defined in the mailbox; their keywords get the first bits.
std::optional<MailboxState::Error> MailboxState::apply(const FlagsResponse &response)
{
    m_definedFlags = response.flags;
    m_definedFlags.removeIf([](const QByteArray &f) { return MessageFlags::isRecent(f); });
    QList<QByteArray> ignored;
    encodeFlags(MessageFlags::fromImap(m_definedFlags), ignored);
    autoFlush();
    return std::nullopt;
}

void MailboxState::beginBatch()
{
    ++m_batchDepth;
}

void MailboxState::endBatch()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0)
        flush();
}

void MailboxState::flush()
{
    if (m_resyncing)
        return;
    const auto uidValidity = std::exchange(m_pendingUidValidity, std::nullopt);
    const auto expunges = std::exchange(m_pendingExpunges, {});
    const auto flagChanges = std::exchange(m_pendingFlagChanges, {});

    QList<std::pair<quint32, MessageFlags>> flags;
    for (const quint32 uid : flagChanges) {
        if (auto current = flagsOf(uid))
            flags.append({uid, *current});
    }
    const bool countDiffers = m_reportedCount != m_exists;
    m_reportedCount = m_exists;
    maybeShrink();

    if (uidValidity)
        Q_EMIT uidValidityChanged(uidValidity->first, uidValidity->second);
    for (const auto &[index, uid] : expunges)
        Q_EMIT messageExpunged(index, uid);
    for (const auto &[uid, value] : flags)
        Q_EMIT flagsChanged(uid, value);
    if (countDiffers)
        Q_EMIT countChanged(m_reportedCount);
}

void MailboxState::beginResync()
{
    if (!m_resyncing) {
        m_previous = std::move(m_messages);
        m_messages = Messages {};
        m_resyncing = true;
    }
    m_exists = 0;
    m_synchronized = false;
    m_pendingFlagChanges.clear();
}

void MailboxState::abandonResync()
{
    m_previous = Messages {};
    m_resyncing = false;
    autoFlush();
}

MailboxState::SnapshotDiff MailboxState::applySnapshot(const QList<FetchResponse> &snapshot)
{
    SnapshotDiff diff;
    struct Entry
    {
        quint32 uid;
        const QList<QByteArray> *flags;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(snapshot.size()));
    for (const FetchResponse &fetch : snapshot) {
        if (!fetch.uid || *fetch.uid == 0) {
            diff.errors.append(Error {
                u"snapshot FETCH %1 has no UID; skipped"_s.arg(number(fetch.sequenceNumber))});
            continue;
        }
        entries.push_back({*fetch.uid, fetch.flags ? &*fetch.flags : nullptr});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.uid < b.uid; });
    std::vector<Entry> unique;
    unique.reserve(entries.size());
    for (const Entry &entry : entries) {
        if (!unique.empty() && unique.back().uid == entry.uid) {
            diff.errors.append(Error {
                u"snapshot has UID %1 twice; the last one is kept"_s.arg(number(entry.uid))});
            unique.back() = entry;
        } else {
            unique.push_back(entry);
        }
    }

    return replaceMessages(
        unique.size(), [&](size_t n) { return unique[n].uid; },
        [&](size_t n) {
            return unique[n].flags ? std::optional(MessageFlags::fromImap(*unique[n].flags))
                                   : std::nullopt;
        },
        std::move(diff));
}

MailboxState::SnapshotDiff MailboxState::applySnapshot(const QList<quint32> &uids,
                                                       const QList<MessageFlags> &flags)
{
    Q_ASSERT(uids.size() == flags.size());
    if (std::adjacent_find(uids.cbegin(), uids.cend(), std::greater_equal<quint32>())
        != uids.cend()) {
        // Out of order (a server whose UIDs did not ascend with the sequence numbers): the
        // general form sorts, and reports duplicates.
        QList<FetchResponse> snapshot;
        snapshot.reserve(uids.size());
        for (qsizetype i = 0; i < uids.size(); ++i) {
            FetchResponse fetch;
            fetch.sequenceNumber = quint32(i + 1);
            fetch.uid = uids[i];
            fetch.flags = flags[i].toImap();
            snapshot.append(std::move(fetch));
        }
        return applySnapshot(snapshot);
    }
    return replaceMessages(
        size_t(uids.size()), [&](size_t n) { return uids[qsizetype(n)]; },
        [&](size_t n) { return std::optional(flags[qsizetype(n)]); }, {});
}

MailboxState::SnapshotDiff
MailboxState::replaceMessages(size_t count, const std::function<quint32(size_t)> &uidAt,
                              const std::function<std::optional<MessageFlags>(size_t)> &flagsAt,
                              SnapshotDiff diff)
{
    Messages old = m_resyncing ? std::move(m_previous) : std::move(m_messages);
    Messages fresh;
    fresh.uids.reserve(count);
    fresh.flags.reserve(count);
    m_messages = Messages {};

    size_t o = 0;
    quint32 removed = 0;
    for (size_t n = 0; n <= count; ++n) {
        const quint32 uid = n < count ? uidAt(n) : 0;
        // Old messages below this UID (or all that remain, at the end) have vanished.
        while (o < old.uids.size() && (n == count || old.uids[o] < uid)) {
            if (old.uids[o] != 0) {
                diff.vanished.append(old.uids[o]);
                m_pendingExpunges.append({quint32(o) - removed + 1, old.uids[o]});
                ++removed;
            } else {
                ++removed; // unknown slot: dropped without an event
            }
            ++o;
        }
        if (n == count)
            break;
        const std::optional<MessageFlags> flags = flagsAt(n);
        QList<QByteArray> overflow;
        const quint32 mask = flags ? encodeFlags(*flags, overflow) : 0;
        if (o < old.uids.size() && old.uids[o] == uid) {
            const bool oldKnown = (old.flags[o] & flagsKnownBit) != 0;
            if (oldKnown && flags && decodeFlags(old, quint32(o)) != *flags) {
                diff.flagsChanged.append(uid);
                m_pendingFlagChanges.append(uid);
            }
            ++o;
        } else {
            diff.newUids.append(uid);
        }
        if (!overflow.isEmpty())
            fresh.overflow.insert(quint32(fresh.uids.size()), overflow);
        fresh.uids.push_back(uid);
        fresh.flags.push_back(mask);
        if (isUnseen(mask))
            ++fresh.unseen;
    }
    m_messages = std::move(fresh);
    m_exists = std::max<quint32>(quint32(m_messages.uids.size()), m_exists);
    m_resyncing = false;
    m_previous = Messages {};
    markSynchronized();
    autoFlush();
    return diff;
}

void MailboxState::clear()
{
    m_messages = Messages {};
    m_previous = Messages {};
    m_exists = 0;
    m_uidValidity = 0;
    m_uidNext = 0;
    m_highestModSeq = 0;
    m_permanentFlags.clear();
    m_definedFlags.clear();
    m_keywordNames.clear();
    m_keywordBits.clear();
    m_synchronized = false;
    m_resyncing = false;
    m_reportedCount = 0;
    m_pendingUidValidity.reset();
    m_pendingExpunges.clear();
    m_pendingFlagChanges.clear();
}

quint32 MailboxState::uidAt(quint32 sequenceNumber) const
{
    if (sequenceNumber == 0 || sequenceNumber > m_messages.uids.size())
        return 0;
    return m_messages.uids[sequenceNumber - 1];
}

quint32 MailboxState::sequenceOf(quint32 uid) const
{
    const qint64 index = indexOf(m_messages, uid);
    return index < 0 ? 0 : quint32(index + 1);
}

std::optional<MessageFlags> MailboxState::flagsAt(quint32 sequenceNumber) const
{
    if (sequenceNumber == 0 || sequenceNumber > m_messages.flags.size())
        return std::nullopt;
    if ((m_messages.flags[sequenceNumber - 1] & flagsKnownBit) == 0)
        return std::nullopt;
    return decodeFlags(m_messages, sequenceNumber - 1);
}

std::optional<MessageFlags> MailboxState::flagsOf(quint32 uid) const
{
    const quint32 seq = sequenceOf(uid);
    return seq == 0 ? std::nullopt : flagsAt(seq);
}

QList<quint32> MailboxState::knownUids() const
{
    QList<quint32> result;
    result.reserve(qsizetype(m_messages.uids.size() - m_messages.unknownSlots));
    for (const quint32 uid : m_messages.uids) {
        if (uid != 0)
            result.append(uid);
    }
    return result;
}

MailboxState::KnownMessages MailboxState::knownMessages() const
{
    KnownMessages known;
    const auto size = qsizetype(m_messages.uids.size() - m_messages.unknownSlots);
    known.uids.reserve(size);
    known.flags.reserve(size);
    for (quint32 i = 0; i < m_messages.uids.size(); ++i) {
        if (m_messages.uids[i] == 0)
            continue;
        known.uids.append(m_messages.uids[i]);
        known.flags.append((m_messages.flags[i] & flagsKnownBit) ? decodeFlags(m_messages, i)
                                                                 : MessageFlags {});
    }
    return known;
}

quint32 MailboxState::highestKnownUid() const
{
    for (auto it = m_messages.uids.rbegin(); it != m_messages.uids.rend(); ++it) {
        if (*it != 0)
            return *it;
    }
    return 0;
}

std::vector<quint32> MailboxState::slotsAbove(quint32 floor) const
{
    const auto &uids = m_messages.uids;
    auto first = uids.end();
    while (first != uids.begin() && (*(first - 1) == 0 || *(first - 1) > floor))
        --first;
    return std::vector<quint32>(first, uids.end());
}

quint32 MailboxState::unknownUidCount() const
{
    return m_messages.unknownSlots + (m_exists - quint32(m_messages.uids.size()));
}

QList<quint32> MailboxState::unseenUids(quint32 maxUid, qsizetype limit) const
{
    QList<quint32> result;
    for (std::size_t i = m_messages.uids.size(); i-- > 0;) {
        if (limit >= 0 && result.size() >= limit)
            break;
        const quint32 uid = m_messages.uids[i];
        if (uid != 0 && uid <= maxUid && isUnseen(m_messages.flags[i]))
            result.append(uid);
    }
    std::reverse(result.begin(), result.end());
    return result;
}

quint64 MailboxState::memoryBytes() const
{
    quint64 bytes = (m_messages.uids.capacity() + m_messages.flags.capacity()) * sizeof(quint32);
    bytes += (m_previous.uids.capacity() + m_previous.flags.capacity()) * sizeof(quint32);
    for (const Messages *messages : {&m_messages, &m_previous}) {
        for (auto it = messages->overflow.cbegin(); it != messages->overflow.cend(); ++it) {
            bytes += sizeof(quint32) + sizeof(QList<QByteArray>);
            for (const QByteArray &keyword : it.value())
                bytes += sizeof(QByteArray) + quint64(keyword.capacity());
        }
    }
    for (const QByteArray &name : m_keywordNames)
        bytes += 2 * (sizeof(QByteArray) + quint64(name.capacity())) + sizeof(int);
    return bytes;
}

quint32 MailboxState::encodeFlags(const MessageFlags &flags, QList<QByteArray> &overflow)
{
    quint32 mask = flagsKnownBit | (flags.systemFlags() & systemMask);
    for (const QByteArray &keyword : flags.keywords()) {
        const QByteArray key = keyword.toLower();
        auto it = m_keywordBits.constFind(key);
        if (it == m_keywordBits.cend() && m_keywordNames.size() < internedKeywordCapacity) {
            it = m_keywordBits.insert(key, int(m_keywordNames.size()));
            m_keywordNames.append(keyword);
        }
        if (it != m_keywordBits.cend())
            mask |= 1u << (firstKeywordBit + it.value());
        else
            overflow.append(keyword);
    }
    if (!overflow.isEmpty())
        mask |= overflowBit;
    return mask;
}

MessageFlags MailboxState::decodeFlags(const Messages &messages, quint32 index) const
{
    const quint32 mask = messages.flags[index];
    QList<QByteArray> keywords;
    for (int i = 0; i < m_keywordNames.size(); ++i) {
        if (mask & (1u << (firstKeywordBit + i)))
            keywords.append(m_keywordNames[i]);
    }
    if (mask & overflowBit)
        keywords.append(messages.overflow.value(index));
    return MessageFlags(quint8(mask & systemMask), std::move(keywords));
}

std::optional<MailboxState::Error> MailboxState::materialise(quint32 sequenceNumber)
{
    if (sequenceNumber <= m_messages.uids.size())
        return std::nullopt;
    if (sequenceNumber > maxStoredMessages) {
        return Error {u"FETCH for message %1: more than %2 messages are not tracked; ignored"_s.arg(
            number(sequenceNumber), number(maxStoredMessages))};
    }
    const quint32 added = sequenceNumber - quint32(m_messages.uids.size());
    m_messages.uids.resize(sequenceNumber, 0);
    m_messages.flags.resize(sequenceNumber, 0);
    m_messages.unknownSlots += added;
    return std::nullopt;
}

void MailboxState::Messages::setMask(quint32 index, quint32 mask)
{
    if (isUnseen(flags[index]))
        --unseen;
    if (isUnseen(mask))
        ++unseen;
    flags[index] = mask;
}

void MailboxState::removeSlot(Messages &messages, quint32 index)
{
    if (messages.uids[index] == 0)
        --messages.unknownSlots;
    if (isUnseen(messages.flags[index]))
        --messages.unseen;
    messages.uids.erase(messages.uids.begin() + index);
    messages.flags.erase(messages.flags.begin() + index);
    if (messages.overflow.isEmpty())
        return;
    QHash<quint32, QList<QByteArray>> renumbered;
    for (auto it = messages.overflow.cbegin(); it != messages.overflow.cend(); ++it) {
        if (it.key() < index)
            renumbered.insert(it.key(), it.value());
        else if (it.key() > index)
            renumbered.insert(it.key() - 1, it.value());
    }
    messages.overflow = std::move(renumbered);
}

qint64 MailboxState::indexOf(const Messages &messages, quint32 uid) const
{
    if (uid == 0)
        return -1;
    if (messages.unknownSlots == 0) {
        const auto it = std::lower_bound(messages.uids.begin(), messages.uids.end(), uid);
        return (it != messages.uids.end() && *it == uid) ? qint64(it - messages.uids.begin()) : -1;
    }
    const auto it = std::find(messages.uids.begin(), messages.uids.end(), uid);
    return it != messages.uids.end() ? qint64(it - messages.uids.begin()) : -1;
}

void MailboxState::changeUidValidity(quint32 newValue)
{
    const quint32 oldValue = m_uidValidity;
    m_uidValidity = newValue;
    m_pendingUidValidity = {m_pendingUidValidity ? m_pendingUidValidity->first : oldValue,
                            newValue};
    if (m_resyncing) {
        m_previous = Messages {};
    } else {
        m_messages = Messages {};
        m_exists = 0;
    }
    m_pendingExpunges.clear();
    m_pendingFlagChanges.clear();
    m_synchronized = false;
    m_highestModSeq = 0;
}

void MailboxState::autoFlush()
{
    if (m_batchDepth == 0)
        flush();
}

void MailboxState::maybeShrink()
{
    for (Messages *messages : {&m_messages, &m_previous}) {
        if (messages->uids.capacity() > 2 * messages->uids.size() + 1024) {
            messages->uids.shrink_to_fit();
            messages->flags.shrink_to_fit();
        }
    }
}

} // namespace ImapCore
