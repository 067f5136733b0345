#pragma once

#include "folderinfo.h"
#include "protocol/response.h"

#include <QList>
#include <optional>

namespace ImapCore {

// Turns the untagged LIST responses of one LIST command into FolderInfo values (RFC 9051 7.3.1,
// special-use attributes RFC 6154 2, LIST-EXTENDED RFC 5258), at most maxFolders of them.
// Names are decoded from modified UTF-7 (or UTF-8 after UTF8=ACCEPT); a name that does not
// decode is skipped and counted, since a folder we cannot name exactly could not be watched.
// A plain value used by one ConnectionTester in the worker thread; never shared between threads.
class FolderListCollector
{
public:
    FolderListCollector(bool utf8Accepted, qsizetype maxFolders);

    // The FolderInfo one LIST response stands for; nullopt for LSUB or an undecodable name.
    static std::optional<FolderInfo> folderInfo(const ListResponse &list, bool utf8Accepted);

    // False once the limit is reached (the response was not kept).
    bool add(const ListResponse &list);
    const QList<FolderInfo> &folders() const { return m_folders; }
    bool truncated() const { return m_truncated; }
    int undecodable() const { return m_undecodable; }

private:
    bool m_utf8Accepted;
    qsizetype m_maxFolders;
    QList<FolderInfo> m_folders;
    bool m_truncated = false;
    int m_undecodable = 0;
};

} // namespace ImapCore
