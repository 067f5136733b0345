#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ImapCore {

// What an error message may show of a server response the client could not understand: its
// kind in IMAP terms and a short, safe excerpt. Pure functions on the unit's bytes.
class ResponseExcerpt
{
public:
    // "untagged FETCH" (RFC 9051 7: "* 3 FETCH ..."), "untagged OK", "tagged NO" ("A1 NO ..."),
    // "continuation" ("+ ..."); "response" when the line has no recognisable shape.
    static QString kind(QByteArrayView unit);

    // The start of the unit without its final CRLF, as printable ASCII: CR, LF, other control
    // bytes, DEL and bytes >= 0x80 become "\r", "\n", "\xNN"; at most maxBytes of output, then
    // "..." when something was left out. Whatever follows a LOGIN or AUTHENTICATE word (a server
    // echoing a command) becomes "***", so a credential never reaches an error message.
    static QByteArray text(QByteArrayView unit, qsizetype maxBytes);
};

} // namespace ImapCore
