#pragma once

#include "protocol/parsecursor.h"
#include "protocol/response.h"

namespace ImapCore {

// The FETCH half of the response grammar (RFC 9051 7.5.2, RFC 3501 7.4.2): msg-att items,
// ENVELOPE, BODY / BODYSTRUCTURE, BODY[section]<origin>, BINARY, MODSEQ, PREVIEW, and unknown
// items kept raw. Private to ResponseParser; reads from a ParseCursor and reports through it.
class FetchParser
{
public:
    // Parses "(" msg-att ")" after "* n FETCH ".
    static bool parseAttributes(ParseCursor &c, FetchResponse &out);
    // env (RFC 9051 9, envelope); depth counts the parentheses already open.
    static bool parseEnvelope(ParseCursor &c, Envelope &out, int depth);
    // body (RFC 9051 9); recursion is bounded by Limits::maxNestingDepth before each level.
    static bool parseBody(ParseCursor &c, BodyPart &out, int depth);
};

} // namespace ImapCore
