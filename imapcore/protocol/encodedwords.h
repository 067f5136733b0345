#pragma once

#include <QByteArrayView>
#include <QString>

namespace ImapCore {

// RFC 2047 encoded words in header text as IMAP servers hand it over (ENVELOPE subject and
// address names): decoded tolerantly, with folding undone and raw 8-bit bytes read as
// CharsetDecoder::decodeRaw8Bit does. Results are sanitized (see CharsetDecoder), trimmed and at
// most CharsetDecoder::maxDecodedHeaderLength UTF-16 units.
class EncodedWords
{
public:
    EncodedWords() = delete;

    // RFC 2047 unstructured text (Subject): encoded words anywhere, even glued to text or
    // inside quotes; whitespace between adjacent encoded words dropped (RFC 2047 6.2); adjacent
    // words in one charset decoded as one byte sequence; folding undone (RFC 5322 2.2.3).
    // Bytes outside encoded words: UTF-8 when valid, else charsetHint, else windows-1252.
    static QString decodeUnstructured(QByteArrayView raw, QByteArrayView charsetHint = {});

    // An RFC 5322 phrase (display name, group name): as decodeUnstructured, and quoted strings
    // lose their quotes and quoted-pair backslashes (RFC 5322 3.2.4).
    static QString decodePhrase(QByteArrayView raw, QByteArrayView charsetHint = {});
};

} // namespace ImapCore
