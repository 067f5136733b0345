#include "responseframer.h"

#include "protocol/limits.h"
#include "protocol/sharedbytes.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// Below this many consumed bytes the buffer is not compacted: a memmove of a small prefix per
// unit would cost more than it saves.
constexpr qsizetype compactThreshold = 64 * 1024;

// Literals from this size on get their buffer reserved at once when announced, with this much
// room for what follows them in the same reads (the rest of the response, a TLS record or two).
constexpr qint64 literalReserveThreshold = 64 * 1024;
constexpr qint64 literalReserveSlack = 64 * 1024;

// A unit from this size on is not copied out of the buffer: it takes the buffer over (sharing
// it) and only the bytes after it are copied to a new one. A 60 MiB response of two literals
// followed by its tagged OK in the same read is then held once, not twice (issue 10.3).
constexpr qsizetype handOverThreshold = 64 * 1024;

QString describeSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * kib;
    if (bytes % mib == 0)
        return QString::number(bytes / mib) + u" MiB";
    if (bytes % kib == 0)
        return QString::number(bytes / kib) + u" KiB";
    return QString::number(bytes) + u" bytes";
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True if position `end` of the segment [begin, end) lies inside a quoted string (RFC 9051 4.3:
// quoted = DQUOTE *QUOTED-CHAR DQUOTE, with "\" escaping "\" and DQUOTE inside it).
bool endsInsideQuotedString(const char *begin, const char *end)
{
    bool quoted = false;
    const char *p = begin;
    while (p < end) {
        if (!quoted) {
            p = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!p)
                return false;
            quoted = true;
            ++p;
            continue;
        }
        if (*p == '\\')
            p += 2;
        else if (*p++ == '"')
            quoted = false;
    }
    return quoted;
}

} // namespace

void ResponseFramer::feed(QByteArrayView bytes)
{
    if (m_error || bytes.isEmpty())
        return;
    if (m_head == end() && !m_buffer.isEmpty()) {
        m_bufferOffset = m_head;
        m_buffer.resize(0);
    }
    m_buffer.append(bytes);
    scan();
}

FramerResult ResponseFramer::next()
{
    if (m_readyEnds.isEmpty()) {
        if (m_error)
            return *m_error;
        return NeedMoreData {};
    }
    const qint64 unitEnd = m_readyEnds.takeFirst();
    ResponseUnit unit;
    unit.streamOffset = m_head;
    const qsizetype from = qsizetype(m_head - m_bufferOffset);
    const qsizetype size = qsizetype(unitEnd - m_head);
    if (from == 0 && size == m_buffer.size()) {
        unit.bytes = std::move(m_buffer);
        m_buffer = QByteArray();
        m_bufferOffset = unitEnd;
    } else if (size >= handOverThreshold) {
        const qsizetype restFrom = from + size;
        QByteArray rest(m_buffer.constData() + restFrom, m_buffer.size() - restFrom);
        unit.bytes = sharedBytes(m_buffer, QByteArrayView(m_buffer).sliced(from, size));
        m_buffer = std::move(rest);
        m_bufferOffset = unitEnd;
    } else {
        unit.bytes = QByteArray(m_buffer.constData() + from, size);
    }
    m_head = unitEnd;

    const qsizetype consumed = qsizetype(m_head - m_bufferOffset);
    if (consumed == m_buffer.size()) {
        m_bufferOffset = m_head;
        m_buffer.resize(0);
    } else if (consumed >= compactThreshold && consumed >= m_buffer.size() / 2) {
        m_buffer.remove(0, consumed);
        m_bufferOffset = m_head;
    }
    return unit;
}

qsizetype ResponseFramer::bufferedBytes() const
{
    return qsizetype(end() - m_head);
}

bool ResponseFramer::hasFailed() const
{
    return m_error.has_value();
}

void ResponseFramer::fail(qint64 offset, QString reason, qint64 contextEnd)
{
    // The same bytes however the stream was cut: contextEnd is where the fault was seen, and a
    // fault seen before the line ended (no LF yet) lies beyond maxFramingErrorContext.
    const qint64 startEnd =
        std::min({contextEnd, end(), m_unitStart + Limits::maxFramingErrorContext});
    QByteArray start(at(m_unitStart), qsizetype(startEnd - m_unitStart));
    m_error = FramingError {offset, std::move(reason), std::move(start)};
    // The stream lost sync: keep only the complete units still to be returned.
    const qint64 keepEnd = m_readyEnds.isEmpty() ? m_head : m_readyEnds.last();
    m_buffer.truncate(qsizetype(keepEnd - m_bufferOffset));
    m_buffer.squeeze();
    m_scan = keepEnd;
}

void ResponseFramer::scan()
{
    while (!m_error && m_scan < end()) {
        if (m_scan < m_literalEnd) {
            m_scan = qMin(m_literalEnd, end());
            continue;
        }
        if (!scanLine())
            return;
    }
}

