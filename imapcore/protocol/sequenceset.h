#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <optional>

namespace ImapCore {

// A set of message numbers or UIDs as IMAP writes it: "1:5,9,12:20" (RFC 9051 9, sequence-set).
// Kept as sorted, merged, non-overlapping inclusive ranges, so it stays small for large mailboxes.
// '*' is not representable here: the engine always knows concrete numbers, and servers never
// send '*' in the sets they return (VANISHED, ESEARCH ALL, APPENDUID, COPYUID, MODIFIED).
class SequenceSet
{
public:
    struct Range
    {
        quint32 first = 0;
        quint32 last = 0; // inclusive, first <= last
        friend bool operator==(const Range &, const Range &) = default;
    };

    SequenceSet() = default;

    // Compresses any list of numbers (unsorted, with duplicates) into ranges. Zero is ignored.
    static SequenceSet fromNumbers(QList<quint32> numbers);
    static SequenceSet fromRange(quint32 first, quint32 last);

    // Parses the wire form ("1:5,9,12:20"; "5:1" means 1:5). Returns nullopt on anything else:
    // zero, '*', numbers above 2^32-1, leading zeros (nz-number), empty elements, spaces,
    // trailing garbage. On failure, *errorOffset (if given) is the offending byte's offset.
    // Never expands ranges; linear in the input when the ranges come in ascending order.
    static std::optional<SequenceSet> parse(QByteArrayView text, qsizetype *errorOffset = nullptr);

    // Both merge with overlapping and adjacent ranges (1:3 + 4 = 1:4). Zero is ignored;
    // addRange accepts first > last.
    void add(quint32 number);
    void addRange(quint32 first, quint32 last);
    void unite(const SequenceSet &other);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool contains(quint32 number) const;
    // Count of numbers in the set (may exceed 2^32-1 only in theory, hence 64 bits).
    quint64 count() const;
    const QList<Range> &ranges() const { return m_ranges; }
    // Every number, ascending. Callers must bound count() first: "1:4294967295" is valid.
    QList<quint32> toNumbers() const;

    // The compressed wire form, "1:5,9,12:20". An empty set gives an empty array.
    QByteArray toByteArray() const;

    friend bool operator==(const SequenceSet &, const SequenceSet &) = default;

private:
    QList<Range> m_ranges;
};

} // namespace ImapCore
