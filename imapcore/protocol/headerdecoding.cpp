#include "protocol/headerdecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace ImapCore {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// windows-1252 0x80..0x9F (WHATWG encoding standard); undefined bytes map to their C1 code point.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

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

// The canonical charset name: quotes and blanks removed, the RFC 2231 5 "*language" suffix cut.
QByteArray normalizeCharset(QByteArrayView charset)
{
    QByteArray name = charset.trimmed().toByteArray();
    if (const qsizetype star = name.indexOf('*'); star >= 0)
        name.truncate(star);
    name.replace('"', QByteArray());
    return name.trimmed().toLower();
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
        *decoderName = "UTF-8";
        return CharsetFamily::Utf8;
    }
    for (const char *l : latin) {
        if (name == l) {
            *decoderName = "windows-1252";
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

enum class Tail { Replace, Drop };

// Bytes without a trustworthy label: UTF-8 if they are UTF-8, else the hint, else windows-1252.
QString decodeUnlabelled(QByteArrayView bytes, QByteArrayView hint, Tail tail);

QString decodeLabelled(QByteArrayView bytes, QByteArrayView charset, Tail tail)
{
    if (bytes.isEmpty())
        return QString();
    const QByteArray name = normalizeCharset(charset);
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
    QStringDecoder decoder(decoderName.constData(),
                           tail == Tail::Drop ? QStringDecoder::Flag::Default
                                              : QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return decodeUnlabelled(bytes, {}, tail);
    return decoder.decode(bytes);
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
            QStringDecoder decoder(decoderName.constData(), QStringDecoder::Flag::Stateless);
            if (decoder.isValid())
                return decoder.decode(bytes);
        }
    }
    return fromWindows1252(bytes);
}

void truncateTo(QString &s, qsizetype max)
{
    if (s.size() <= max)
        return;
    if (max > 0 && s.at(max - 1).isHighSurrogate())
        --max;
    s.truncate(max);
}

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
        w.bytes = HeaderDecoding::decodeBase64(s.sliced(textStart, textEnd - textStart));
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
    if (input.size() > HeaderDecoding::maxHeaderInputLength)
        input = input.first(HeaderDecoding::maxHeaderInputLength);
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
    while (i < n && out.size() <= HeaderDecoding::maxDecodedHeaderLength) {
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
    HeaderDecoding::sanitize(out);
    truncateTo(out, HeaderDecoding::maxDecodedHeaderLength);
    return out.trimmed();
}

QByteArray percentDecode(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() + 0 && hexValue(s[i + 1]) >= 0
            && hexValue(s[i + 2]) >= 0) {
            out.append(char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.append(s[i]);
        }
    }
    return out;
}

// RFC 2231 4: charset'language'percent-encoded. Without two quotes, the whole is the value.
void splitExtendedValue(QByteArrayView v, QByteArray *charset, QByteArray *bytes)
{
    const qsizetype q1 = v.indexOf('\'');
    const qsizetype q2 = q1 >= 0 ? v.sliced(q1 + 1).indexOf('\'') : -1;
    if (q1 < 0 || q2 < 0) {
        *bytes += percentDecode(v);
        return;
    }
    *charset = v.first(q1).toByteArray();
    *bytes += percentDecode(v.sliced(q1 + 1 + q2 + 1));
}

// ---- dates ----------------------------------------------------------------------------------

constexpr const char *monthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};

int monthFromName(QByteArrayView t)
{
    if (t.size() < 3 || t.size() > 9)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (equalsIgnoreCase(t.first(3), QByteArrayView(monthNames[m])))
            return m + 1;
    }
    return 0;
}

bool isWeekdayName(QByteArrayView t)
{
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (t.size() < 3 || t.size() > 9)
        return false;
    for (const char *d : days) {
        if (equalsIgnoreCase(t.first(3), QByteArrayView(d)))
            return true;
    }
    return false;
}

// Parses up to maxDigits decimal digits; -1 if t is not entirely digits.
int number(QByteArrayView t, int maxDigits)
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

