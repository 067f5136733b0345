#include "protocol/parsecursor.h"

#include "protocol/limits.h"
#include "protocol/sharedbytes.h"

#include <cstring>

namespace ImapCore {

namespace {

bool isBadByte(char c)
{
    const auto u = quint8(c);
    return u >= 0x80 || u == 0x7f || (u < 0x20 && c != '\r' && c != '\n');
}

QString describeByte(const char *p, const char *end)
{
    if (p >= end)
        return QStringLiteral("end of input");
    const char c = *p;
    if (c == '\r' || c == '\n')
        return QStringLiteral("end of line");
    const auto u = quint8(c);
    if (u < 0x20 || u >= 0x7f)
        return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

} // namespace

QByteArray ParseCursor::bytes(QByteArrayView v) const
{
    return m_owner ? sharedBytes(*m_owner, v) : v.toByteArray();
}

void ParseCursor::fail(qsizetype offset, const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = ParseError {offset, reason};
}

QString ParseCursor::describeHere() const
{
    return describeByte(m_pos, m_end);
}

void ParseCursor::failExpected(const char *what)
{
    if (m_failed)
        return;
    fail(offset(),
         QStringLiteral("expected %1 at offset %2, got %3")
             .arg(QLatin1StringView(what))
             .arg(offset())
             .arg(describeHere()));
}

QByteArrayView ParseCursor::readToken(quint8 cls, const char *what)
{
    if (m_failed)
        return {};
    const char *start = m_pos;
    while (m_pos < m_end && CharClass::is(*m_pos, cls))
        ++m_pos;
    if (m_pos < m_end && isBadByte(*m_pos)) {
        fail(offset(),
             QStringLiteral("invalid %1 in %2 at offset %3 (only ASCII is allowed here)")
                 .arg(describeHere())
                 .arg(QLatin1StringView(what))
                 .arg(offset()));
        return {};
    }
    if (m_pos == start) {
        failExpected(what);
        return {};
    }
    return QByteArrayView(start, m_pos - start);
}

QByteArrayView ParseCursor::readFlag(const char *what)
{
    if (m_failed)
        return {};
    const char *start = m_pos;
    if (consume('\\')) {
        // RFC 9051 7.1: "\*" in PERMANENTFLAGS means new keywords may be created.
        if (!consume('*') && readAtom(what).isEmpty())
            return {};
        if (m_pos < m_end && isBadByte(*m_pos)) {
            readAtom(what);
            return {};
        }
        return QByteArrayView(start, m_pos - start);
    }
    return readAtom(what);
}

bool ParseCursor::readNumber(quint64 &out, quint64 max, const char *what)
{
    if (m_failed)
        return false;
    const char *start = m_pos;
    quint64 value = 0;
    while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
        const auto digit = quint64(*m_pos - '0');
        if (value > (max - digit) / 10) {
            fail(start - m_begin,
                 QStringLiteral("%1 at offset %2 exceeds %3")
                     .arg(QLatin1StringView(what))
                     .arg(start - m_begin)
                     .arg(max));
            return false;
        }
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start) {
        failExpected(what);
        return false;
    }
    if (m_pos < m_end && isBadByte(*m_pos)) {
        fail(offset(),
             QStringLiteral("expected %1 at offset %2, got %3 after the digits")
                 .arg(QLatin1StringView(what))
                 .arg(start - m_begin)
                 .arg(describeHere()));
        return false;
    }
    out = value;
    return true;
}

bool ParseCursor::readNumber32(quint32 &out, const char *what)
{
    quint64 v = 0;
    if (!readNumber(v, Limits::maxNumber, what))
        return false;
    out = quint32(v);
    return true;
}

bool ParseCursor::readNumber64(quint64 &out, const char *what)
{
    return readNumber(out, Limits::maxModSeq, what);
}

bool ParseCursor::consumeKeyword(std::string_view upperKeyword)
{
    if (m_failed || m_end - m_pos < qsizetype(upperKeyword.size()))
        return false;
    if (!keywordEquals(QByteArrayView(m_pos, qsizetype(upperKeyword.size())), upperKeyword))
        return false;
    const char *after = m_pos + upperKeyword.size();
    if (after < m_end && CharClass::is(*after, CharClass::Atom))
        return false;
    m_pos = after;
    return true;
}

bool ParseCursor::consumeNil()
{
    // Most values are not NIL: one byte tells.
    if (m_pos < m_end && (*m_pos | 0x20) != 'n')
        return false;
    return consumeKeyword("NIL");
}

bool ParseCursor::checkLineLength(const char *lineEnd)
{
    if (lineEnd - m_lineStart > Limits::maxLineLength) {
        const qsizetype at = m_lineStart - m_begin + Limits::maxLineLength;
        fail(at,
             QStringLiteral("line starting at offset %1 exceeds Limits::maxLineLength (%2 bytes)")
                 .arg(m_lineStart - m_begin)
                 .arg(Limits::maxLineLength));
        return false;
    }
    return true;
}

// Bytes that end the fast scan of a quoted string: DQUOTE, "\", CR, LF, NUL.
constexpr std::array<bool, 256> quotedStops = [] {
    std::array<bool, 256> t {};
    for (const char c : {'"', '\\', '\r', '\n', '\0'})
        t[quint8(c)] = true;
    return t;
}();

namespace {

// True if any byte of the eight in w is below 0x20 (CR, LF, NUL among them), a DQUOTE or a "\"
// (the classic word-at-a-time byte tests; a control byte such as TAB is a false alarm that the
// byte loop below sorts out).
constexpr bool mayStopQuoted(quint64 w)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) {
        return (v - ones) & ~v & highs;
    };
    const quint64 belowSpace = (w - ones * 0x20) & ~w & highs;
    return (belowSpace | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\'))) != 0;
}

// The first byte in [p, end) that ends the fast scan of a quoted string, or end: eight bytes at a
// time through the plain text that makes up nearly all of a quoted string.
const char *skipQuotedText(const char *p, const char *end)
{
    for (;;) {
        while (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, sizeof w);
            if (mayStopQuoted(w))
                break;
            p += 8;
        }
        const char *const chunkEnd = end - p > 8 ? p + 8 : end;
        while (p < chunkEnd && !quotedStops[quint8(*p)])
            ++p;
        if (p < chunkEnd || p == end)
            return p;
    }
}

} // namespace

