#include "filekindwords.h"

#include <QCoreApplication>

using ImapCore::LocalFile;

namespace FileKindWords {

QString notRegularFile(const QString &path, LocalFile::Kind kind)
{
    switch (kind) {
    case LocalFile::Kind::Missing:
    case LocalFile::Kind::Regular:
        return {};
    case LocalFile::Kind::Directory:
        return QCoreApplication::translate("FileKindWords", "%1 is a folder, not a regular file")
            .arg(path);
    case LocalFile::Kind::CharacterDevice:
        return QCoreApplication::translate("FileKindWords",
                                           "%1 is a character device, not a regular file")
            .arg(path);
    case LocalFile::Kind::BlockDevice:
        return QCoreApplication::translate("FileKindWords",
                                           "%1 is a block device, not a regular file")
            .arg(path);
    case LocalFile::Kind::Fifo:
        return QCoreApplication::translate("FileKindWords",
                                           "%1 is a named pipe (FIFO), not a regular file")
            .arg(path);
    case LocalFile::Kind::Socket:
        return QCoreApplication::translate("FileKindWords", "%1 is a socket, not a regular file")
            .arg(path);
    case LocalFile::Kind::SymbolicLink:
        return QCoreApplication::translate("FileKindWords",
                                           "%1 is a symbolic link, not a regular file")
            .arg(path);
    case LocalFile::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("FileKindWords", "%1 cannot be examined, so it is not used")
        .arg(path);
}

} // namespace FileKindWords