// "+hhmm", "-hhmm", "+hh:mm": seconds east of UTC.
std::optional<int> numericZone(QByteArrayView t)
{
    if (t.size() < 2 || (t[0] != '+' && t[0] != '-'))
        return std::nullopt;
    QByteArray digits = t.sliced(1).toByteArray();
    digits.replace(':', QByteArray());
    int hh = -1, mm = 0;
    if (digits.size() == 4) {
        hh = number(QByteArrayView(digits).first(2), 2);
        mm = number(QByteArrayView(digits).sliced(2), 2);
    } else if (digits.size() <= 2) {
        hh = number(digits, 2);
    }
    if (hh < 0 || mm < 0 || mm > 59)
        return std::nullopt;
    const int seconds = (hh * 60 + mm) * 60;
    return t[0] == '-' ? -seconds : seconds;
}

// RFC 5322 4.3 obs-zone, plus the few non-standard names that are unambiguous.
std::optional<int> namedZone(QByteArrayView t)
{
    struct Zone
    {
        const char *name;
        int hours;
    };
    static const Zone zones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5},
                                 {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                                 {"pst", -8}, {"pdt", -7}, {"cet", 1},  {"cest", 2}, {"met", 1},
                                 {"mest", 2}, {"eet", 2},  {"eest", 3}, {"wet", 0},  {"west", 1}};
    for (const Zone &z : zones) {
        if (equalsIgnoreCase(t, QByteArrayView(z.name)))
            return z.hours * 3600;
    }
    // Military zones and other unknown alphabetic zones: "-0000" (RFC 5322 4.3).
    if (t.size() <= 5 && std::all_of(t.begin(), t.end(), isAlpha))
        return 0;
    return std::nullopt;
}

struct DateParts
{
    int day = -1, month = 0, year = -1, yearDigits = 0;
    int hour = -1, minute = 0, second = 0;
    std::optional<int> zone;
    bool pm = false, am = false;
};

bool parseTime(QByteArrayView t, DateParts *d)
{
    const qsizetype c1 = t.indexOf(':');
    if (c1 < 1)
        return false;
    const qsizetype c2 = t.sliced(c1 + 1).indexOf(':');
    const int h = number(t.first(c1), 2);
    const QByteArrayView rest = t.sliced(c1 + 1);
    const int m = number(c2 >= 0 ? rest.first(c2) : rest, 2);
    const int s = c2 >= 0 ? number(rest.sliced(c2 + 1), 2) : 0;
    if (h < 0 || m < 0 || s < 0 || h > 23 || m > 59 || s > 60)
        return false;
    d->hour = h;
    d->minute = m;
    d->second = std::min(s, 59); // a leap second is shown as :59
    return true;
}

bool applyToken(QByteArrayView t, DateParts *d)
{
    if (t.isEmpty())
        return true;
    if (t.contains(':') && (isDigit(t[0]))) {
        qsizetype zoneAt = -1;
        for (qsizetype k = 1; k < t.size(); ++k) {
            if (t[k] == '+' || t[k] == '-') {
                zoneAt = k;
                break;
            }
        }
        if (zoneAt > 0) {
            if (!applyToken(t.sliced(zoneAt), d))
                return false;
            t = t.first(zoneAt);
        }
        return d->hour < 0 ? parseTime(t, d) : false;
    }
    if (t[0] == '+' || t[0] == '-') {
        const std::optional<int> z = numericZone(t);
        if (!z)
            return false;
        if (!d->zone)
            d->zone = z;
        return true;
    }
    if (isDigit(t[0])) {
        const int v = number(t, 4);
        if (v < 0)
            return false;
        if (t.size() <= 2 && d->day < 0 && d->year < 0) {
            d->day = v;
        } else if (d->year < 0 && t.size() >= 2) {
            d->year = v;
            d->yearDigits = int(t.size());
        } else if (d->day < 0 && t.size() <= 2) {
            d->day = v;
        } else {
            return false;
        }
        return true;
    }
    if (const int m = monthFromName(t); m > 0 && d->month == 0) {
        d->month = m;
        return true;
    }
    if (isWeekdayName(t))
        return true;
    if (equalsIgnoreCase(t, "pm") || equalsIgnoreCase(t, "am")) {
        (t[0] == 'p' || t[0] == 'P' ? d->pm : d->am) = true;
        return true;
    }
    if (const std::optional<int> z = namedZone(t)) {
        if (!d->zone)
            d->zone = z;
        return true;
    }
    return false;
}

