#include "atomicfile.h"

#include "filekindwords.h"
#include "localfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

AtomicFile::StepHook g_stepHook = nullptr;

void step(const char *name)
{
    if (g_stepHook)
        g_stepHook(name);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &content)
{
    const char *data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

bool syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Temporary files of earlier writes that died before their rename.
void removeLeftovers(const QDir &folder, const QString &fileName)
{
    const QStringList leftovers = folder.entryList({u"."_s + fileName + u".tmp-*"_s},
                                                   QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &leftover : leftovers)
        QFile::remove(folder.filePath(leftover));
}

} // namespace

void AtomicFile::setStepHook(StepHook hook)
{
    g_stepHook = hook;
}

QString AtomicFile::write(const QString &path, const QByteArray &content, int mode, Folder folder)
{
    const QFileInfo info(path);
    const QString folderPath = info.absolutePath();
    const QByteArray nativeFolder = QFile::encodeName(folderPath);
    if (!QFileInfo::exists(folderPath)) {
        if (!QDir().mkpath(folderPath))
            return tr("Cannot create the folder %1.").arg(folderPath);
        if (folder == Folder::Private)
            ::chmod(nativeFolder.constData(), 0700);
    } else if (folder == Folder::Private && QFileInfo(folderPath).fileName() == "mailbell"_L1) {
        // Our own folder, perhaps made wider by an older version: settings name hosts and users.
        // Any other folder (a --config file in $HOME) is the user's business.
        ::chmod(nativeFolder.constData(), 0700);
    }
    if (info.isDir())
        return tr("Cannot save %1: it is a folder, not a file.").arg(path);
    // rename(2) replaces whatever has the name: a FIFO, a socket, a device node (as root,
    // /dev/null itself). Only a regular file, or a symbolic link to one (the link is replaced,
    // its target is left alone), is ours to replace.
    using ImapCore::LocalFile;
    if (const LocalFile::Kind kind = LocalFile::linkKindOf(path);
        kind != LocalFile::Kind::Missing && kind != LocalFile::Kind::Regular) {
        const LocalFile::Kind target =
            kind == LocalFile::Kind::SymbolicLink ? LocalFile::kindOf(path) : kind;
        if (target != LocalFile::Kind::Regular && target != LocalFile::Kind::Missing)
            return tr("Cannot save: %1.").arg(FileKindWords::notRegularFile(path, target));
    }
    removeLeftovers(QDir(folderPath), info.fileName());

    QByteArray temp = QFile::encodeName(folderPath + u"/."_s + info.fileName() + u".tmp-XXXXXX"_s);
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return tr("Cannot save %1: cannot create a temporary file in its folder: %2")
            .arg(path, systemError());
    step("temp-created");
    const auto fail = [&](const QString &what) {
        const QString error = tr("Cannot save %1: %2: %3").arg(path, what, systemError());
        ::close(fd);
        ::unlink(temp.constData());
        return error;
    };
    if (::fchmod(fd, mode_t(mode)) != 0)
        return fail(tr("cannot set its permissions"));
    if (!writeAll(fd, content))
        return fail(tr("cannot write"));
    step("temp-written");
    if (::fsync(fd) != 0)
        return fail(tr("cannot flush to disk"));
    step("temp-synced");
    if (::close(fd) != 0) {
        const QString error = tr("Cannot save %1: %2").arg(path, systemError());
        ::unlink(temp.constData());
        return error;
    }
    if (::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString error = tr("Cannot save %1: %2").arg(path, systemError());
        ::unlink(temp.constData());
        return error;
    }
    step("renamed");
    if (!syncFolder(folderPath))
        return tr("Saved %1, but cannot flush its folder to disk: %2").arg(path, systemError());
    step("folder-synced");
    return {};
}

QString AtomicFile::remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return tr("Cannot remove %1: %2").arg(path, systemError());
    syncFolder(QFileInfo(path).absolutePath());
    return {};
}
