#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>
#include <variant>

namespace ImapCore {

// Converts mailbox names between QString and their wire form: modified UTF-7 (RFC 3501 5.1.3)
// before UTF8=ACCEPT is enabled, UTF-8 after it (RFC 6855 3; the only form in IMAP4rev2,
// RFC 9051 5.1). Decoding is strict: malformed input is an error value with a byte offset.
//
// Leniency after UTF8=ACCEPT: decode() takes the bytes as UTF-8 verbatim, even if they look like
// modified UTF-7 ("&ZeVnLIqe-" stays that string). '&' is legal in UTF-8 names ("R&D"), and the
// raw bytes then round-trip exactly through encode(). Only decodeForDisplay() guesses: it shows a
// pure-ASCII name that is well-formed modified UTF-7 with non-ASCII content as decoded text, for
// servers that keep sending modified UTF-7 after ENABLE UTF8=ACCEPT. Commands must always be built
// from the raw bytes or from decode()'s result, never from decodeForDisplay()'s.
class MailboxName
{
public:
    struct DecodeError
    {
        qsizetype offset = 0; // byte offset into the raw name
        QString reason;
        friend bool operator==(const DecodeError &, const DecodeError &) = default;
    };
    using DecodeResult = std::variant<QString, DecodeError>;

    // The wire form. Unpaired surrogates in name (invalid UTF-16) become U+FFFD first, so the
    // result always decodes again.
    static QByteArray encode(QStringView name, bool utf8Accepted);

    static DecodeResult decodeChecked(QByteArrayView raw, bool utf8Accepted);
    static std::optional<QString> decode(QByteArrayView raw, bool utf8Accepted);

    // Never fails: see the class comment. Malformed parts are kept as Latin-1 / U+FFFD.
    static QString decodeForDisplay(QByteArrayView raw, bool utf8Accepted);

    // RFC 9051 5.1: "INBOX" is case-insensitive; every other name is case-sensitive.
    static bool isInbox(QStringView name);
    static bool isInbox(QByteArrayView raw);
};

} // namespace ImapCore
