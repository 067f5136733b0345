#pragma once

// Internal to the protocol layer's text decoders (CharsetDecoder, EncodedWords, MimeParameters,
// MailDate, TransferEncoding, HtmlToText, PreviewText): the byte and character helpers more than
// one of them needs. Not part of the library's API.

#include <QByteArrayView>
#include <QChar>
#include <QString>

#include <array>

namespace ImapCore::TextUtil {

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

inline bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Qt's Latin-1 case folding, with ASCII folded inline (the tokens compared are mostly ASCII).
inline bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const char x = a[i];
        const char y = b[i];
        if (x == y)
            continue;
        if (uchar(x) >= 0x80 || uchar(y) >= 0x80)
            return a.compare(b, Qt::CaseInsensitive) == 0;
        if ((x | 0x20) != (y | 0x20) || !isAlpha(x))
            return false;
    }
    return true;
}

// Parses up to maxDigits decimal digits; -1 if t is not entirely digits.
inline int number(QByteArrayView t, int maxDigits)
{
    if (t.isEmpty() || t.size() > maxDigits)
        return -1;
    int v = 0;
    for (char c : t) {
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// windows-1252 0x80..0x9F (WHATWG encoding standard); undefined bytes map to their C1 code point.
// HTML numeric references in that range mean the same characters (HTML 13.2.5.80).
inline constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Cuts s to at most max UTF-16 units without splitting a surrogate pair.
inline void truncateTo(QString &s, qsizetype max)
{
    if (s.size() <= max)
        return;
    if (max > 0 && s.at(max - 1).isHighSurrogate())
        --max;
    s.truncate(max);
}

// Lone surrogates become U+FFFD, control characters spaces; with keepLines, CRLF and CR become
// LF and tabs stay.
inline void sanitizeText(QString &text, bool keepLines)
{
    bool sawCr = false;
    QChar *d = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (keepLines && (c == u'\n' || c == u'\t'))
            continue;
        if (keepLines && c == u'\r') {
            if (i + 1 < n && d[i + 1] == u'\n')
                sawCr = true;
            else
                d[i] = u'\n';
            continue;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            d[i] = u' ';
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && d[i + 1].isLowSurrogate())
                ++i;
            else
                d[i] = QChar(QChar::ReplacementCharacter);
        } else if (QChar::isLowSurrogate(c)) {
            d[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    if (sawCr)
        text.remove(u'\r');
}

} // namespace ImapCore::TextUtil
