#pragma once

#include "response.h"
#include "responseframer.h"

namespace ImapCore {

// Turns one framed response into a typed Response, or a ParseError{offset, reason}. Pure: no
// state between calls, no I/O, never throws, never asserts on server data.
class ResponseParser
{
public:
    // Copies every value out of unit.
    static ParseResult parse(QByteArrayView unit);
    // Values share unit's buffer (see ParseCursor): no copy of strings and literals.
    static ParseResult parse(const QByteArray &unit);
    static ParseResult parse(const ResponseUnit &unit) { return parse(unit.bytes); }
};

} // namespace ImapCore
