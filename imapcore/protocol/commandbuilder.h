#pragma once

namespace ImapCore {

// Placeholder: the protocol-layer work on CommandBuilder replaces this file.
class CommandBuilder
{
};

} // namespace ImapCore
