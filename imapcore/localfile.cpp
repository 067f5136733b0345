#include "localfile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

LocalFile::Kind kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return LocalFile::Kind::Regular;
    if (S_ISDIR(mode))
        return LocalFile::Kind::Directory;
    if (S_ISCHR(mode))
        return LocalFile::Kind::CharacterDevice;
    if (S_ISBLK(mode))
        return LocalFile::Kind::BlockDevice;
    if (S_ISFIFO(mode))
        return LocalFile::Kind::Fifo;
    if (S_ISSOCK(mode))
        return LocalFile::Kind::Socket;
    if (S_ISLNK(mode))
        return LocalFile::Kind::SymbolicLink;
    return LocalFile::Kind::Unknown;
}

LocalFile::Kind statKind(const QString &path, bool follow)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    { };
    if ((follow ? ::stat(native.constData(), &st) : ::lstat(native.constData(), &st)) != 0)
        return errno == ENOENT || errno == ENOTDIR ? LocalFile::Kind::Missing
                                                   : LocalFile::Kind::Unknown;
    return kindOfMode(st.st_mode);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

LocalFile::Kind LocalFile::kindOf(const QString &path)
{
    return statKind(path, true);
}

LocalFile::Kind LocalFile::linkKindOf(const QString &path)
{
    return statKind(path, false);
}

QString LocalFile::kindPhrase(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return u"missing"_s;
    case Kind::Regular:
        return u"a regular file"_s;
    case Kind::Directory:
        return u"a folder"_s;
    case Kind::CharacterDevice:
        return u"a character device"_s;
    case Kind::BlockDevice:
        return u"a block device"_s;
    case Kind::Fifo:
        return u"a named pipe (FIFO)"_s;
    case Kind::Socket:
        return u"a socket"_s;
    case Kind::SymbolicLink:
        return u"a symbolic link"_s;
    case Kind::Unknown:
        break;
    }
    return u"not something that can be examined"_s;
}

bool LocalFile::isNullDevice(const QString &path)
{
    struct stat st
    { };
    struct stat null
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode)
        && ::stat("/dev/null", &null) == 0 && S_ISCHR(null.st_mode) && st.st_rdev == null.st_rdev;
}

LocalFile::ReadResult LocalFile::read(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    const QByteArray native = QFile::encodeName(path);
    struct stat before
    { };
    if (::stat(native.constData(), &before) != 0) {
        const int error = errno;
        result.kind = error == ENOENT || error == ENOTDIR ? Kind::Missing : Kind::Unknown;
        if (result.kind == Kind::Unknown)
            result.error = systemError(error);
        return result;
    }
    result.kind = kindOfMode(before.st_mode);
    if (result.kind != Kind::Regular)
        return result; // never opened: a FIFO would block, a device may act on open

    // O_NONBLOCK: if the path became a FIFO since the stat, open returns at once instead of
    // waiting for a writer; the fstat below then refuses it. O_NOCTTY: never a controlling tty.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        result.error = systemError(errno);
        return result;
    }
    struct stat opened
    { };
    if (::fstat(fd, &opened) != 0) {
        result.error = systemError(errno);
        ::close(fd);
        return result;
    }
    result.kind = kindOfMode(opened.st_mode);
    if (result.kind != Kind::Regular) {
        ::close(fd);
        return result;
    }
    if (opened.st_size > maxBytes) {
        result.tooLarge = true;
        ::close(fd);
        return result;
    }
    // The size can change while reading: read at most maxBytes + 1, so growth is seen too.
    result.bytes.resize(qsizetype(opened.st_size) + 1);
    qsizetype used = 0;
    for (;;) {
        if (used == result.bytes.size()) {
            if (used > maxBytes)
                break;
            result.bytes.resize(qsizetype(std::min<qint64>(maxBytes + 1, used * 2 + 4096)));
        }
        const ssize_t n =
            ::read(fd, result.bytes.data() + used, size_t(result.bytes.size() - used));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0) {
            result.error = systemError(errno);
            result.bytes.clear();
            ::close(fd);
            return result;
        }
        if (n == 0)
            break;
        used += n;
    }
    ::close(fd);
    result.bytes.truncate(used);
    result.tooLarge = used > maxBytes;
    return result;
}

} // namespace ImapCore
