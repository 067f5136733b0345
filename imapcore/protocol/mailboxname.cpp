#include "mailboxname.h"

#include <QList>

namespace ImapCore {

namespace {

constexpr char16_t replacementCharacter = 0xFFFD;

// RFC 3501 5.1.3: modified BASE64 is RFC 2045 base64 with ',' in place of '/', and no padding.
constexpr char base64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

// Printable US-ASCII (0x20-0x7e) represents itself in modified UTF-7 (except '&').
bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

// A copy of name in which every unpaired surrogate is U+FFFD.
QString sanitized(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < name.size()
            && QChar::isLowSurrogate(name[i + 1].unicode())) {
            out.append(name[i]);
            out.append(name[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out.append(QChar(replacementCharacter));
        } else {
            out.append(name[i]);
        }
    }
    return out;
}

void appendBase64Run(QByteArray &out, QStringView run)
{
    out.append('&');
    quint32 bits = 0;
    int bitCount = 0;
    for (const QChar ch : run) {
        bits = (bits << 16) | ch.unicode();
        bitCount += 16;
        while (bitCount >= 6) {
            bitCount -= 6;
            out.append(base64Alphabet[(bits >> bitCount) & 0x3F]);
        }
        bits &= (1u << bitCount) - 1;
    }
    if (bitCount > 0)
        out.append(base64Alphabet[(bits << (6 - bitCount)) & 0x3F]);
    out.append('-');
}

QByteArray encodeModifiedUtf7(QStringView name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name[i].unicode();
        if (c == u'&') {
            out.append("&-");
            ++i;
        } else if (isPrintableAscii(c)) {
            out.append(char(c));
            ++i;
        } else {
            qsizetype end = i;
            while (end < name.size() && !isPrintableAscii(name[end].unicode()))
                ++end;
            appendBase64Run(out, name.sliced(i, end - i));
            i = end;
        }
    }
    return out;
}

MailboxName::DecodeError error(qsizetype offset, const char *reason)
{
    return {offset, QString::fromLatin1(reason)};
}

// RFC 3501 5.1.3, strictly: no raw 8-bit or control bytes, every shift sequence terminated by
// '-', only modified BASE64 inside, no superfluous or non-zero leftover bits, well-formed
// UTF-16, no encoded printable ASCII, no null shifts ("-&" between two base64 runs).
MailboxName::DecodeResult decodeModifiedUtf7(QByteArrayView raw)
{
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    bool previousWasBase64Run = false;
    while (i < raw.size()) {
        const char c = raw[i];
        if (c != '&') {
            if (!isPrintableAscii(char16_t(uchar(c))))
                return error(i, "byte outside printable US-ASCII in a modified UTF-7 name");
            out.append(QLatin1Char(c));
            previousWasBase64Run = false;
            ++i;
            continue;
        }
        const qsizetype shiftStart = i;
        ++i;
        if (i < raw.size() && raw[i] == '-') {
            out.append(u'&');
            previousWasBase64Run = false;
            ++i;
            continue;
        }
        if (previousWasBase64Run)
            return error(shiftStart, "null shift: two adjacent modified BASE64 runs");
        quint32 bits = 0;
        int bitCount = 0;
        char16_t pendingHigh = 0;
        qsizetype pendingHighOffset = 0;
        qsizetype unitStart = i;
        while (true) {
            if (i >= raw.size())
                return error(shiftStart, "unterminated modified BASE64 run (missing '-')");
            const char b = raw[i];
            if (b == '-')
                break;
            const int value = base64Value(b);
            if (value < 0)
                return error(i, "invalid character in modified BASE64 run");
            bits = (bits << 6) | quint32(value);
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                const char16_t unit = char16_t((bits >> bitCount) & 0xFFFF);
                bits &= (1u << bitCount) - 1;
                if (pendingHigh) {
                    if (!QChar::isLowSurrogate(unit))
                        return error(pendingHighOffset, "unpaired high surrogate");
                    out.append(QChar(pendingHigh));
                    out.append(QChar(unit));
                    pendingHigh = 0;
                } else if (QChar::isHighSurrogate(unit)) {
                    pendingHigh = unit;
                    pendingHighOffset = unitStart;
                } else if (QChar::isLowSurrogate(unit)) {
                    return error(unitStart, "unpaired low surrogate");
                } else if (isPrintableAscii(unit)) {
                    return error(unitStart,
                                 "printable US-ASCII encoded in modified BASE64 (must be literal)");
                } else {
                    out.append(QChar(unit));
                }
                unitStart = i + 1;
            }
            ++i;
        }
        if (bitCount >= 6)
            return error(unitStart, "modified BASE64 run is not a whole number of UTF-16 units");
        if (bits != 0)
            return error(i - 1, "non-zero leftover bits at the end of a modified BASE64 run");
        if (pendingHigh)
            return error(pendingHighOffset, "unpaired high surrogate");
        ++i; // '-'
        previousWasBase64Run = true;
    }
    return out;
}

// RFC 3629 4: shortest form only, no surrogates, nothing above U+10FFFF.
std::optional<qsizetype> firstInvalidUtf8(QByteArrayView raw)
{
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        const uchar b = uchar(raw[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        const uchar second = uchar(raw[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            const uchar cont = uchar(raw[i + k]);
            if (cont < 0x80 || cont > 0xBF)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

QByteArray MailboxName::encode(QStringView name, bool utf8Accepted)
{
    const QString clean = sanitized(name);
    return utf8Accepted ? clean.toUtf8() : encodeModifiedUtf7(clean);
}

MailboxName::DecodeResult MailboxName::decodeChecked(QByteArrayView raw, bool utf8Accepted)
{
    if (!utf8Accepted)
        return decodeModifiedUtf7(raw);
    if (const auto bad = firstInvalidUtf8(raw))
        return error(*bad, "invalid UTF-8 in mailbox name");
    return QString::fromUtf8(raw);
}

std::optional<QString> MailboxName::decode(QByteArrayView raw, bool utf8Accepted)
{
    DecodeResult result = decodeChecked(raw, utf8Accepted);
    if (auto *name = std::get_if<QString>(&result))
        return std::move(*name);
    return std::nullopt;
}

QString MailboxName::decodeForDisplay(QByteArrayView raw, bool utf8Accepted)
{
    if (utf8Accepted) {
        const bool ascii =
            std::all_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x80; });
        if (ascii && raw.contains('&')) {
            // Servers that keep sending modified UTF-7 after ENABLE UTF8=ACCEPT.
            if (const auto name = decode(raw, false)) {
                const bool hasNonAscii = std::any_of(name->cbegin(), name->cend(),
                                                     [](QChar c) { return c.unicode() >= 0x80; });
                if (hasNonAscii)
                    return *name;
            }
        }
        return QString::fromUtf8(raw);
    }
    if (const auto name = decode(raw, false))
        return *name;
    // Non-compliant servers that send raw UTF-8 without UTF8=ACCEPT; else show the bytes.
    if (!firstInvalidUtf8(raw))
        return QString::fromUtf8(raw);
    return QString::fromLatin1(raw);
}

bool MailboxName::isInbox(QStringView name)
{
    return name.compare(u"INBOX", Qt::CaseInsensitive) == 0;
}

bool MailboxName::isInbox(QByteArrayView raw)
{
    return raw.compare(QByteArrayView("INBOX"), Qt::CaseInsensitive) == 0;
}

} // namespace ImapCore
