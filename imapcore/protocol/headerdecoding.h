#pragma once

namespace ImapCore {

// Placeholder: the protocol-layer work on HeaderDecoding replaces this file.
class HeaderDecoding
{
};

} // namespace ImapCore
