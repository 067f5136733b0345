#include "protocol/encodedwords.h"

#include "protocol/charsetdecoder.h"
#include "protocol/charsetdecoder_p.h"
#include "protocol/textutil_p.h"
#include "protocol/transferencoding.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace ImapCore {

using namespace TextUtil;
using namespace CharsetInternal;

namespace {

// RFC 5322 2.2.3 unfolding: a line break followed by white space is removed; any other bare CR
// or LF becomes a space (IMAP servers hand us the header value as it was on the wire). Returns
// raw itself when it holds no line break, else the unfolded copy kept in storage.
QByteArrayView unfold(QByteArrayView raw, QByteArray &storage)
{
    const auto isBreak = [](char c) {
        return c == '\r' || c == '\n';
    };
    const auto first = std::find_if(raw.begin(), raw.end(), isBreak);
    if (first == raw.end())
        return raw;
    storage.resize(raw.size());
    char *out = storage.data();
    const char *p = raw.begin();
    const char *const end = raw.end();
    const char *brk = first;
    for (;;) {
        out = std::copy(p, brk, out);
        if (brk == end)
            break;
        const char *j = brk;
        while (j < end && isBreak(*j))
            ++j;
        if (!(j < end && (*j == ' ' || *j == '\t')))
            *out++ = ' ';
        p = j;
        brk = std::find_if(p, end, isBreak);
    }
    storage.truncate(out - storage.constData());
    return storage;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    char *d = out.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '_') {
            *d++ = ' ';
        } else if (c == '=' && i + 2 < n + 0 && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            *d++ = char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            *d++ = c;
        }
    }
    out.truncate(d - out.constData());
    return out;
}

struct EncodedWord
{
    QByteArrayView charset;
    QByteArray bytes;
    qsizetype end = 0; // one past the word
};

constexpr qsizetype maxCharsetLength = 64;

// "=?charset?X?" at pos: the charset and where the encoded text starts.
bool parseWordHead(QByteArrayView s, qsizetype pos, QByteArrayView *charset, char *encoding,
                   qsizetype *textStart)
{
    const qsizetype n = s.size();
    if (pos + 1 >= n || s[pos] != '=' || s[pos + 1] != '?')
        return false;
    qsizetype p = pos + 2;
    const qsizetype csStart = p;
    while (p < n && s[p] != '?') {
        const uchar c = uchar(s[p]);
        if (c <= 0x20 || c >= 0x7F || p - csStart > maxCharsetLength)
            return false;
        ++p;
    }
    if (p + 2 >= n + 0 || s[p] != '?')
        return false;
    const char e = s[p + 1];
    if (e != 'B' && e != 'b' && e != 'Q' && e != 'q')
        return false;
    if (s[p + 2] != '?')
        return false;
    *charset = s.sliced(csStart, p - csStart);
    *encoding = char(e | 0x20);
    *textStart = p + 3;
    return true;
}

// RFC 2047 2 encoded word, tolerantly: a missing "?=" ends the word at the next encoded word (Q)
// or at the first character outside the base64 alphabet (B); Q words may contain raw spaces.
std::optional<EncodedWord> parseEncodedWord(QByteArrayView s, qsizetype pos)
{
    EncodedWord w;
    char encoding = 0;
    qsizetype p = 0;
    if (!parseWordHead(s, pos, &w.charset, &encoding, &p))
        return std::nullopt;
    const qsizetype n = s.size();
    const qsizetype textStart = p;
    qsizetype textEnd = n;
    w.end = n;
    if (encoding == 'b') {
        while (p < n) {
            const char c = s[p];
            if (isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=') {
                ++p;
                continue;
            }
            break;
        }
        textEnd = p;
        w.end = p;
        if (p + 1 < n && s[p] == '?' && s[p + 1] == '=')
            w.end = p + 2;
        else if (p < n && s[p] == '?')
            w.end = p + 1;
        w.bytes = TransferEncoding::decodeBase64(s.sliced(textStart, textEnd - textStart));
    } else {
        while (p < n) {
            if (s[p] == '?' && p + 1 < n && s[p + 1] == '=') {
                textEnd = p;
                w.end = p + 2;
                break;
            }
            if (s[p] == '=' && p + 1 < n && s[p + 1] == '?') {
                QByteArrayView cs;
                char enc = 0;
                qsizetype ts = 0;
                if (parseWordHead(s, p, &cs, &enc, &ts)) {
                    textEnd = p;
                    while (textEnd > textStart && isWsp(s[textEnd - 1]))
                        --textEnd;
                    w.end = textEnd;
                    break;
                }
            }
            ++p;
        }
        w.bytes = decodeQ(s.sliced(textStart, textEnd - textStart));
    }
    return w;
}

bool isPrintableAscii(char c)
{
    return c >= 0x20 && c < 0x7F;
}

// What the general path makes of printable ASCII text without encoded words: the text itself,
// cut to the decoded-length cap, then trimmed.
QString plainAscii(QByteArrayView s)
{
    if (s.size() > CharsetDecoder::maxDecodedHeaderLength)
        s = s.first(CharsetDecoder::maxDecodedHeaderLength);
    while (!s.isEmpty() && s.front() == ' ')
        s = s.sliced(1);
    while (!s.isEmpty() && s.back() == ' ')
        s.chop(1);
    // Like the general path's trimmed(): empty, never null.
    return s.isEmpty() ? QStringLiteral("") : QString::fromLatin1(s);
}

