#pragma once

#include <QString>
#include <QtGlobal>

namespace ImapCore {

// One decoded address of an ENVELOPE address list. Members of an RFC 5322 3.4 group carry the
// group's name; a group with no members (the classic "undisclosed-recipients:;") is one entry
// with an empty address and the group's name as both name and group.
struct MailAddress
{
    QString name; // display name, decoded (RFC 2047, 8-bit); may be empty
    QString address; // "mailbox@host", or the bare mailbox when the server had no host
    QString group; // the group this address belongs to; empty outside groups

    bool isEmptyGroup() const { return address.isEmpty() && !group.isEmpty(); }
    // For people, not for headers: "Name <addr>", "addr" alone when there is no name (or the
    // name is the address), the group's name for an empty group.
    QString displayString() const;

    friend bool operator==(const MailAddress &, const MailAddress &) = default;
};

} // namespace ImapCore

// Three QStrings: a growing QList may memmove these.
Q_DECLARE_TYPEINFO(ImapCore::MailAddress, Q_RELOCATABLE_TYPE);
