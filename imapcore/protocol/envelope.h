#pragma once

namespace ImapCore {

// Placeholder: the protocol-layer work on EnvelopeDecoder replaces this file.
class EnvelopeDecoder
{
};

} // namespace ImapCore
