#include "atomicfile.h"

#include "filekindwords.h"

using ImapCore::AtomicWrite;
using ImapCore::LocalFile;

QString AtomicFile::write(const QString &path, const QByteArray &content, int mode, Folder folder)
{
    AtomicWrite::Options options;
    options.mode = mode;
    options.folder = folder;
    return describe(AtomicWrite::write(path, content, options));
}

QString AtomicFile::remove(const QString &path)
{
    return describe(AtomicWrite::remove(path));
}

QString AtomicFile::describe(const AtomicWrite::Result &result)
{
    const QString &path = result.path;
    const auto failed = [&](const QString &what) {
        return tr("Cannot save %1: %2: %3").arg(path, what, result.systemMessage());
    };
    switch (result.failure) {
    case AtomicWrite::Failure::None:
        return {};
    case AtomicWrite::Failure::CreateFolder:
        return tr("Cannot create the folder %1.").arg(result.folder);
    case AtomicWrite::Failure::NotRegularFile:
        if (result.kind == LocalFile::Kind::Directory)
            return tr("Cannot save %1: it is a folder, not a file.").arg(path);
        return tr("Cannot save: %1.").arg(FileKindWords::notRegularFile(path, result.kind));
    case AtomicWrite::Failure::CreateTemp:
        return tr("Cannot save %1: cannot create a temporary file in its folder: %2")
            .arg(path, result.systemMessage());
    case AtomicWrite::Failure::SetMode:
        return failed(tr("cannot set its permissions"));
    case AtomicWrite::Failure::Write:
        return failed(tr("cannot write"));
    case AtomicWrite::Failure::Sync:
        return failed(tr("cannot flush to disk"));
    case AtomicWrite::Failure::Close:
    case AtomicWrite::Failure::Rename:
        return tr("Cannot save %1: %2").arg(path, result.systemMessage());
    case AtomicWrite::Failure::SyncFolder:
        return tr("Saved %1, but cannot flush its folder to disk: %2")
            .arg(path, result.systemMessage());
    case AtomicWrite::Failure::Remove:
        return tr("Cannot remove %1: %2").arg(path, result.systemMessage());
    }
    return {};
}
