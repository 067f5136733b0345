#include "protocol/transferencoding.h"

#include "protocol/textutil_p.h"

namespace ImapCore {

using namespace TextUtil;

QByteArray TransferEncoding::decodeBase64(QByteArrayView encoded)
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
