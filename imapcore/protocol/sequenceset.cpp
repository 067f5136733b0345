#include "sequenceset.h"

#include "protocol/limits.h"

#include <algorithm>

namespace ImapCore {

namespace {

using Range = SequenceSet::Range;

// Sorts by first and merges overlapping or adjacent ranges in place.
void normalize(QList<Range> &ranges)
{
    if (ranges.size() < 2)
        return;
    const bool sorted =
        std::is_sorted(ranges.cbegin(), ranges.cend(),
                       [](const Range &a, const Range &b) { return a.first < b.first; });
    if (!sorted)
        std::sort(ranges.begin(), ranges.end(),
                  [](const Range &a, const Range &b) { return a.first < b.first; });
    qsizetype out = 0;
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        Range &cur = ranges[out];
        const Range &next = ranges.at(i);
        if (quint64(next.first) <= quint64(cur.last) + 1) {
            cur.last = std::max(cur.last, next.last);
        } else {
            ranges[++out] = next;
        }
    }
    ranges.resize(out + 1);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

SequenceSet SequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    SequenceSet set;
    for (const quint32 n : std::as_const(numbers)) {
        if (n == 0)
            continue;
        if (!set.m_ranges.isEmpty()) {
            Range &last = set.m_ranges.last();
            if (n <= last.last)
                continue;
            if (n == last.last + 1) {
                last.last = n;
                continue;
            }
        }
        set.m_ranges.append({n, n});
    }
    return set;
}

SequenceSet SequenceSet::fromRange(quint32 first, quint32 last)
{
    SequenceSet set;
    set.addRange(first, last);
    return set;
}

// RFC 9051 9: sequence-set = (seq-number / seq-range) ["," sequence-set];
// seq-range = seq-number ":" seq-number; seq-number = nz-number / "*"; nz-number = digit-nz *DIGIT.
// '*' and leading zeros are rejected (see the header). One pass over the input, then one sort/merge
// that is linear when the ranges already come in ascending order (as servers send them).
std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text, qsizetype *errorOffset)
{
    const qsizetype size = text.size();
    qsizetype pos = 0;
    auto fail = [&](qsizetype at) -> std::optional<SequenceSet> {
        if (errorOffset)
            *errorOffset = at;
        return std::nullopt;
    };
    auto readNumber = [&](quint32 &out) -> bool {
        if (pos >= size || text[pos] < '1' || text[pos] > '9')
            return false;
        quint64 value = 0;
        while (pos < size && isDigit(text[pos])) {
            value = value * 10 + quint64(text[pos] - '0');
            if (value > Limits::maxNumber)
                return false;
            ++pos;
        }
        out = quint32(value);
        return true;
    };

    SequenceSet set;
    if (size == 0)
        return fail(0);
    while (true) {
        quint32 first = 0;
        if (!readNumber(first))
            return fail(pos);
        quint32 last = first;
        if (pos < size && text[pos] == ':') {
            ++pos;
            if (!readNumber(last))
                return fail(pos);
        }
        if (first > last)
            std::swap(first, last);
        set.m_ranges.append({first, last});
        if (pos == size)
            break;
        if (text[pos] != ',')
            return fail(pos);
        ++pos;
    }
    normalize(set.m_ranges);
    return set;
}

void SequenceSet::add(quint32 number)
{
    addRange(number, number);
}

void SequenceSet::addRange(quint32 first, quint32 last)
{
    if (first > last)
        std::swap(first, last);
    if (first == 0)
        first = 1;
    if (last == 0)
        return;
    // First range whose end reaches first-1 (so adjacent ranges merge too).
    auto it = std::lower_bound(m_ranges.begin(), m_ranges.end(), first,
                               [](const Range &r, quint32 v) { return quint64(r.last) + 1 < v; });
    if (it == m_ranges.end() || quint64(it->first) > quint64(last) + 1) {
        m_ranges.insert(it, {first, last});
        return;
    }
    // Overlaps or touches *it; absorb every following range it reaches.
    const qsizetype index = it - m_ranges.begin();
    Range merged {std::min(it->first, first), std::max(it->last, last)};
    qsizetype end = index + 1;
    while (end < m_ranges.size() && quint64(m_ranges.at(end).first) <= quint64(merged.last) + 1) {
        merged.last = std::max(merged.last, m_ranges.at(end).last);
        ++end;
    }
    m_ranges[index] = merged;
    m_ranges.remove(index + 1, end - index - 1);
}

void SequenceSet::unite(const SequenceSet &other)
{
    if (other.m_ranges.isEmpty())
        return;
    m_ranges.append(other.m_ranges);
    normalize(m_ranges);
}

bool SequenceSet::contains(quint32 number) const
{
    auto it = std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), number,
                               [](const Range &r, quint32 v) { return r.last < v; });
    return it != m_ranges.cend() && it->first <= number;
}

quint64 SequenceSet::count() const
{
    quint64 total = 0;
    for (const Range &r : m_ranges)
        total += quint64(r.last) - r.first + 1;
    return total;
}

QList<quint32> SequenceSet::toNumbers() const
{
    QList<quint32> out;
    out.reserve(qsizetype(std::min<quint64>(count(), quint64(1) << 24)));
    for (const Range &r : m_ranges) {
        for (quint64 n = r.first; n <= r.last; ++n)
            out.append(quint32(n));
    }
    return out;
}

QByteArray SequenceSet::toByteArray() const
{
    QByteArray out;
    out.reserve(m_ranges.size() * 8);
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out.append(',');
        out.append(QByteArray::number(r.first));
        if (r.last != r.first) {
            out.append(':');
            out.append(QByteArray::number(r.last));
        }
    }
    return out;
}

} // namespace ImapCore
