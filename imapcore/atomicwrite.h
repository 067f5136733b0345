#pragma once

#include "localfile.h"

#include <QByteArray>
#include <QString>

namespace ImapCore {

// Replaces a file so that a crash or power loss at any moment leaves either the complete old or
// the complete new content: the new bytes go to a temporary file in the same folder, are flushed
// to disk, renamed over the old file, and the folder is flushed too (rename(2) is atomic within
// a file system; the fsyncs make it durable). A temporary file left by a crash is named
// ".<name>.tmp-XXXXXX", which no reader looks at; the next write removes it.
//
// Only a regular file is replaced (ARCHITECTURE.md, rule 7): rename(2) replaces whatever has the
// name, a FIFO, a socket or a device node (as root, /dev/null itself). The one writer of every
// file Mailbell saves (the seen store, the settings and accounts files, the recent list, the
// autostart entry). Plain functions, Qt Core only, no words: a failure is a value (the step, the
// errno, what was in the way) that the engine words in English and the app translates
// (AtomicFile). Any thread; writes to different files do not interfere.
class AtomicWrite
{
public:
    // The file's folder.
    enum class Folder {
        Private, // created 0700; an existing one named "mailbell" is tightened to 0700
        Default, // created with the umask's mode and left as it is (~/.config/autostart)
        Existing, // never created: a missing folder fails at CreateTemp (ENOENT)
    };
    // When the path is a symbolic link.
    enum class Link {
        Replace, // the link is replaced by the new file; its target is left alone
        WriteTarget, // the link stays; its (final) target is replaced, like QSaveFile does
    };
    struct Options
    {
        int mode = 0600; // the new file's permission bits
        Folder folder = Folder::Private;
        Link link = Link::Replace;
        // false: a file system without permission bits (FAT) refuses the mode; save anyway.
        bool modeRequired = true;
    };

    enum class Failure {
        None,
        CreateFolder, // the file's folder did not exist and could not be created
        NotRegularFile, // something else is in the way (kind says what); nothing was touched
        CreateTemp, // no temporary file in the folder (no permission, disk full, ...)
        SetMode,
        Write,
        Sync, // fsync(2) of the new content
        Close,
        Rename, // the old file is unchanged
        SyncFolder, // the file was replaced, but its folder was not flushed to disk
        Remove, // remove() only
    };
    struct Result
    {
        Failure failure = Failure::None;
        int error = 0; // errno of the call that failed
        LocalFile::Kind kind = LocalFile::Kind::Missing; // NotRegularFile: what is in the way
        QString path; // the file replaced: a link's target with Link::WriteTarget
        QString folder; // its folder

        bool ok() const { return failure == Failure::None; }
        // The new content is in place (perhaps not yet durable: SyncFolder).
        bool replaced() const { return ok() || failure == Failure::SyncFolder; }
        // strerror(error), in the system's language.
        QString systemMessage() const;
    };

    static Result write(const QString &path, const QByteArray &content, const Options &options);
    static Result write(const QString &path, const QByteArray &content)
    {
        return write(path, content, Options {});
    }
    // Removes the file and flushes its folder; a missing file is success.
    static Result remove(const QString &path);

    // The steps of write() in order, for crash tests: a hook installed by a test program may
    // kill the process at one of them.
    static constexpr const char *steps[] = {"temp-created", "temp-written", "temp-synced",
                                            "renamed", "folder-synced"};
    using StepHook = void (*)(const char *step);
    static void setStepHook(StepHook hook);
};

} // namespace ImapCore
