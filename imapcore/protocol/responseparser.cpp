#include "responseparser.h"

namespace ImapCore {

// Placeholder until the parser lands.
ParseResult ResponseParser::parse(QByteArrayView)
{
    return ParseError{0, QStringLiteral("not implemented")};
}

} // namespace ImapCore
