#pragma once

#include <QByteArray>
#include <QString>

namespace ImapCore {

// What a path names on the local file system, and a read that never blocks on it. Mailbell
// reads, moves aside and replaces only regular files (ARCHITECTURE.md, rule 7): a path given on
// the command line or found in a settings folder may name a device, a FIFO, a socket or a
// folder, and opening a FIFO for reading blocks until a writer comes, while renaming a device
// node as root breaks the system (`--state /dev/null` once renamed /dev/null). Plain functions,
// Qt Core only; shared by the engine (the seen store) and the app (settings, accounts file,
// recent list).
class LocalFile
{
public:
    enum class Kind {
        Missing, // nothing there (a dangling symbolic link too)
        Regular,
        Directory,
        CharacterDevice,
        BlockDevice,
        Fifo,
        Socket,
        SymbolicLink, // only from linkKindOf()
        Unknown, // stat(2) failed for another reason than "does not exist"
    };

    // What the path names, following symbolic links: a link to a regular file is Regular.
    static Kind kindOf(const QString &path);
    // What the path itself is, not following a last symbolic link (lstat(2)).
    static Kind linkKindOf(const QString &path);
    // "a character device", "a named pipe (FIFO)", ...: English, for the engine's messages
    // (the app has translated words in FileKindWords).
    static QString kindPhrase(Kind kind);
    // True when the path names the null device (/dev/null or another node of the same device),
    // following symbolic links.
    static bool isNullDevice(const QString &path);

    struct ReadResult
    {
        Kind kind = Kind::Missing; // of what was found; bytes are valid only for Regular
        QByteArray bytes; // at most maxBytes + 1 bytes: more than maxBytes means tooLarge
        bool tooLarge = false;
        QString error; // a system error (open or read failed); empty when the read succeeded
        bool ok() const { return kind == Kind::Regular && error.isEmpty() && !tooLarge; }
    };
    // Reads a regular file (following symbolic links) of at most maxBytes. Anything else is not
    // opened at all (kind says what it is), so a FIFO never blocks and a device is never
    // touched; the file is opened with O_NONBLOCK and checked again after opening, so a path
    // swapped for a FIFO in between is not read either.
    static ReadResult read(const QString &path, qint64 maxBytes);
};

} // namespace ImapCore
