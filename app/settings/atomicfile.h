#pragma once

#include "atomicwrite.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The settings' crash-safe save (ImapCore::AtomicWrite: temporary file, fsync, rename, fsync of
// the folder; only a regular file is replaced) with its failures in the user's language.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    using Folder = ImapCore::AtomicWrite::Folder;

    // Returns an error in words naming the file, empty on success. mode is the new file's
    // permission bits.
    static QString write(const QString &path, const QByteArray &content, int mode = 0600,
                         Folder folder = Folder::Private);
    // Removes the file and flushes its folder; a missing file is success.
    static QString remove(const QString &path);

    // A failed write or remove in words naming the file; empty for success.
    static QString describe(const ImapCore::AtomicWrite::Result &result);
};