// Examines line bytes from m_scan on. Returns false when the line is incomplete (or an error
// was raised), true when a line ended and scanning may go on.
bool ResponseFramer::scanLine()
{
    const qint64 bufferEnd = end();
    const char *from = at(m_scan);
    const char *lf = static_cast<const char *>(std::memchr(from, '\n', size_t(bufferEnd - m_scan)));
    const char *stop = lf ? lf : at(bufferEnd);
    if (const void *nul = std::memchr(from, '\0', size_t(stop - from))) {
        const qint64 offset = m_scan + (static_cast<const char *>(nul) - from);
        fail(offset,
             u"NUL byte at offset "_s + QString::number(offset) + u" in a line (outside a literal)",
             offset + 1);
        return false;
    }

    if (!lf) {
        m_scan = bufferEnd;
        // The line cannot end within the limit any more: at least its LF is still to come.
        if (bufferEnd - m_lineStart >= Limits::maxLineLength) {
            fail(m_lineStart,
                 u"line at offset "_s + QString::number(m_lineStart)
                     + u" has no line end within the " + describeSize(Limits::maxLineLength)
                     + u" line length limit",
                 bufferEnd);
        } else if (bufferEnd - m_unitStart >= Limits::maxResponseSize) {
            fail(m_unitStart,
                 u"response at offset "_s + QString::number(m_unitStart) + u" exceeds the "
                     + describeSize(Limits::maxResponseSize) + u" response size limit",
                 bufferEnd);
        }
        return false;
    }

    const qint64 lfOffset = m_scan + (lf - from);
    const qint64 lineEnd = lfOffset + 1;
    if (lineEnd - m_lineStart > Limits::maxLineLength) {
        fail(m_lineStart,
             u"line of "_s + QString::number(lineEnd - m_lineStart) + u" bytes at offset "
                 + QString::number(m_lineStart) + u" exceeds the "
                 + describeSize(Limits::maxLineLength) + u" line length limit",
             lineEnd);
        return false;
    }
    if (lineEnd - m_unitStart > Limits::maxResponseSize) {
        fail(m_unitStart,
             u"response at offset "_s + QString::number(m_unitStart) + u" exceeds the "
                 + describeSize(Limits::maxResponseSize) + u" response size limit",
             lineEnd);
        return false;
    }
    m_scan = lineEnd;

    // RFC 9051 4.3: literal = "{" number64 ["+"] "}" CRLF; literal8 = "~{" number64 "}" CRLF
    // (RFC 3516 / RFC 9051 4.3). The "+" form is client-to-server only, so it is not a marker here.
    const char *lineBegin = at(m_lineStart);
    const char *content = lf;
    if (content > lineBegin && content[-1] == '\r')
        --content;
    const char *marker = nullptr;
    const char *digits = content - 1;
    if (content - lineBegin >= 3 && content[-1] == '}') {
        while (digits > lineBegin && isDigit(digits[-1]))
            --digits;
        if (digits < content - 1 && digits - 1 >= lineBegin && digits[-1] == '{') {
            marker = digits - 1;
            if (marker > lineBegin && marker[-1] == '~')
                --marker;
            if (endsInsideQuotedString(lineBegin, marker))
                marker = nullptr;
        }
    }

    if (!marker) {
        m_readyEnds.append(lineEnd);
        m_unitStart = lineEnd;
        m_lineStart = lineEnd;
        m_literalCount = 0;
        return true;
    }

    const qint64 markerOffset = m_lineStart + (marker - lineBegin);
    const qsizetype digitCount = content - 1 - digits;
    if (digitCount > Limits::maxLiteralSizeDigits) {
        fail(markerOffset,
             u"literal size at offset "_s + QString::number(markerOffset) + u" has "
                 + QString::number(digitCount) + u" digits (at most "
                 + QString::number(Limits::maxLiteralSizeDigits) + u" accepted)",
             lineEnd);
        return false;
    }
    qint64 size = 0;
    for (const char *p = digits; p < content - 1; ++p)
        size = size * 10 + (*p - '0');
    if (size > Limits::maxLiteralSize) {
        fail(markerOffset,
             u"literal of "_s + QString::number(size) + u" bytes at offset "
                 + QString::number(markerOffset) + u" exceeds the "
                 + describeSize(Limits::maxLiteralSize) + u" literal size limit",
             lineEnd);
        return false;
    }
    if (++m_literalCount > Limits::maxLiteralsPerResponse) {
        fail(markerOffset,
             u"literal at offset "_s + QString::number(markerOffset) + u" is literal number "
                 + QString::number(m_literalCount) + u" of the response at offset "
                 + QString::number(m_unitStart) + u", over the limit of "
                 + QString::number(Limits::maxLiteralsPerResponse) + u" literals per response",
             lineEnd);
        return false;
    }
    // The literal plus at least the LF of the line after it must fit.
    if (lineEnd + size + 1 - m_unitStart > Limits::maxResponseSize) {
        fail(markerOffset,
             u"literal of "_s + QString::number(size) + u" bytes at offset "
                 + QString::number(markerOffset) + u" makes the response at offset "
                 + QString::number(m_unitStart) + u" exceed the "
                 + describeSize(Limits::maxResponseSize) + u" response size limit",
             lineEnd);
        return false;
    }
    m_literalEnd = lineEnd + size;
    m_lineStart = m_literalEnd;
    // A large literal is buffered in one allocation of its announced size (with room for the
    // end of the response after it), not by geometric growth, which reaches about twice the
    // literal and copies it at every step (issue 10.3). Only address space until bytes arrive.
    if (size >= literalReserveThreshold) {
        const qint64 needed = m_literalEnd - m_bufferOffset + literalReserveSlack;
        if (needed > m_buffer.capacity())
            m_buffer.reserve(qsizetype(needed));
    }
    return true;
}

} // namespace ImapCore