QDateTime assemble(DateParts d)
{
    if (d.day < 1 || d.month < 1 || d.year < 0)
        return QDateTime();
    // RFC 5322 4.3: two-digit years below 50 are 20xx, others 19xx; three-digit years + 1900.
    if (d.yearDigits <= 2)
        d.year += d.year < 50 ? 2000 : 1900;
    else if (d.yearDigits == 3)
        d.year += 1900;
    if (d.year < 1000)
        return QDateTime();
    if (d.hour < 0)
        d.hour = 0;
    if (d.pm && d.hour < 12)
        d.hour += 12;
    else if (d.am && d.hour == 12)
        d.hour = 0;
    const QDate date(d.year, d.month, d.day);
    const QTime time(d.hour, d.minute, d.second);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    int offset = d.zone.value_or(0);
    // Real zones lie within +-14h; anything else is a broken clock, read as "-0000".
    if (offset > 14 * 3600 || offset < -14 * 3600)
        offset = 0;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

// ---- HTML -----------------------------------------------------------------------------------

struct NamedEntity
{
    const char *name;
    char16_t value;
};

// The HTML 4 Latin-1 entities (U+00A0..U+00FF in order) and the common typographic ones.
constexpr const char *latin1EntityNames[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

constexpr NamedEntity otherEntities[] = {
    {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},
    {"apos", u'\''},    {"hellip", 0x2026}, {"mdash", 0x2014},  {"ndash", 0x2013},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"bull", 0x2022},   {"euro", 0x20AC},
    {"trade", 0x2122},  {"zwnj", 0x200C},   {"zwj", 0x200D},    {"ensp", 0x2002},
    {"emsp", 0x2003},   {"thinsp", 0x2009}, {"dagger", 0x2020}, {"Dagger", 0x2021},
    {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"OElig", 0x0152},
    {"oelig", 0x0153},  {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},
    {"fnof", 0x0192},   {"circ", 0x02C6},   {"tilde", 0x02DC},  {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"hearts", 0x2665},
    {"minus", 0x2212},  {"infin", 0x221E},  {"ne", 0x2260},     {"le", 0x2264},
    {"ge", 0x2265},     {"alpha", 0x03B1},  {"beta", 0x03B2},   {"pi", 0x03C0},
    {"mu", 0x03BC},     {"Omega", 0x03A9},  {"check", 0x2713},  {"star", 0x2606},
};

std::optional<char32_t> lookupEntity(QStringView name)
{
    if (name.size() > 8)
        return std::nullopt;
    const QByteArray latin = name.toLatin1();
    for (int k = 0; k < 96; ++k) {
        if (latin == latin1EntityNames[k])
            return char32_t(0xA0 + k);
    }
    for (const NamedEntity &e : otherEntities) {
        if (latin == e.name)
            return e.value;
    }
    return std::nullopt;
}

bool isBlockElement(QStringView name)
{
    static const char16_t *const blocks[] = {
        u"p",      u"div",     u"br",     u"tr",         u"li",      u"h1",     u"h2",     u"h3",
        u"h4",     u"h5",      u"h6",     u"table",      u"ul",      u"ol",     u"dl",     u"dt",
        u"dd",     u"pre",     u"hr",     u"section",    u"article", u"header", u"footer", u"nav",
        u"form",   u"address", u"center", u"blockquote", u"body",    u"html",   u"main",   u"aside",
        u"figure", u"caption", u"tbody",  u"thead",      u"tfoot",   u"title"};
    for (const char16_t *b : blocks) {
        if (name.compare(QStringView(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Accumulates text with collapsed white space, at most two line breaks in a row, and a "> "
// prefix on lines inside a <blockquote>.
class TextSink
{
public:
    QString out;
    int quoteDepth = 0;
    bool preformatted = false;

    void space() { m_pendingSpace = true; }
    // The edge of a block element: ends the current line, never adds an empty one.
    void blockBreak()
    {
        if (!out.isEmpty() && out.back() != u'\n')
            lineBreak();
        m_pendingSpace = false;
    }
    void lineBreak()
    {
        m_pendingSpace = false;
        if (out.isEmpty() || m_breaks >= 2)
            return;
        out += u'\n';
        ++m_breaks;
    }
    void put(char32_t c)
    {
        if (c == u'\n' && preformatted) {
            lineBreak();
            return;
        }
        if (c == u' ' || c == u'\t' || c == 0xA0 || c < 0x20 || c == 0x7F) {
            space();
            return;
        }
        const bool atLineStart = out.isEmpty() || out.back() == u'\n';
        if (atLineStart && quoteDepth > 0)
            out += u"> ";
        else if (m_pendingSpace && !atLineStart)
            out += u' ';
        m_pendingSpace = false;
        m_breaks = 0;
        if (c >= 0x10000) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(char16_t(c));
        }
    }

private:
    bool m_pendingSpace = false;
    int m_breaks = 0;
};

// Decodes the character reference at html[i] == '&'; returns the index after it, or i if none.
qsizetype decodeEntity(QStringView html, qsizetype i, char32_t *c)
{
    const qsizetype n = html.size();
    qsizetype p = i + 1;
    if (p < n && html[p] == u'#') {
        ++p;
        const bool hex = p < n && (html[p] == u'x' || html[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        quint32 v = 0;
        while (p < n && p - digitsStart < 8) {
            const char16_t ch = html[p].unicode();
            int d = -1;
            if (ch < 0x80)
                d = hex ? hexValue(char(ch)) : (isDigit(char(ch)) ? ch - u'0' : -1);
            if (d < 0)
                break;
            v = v * (hex ? 16 : 10) + quint32(d);
            ++p;
        }
        if (p == digitsStart)
            return i;
        if (p < n && html[p] == u';')
            ++p;
        if (v >= 0x80 && v < 0xA0)
            v = cp1252High[v - 0x80];
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
            v = 0xFFFD;
        *c = v;
        return p;
    }
    while (p < n && p - i <= 9 && html[p].unicode() < 0x80 && html[p].isLetterOrNumber())
        ++p;
    const QStringView name = html.sliced(i + 1, p - i - 1);
    const std::optional<char32_t> v = lookupEntity(name);
    if (!v)
        return i;
    if (p < n && html[p] == u';')
        ++p;
    *c = *v;
    return p;
}

// Finds the '>' ending a tag that starts at from, skipping quoted attribute values. -1 if none.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    char16_t quote = 0;
    for (qsizetype p = from; p < html.size(); ++p) {
        const char16_t c = html[p].unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'"' || c == u'\'') {
            // A quote only opens a value right after '=' (possibly with spaces).
            qsizetype b = p - 1;
            while (b > from && html[b].isSpace())
                --b;
            if (b >= from && html[b] == u'=')
                quote = c;
        } else if (c == u'>') {
            return p;
        }
    }
    return -1;
}

// ---- previews -------------------------------------------------------------------------------

bool isInvisible(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x034F
        || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isPreviewSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
        || c == 0x3000 || c < 0x20 || c == 0x7F;
}

bool startsAttribution(QStringView line)
{
    static const char16_t *const starts[] = {u"On ", u"Am ", u"Le ",     u"El ", u"Il ",
                                             u"Op ", u"Em ", u"W dniu ", u"Den "};
    for (const char16_t *s : starts) {
        if (line.startsWith(QStringView(s)))
            return true;
    }
    return false;
}

// "On <date>, <name> wrote:" and its translations (Thunderbird: "Am <date> schrieb <name>:").
bool isAttribution(QStringView line)
{
    static const char16_t *const verbs[] = {u"wrote",   u"schrieb",   u"écrit",   u"escribió",
                                            u"scritto", u"schreef",   u"написал", u"napisał",
                                            u"skrev",   u"kirjoitti", u"escreveu"};
    if (!line.endsWith(u':') || line.size() > 400)
        return false;
    const QStringView body = line.chopped(1).trimmed();
    for (const char16_t *v : verbs) {
        if (body.endsWith(QStringView(v), Qt::CaseInsensitive))
            return true;
        if (startsAttribution(line) && body.contains(QStringView(v), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool endsBody(QStringView line)
{
    if (line == u"--" || line == u"-- ")
        return true;
    if (line.startsWith(u"-----Original Message-----", Qt::CaseInsensitive)
        || line.startsWith(u"----- Original Message -----", Qt::CaseInsensitive)
        || line.startsWith(u"-----Ursprüngliche Nachricht-----", Qt::CaseInsensitive))
        return true;
    // Outlook's separator line above the quoted "From:" block.
    return line.size() >= 10
        && std::all_of(line.begin(), line.end(), [](QChar c) { return c == u'_'; });
}

QString collectPreview(QStringView text, qsizetype enough, bool dropQuotes)
{
    QString out;
    qsizetype lineStart = 0;
    qsizetype previousLineOut = -1; // where the previous line's text began in out
    bool previousLineAttributionStart = false;
    bool pendingSpace = false;
    const qsizetype n = text.size();
    while (lineStart < n && out.size() <= enough) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView rawLine = text.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (endsBody(rawLine.trimmed()) || (rawLine.startsWith(u"-- ") && rawLine.size() == 3))
            break;
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty()) {
            previousLineOut = -1;
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (dropQuotes && (line.startsWith(u'>') || line.startsWith(u'|'))) {
            previousLineOut = -1;
            continue;
        }
        if (dropQuotes && isAttribution(line)) {
            // Gmail wraps "On <date>, <name>\n<addr> wrote:" over two lines.
            if (previousLineOut >= 0 && previousLineAttributionStart) {
                out.truncate(previousLineOut);
                while (!out.isEmpty() && out.back() == u' ')
                    out.chop(1);
            }
            previousLineOut = -1;
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace && !out.isEmpty() && out.back() != u' ')
            out += u' ';
        pendingSpace = true;
        previousLineOut = out.size();
        previousLineAttributionStart = startsAttribution(line);
        for (QChar c : line) {
            const char16_t u = c.unicode();
            if (isInvisible(u))
                continue;
            if (isPreviewSpace(u)) {
                if (!out.isEmpty() && out.back() != u' ')
                    out += u' ';
                continue;
            }
            out += c;
            if (out.size() > enough + 1)
                break;
        }
    }
    while (!out.isEmpty() && out.back() == u' ')
        out.chop(1);
    return out;
}

// Lone surrogates become U+FFFD, control characters spaces; with keepLines, CRLF and CR become
// LF and tabs stay.
void sanitizeText(QString &text, bool keepLines)
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

} // namespace

void HeaderDecoding::sanitize(QString &text)
{
    sanitizeText(text, false);
}

QString HeaderDecoding::decodeUnstructured(QByteArrayView raw, QByteArrayView charsetHint)
{
    return decodeEncodedWords(raw, charsetHint);
}

QString HeaderDecoding::decodePhrase(QByteArrayView raw, QByteArrayView charsetHint)
{
    if (raw.size() > maxHeaderInputLength)
        raw = raw.first(maxHeaderInputLength);
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

QString HeaderDecoding::decodeRaw8Bit(QByteArrayView raw, QByteArrayView charsetHint)
{
    if (raw.size() > maxHeaderInputLength)
        raw = raw.first(maxHeaderInputLength);
    QString out = decodeUnlabelled(raw, charsetHint, Tail::Replace);
    sanitize(out);
    truncateTo(out, maxDecodedHeaderLength);
    return out;
}

QString HeaderDecoding::decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    QString out = decodeLabelled(bytes, charset, Tail::Drop);
    sanitizeText(out, true);
    return out;
}

QByteArray HeaderDecoding::rawParameter(const QList<BodyParameter> &parameters, QByteArrayView name)
{
    for (const BodyParameter &p : parameters) {
        if (equalsIgnoreCase(QByteArrayView(p.name).trimmed(), name))
            return p.value;
    }
    return QByteArray();
}

QString HeaderDecoding::parameter(const QList<BodyParameter> &parameters, QByteArrayView name)
{
    constexpr int maxSegments = 1000;
    struct Segment
    {
        int index;
        bool extended;
        QByteArrayView value;
    };
    std::optional<QByteArrayView> plain;
    std::optional<QByteArrayView> extendedWhole;
    std::vector<Segment> segments;
    for (const BodyParameter &p : parameters) {
        const QByteArrayView pname = QByteArrayView(p.name).trimmed();
        if (equalsIgnoreCase(pname, name)) {
            if (!plain)
                plain = p.value;
            continue;
        }
        if (pname.size() <= name.size() || pname[name.size()] != '*'
            || !equalsIgnoreCase(pname.first(name.size()), name))
            continue;
        QByteArrayView rest = pname.sliced(name.size() + 1);
        if (rest.isEmpty()) {
            if (!extendedWhole)
                extendedWhole = p.value;
            continue;
        }
        // RFC 2231 3: name*<n> (plain) or name*<n>* (extended) continuations.
        const bool extended = rest.endsWith('*');
        if (extended)
            rest.chop(1);
        const int index = number(rest, 3);
        if (index < 0 || index >= maxSegments || (rest.size() > 1 && rest[0] == '0'))
            continue;
        segments.push_back({index, extended, p.value});
    }

    QByteArray charset;
    QByteArray bytes;
    bool anyExtended = false;
    if (!segments.empty()) {
        std::stable_sort(segments.begin(), segments.end(),
                         [](const Segment &a, const Segment &b) { return a.index < b.index; });
        int expected = 0;
        for (const Segment &s : segments) {
            if (s.index != expected)
                break; // a gap or a duplicate: the value ends here (RFC 2231 3)
            ++expected;
            if (s.extended && s.index == 0)
                splitExtendedValue(s.value, &charset, &bytes);
            else if (s.extended)
                bytes += percentDecode(s.value);
            else
                bytes += s.value;
            anyExtended = anyExtended || s.extended;
            if (bytes.size() > maxHeaderInputLength)
                break;
        }
        if (expected == 0)
            segments.clear();
    }
    if (segments.empty()) {
        if (extendedWhole) {
            splitExtendedValue(*extendedWhole, &charset, &bytes);
            anyExtended = true;
        } else if (plain) {
            bytes = plain->toByteArray();
        } else {
            return QString();
        }
    }
    if (!anyExtended || charset.isEmpty()) {
        QString out = decodeEncodedWords(bytes, {});
        return out.isNull() ? QStringLiteral("") : out;
    }
    if (bytes.size() > maxHeaderInputLength)
        bytes.truncate(maxHeaderInputLength);
    QString out = decodeLabelled(bytes, charset, Tail::Replace);
    sanitize(out);
    truncateTo(out, maxDecodedHeaderLength);
    return out.isNull() ? QStringLiteral("") : out;
}

QDateTime HeaderDecoding::parseRfc5322Date(QByteArrayView raw)
{
    constexpr qsizetype maxDateLength = 1024;
    if (raw.size() > maxDateLength)
        return QDateTime();
    // RFC 5322 3.2.2: comments (nested, with quoted-pairs) are white space.
    QByteArray s;
    s.reserve(raw.size());
    int depth = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (depth > 0 && c == '\\') {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && depth > 0) {
            if (--depth == 0)
                s.append(' ');
        } else if (depth == 0) {
            s.append(c == ',' || c == '"' || isWsp(c) ? ' ' : c);
        }
    }
    // RFC 5322 4.3 obs-time allows white space around the colons.
    for (qsizetype k = s.indexOf(':'); k >= 0; k = s.indexOf(':', k + 1)) {
        while (k > 0 && s[k - 1] == ' ')
            s.remove(--k, 1);
        while (k + 1 < s.size() && s[k + 1] == ' ')
            s.remove(k + 1, 1);
    }
    DateParts parts;
    const QList<QByteArray> tokens = s.split(' ');
    for (const QByteArray &token : tokens) {
        if (token.isEmpty())
            continue;
        // "1-Jul-2003": day-month-year glued with dashes (INTERNALDATE style).
        if (token.size() > 1 && token.indexOf('-', 1) > 0 && !token.contains(':')
            && std::any_of(token.begin(), token.end(), isAlpha) && isDigit(token[0])) {
            for (const QByteArray &part : token.split('-')) {
                if (!applyToken(part, &parts))
                    return QDateTime();
            }
            continue;
        }
        if (!applyToken(token, &parts))
            return QDateTime();
    }
    return assemble(parts);
}

QDateTime HeaderDecoding::parseInternalDate(QByteArrayView raw)
{
    QByteArrayView s = raw.trimmed();
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.sliced(1, s.size() - 2).trimmed();
    // RFC 9051 9: date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone
    const qsizetype d1 = s.indexOf('-');
    if (d1 >= 1 && d1 <= 2 && s.size() == d1 + 1 + 3 + 1 + 4 + 1 + 8 + 1 + 5) {
        const int day = number(s.first(d1), 2);
        const int month = monthFromName(s.sliced(d1 + 1, 3));
        const QByteArrayView rest = s.sliced(d1 + 4);
        if (day > 0 && month > 0 && rest[0] == '-' && rest[5] == ' ' && rest[14] == ' '
            && rest[8] == ':' && rest[11] == ':') {
            DateParts parts;
            parts.day = day;
            parts.month = month;
            parts.year = number(rest.sliced(1, 4), 4);
            parts.yearDigits = 4;
            parts.hour = number(rest.sliced(6, 2), 2);
            parts.minute = number(rest.sliced(9, 2), 2);
            parts.second = number(rest.sliced(12, 2), 2);
            parts.zone = numericZone(rest.sliced(15));
            if (parts.year >= 0 && parts.hour >= 0 && parts.hour <= 23 && parts.minute >= 0
                && parts.minute <= 59 && parts.second >= 0 && parts.second <= 60 && parts.zone)
                return assemble(parts);
        }
    }
    // Not the fixed form: accept what the RFC 5322 reader understands (old servers' quirks).
    return parseRfc5322Date(s);
}

QByteArray HeaderDecoding::decodeBase64(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size() / 4 * 3 + 3);
    quint32 acc = 0;
    int sextets = 0;
    auto flush = [&] {
        if (sextets == 2) {
            out.append(char(acc >> 4));
        } else if (sextets == 3) {
            out.append(char(acc >> 10));
            out.append(char((acc >> 2) & 0xFF));
        }
        acc = 0;
        sextets = 0;
    };
    for (char c : encoded) {
        int v;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+' || c == '-')
            v = 62;
        else if (c == '/' || c == '_')
            v = 63;
        else if (c == '=') {
            flush(); // padding ends a group; concatenated base64 chunks carry on after it
            continue;
        } else
            continue;
        acc = (acc << 6) | quint32(v);
        if (++sextets == 4) {
            out.append(char(acc >> 16));
            out.append(char((acc >> 8) & 0xFF));
            out.append(char(acc & 0xFF));
            acc = 0;
            sextets = 0;
        }
    }
    flush();
    return out;
}

QByteArray HeaderDecoding::decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = encoded[i];
        if (c != '=') {
            out.append(c);
            continue;
        }
        // A soft line break: "=" then optional trailing white space then CRLF / LF.
        qsizetype j = i + 1;
        while (j < n && (encoded[j] == ' ' || encoded[j] == '\t'))
            ++j;
        if (j < n && (encoded[j] == '\r' || encoded[j] == '\n')) {
            if (encoded[j] == '\r' && j + 1 < n && encoded[j + 1] == '\n')
                ++j;
            i = j;
            continue;
        }
        if (j == n)
            break; // truncated after '=' (or its trailing spaces)
        if (i + 2 < n + 0 && hexValue(encoded[i + 1]) >= 0 && hexValue(encoded[i + 2]) >= 0) {
            out.append(char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2])));
            i += 2;
            continue;
        }
        if (i + 2 == n && hexValue(encoded[i + 1]) >= 0)
            break; // truncated mid-escape
        out.append('=');
    }
    return out;
}

