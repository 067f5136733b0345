#pragma once

#include "protocol/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <string_view>

namespace ImapCore {

// Character classes of RFC 9051 9 (formal syntax), one table lookup per byte.
namespace CharClass {
enum : quint8 {
    Atom = 1, // ATOM-CHAR: CHAR except atom-specials
    AString = 2, // ASTRING-CHAR: ATOM-CHAR / resp-specials ("]")
    Tag = 4, // ASTRING-CHAR except "+"
    Token = 8, // generic token of an unknown value: VCHAR except ( ) " {
    Digit = 16,
    SeqSet = 32, // digits, ":", ",", "*"
    Name = 64, // ATOM-CHAR except "[": response names, fetch item names ("BODY[", "OK[")
};

constexpr std::array<quint8, 256> makeTable()
{
    std::array<quint8, 256> t {};
    for (int c = 0x21; c < 0x7f; ++c) {
        quint8 v = Token | Tag | AString | Atom | Name;
        switch (c) {
        case '(':
        case ')':
        case '{':
        case '"':
            v = 0;
            break;
        case '%':
        case '*':
        case '\\':
            v = Token;
            break;
        case ']':
            v = Token | Tag | AString;
            break;
        case '+':
            v = Token | AString | Atom | Name;
            break;
        case '[':
            v = Token | Tag | AString | Atom;
            break;
        default:
            break;
        }
        if (c >= '0' && c <= '9')
            v |= Digit | SeqSet;
        if (c == ':' || c == ',' || c == '*')
            v |= SeqSet;
        t[size_t(c)] = v;
    }
    return t;
}

inline constexpr std::array<quint8, 256> table = makeTable();

inline bool is(char c, quint8 cls)
{
    return (table[quint8(c)] & cls) != 0;
}
} // namespace CharClass

// A read position over one framed response unit (RFC 9051 2.2.2, 4): small pure readers for the
// grammar's terminals (atoms, numbers, quoted strings, literals, NIL). The first failure is
// remembered with its byte offset; every reader is a no-op once the cursor has failed, so callers
// can chain reads and check failed() once. Never throws, never allocates except for the values
// it returns.
//
// Given the unit as a QByteArray, the strings it returns share the unit's buffer instead of
// copying it (bytes()): a FETCH's twenty-odd fields cost no allocation each, and a literal of
// 30 MiB is held once, not twice. Such a value keeps the whole unit alive while it lives, and
// is not NUL-terminated at its end: read it through its size, as Qt does.
class ParseCursor
{
public:
    explicit ParseCursor(QByteArrayView unit)
        : m_begin(unit.data())
        , m_pos(unit.data())
        , m_end(unit.data() + unit.size())
        , m_lineStart(unit.data())
    { }
    explicit ParseCursor(const QByteArray &unit)
        : ParseCursor(QByteArrayView(unit))
    {
        m_owner = &unit;
    }

    // The bytes of v (which lies in the unit) as a QByteArray: shares the unit's buffer when the
    // cursor was given one that can be shared, copies otherwise.
    QByteArray bytes(QByteArrayView v) const;

    qsizetype offset() const { return m_pos - m_begin; }
    const char *position() const { return m_pos; }
    const char *begin() const { return m_begin; }
    bool failed() const { return m_failed; }
    const ParseError &error() const { return m_error; }
    // Narrows the readable range to [position, end): response code arguments end at "]".
    void limitTo(const char *end) { m_end = end; }
    void advanceTo(const char *p)
    {
        if (!m_failed)
            m_pos = p;
    }
    bool atEnd() const { return m_pos >= m_end; }
    char peek() const { return m_pos < m_end ? *m_pos : '\0'; }
    char peekAt(qsizetype n) const { return m_end - m_pos > n ? m_pos[n] : '\0'; }
    // True at CR or LF (the end of the current line) or at the end of the unit.
    bool atLineEnd() const { return m_pos >= m_end || *m_pos == '\r' || *m_pos == '\n'; }

    bool consume(char c)
    {
        if (!m_failed && m_pos < m_end && *m_pos == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool expect(char c, const char *what)
    {
        if (consume(c))
            return true;
        failExpected(what);
        return false;
    }
    // One SP is the grammar; extra spaces are accepted (Exchange pads BODYSTRUCTURE with them).
    bool expectSpace(const char *what)
    {
        if (!expect(' ', what))
            return false;
        skipSpaces();
        return true;
    }
    void skipSpaces()
    {
        while (m_pos < m_end && *m_pos == ' ')
            ++m_pos;
    }

    // 1*chars of class cls. Empty on failure. A following 8-bit, NUL or control byte (other than
    // CR / LF) is an error: no IMAP terminal continues with one.
    QByteArrayView readToken(quint8 cls, const char *what);
    QByteArrayView readAtom(const char *what) { return readToken(CharClass::Atom, what); }
    // A flag or mailbox attribute: "\\Seen", "\\*", "$Forwarded", "Junk" (RFC 9051 9, flag).
    QByteArrayView readFlag(const char *what);

    // number (RFC 9051 4.2): digits, leading zeros allowed, at most max.
    bool readNumber(quint64 &out, quint64 max, const char *what);
    bool readNumber32(quint32 &out, const char *what);
    bool readNumber64(quint64 &out, const char *what); // number64 / mod-sequence: 63 bits

    // True (and consumed) if the next token is NIL in any case, not followed by an atom char.
    bool consumeNil();
    // True (and consumed) if the next atom equals upperKeyword case-insensitively.
    bool consumeKeyword(std::string_view upperKeyword);

    // string = quoted / literal (RFC 9051 4.3); literal8 "~{n}" accepted too (RFC 3516).
    bool readString(QByteArray &out, const char *what);
    bool readNString(NString &out, const char *what);
    // A string where Exchange sometimes sends NIL: NIL gives "".
    bool readStringOrNil(QByteArray &out, const char *what);
    bool readAString(QByteArray &out, const char *what);
    // Skips one value of any shape (token, string, literal, parenthesised list nested at most
    // Limits::maxNestingDepth - depth deep) without recursion; returns the raw bytes it covered.
    QByteArrayView skipValue(int depth, const char *what);

    // True (and consumed) if the next bytes repeat earlier, a parenthesised value already read
    // from this line (no literal inside, so no line bookkeeping to redo): reading them again
    // would give the same value.
    bool consumeRepeatOf(QByteArrayView earlier);

    // The rest of the current line (text, RFC 9051 9): raw bytes; NUL is an error.
    QByteArrayView readText();
    // The final CRLF (or bare LF), which must end the unit.
    bool expectEndOfResponse();

    // Records the first failure; later ones are ignored.
    void fail(qsizetype offset, const QString &reason);
    // "expected <what> at offset N, got 'c'"
    void failExpected(const char *what);
    QString describeHere() const;

private:
    bool readQuoted(QByteArray *out, const char *what);
    bool readLiteral(QByteArray *out, const char *what);
    bool checkLineLength(const char *lineEnd);

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    const char *m_lineStart;
    const QByteArray *m_owner = nullptr; // the unit, when its values may share its buffer
    bool m_failed = false;
    ParseError m_error;
};

inline bool keywordEquals(QByteArrayView v, std::string_view upper)
{
    if (size_t(v.size()) != upper.size())
        return false;
    for (size_t i = 0; i < upper.size(); ++i) {
        char c = v.data()[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
        if (c != upper[i])
            return false;
    }
    return true;
}

} // namespace ImapCore
