#include "protocol/encodedwords.h"

#include "protocol/charsetdecoder.h"
#include "protocol/charsetdecoder_p.h"
#include "protocol/textutil_p.h"
#include "protocol/transferencoding.h"

#include <algorithm>
#include <optional>

namespace ImapCore {

using namespace TextUtil;
using namespace CharsetInternal;

namespace {

// RFC 5322 2.2.3 unfolding: a line break followed by white space is removed; any other bare CR
// or LF becomes a space (IMAP servers hand us the header value as it was on the wire).
QByteArray unfold(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            qsizetype j = i;
            while (j < n && (raw[j] == '\r' || raw[j] == '\n'))
                ++j;
            if (j < n && (raw[j] == ' ' || raw[j] == '\t')) {
                i = j - 1;
                continue;
            }
            out.append(' ');
            i = j - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < n + 0 && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.append(c);
        }
    }
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

QString decodeEncodedWords(QByteArrayView input, QByteArrayView hint)
{
    if (input.size() > CharsetDecoder::maxHeaderInputLength)
        input = input.first(CharsetDecoder::maxHeaderInputLength);
    const QByteArray s = unfold(input);
    QString out;
    QByteArray runCharset;
    QByteArray runBytes;
    bool inRun = false;
    auto flushRun = [&] {
        if (inRun)
            out += decodeLabelled(runBytes, runCharset, Tail::Replace);
        inRun = false;
        runBytes.clear();
    };
    const qsizetype n = s.size();
    qsizetype textStart = 0;
    qsizetype i = 0;
    while (i < n && out.size() <= CharsetDecoder::maxDecodedHeaderLength) {
        if (s[i] != '=' || i + 1 >= n || s[i + 1] != '?') {
            ++i;
            continue;
        }
        const std::optional<EncodedWord> w = parseEncodedWord(s, i);
        if (!w) {
            ++i;
            continue;
        }
        const QByteArrayView between = QByteArrayView(s).sliced(textStart, i - textStart);
        const bool onlySpace = std::all_of(between.begin(), between.end(), isWsp);
        // RFC 2047 6.2: white space between adjacent encoded words is not displayed.
        if (!(inRun && onlySpace)) {
            flushRun();
            out += decodeUnlabelled(between, hint, Tail::Replace);
        }
        const QByteArray cs = normalizeCharset(w->charset);
        if (inRun && cs != runCharset)
            flushRun();
        if (!inRun) {
            runCharset = cs;
            inRun = true;
        }
        runBytes += w->bytes;
        i = w->end;
        textStart = w->end;
    }
    flushRun();
    if (textStart < n)
        out += decodeUnlabelled(QByteArrayView(s).sliced(textStart), hint, Tail::Replace);
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
