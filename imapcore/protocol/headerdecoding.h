#pragma once

#include "protocol/response.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace ImapCore {

// Pure functions that turn the raw bytes a server hands us (ENVELOPE strings, BODYSTRUCTURE
// parameters, INTERNALDATE, partial bodies) into text for notifications: RFC 2047 encoded words,
// RFC 2231 parameters, RFC 5322 / RFC 9051 dates, base64 and quoted-printable (RFC 2045 6.7,
// 6.8), charsets through QStringDecoder, HTML reduction and preview building. Nothing here does
// I/O or fails loudly: malformed input degrades to the most readable text we can make, every
// result is valid UTF-16 (no lone surrogates, no control characters) and bounded in size.
class HeaderDecoding
{
public:
    HeaderDecoding() = delete;

    // Longest decoded header (subject, display name, parameter value) we return, in UTF-16 units.
    static constexpr qsizetype maxDecodedHeaderLength = 64 * 1024;
    // Header input beyond this many bytes is ignored (it could not decode to more than the cap).
    static constexpr qsizetype maxHeaderInputLength = 4 * maxDecodedHeaderLength;
    // Default length of a preview, in UTF-16 units (the ellipsis included).
    static constexpr qsizetype defaultPreviewLength = 200;

    // RFC 2047 unstructured text (Subject): encoded words anywhere, even glued to text or
    // inside quotes; whitespace between adjacent encoded words dropped (RFC 2047 6.2); adjacent
    // words in one charset decoded as one byte sequence; folding undone (RFC 5322 2.2.3).
    // Bytes outside encoded words: UTF-8 when valid, else charsetHint, else windows-1252.
    static QString decodeUnstructured(QByteArrayView raw, QByteArrayView charsetHint = {});

    // An RFC 5322 phrase (display name, group name): as decodeUnstructured, and quoted strings
    // lose their quotes and quoted-pair backslashes (RFC 5322 3.2.4).
    static QString decodePhrase(QByteArrayView raw, QByteArrayView charsetHint = {});

    // Raw header bytes with no encoded words: UTF-8 when valid, else charsetHint, else
    // windows-1252. ASCII always stays ASCII.
    static QString decodeRaw8Bit(QByteArrayView raw, QByteArrayView charsetHint = {});

    // Body bytes in a MIME charset (aliases and mislabels handled: ISO-8859-1 and US-ASCII are
    // read as windows-1252, GB2312/GBK as GB18030; unknown names fall back to decodeRaw8Bit).
    // An incomplete multibyte sequence at the end (a partial fetch) is dropped, not replaced.
    static QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);

    // The value of a Content-Type / Content-Disposition parameter, by case-insensitive name,
    // decoded: RFC 2231 extended values (name*=charset'lang'%XX) and continuations (name*0,
    // name*1*, ... given as separate pairs by the server, RFC 2231 3-4), else a plain value
    // with RFC 2047 encoded words (Outlook, Thunderbird < 3 send those). Null if absent.
    static QString parameter(const QList<BodyParameter> &parameters, QByteArrayView name);
    // The parameter's raw bytes (first match, case-insensitive name), for tokens like charset.
    static QByteArray rawParameter(const QList<BodyParameter> &parameters, QByteArrayView name);

    // RFC 5322 3.3 date-time, with the obsolete forms of 4.3 (two- and three-digit years, named
    // zones, military zones as -0000) and what real mail carries (no weekday, no seconds,
    // trailing comments, asctime order). The zone's offset is kept. Invalid input: invalid.
    static QDateTime parseRfc5322Date(QByteArrayView raw);

    // RFC 9051 date-time (INTERNALDATE): "17-Jul-1996 02:44:25 -0700", day possibly
    // space-padded, quotes optional. Invalid input: an invalid QDateTime.
    static QDateTime parseInternalDate(QByteArrayView raw);

    // RFC 2045 6.8 base64, tolerant: characters outside the alphabet are skipped, padding is
    // optional, and a truncated input yields every byte that was complete.
    static QByteArray decodeBase64(QByteArrayView encoded);

    // RFC 2045 6.7 quoted-printable: soft line breaks removed, invalid "=XX" kept literally,
    // an escape cut off by truncation dropped.
    static QByteArray decodeQuotedPrintable(QByteArrayView encoded);

    // Undoes a Content-Transfer-Encoding named as in BODYSTRUCTURE ("BASE64",
    // "QUOTED-PRINTABLE", "7BIT", ...); unknown encodings pass through unchanged.
    static QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding);

    // HTML to plain text for previews: tags removed, <script>, <style>, <head>, <title> and
    // comments dropped, entities decoded, block elements become line breaks, whitespace
    // collapsed, <blockquote> text prefixed with "> " (so buildPreview drops it). Tolerates
    // malformed and truncated markup.
    static QString htmlToPlainText(QStringView html);

    // One paragraph of at most maxLength UTF-16 units from decoded body text: quoted lines
    // ("> "), attribution lines ("On ... wrote:"), signatures ("-- ") and forwarded/original
    // message blocks dropped, whitespace collapsed, cut at a word boundary with "…".
    static QString buildPreview(QStringView text, qsizetype maxLength = defaultPreviewLength);

    // Replaces lone surrogates with U+FFFD and control characters with spaces, in place.
    static void sanitize(QString &text);
};

} // namespace ImapCore
