#pragma once

#include <QByteArrayView>
#include <QString>

namespace ImapCore {

// Bytes in a MIME charset, or in none, to text: charset labels mapped to the decoders real mail
// needs (WHATWG-style supersets for misused labels), UTF-8 detection for unlabelled 8-bit
// headers, windows-1252 as the last resort. Every result is valid UTF-16 without control
// characters (line breaks and tabs kept where documented). Never fails: malformed input degrades
// to the most readable text we can make.
class CharsetDecoder
{
public:
    CharsetDecoder() = delete;

    // Longest decoded header (subject, display name, parameter value) any header decoder
    // returns, in UTF-16 units.
    static constexpr qsizetype maxDecodedHeaderLength = 64 * 1024;
    // Header input beyond this many bytes is ignored (it could not decode to more than the cap).
    static constexpr qsizetype maxHeaderInputLength = 4 * maxDecodedHeaderLength;

    // Body bytes in a MIME charset (aliases and mislabels handled: ISO-8859-1 and US-ASCII are
    // read as windows-1252, GB2312/GBK as GB18030; unknown names fall back to decodeRaw8Bit).
    // An incomplete multibyte sequence at the end (a partial fetch) is dropped, not replaced.
    // CRLF and CR become LF; tabs stay.
    static QString decode(QByteArrayView bytes, QByteArrayView charset);

    // Raw header bytes with no encoded words (RFC 6532 8-bit headers, or mail that ignores
    // RFC 2047): UTF-8 when valid, else charsetHint, else windows-1252. ASCII always stays ASCII.
    // At most maxDecodedHeaderLength units.
    static QString decodeRaw8Bit(QByteArrayView raw, QByteArrayView charsetHint = {});

    // Replaces lone surrogates with U+FFFD and control characters with spaces, in place.
    static void sanitize(QString &text);
};

} // namespace ImapCore
