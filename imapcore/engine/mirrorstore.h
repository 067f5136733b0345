#pragma once

#include "engine/mailboxmirror.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace ImapCore {

// The mailbox mirrors of the watched folders on disk, one file per (account, folder) in a folder
// beside the seen store ("seen.json" -> "seen-mailboxes/<hash>.mirror"), so a restart resyncs
// each folder from what it knew (FolderSync) instead of fetching every UID and flag again.
// A mirror is a cache of the server's facts and nothing more: the SeenStore alone says what was
// announced, so a missing, damaged, stale or foreign mirror only costs a full initial sync (with
// the reason logged), never a lost or repeated announcement.
//
// Files are written with AtomicWrite (0600, in a 0700 folder) and only over a regular file; a
// path that names anything else is reported and never read, moved or replaced. With the seen
// store on the null device (`--state /dev/null`) nothing is read or written. A small value (the
// folder's path) that each watcher keeps a copy of, so no watcher outlives the store it saves to.
// Qt Core only; used in the worker thread; each call stands alone.
class MirrorStore
{
public:
    // Files above this are not ours (a mirror of 2^24 scattered messages is far smaller).
    static constexpr qint64 maxFileBytes = 256 * 1024 * 1024;

    // folderPath empty (or none): remembers nothing.
    MirrorStore() = default;
    explicit MirrorStore(QString folderPath);
    // The folder beside a seen-store file; empty for the null device or an empty path.
    static QString folderBeside(const QString &seenStorePath);

    const QString &folderPath() const { return m_folder; }
    bool remembersNothing() const { return m_folder.isEmpty(); }
    QString pathFor(const QString &account, const QString &folder) const;

    struct Loaded
    {
        std::optional<MailboxMirror> mirror;
        // Why a file that exists could not be used (empty when there is none or it was used).
        QString problem;
    };
    Loaded load(const QString &account, const QString &folder) const;
    // A message naming the file and the reason on failure; the old file is unchanged then.
    std::optional<QString> save(const MailboxMirror &mirror) const;
    // Removes the mirrors (regular files named *.mirror) of folders not in keep; returns a
    // warning for each that could not be removed.
    QStringList keepOnly(const QList<std::pair<QString, QString>> &keep) const;

private:
    QString m_folder;
};

} // namespace ImapCore
