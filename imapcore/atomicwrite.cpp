#include "atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

AtomicWrite::StepHook g_stepHook = nullptr;

void step(const char *name)
{
    if (g_stepHook)
        g_stepHook(name);
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

// The file a chain of symbolic links ends at (as QSaveFile finds it); the path itself when it is
// no link or the chain does not end.
QString finalTarget(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.isSymLink() ? path : info.filePath();
}

// What is at the path, if it is in the way: a regular file, or a symbolic link to one or to
// nothing, may be replaced; anything else is reported and left alone.
LocalFile::Kind obstacle(const QString &path)
{
    const LocalFile::Kind itself = LocalFile::linkKindOf(path);
    const LocalFile::Kind kind =
        itself == LocalFile::Kind::SymbolicLink ? LocalFile::kindOf(path) : itself;
    return kind == LocalFile::Kind::Regular ? LocalFile::Kind::Missing : kind;
}

} // namespace

QString AtomicWrite::Result::systemMessage() const
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void AtomicWrite::setStepHook(StepHook hook)
{
    g_stepHook = hook;
}

AtomicWrite::Result AtomicWrite::write(const QString &path, const QByteArray &content,
                                       const Options &options)
{
    Result result;
    result.path = options.link == Link::WriteTarget ? finalTarget(path) : path;
    const QFileInfo info(result.path);
    result.folder = info.absolutePath();
    const auto fail = [&result](Failure failure) {
        result.failure = failure;
        result.error = errno;
        return result;
    };

    const QByteArray nativeFolder = QFile::encodeName(result.folder);
    if (options.folder == Folder::Existing) {
        // The caller's folder, as it is.
    } else if (!QFileInfo::exists(result.folder)) {
        errno = 0;
        if (!QDir().mkpath(result.folder))
            return fail(Failure::CreateFolder);
        if (options.folder == Folder::Private)
            ::chmod(nativeFolder.constData(), 0700);
    } else if (options.folder == Folder::Private
               && QFileInfo(result.folder).fileName() == "mailbell"_L1) {
        // Our own folder, perhaps made wider by an older version: settings name hosts and users.
        // Any other folder (a --config file in $HOME) is the user's business.
        ::chmod(nativeFolder.constData(), 0700);
    }
    if (const LocalFile::Kind kind = obstacle(result.path); kind != LocalFile::Kind::Missing) {
        result.failure = Failure::NotRegularFile;
        result.kind = kind;
        return result;
    }
    removeLeftovers(QDir(result.folder), info.fileName());

    QByteArray temp =
        QFile::encodeName(result.folder + u"/."_s + info.fileName() + u".tmp-XXXXXX"_s);
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return fail(Failure::CreateTemp);
    step("temp-created");
    // Closes and removes the temporary file, keeping the errno of what failed.
    const auto abandon = [&](Failure failure, bool open = true) {
        fail(failure);
        if (open)
            ::close(fd);
        ::unlink(temp.constData());
        return result;
    };
    if (::fchmod(fd, mode_t(options.mode)) != 0 && options.modeRequired)
        return abandon(Failure::SetMode);
    if (!writeAll(fd, content))
        return abandon(Failure::Write);
    step("temp-written");
    if (::fsync(fd) != 0)
        return abandon(Failure::Sync);
    step("temp-synced");
    if (::close(fd) != 0)
        return abandon(Failure::Close, false);
    if (::rename(temp.constData(), QFile::encodeName(result.path).constData()) != 0)
        return abandon(Failure::Rename, false);
    step("renamed");
    if (!syncFolder(result.folder))
        return fail(Failure::SyncFolder);
    step("folder-synced");
    return result;
}

AtomicWrite::Result AtomicWrite::remove(const QString &path)
{
    Result result;
    result.path = path;
    result.folder = QFileInfo(path).absolutePath();
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        result.failure = Failure::Remove;
        result.error = errno;
        return result;
    }
    syncFolder(result.folder);
    return result;
}

} // namespace ImapCore
