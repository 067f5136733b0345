#pragma once

#include "messageflags.h"
#include "protocol/limits.h"
#include "protocol/response.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>
#include <vector>

struct FuzzSessionSnapshot;

namespace ImapCore {

// One selected mailbox's facts, and their single owner: UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ,
// the EXISTS count, the sequence-number -> UID map and every message's flags. It applies the
// typed responses the server sends and emits coalesced events; it never sends anything, so it
// cannot change the mailbox behind the user's back. Lives in the worker thread.
//
// Memory: two parallel std::vector<quint32> (UIDs ascending, index = sequence number - 1; flag
// bitmasks), so 8 bytes a message plus vector slack, kept at most 16 bytes a message in steady
// state (see memoryBytes()). Keywords are interned per mailbox into 25 bits; a message with a
// keyword beyond them keeps the rest in a side table, so nothing is lost.
//
// Slots whose UID is not known yet (EXISTS announced them, no UID FETCH yet) have UID 0. The
// tail beyond the last slot a FETCH touched is not stored at all, so "* 4294967295 EXISTS"
// allocates nothing (reliability plan R5).
//
// Events are collected while responses are applied and emitted by flush(): the caller brackets a
// read chunk with beginBatch()/endBatch() (apply() outside a batch flushes at once). Order within
// one flush: uidValidityChanged, messageExpunged (in the order they happened, each index valid at
// that moment), flagsChanged (messages still present), countChanged (only when the count differs
// from the last one reported; MailKit likewise holds count events until an expunge batch ends).
//
// Whether a message is new mail is not this class's question: FolderWatcher answers it, once,
// against the SeenStore's watermark (slotsAbove()), which survives restarts.
//
// Costs on a large folder (bench_mailboxstate): the unseen count is kept as flags change, so
// reading it is O(1); knownMessages() and a VANISHED of any size walk the slots once.
class MailboxState : public QObject
{
    Q_OBJECT
public:
    // A response that contradicts what this state knows. It is ignored; the caller decides
    // whether to resync. Never asserted: the server controls it.
    struct Error
    {
        QString reason;
        friend bool operator==(const Error &, const Error &) = default;
    };

    // What a full "UID FETCH 1:* (FLAGS)" snapshot changed, UIDs ascending.
    struct SnapshotDiff
    {
        QList<quint32> vanished;
        QList<quint32> flagsChanged; // known before, flags differ now
        QList<quint32> newUids; // not known before (arrived, or first sync)
        QList<Error> errors; // FETCH items without UID, duplicates
    };

    // The messages whose UID is known, in sequence order, with their flags (empty flags where
    // they were never fetched).
    struct KnownMessages
    {
        QList<quint32> uids;
        QList<MessageFlags> flags;
    };

    // Most messages the state accepts: an EXISTS above it is refused (an Error; the watcher
    // treats it as a protocol error for the folder), so "* 4294967295 EXISTS" followed by a
    // FETCH for that number can neither allocate 32 GiB nor drive a loop of 2^32 steps.
    static constexpr quint32 maxStoredMessages = Limits::maxMailboxMessages;
    // Keyword bits in the bitmask; the rest go to the side table.
    static constexpr int internedKeywordCapacity = 25;

    explicit MailboxState(QObject *parent = nullptr);
    ~MailboxState() override;

    // Applies one response; those that carry no mailbox facts are ignored.
    std::optional<Error> apply(const Response &response);
    std::optional<Error> apply(const ExistsResponse &response);
    std::optional<Error> apply(const ExpungeResponse &response);
    std::optional<Error> apply(const VanishedResponse &response);
    std::optional<Error> apply(const FetchResponse &response);
    std::optional<Error> apply(const StatusResponse &response);
    std::optional<Error> apply(const FlagsResponse &response);

    void beginBatch();
    void endBatch(); // flushes when the outermost batch ends
    void flush();

    // Before re-SELECTing on a new connection: the known messages are kept aside for
    // applySnapshot() to diff against; the live map starts empty for the SELECT's EXISTS.
    // A UIDVALIDITY change during the resync drops the kept messages. Events are held until
    // applySnapshot() ends the resync, so they describe the old state -> the new one.
    void beginResync();
    bool isResyncing() const { return m_resyncing; }
    // Ends a resync without a snapshot: the kept messages are dropped and the state goes on as an
    // initial sync would (events flow again). For a baseline read from disk that the server's
    // answer made useless (UIDVALIDITY changed, NOMODSEQ): the state had nothing to diff against.
    void abandonResync();
    // Replaces the messages with a full "UID FETCH 1:* (FLAGS)" result and reports the
    // differences; emits messageExpunged / flagsChanged / countChanged for them. Ends a resync
    // and marks the state synchronized. Unknown-UID slots of the old state are dropped without
    // events.
    SnapshotDiff applySnapshot(const QList<FetchResponse> &snapshot);
    // The same from UIDs and their flags (all known), which a resync builds without a FETCH
    // response (hundreds of bytes) per message; fast when the UIDs strictly ascend.
    SnapshotDiff applySnapshot(const QList<quint32> &uids, const QList<MessageFlags> &flags);
    // The initial sync is complete: the state describes the whole mailbox.
    void markSynchronized() { m_synchronized = true; }
    bool isSynchronized() const { return m_synchronized; }
    // Forgets everything (no events), e.g. when the mailbox is unselected.
    void clear();

