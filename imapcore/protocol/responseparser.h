#pragma once

#include "response.h"
#include "responseframer.h"

namespace ImapCore {

// Turns one framed response into a typed Response, or a ParseError{offset, reason}. Pure: no
// state between calls, no I/O, never throws, never asserts on server data.
class ResponseParser
{
public:
    static ParseResult parse(QByteArrayView unit);
    static ParseResult parse(const ResponseUnit &unit) { return parse(QByteArrayView(unit.bytes)); }
};

} // namespace ImapCore
