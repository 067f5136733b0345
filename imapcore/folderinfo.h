#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ImapCore {

// One folder as the server listed it (LIST, RFC 9051 7.3.1, with SPECIAL-USE RFC 6154), for the
// settings dialog's folder tree: which folders exist, which can be watched, which are Junk or
// Trash (off by default).
struct FolderInfo
{
    enum class SpecialUse { None, All, Archive, Drafts, Flagged, Junk, Sent, Trash };

    QString name; // full name, decoded from modified UTF-7; what AccountSpec::folders holds
    QChar delimiter; // hierarchy delimiter; null for a flat namespace
    SpecialUse specialUse = SpecialUse::None;
    bool selectable = true; // false for \Noselect / \NonExistent
    bool hasChildren = false;
    bool subscribed = false; // when the server said so (LIST-EXTENDED SUBSCRIBED / LSUB)

    friend bool operator==(const FolderInfo &, const FolderInfo &) = default;
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::FolderInfo)