    quint32 exists() const { return m_exists; }
    quint32 uidValidity() const { return m_uidValidity; }
    quint32 uidNext() const { return m_uidNext; }
    quint64 highestModSeq() const { return m_highestModSeq; }
    const QList<QByteArray> &permanentFlags() const { return m_permanentFlags; }
    const QList<QByteArray> &definedFlags() const { return m_definedFlags; }

    // 0 when the sequence number is out of range or its UID is not known yet.
    quint32 uidAt(quint32 sequenceNumber) const;
    // 0 when the UID is not in the map.
    quint32 sequenceOf(quint32 uid) const;
    // nullopt when the message is absent or its flags were never fetched.
    std::optional<MessageFlags> flagsAt(quint32 sequenceNumber) const;
    std::optional<MessageFlags> flagsOf(quint32 uid) const;
    QList<quint32> knownUids() const;
    // One walk over the slots (sequenceOf() per UID would search the map once per message).
    KnownMessages knownMessages() const;
    quint32 highestKnownUid() const;
    // The stored slots after the last one whose UID is known and at most floor, in sequence
    // order: their UIDs, 0 where not known yet. Costs the slots above floor (new mail), not the
    // mailbox; slots EXISTS announced but nothing stored yet are not included
    // (unknownUidCount() counts them).
    std::vector<quint32> slotsAbove(quint32 floor) const;
    quint32 unknownUidCount() const;
    // Messages EXISTS announced beyond the stored slots (their UIDs are not known either).
    quint32 unstoredCount() const { return m_exists - quint32(m_messages.uids.size()); }
    // Messages whose flags are known and include neither \Seen nor \Deleted, among the stored
    // slots (never the EXISTS count the server claims). Kept as flags change: O(1).
    quint32 unseenCount() const { return m_messages.unseen; }
    // The UIDs of the messages unseenCount() counts that are at most maxUid, ascending; with a
    // limit, only the highest (newest) limit of them. Walks the stored slots from the end.
    QList<quint32> unseenUids(quint32 maxUid = 0xFFFFFFFFu, qsizetype limit = -1) const;
    // Bytes held per the containers' capacities (vectors, keyword table, side table).
    quint64 memoryBytes() const;

Q_SIGNALS:
    void countChanged(quint32 count);
    // index: the 1-based sequence number the message had when it went (as in "* n EXPUNGE");
    // uid: 0 when its UID was never known.
    void messageExpunged(quint32 index, quint32 uid);
    // The complete new flag set of a message whose flags were known and changed.
    void flagsChanged(quint32 uid, const ImapCore::MessageFlags &flags);
    // The mailbox was recreated (RFC 9051 2.3.1.1); every UID known before is void.
    void uidValidityChanged(quint32 oldValue, quint32 newValue);

private:
    struct Messages
    {
        std::vector<quint32> uids;
        std::vector<quint32> flags;
        QHash<quint32, QList<QByteArray>> overflow; // slot index -> keywords beyond the bits
        quint32 unknownSlots = 0; // stored slots with UID 0
        quint32 unseen = 0; // slots whose mask isUnseen()

        void setMask(quint32 index, quint32 mask);
    };

    // applySnapshot() on count messages in UID order: the new state, and events for the change.
    SnapshotDiff replaceMessages(size_t count, const std::function<quint32(size_t)> &uidAt,
                                 const std::function<std::optional<MessageFlags>(size_t)> &flagsAt,
                                 SnapshotDiff diff);
    quint32 encodeFlags(const MessageFlags &flags, QList<QByteArray> &overflow);
    MessageFlags decodeFlags(const Messages &messages, quint32 index) const;
    std::optional<Error> materialise(quint32 sequenceNumber);
    void removeSlot(Messages &messages, quint32 index);
    qint64 indexOf(const Messages &messages, quint32 uid) const;
    void changeUidValidity(quint32 newValue);
    void autoFlush();
    void maybeShrink();

    // The fuzz harness reuses one session across inputs and puts every member back after each
    // (tests/fuzz/fuzzsessionsnapshot.h): a member added here must be added there too.
    friend struct ::FuzzSessionSnapshot;

    Messages m_messages;
    quint32 m_exists = 0;
    quint32 m_uidValidity = 0;
    quint32 m_uidNext = 0;
    quint64 m_highestModSeq = 0;
    QList<QByteArray> m_permanentFlags;
    QList<QByteArray> m_definedFlags;
    QList<QByteArray> m_keywordNames; // bit (5 + i) -> spelling first seen
    QHash<QByteArray, int> m_keywordBits; // lower-cased keyword -> i

    bool m_synchronized = false;
    bool m_resyncing = false;
    Messages m_previous;

    int m_batchDepth = 0;
    quint32 m_reportedCount = 0;
    std::optional<std::pair<quint32, quint32>> m_pendingUidValidity;
    QList<std::pair<quint32, quint32>> m_pendingExpunges;
    QList<quint32> m_pendingFlagChanges;
};

} // namespace ImapCore