// True when s is printable ASCII (no line break, control or 8-bit byte) holding no "=?".
bool isPlainAscii(QByteArrayView s)
{
    char previous = 0;
    for (const char c : s) {
        if (!isPrintableAscii(c) || (c == '?' && previous == '='))
            return false;
        previous = c;
    }
    return true;
}

QString decodeEncodedWords(QByteArrayView input, QByteArrayView hint)
{
    if (input.size() > CharsetDecoder::maxHeaderInputLength)
        input = input.first(CharsetDecoder::maxHeaderInputLength);
    if (isPlainAscii(input))
        return plainAscii(input);
    QByteArray unfolded;
    const QByteArrayView s = unfold(input, unfolded);
    QString out;
    QByteArray runCharset;
    QByteArrayView runCharsetRaw; // as the run's last word spelt it (a view into s)
    QByteArray runBytes;
    bool inRun = false;
    bool runStateful = false;
    bool afterWord = false; // nothing but an encoded word since textStart
    auto flushRun = [&] {
        if (inRun)
            out += decodeLabelledNormalized(runBytes, runCharset, Tail::Replace);
        inRun = false;
        runBytes.clear();
    };
    const qsizetype n = s.size();
    qsizetype textStart = 0;
    qsizetype i = 0;
    while (i < n && out.size() <= CharsetDecoder::maxDecodedHeaderLength) {
        if (s[i] != '=') {
            const void *eq = std::memchr(s.data() + i, '=', size_t(n - i));
            if (!eq)
                break;
            i = static_cast<const char *>(eq) - s.data();
        }
        if (i + 1 >= n || s[i + 1] != '?') {
            ++i;
            continue;
        }
        const std::optional<EncodedWord> w = parseEncodedWord(s, i);
        if (!w) {
            ++i;
            continue;
        }
        const QByteArrayView between = s.sliced(textStart, i - textStart);
        const bool onlySpace = std::all_of(between.begin(), between.end(), isWsp);
        // RFC 2047 6.2: white space between adjacent encoded words is not displayed.
        if (!(afterWord && onlySpace)) {
            flushRun();
            if (!between.isEmpty())
                out += decodeUnlabelled(between, hint, Tail::Replace);
        }
        // Adjacent words nearly always spell their charset alike: normalize only when it differs.
        if (!inRun || w->charset != runCharsetRaw) {
            const QByteArray cs = normalizeCharset(w->charset);
            if (inRun && cs != runCharset)
                flushRun();
            if (!inRun) {
                runCharset = cs;
                runStateful = isStatefulCharset(cs);
                inRun = true;
            }
            runCharsetRaw = w->charset;
        }
        runBytes += w->bytes;
        // Adjacent words of one charset are joined before decoding: a UTF-8 (or Shift_JIS, GBK)
        // character split across words, which RFC 2047 5 forbids but mailers produce, comes out
        // whole. Not in a stateful charset: RFC 1468 3 makes each ISO-2022-JP word a complete
        // unit that starts in ASCII (and should end there), so joining could read the next word
        // in the last one's shift state, and ICU rejects the "ESC ( B ESC $ B" at the seam as an
        // empty segment (a U+FFFD between the words).
        if (runStateful)
            flushRun();
        afterWord = true;
        i = w->end;
        textStart = w->end;
    }
    flushRun();
    if (textStart < n)
        out += decodeUnlabelled(s.sliced(textStart), hint, Tail::Replace);
    CharsetDecoder::sanitize(out);
    truncateTo(out, CharsetDecoder::maxDecodedHeaderLength);
    return out.trimmed();
}

} // namespace

QString EncodedWords::decodeUnstructured(QByteArrayView raw, QByteArrayView charsetHint)
{
    return decodeEncodedWords(raw, charsetHint);
}

QString EncodedWords::decodePhrase(QByteArrayView raw, QByteArrayView charsetHint)
{
    if (raw.size() > CharsetDecoder::maxHeaderInputLength)
        raw = raw.first(CharsetDecoder::maxHeaderInputLength);
    if (!raw.contains('"'))
        return decodeEncodedWords(raw, charsetHint);
    // RFC 5322 3.2.4: quotes delimit, a backslash quotes the next character. Encoded words
    // inside quotes are decoded anyway: Outlook and many web mailers produce them.
    if (std::all_of(raw.begin(), raw.end(), isPrintableAscii)) {
        // One pass for the common quoted ASCII name; the unquoted text goes the general way
        // only when it turns out to hold "=?".
        QString text(raw.size(), Qt::Uninitialized);
        QChar *d = text.data();
        QChar *const begin = d;
        bool quoted = false;
        bool encodedWord = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            char c = raw[i];
            if (c == '"') {
                quoted = !quoted;
                continue;
            }
            if (c == '\\' && quoted && i + 1 < raw.size())
                c = raw[++i];
            if (c == '?' && d != begin && d[-1] == u'=')
                encodedWord = true;
            *d++ = QLatin1Char(c);
        }
        if (!encodedWord) {
            qsizetype from = 0;
            qsizetype to = std::min<qsizetype>(d - begin, CharsetDecoder::maxDecodedHeaderLength);
            while (from < to && begin[from] == u' ')
                ++from;
            while (to > from && begin[to - 1] == u' ')
                --to;
            if (from == 0 && to == text.size())
                return text;
            return text.sliced(from, to - from);
        }
    }
    QByteArray unquoted;
    unquoted.reserve(raw.size());
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\\' && quoted && i + 1 < raw.size()) {
            unquoted.append(raw[++i]);
        } else {
            unquoted.append(c);
        }
    }
    return decodeEncodedWords(unquoted, charsetHint);
}

} // namespace ImapCore
