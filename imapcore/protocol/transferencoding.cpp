#include "protocol/transferencoding.h"

#include "protocol/textutil_p.h"

#include <array>

namespace ImapCore {

using namespace TextUtil;

namespace {

// Sextet value of each byte: both alphabets (RFC 4648 4 and 5, "+/" and "-_"), padding marked,
// everything else skipped.
constexpr qint8 base64Skip = -1;
constexpr qint8 base64Pad = -2;
constexpr std::array<qint8, 256> base64Values = [] {
    std::array<qint8, 256> t {};
    for (auto &v : t)
        v = base64Skip;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = qint8(c - 'A');
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = qint8(c - 'a' + 26);
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = qint8(c - '0' + 52);
    t[size_t('+')] = t[size_t('-')] = 62;
    t[size_t('/')] = t[size_t('_')] = 63;
    t[size_t('=')] = base64Pad;
    return t;
}();

} // namespace

QByteArray TransferEncoding::decodeBase64(QByteArrayView encoded)
{
    // Every 4 sextets give 3 bytes; a partial group at most 2 more.
    QByteArray out(encoded.size() / 4 * 3 + 3, Qt::Uninitialized);
    char *const begin = out.data();
    char *d = begin;
    quint32 acc = 0;
    int sextets = 0;
    auto flush = [&] {
        if (sextets == 2) {
            *d++ = char(acc >> 4);
        } else if (sextets == 3) {
            *d++ = char(acc >> 10);
            *d++ = char((acc >> 2) & 0xFF);
        }
        acc = 0;
        sextets = 0;
    };
    for (const char c : encoded) {
        const qint8 v = base64Values[quint8(c)];
        if (v < 0) {
            if (v == base64Pad)
                flush(); // padding ends a group; concatenated base64 chunks carry on after it
            continue;
        }
        acc = (acc << 6) | quint32(v);
        if (++sextets == 4) {
            *d++ = char(acc >> 16);
            *d++ = char((acc >> 8) & 0xFF);
            *d++ = char(acc & 0xFF);
            acc = 0;
            sextets = 0;
        }
    }
    flush();
    out.truncate(d - begin);
    return out;
}

QByteArray TransferEncoding::decodeQuotedPrintable(QByteArrayView encoded)
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

QByteArray TransferEncoding::decode(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArrayView e = encoding.trimmed();
    if (equalsIgnoreCase(e, "base64"))
        return decodeBase64(body);
    if (equalsIgnoreCase(e, "quoted-printable"))
        return decodeQuotedPrintable(body);
    return body.toByteArray();
}

} // namespace ImapCore