bool ParseCursor::readQuoted(QByteArray *out, const char *what)
{
    const char *start = m_pos;
    const char *p = m_pos + 1;
    qsizetype escapes = 0;
    for (;;) {
        p = skipQuotedText(p, m_end);
        if (p >= m_end || *p == '\r' || *p == '\n') {
            m_pos = p;
            fail(p - m_begin,
                 QStringLiteral("unterminated quoted string for %1 starting at offset %2")
                     .arg(QLatin1StringView(what))
                     .arg(start - m_begin));
            return false;
        }
        const char c = *p;
        if (c == '"')
            break;
        if (c == '\0') {
            m_pos = p;
            fail(p - m_begin,
                 QStringLiteral("NUL byte at offset %1 inside quoted string for %2")
                     .arg(p - m_begin)
                     .arg(QLatin1StringView(what)));
            return false;
        }
        if (c == '\\' && p + 1 < m_end && (p[1] == '"' || p[1] == '\\')) {
            ++escapes;
            p += 2;
            continue;
        }
        ++p;
    }
    m_pos = p + 1;
    if (!out)
        return true;
    const qsizetype rawLength = p - (start + 1);
    if (escapes == 0) {
        *out = bytes(QByteArrayView(start + 1, rawLength));
        return true;
    }
    QByteArray value(rawLength - escapes, Qt::Uninitialized);
    char *dst = value.data();
    for (const char *s = start + 1; s < p; ++s) {
        if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
            ++s;
        *dst++ = *s;
    }
    *out = std::move(value);
    return true;
}

bool ParseCursor::readLiteral(QByteArray *out, const char *what)
{
    const char *start = m_pos;
    if (*m_pos == '~')
        ++m_pos; // literal8, RFC 3516 4.2
    if (!expect('{', what))
        return false;
    const char *digits = m_pos;
    quint64 size = 0;
    while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
        if (m_pos - digits >= Limits::maxLiteralSizeDigits) {
            fail(start - m_begin,
                 QStringLiteral("literal size at offset %1 has more than %2 digits")
                     .arg(start - m_begin)
                     .arg(Limits::maxLiteralSizeDigits));
            return false;
        }
        size = size * 10 + quint64(*m_pos - '0');
        ++m_pos;
    }
    if (m_pos == digits) {
        failExpected("literal size");
        return false;
    }
    if (size > quint64(Limits::maxLiteralSize)) {
        fail(start - m_begin,
             QStringLiteral("literal of %1 bytes at offset %2 exceeds Limits::maxLiteralSize")
                 .arg(size)
                 .arg(start - m_begin));
        return false;
    }
    consume('+'); // LITERAL+ form; servers should not send it, but it is harmless
    if (!expect('}', "'}' to close literal size"))
        return false;
    consume('\r');
    if (!expect('\n', "CRLF after literal size"))
        return false;
    if (!checkLineLength(m_pos))
        return false;
    if (quint64(m_end - m_pos) < size) {
        fail(m_end - m_begin,
             QStringLiteral("literal at offset %1 announces %2 bytes but only %3 follow")
                 .arg(start - m_begin)
                 .arg(size)
                 .arg(m_end - m_pos));
        return false;
    }
    if (out)
        *out = bytes(QByteArrayView(m_pos, qsizetype(size)));
    m_pos += size;
    m_lineStart = m_pos;
    return true;
}

