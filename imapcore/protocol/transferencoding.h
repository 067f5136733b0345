#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ImapCore {

// Undoes MIME Content-Transfer-Encodings (RFC 2045 6) on bodies fetched from the server, which
// may be cut off anywhere by a partial FETCH: decoding is tolerant and never fails, and a
// truncated input yields every byte that was complete.
class TransferEncoding
{
public:
    TransferEncoding() = delete;

    // RFC 2045 6.8 base64, tolerant: characters outside the alphabet are skipped, padding is
    // optional (and ends a group, so concatenated chunks decode), the URL-safe alphabet of
    // RFC 4648 5 is accepted too.
    static QByteArray decodeBase64(QByteArrayView encoded);

    // RFC 2045 6.7 quoted-printable: soft line breaks removed, invalid "=XX" kept literally,
    // an escape cut off by truncation dropped.
    static QByteArray decodeQuotedPrintable(QByteArrayView encoded);

    // Undoes the encoding named as in BODYSTRUCTURE ("BASE64", "QUOTED-PRINTABLE", "7BIT", ...);
    // unknown encodings pass through unchanged.
    static QByteArray decode(QByteArrayView body, QByteArrayView encoding);
};

} // namespace ImapCore
