#pragma once

#include "protocol/response.h"

#include <QString>

namespace ImapCore {

// One-line, human-readable renderings of parsed responses for logs and test failure messages,
// e.g. "Fetch{seq=12 uid=99 flags=(\Seen) envelope={...}}". Byte strings are shown with
// non-printable bytes escaped; NIL is shown as NIL.
QString describe(const Response &response);
QString describe(const ParseResult &result);
QString describe(const BodyPart &body);
QString describe(const Envelope &envelope);

} // namespace ImapCore