QByteArray HeaderDecoding::decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArrayView e = encoding.trimmed();
    if (equalsIgnoreCase(e, "base64"))
        return decodeBase64(body);
    if (equalsIgnoreCase(e, "quoted-printable"))
        return decodeQuotedPrintable(body);
    return body.toByteArray();
}

QString HeaderDecoding::htmlToPlainText(QStringView html)
{
    TextSink sink;
    sink.out.reserve(std::min<qsizetype>(html.size(), 64 * 1024));
    const qsizetype n = html.size();
    bool noHeadEnd = false;
    bool noBodyStart = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'&') {
            char32_t decoded = 0;
            const qsizetype next = decodeEntity(html, i, &decoded);
            if (next > i) {
                if (decoded != 0x200C && decoded != 0x200D && decoded != 0xAD)
                    sink.put(decoded);
                i = next;
                continue;
            }
            sink.put(u'&');
            ++i;
            continue;
        }
        if (c != u'<' || i + 1 >= n) {
            if (c.isHighSurrogate() && i + 1 < n && html[i + 1].isLowSurrogate()) {
                sink.put(QChar::surrogateToUcs4(c, html[i + 1]));
                i += 2;
                continue;
            }
            sink.put(c.unicode());
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (next == u'!') {
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                if (end < 0)
                    break; // an unterminated comment swallows the rest, as in browsers
                i = end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 2);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        if (next == u'?') {
            const qsizetype end = html.indexOf(u'>', i + 2);
            if (end < 0)
                break;
            i = end + 1;
            continue;
        }
        const bool closing = next == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        const qsizetype nameStart = p;
        while (p < n && p - nameStart < 16 && html[p].unicode() < 0x80
               && (html[p].isLetterOrNumber() || html[p] == u':' || html[p] == u'-'))
            ++p;
        if (p == nameStart) {
            if (!closing) {
                sink.put(u'<'); // "a < b" is text
                ++i;
            } else {
                const qsizetype end = html.indexOf(u'>', p);
                if (end < 0)
                    break;
                i = end + 1;
            }
            continue;
        }
        const QStringView name = html.sliced(nameStart, p - nameStart);
        const qsizetype end = tagEnd(html, p);
        if (end < 0)
            break; // a tag cut off by truncation
        i = end + 1;
        auto is = [&](QStringView tag) {
            return name.compare(tag, Qt::CaseInsensitive) == 0;
        };
        if (!closing && (is(u"script") || is(u"style") || is(u"title") || is(u"head"))) {
            // Raw text content: skip to the matching end tag.
            const QString endTag = QStringLiteral("</") + name.toString();
            // A search that failed once fails for every later start: remember it, or a
            // thousand "<head>"s would make this quadratic.
            qsizetype close = -1;
            if (!(is(u"head") && noHeadEnd))
                close = html.indexOf(endTag, i, Qt::CaseInsensitive);
            if (close < 0 && is(u"head")) {
                noHeadEnd = true;
                if (!noBodyStart)
                    close = html.indexOf(u"<body", i, Qt::CaseInsensitive);
                noBodyStart = close < 0;
            }
            if (close < 0) {
                if (is(u"head"))
                    continue; // no </head> and no <body>: read on, the content may be text
                break;
            }
            i = close;
            continue;
        }
        if (is(u"blockquote"))
            sink.quoteDepth = std::max(0, std::min(sink.quoteDepth + (closing ? -1 : 1), 1000));
        if (is(u"pre"))
            sink.preformatted = !closing;
        if (is(u"br")) {
            sink.lineBreak();
        } else if (isBlockElement(name)) {
            sink.blockBreak();
        } else if (is(u"td") || is(u"th") || is(u"img")) {
            sink.space();
        }
    }
    QString out = sink.out.trimmed();
    sanitizeText(out, true);
    return out;
}

QString HeaderDecoding::buildPreview(QStringView text, qsizetype maxLength)
{
    if (maxLength <= 0)
        return QString();
    QString out = collectPreview(text, maxLength, true);
    if (out.isEmpty())
        out = collectPreview(text, maxLength, false); // a reply that is nothing but quotes
    sanitizeText(out, false); // the input may carry lone surrogates and controls
    if (out.size() <= maxLength)
        return out;
    const qsizetype limit = maxLength - 1; // room for the ellipsis
    qsizetype cut = limit;
    for (qsizetype k = limit; k > limit / 2; --k) {
        if (out.at(k) == u' ') {
            cut = k;
            break;
        }
    }
    if (cut > 0 && out.at(cut - 1).isHighSurrogate())
        --cut;
    out.truncate(cut);
    while (!out.isEmpty() && out.back() == u' ')
        out.chop(1);
    out += QChar(0x2026);
    return out;
}

} // namespace ImapCore
