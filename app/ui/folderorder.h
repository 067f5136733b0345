#pragma once

#include "folderinfo.h"

#include <QCollator>
#include <QString>

// The order in which Mailbell lists an account's folders, the one Thunderbird uses: INBOX
// first, then the special folders Drafts, Templates, Sent, Archive, Junk, Trash (and the
// virtual All mail and Flagged after them), then the rest by name (case-insensitive, in the
// user's locale). Special folders are known by their RFC 6154 SPECIAL-USE attribute, or, on
// servers without it, by their usual names at the top level or under INBOX (where Courier and
// Cyrus keep them). Siblings are compared; a tree sorts each level.
class FolderOrder
{
public:
    FolderOrder();

    // Whether a sorts before b among the children of parent (its full name; empty: the
    // account's top level, where INBOX leads). label: the last hierarchy level, as shown.
    bool lessThan(const ImapCore::FolderInfo &a, const QString &aLabel,
                  const ImapCore::FolderInfo &b, const QString &bLabel,
                  const QString &parent) const;

    // 0 for INBOX, 1..8 for the special folders in order, 9 for the rest.
    static int rank(const ImapCore::FolderInfo &folder, const QString &label,
                    const QString &parent);

private:
    QCollator m_collator;
};
