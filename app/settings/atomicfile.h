#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Replaces a file so that a crash or power loss at any moment leaves either the complete old or
// the complete new content: the new text goes to a temporary file in the same folder, is
// flushed to disk, renamed over the old one, and the folder is flushed too (rename(2) is atomic
// within a file system; the fsyncs make it durable). A temporary file left by a crash is named
// ".<name>.tmp-XXXXXX", which no reader looks at; the next write removes it.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    enum class Folder {
        Private, // created 0700; an existing one named "mailbell" is tightened to 0700
        Shared, // created 0755 and left as it is (~/.config/autostart)
    };

    // Returns an error in words naming the file, empty on success. mode is the new file's
    // permission bits.
    static QString write(const QString &path, const QByteArray &content, int mode = 0600,
                         Folder folder = Folder::Private);
    // Removes the file and flushes its folder; a missing file is success.
    static QString remove(const QString &path);

    // The steps of write() in order, for crash tests: a hook installed by a test program may
    // kill the process at one of them.
    static constexpr const char *steps[] = {"temp-created", "temp-written", "temp-synced",
                                            "renamed", "folder-synced"};
    using StepHook = void (*)(const char *step);
    static void setStepHook(StepHook hook);
};
