#include "protocol/charsetdecoder.h"

#include "protocol/charsetdecoder_p.h"
#include "protocol/textutil_p.h"

#include <QStringDecoder>

#include <algorithm>
#include <map>
#include <utility>

namespace ImapCore {

using namespace TextUtil;

namespace {

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (char c : bytes) {
        const uchar u = uchar(c);
        *d++ = (u >= 0x80 && u < 0xA0) ? QChar(cp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

// Length of the longest prefix of bytes that is valid UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF). *incompleteTail is set when the rest is only the start of
// a valid sequence cut off by the end of the input.
qsizetype validUtf8Prefix(QByteArrayView bytes, bool *incompleteTail)
{
    *incompleteTail = false;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                *incompleteTail = true;
                return i;
            }
            const uchar cc = p[i + k];
            if (cc < (k == 1 ? lo : 0x80) || cc > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += len;
    }
    return i;
}

enum class CharsetFamily { Utf8, Latin, Other, Unknown };

// Maps a MIME charset label to the decoder name we use. WHATWG-style supersets for the labels
// mail clients misuse: ISO-8859-1 and US-ASCII bodies are routinely windows-1252, GB2312 mail
// GBK/GB18030, Shift_JIS mail carries Microsoft's extensions (windows-31j).
CharsetFamily classifyCharset(const QByteArray &name, QByteArray *decoderName)
{
    static const char *const latin[] = {
        "us-ascii",   "ascii",          "iso-8859-1",      "iso8859-1",
        "iso_8859-1", "latin1",         "latin-1",         "l1",
        "cp819",      "ansi_x3.4-1968", "windows-1252",    "cp1252",
        "x-cp1252",   "iso-ir-100",     "iso_8859-1:1987", "us"};
    static const char *const unknown[] = {"",     "unknown-8bit", "x-unknown",      "unknown",
                                          "8bit", "default",      "x-user-defined", "charset",
                                          "none"};
    struct Alias
    {
        const char *label;
        const char *decoder;
    };
    static const Alias aliases[] = {
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},
        {"euc-cn", "GB18030"},
        {"cp936", "GB18030"},
        {"gb_2312-80", "GB18030"},
        {"ks_c_5601-1987", "windows-949"},
        {"euc-kr", "windows-949"},
        {"ks_c_5601", "windows-949"},
        {"shift_jis", "windows-31j"},
        {"sjis", "windows-31j"},
        {"x-sjis", "windows-31j"},
        {"shift-jis", "windows-31j"},
        {"tis-620", "windows-874"},
        {"iso-8859-11", "windows-874"},
        {"iso-8859-9", "windows-1254"},
        {"utf8", "UTF-8"},
        {"x-mac-roman", "macintosh"},
    };
    if (name == "utf-8" || name == "utf8") {
        *decoderName = QByteArrayLiteral("UTF-8");
        return CharsetFamily::Utf8;
    }
    for (const char *l : latin) {
        if (name == l) {
            *decoderName = QByteArrayLiteral("windows-1252");
            return CharsetFamily::Latin;
        }
    }
    for (const char *u : unknown) {
        if (name == u)
            return CharsetFamily::Unknown;
    }
    *decoderName = name;
    for (const Alias &a : aliases) {
        if (name == a.label) {
            *decoderName = a.decoder;
            break;
        }
    }
    return CharsetFamily::Other;
}

// Charsets in which pure ASCII bytes do not mean ASCII text.
bool asciiIsNotAscii(const QByteArray &decoderName)
{
    return decoderName.startsWith("utf-16") || decoderName.startsWith("utf-32")
        || decoderName.startsWith("ucs") || decoderName == "utf-7" || decoderName.startsWith("hz")
        || decoderName.startsWith("UTF-16") || decoderName.startsWith("UTF-32");
}

} // namespace

namespace CharsetInternal {

QByteArray normalizeCharset(QByteArrayView charset)
{
    charset = charset.trimmed();
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    // The labels nearly all mail carries, in any case: their lower-case literal, not allocated.
    static const QByteArray common[] = {QByteArrayLiteral("utf-8"), QByteArrayLiteral("iso-8859-1"),
                                        QByteArrayLiteral("us-ascii"),
                                        QByteArrayLiteral("windows-1252")};
    for (const QByteArray &name : common) {
        if (equalsIgnoreCase(charset, name))
            return name;
    }
    QByteArray name(charset.size(), Qt::Uninitialized);
    char *d = name.data();
    for (const char c : charset) {
        if (c != '"')
            *d++ = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
    }
    name.truncate(d - name.constData());
    return name.trimmed();
}

bool isStatefulCharset(const QByteArray &name)
{
    return name.startsWith("iso-2022-") || name.startsWith("iso2022")
        || name.startsWith("csiso2022") || name.startsWith("hz") || name == "utf-7"
        || name == "unicode-1-1-utf-7" || name == "csunicode11utf7";
}

namespace {

// ICU converters are expensive to open: one per (name, flags) and thread is kept, reset before
// each use. Bounded, since the names come from the server.
QString decodeWith(const QByteArray &decoderName, QStringDecoder::Flags flags, QByteArrayView bytes,
                   bool *valid)
{
    constexpr size_t maxCached = 32;
    thread_local std::map<std::pair<QByteArray, int>, QStringDecoder> cache;
    const std::pair<QByteArray, int> key(decoderName, int(flags));
    auto it = cache.find(key);
    if (it == cache.end()) {
        QStringDecoder decoder(decoderName.constData(), flags);
        *valid = decoder.isValid();
        if (!*valid)
            return QString();
        if (cache.size() >= maxCached)
            cache.clear();
        it = cache.emplace(key, std::move(decoder)).first;
    }
    *valid = true;
    it->second.resetState();
    return it->second.decode(bytes);
}

} // namespace

QString decodeLabelled(QByteArrayView bytes, QByteArrayView charset, Tail tail)
{
    if (bytes.isEmpty())
        return QString();
    return decodeLabelledNormalized(bytes, normalizeCharset(charset), tail);
}

QString decodeLabelledNormalized(QByteArrayView bytes, const QByteArray &name, Tail tail)
{
    if (bytes.isEmpty())
        return QString();
    QByteArray decoderName;
    switch (classifyCharset(name, &decoderName)) {
    case CharsetFamily::Unknown:
        return decodeUnlabelled(bytes, {}, tail);
    case CharsetFamily::Latin:
        // Mislabelled UTF-8 is far more common than Latin-1 text that happens to be UTF-8.
        return decodeUnlabelled(bytes, {}, tail);
    case CharsetFamily::Utf8: {
        if (tail == Tail::Drop) {
            bool incomplete = false;
            const qsizetype ok = validUtf8Prefix(bytes, &incomplete);
            if (incomplete)
                bytes = bytes.first(ok);
        }
        return QString::fromUtf8(bytes);
    }
    case CharsetFamily::Other:
        break;
    }
    if (isAscii(bytes) && !asciiIsNotAscii(decoderName) && !bytes.contains('\x1b')
        && !bytes.contains('~'))
        return QString::fromLatin1(bytes);
    bool valid = false;
    QString text = decodeWith(decoderName,
                              tail == Tail::Drop ? QStringDecoder::Flag::Default
                                                 : QStringDecoder::Flag::Stateless,
                              bytes, &valid);
    if (!valid)
        return decodeUnlabelled(bytes, {}, tail);
    return text;
}

QString decodeUnlabelled(QByteArrayView bytes, QByteArrayView hint, Tail tail)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    bool incomplete = false;
    const qsizetype ok = validUtf8Prefix(bytes, &incomplete);
    if (ok == bytes.size())
        return QString::fromUtf8(bytes);
    if (incomplete && tail == Tail::Drop)
        return QString::fromUtf8(bytes.first(ok));
    if (!hint.isEmpty()) {
        QByteArray decoderName;
        if (classifyCharset(normalizeCharset(hint), &decoderName) == CharsetFamily::Other) {
            bool valid = false;
            QString text = decodeWith(decoderName, QStringDecoder::Flag::Stateless, bytes, &valid);
            if (valid)
                return text;
        }
    }
    return fromWindows1252(bytes);
}

} // namespace CharsetInternal

using namespace CharsetInternal;

void CharsetDecoder::sanitize(QString &text)
{
    sanitizeText(text, false);
}

QString CharsetDecoder::decodeRaw8Bit(QByteArrayView raw, QByteArrayView charsetHint)
{
    if (raw.size() > maxHeaderInputLength)
        raw = raw.first(maxHeaderInputLength);
    // Message ids, hosts and local parts are nearly always printable ASCII, which every path
    // below (UTF-8 check, sanitizing) leaves as it is: widen it at once.
    const QByteArrayView head = raw.first(std::min(raw.size(), maxDecodedHeaderLength));
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
        return QString::fromLatin1(head);
    QString out = decodeUnlabelled(raw, charsetHint, Tail::Replace);
    sanitize(out);
    truncateTo(out, maxDecodedHeaderLength);
    return out;
}

QString CharsetDecoder::decode(QByteArrayView bytes, QByteArrayView charset)
{
    QString out = decodeLabelled(bytes, charset, Tail::Drop);
    sanitizeText(out, true);
    return out;
}

} // namespace ImapCore
