#pragma once

namespace ImapCore {

// Placeholder: the protocol-layer work on MailboxName replaces this file.
class MailboxName
{
};

} // namespace ImapCore