bool ParseCursor::readString(QByteArray &out, const char *what)
{
    if (m_failed)
        return false;
    const char c = peek();
    if (c == '"')
        return readQuoted(&out, what);
    if (c == '{' || (c == '~' && peekAt(1) == '{'))
        return readLiteral(&out, what);
    failExpected(what);
    return false;
}

bool ParseCursor::readNString(NString &out, const char *what)
{
    if (m_failed)
        return false;
    if (consumeNil()) {
        out.reset();
        return true;
    }
    QByteArray value;
    if (!readString(value, what))
        return false;
    out = std::move(value);
    return true;
}

bool ParseCursor::readStringOrNil(QByteArray &out, const char *what)
{
    if (m_failed)
        return false;
    if (consumeNil()) {
        out.clear();
        return true;
    }
    return readString(out, what);
}

bool ParseCursor::readAString(QByteArray &out, const char *what)
{
    if (m_failed)
        return false;
    const char c = peek();
    if (c == '"' || c == '{' || (c == '~' && peekAt(1) == '{'))
        return readString(out, what);
    const QByteArrayView atom = readToken(CharClass::AString, what);
    if (atom.isEmpty())
        return false;
    out = bytes(atom);
    return true;
}

QByteArrayView ParseCursor::skipValue(int depth, const char *what)
{
    if (m_failed)
        return {};
    const char *start = m_pos;
    int open = 0;
    do {
        if (open > 0)
            skipSpaces();
        const char c = peek();
        if (c == '(') {
            if (depth + open >= Limits::maxNestingDepth) {
                fail(offset(),
                     QStringLiteral("nesting deeper than Limits::maxNestingDepth (%1) at offset %2")
                         .arg(Limits::maxNestingDepth)
                         .arg(offset()));
                return {};
            }
            ++m_pos;
            ++open;
            continue;
        }
        if (c == ')' && open > 0) {
            ++m_pos;
            --open;
            continue;
        }
        if (open > 0 && atLineEnd()) {
            failExpected("')' to close list");
            return {};
        }
        if (c == '"') {
            if (!readQuoted(nullptr, what))
                return {};
        } else if (c == '{' || (c == '~' && peekAt(1) == '{')) {
            if (!readLiteral(nullptr, what))
                return {};
        } else if (readToken(CharClass::Token, what).isEmpty()) {
            return {};
        }
    } while (open > 0);
    return QByteArrayView(start, m_pos - start);
}

bool ParseCursor::consumeRepeatOf(QByteArrayView earlier)
{
    // A value ending in ")" ends there whatever follows; one without a line break holds no
    // literal, whose line the cursor would have to account for.
    if (m_failed || earlier.size() < 2 || earlier.front() != '(' || earlier.back() != ')'
        || m_end - m_pos < earlier.size() || earlier.contains('\n'))
        return false;
    if (std::memcmp(m_pos, earlier.data(), size_t(earlier.size())) != 0)
        return false;
    m_pos += earlier.size();
    return true;
}

QByteArrayView ParseCursor::readText()
{
    if (m_failed)
        return {};
    const char *start = m_pos;
    while (m_pos < m_end && *m_pos != '\r' && *m_pos != '\n') {
        if (*m_pos == '\0') {
            fail(offset(), QStringLiteral("NUL byte at offset %1 in response text").arg(offset()));
            return {};
        }
        ++m_pos;
    }
    return QByteArrayView(start, m_pos - start);
}

bool ParseCursor::expectEndOfResponse()
{
    if (m_failed)
        return false;
    const char *lineEnd = m_pos;
    if (m_pos >= m_end) {
        fail(offset(), QStringLiteral("missing CRLF at end of response (offset %1)").arg(offset()));
        return false;
    }
    consume('\r');
    if (!consume('\n')) {
        if (m_pos >= m_end) {
            fail(offset(), QStringLiteral("missing LF after CR at offset %1").arg(offset()));
            return false;
        }
        m_pos = lineEnd;
        fail(offset(),
             QStringLiteral("unexpected %1 at offset %2 after a complete response")
                 .arg(describeHere())
                 .arg(offset()));
        return false;
    }
    if (!checkLineLength(m_pos))
        return false;
    if (m_pos != m_end) {
        fail(offset(),
             QStringLiteral("%1 unexpected bytes at offset %2 after the response's CRLF")
                 .arg(m_end - m_pos)
                 .arg(offset()));
        return false;
    }
    return true;
}

} // namespace ImapCore
