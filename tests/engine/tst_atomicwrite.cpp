// AtomicWrite, the one writer of every file Mailbell saves: the new content replaces a regular
// file whole, with the mode asked for and no temporary file left; anything else in the way (a
// FIFO, a socket, a folder, a link to one) is left alone; a symbolic link is replaced or written
// through as asked; and each failure is a value (the step, the errno, what was in the way) for
// the caller to word. The crash-at-each-step test is tests/app/settings/tst_crashduringsave.
#include "atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using ImapCore::AtomicWrite;
using ImapCore::LocalFile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

mode_t modeOf(const QString &path)
{
    struct stat info
    { };
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

AtomicWrite::Options withLink(AtomicWrite::Link link)
{
    AtomicWrite::Options options;
    options.link = link;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(AtomicWrite::Link)
Q_DECLARE_METATYPE(ImapCore::LocalFile::Kind)

class Tst_AtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void replacesWholeWithMode();
    void leftoverTemporaryIsRemoved();
    void notRegularFileIsLeftAlone_data();
    void notRegularFileIsLeftAlone();
    void symbolicLink();
    void linkToFifoIsLeftAlone_data();
    void linkToFifoIsLeftAlone();
    void folders();
    void failedWriteKeepsTheOldFile();
    void failuresSayWhereAndWhy();
    void remove();
};

void Tst_AtomicWrite::replacesWholeWithMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.conf"_s);
    AtomicWrite::Result result = AtomicWrite::write(path, "first\n");
    QVERIFY(result.ok());
    QCOMPARE(result.path, path);
    QCOMPARE(result.folder, dir.path());
    QCOMPARE(readAll(path), QByteArray("first\n"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0600));

    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    AtomicWrite::Options options;
    options.mode = 0644;
    result = AtomicWrite::write(path, "second\n", options);
    QVERIFY(result.ok());
    QCOMPARE(readAll(path), QByteArray("second\n"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0644));
    QCOMPARE(entries(dir.path()), QStringList {u"settings.conf"_s});
}

// A temporary file of a write that died before its rename goes with the next write.
void Tst_AtomicWrite::leftoverTemporaryIsRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.conf"_s);
    QVERIFY(writeFile(dir.filePath(u".accounts.conf.tmp-AbC123"_s), "half"));
    QVERIFY(writeFile(dir.filePath(u".other.conf.tmp-AbC123"_s), "not ours to remove"));
    QVERIFY(AtomicWrite::write(path, "whole").ok());
    QCOMPARE(entries(dir.path()), (QStringList {u".other.conf.tmp-AbC123"_s, u"accounts.conf"_s}));
}

void Tst_AtomicWrite::notRegularFileIsLeftAlone_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<LocalFile::Kind>("kind");
    QTest::newRow("fifo") << u"fifo"_s << LocalFile::Kind::Fifo;
    QTest::newRow("socket") << u"socket"_s << LocalFile::Kind::Socket;
    QTest::newRow("folder") << u"folder"_s << LocalFile::Kind::Directory;
}

void Tst_AtomicWrite::notRegularFileIsLeftAlone()
{
    QFETCH(QString, what);
    QFETCH(LocalFile::Kind, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seen.json"_s);
    const QByteArray native = QFile::encodeName(path);
    int socketFd = -1;
    if (what == "fifo"_L1) {
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    } else if (what == "socket"_L1) {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    } else {
        QVERIFY(QDir().mkdir(path));
    }
    const mode_t type = modeOf(path) & S_IFMT;

    for (const AtomicWrite::Link link :
         {AtomicWrite::Link::Replace, AtomicWrite::Link::WriteTarget}) {
        const AtomicWrite::Result result = AtomicWrite::write(path, "new", withLink(link));
        QCOMPARE(result.failure, AtomicWrite::Failure::NotRegularFile);
        QCOMPARE(result.kind, kind);
        QVERIFY(!result.replaced());
        QCOMPARE(modeOf(path) & S_IFMT, type);
        QCOMPARE(entries(dir.path()), QStringList {u"seen.json"_s});
    }
    if (socketFd >= 0)
        ::close(socketFd);
}

void Tst_AtomicWrite::symbolicLink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"elsewhere"_s));
    const QString target = dir.filePath(u"elsewhere/real.conf"_s);
    const QString link = dir.filePath(u"settings.conf"_s);
    QVERIFY(writeFile(target, "old"));
    QVERIFY(QFile::link(target, link));

    // Written through: the link stays, its target gets the content (the seen store, the recent
    // list: as QSaveFile did).
    AtomicWrite::Result result =
        AtomicWrite::write(link, "through", withLink(AtomicWrite::Link::WriteTarget));
    QVERIFY(result.ok());
    QCOMPARE(result.path, target);
    QCOMPARE(modeOf(link) & S_IFMT, mode_t(S_IFLNK));
    QCOMPARE(readAll(target), QByteArray("through"));
    QCOMPARE(entries(dir.filePath(u"elsewhere"_s)), QStringList {u"real.conf"_s});

    // Replaced: the link becomes a file, its target is left alone (the settings files).
    result = AtomicWrite::write(link, "replaced", withLink(AtomicWrite::Link::Replace));
    QVERIFY(result.ok());
    QCOMPARE(result.path, link);
    QCOMPARE(modeOf(link) & S_IFMT, mode_t(S_IFREG));
    QCOMPARE(readAll(link), QByteArray("replaced"));
    QCOMPARE(readAll(target), QByteArray("through"));

    // A dangling link written through creates its target.
    const QString dangling = dir.filePath(u"recent.json"_s);
    const QString missing = dir.filePath(u"elsewhere/recent.json"_s);
    QVERIFY(QFile::link(missing, dangling));
    QVERIFY(AtomicWrite::write(dangling, "[]", withLink(AtomicWrite::Link::WriteTarget)).ok());
    QCOMPARE(modeOf(dangling) & S_IFMT, mode_t(S_IFLNK));
    QCOMPARE(readAll(missing), QByteArray("[]"));
}

void Tst_AtomicWrite::linkToFifoIsLeftAlone_data()
{
    QTest::addColumn<AtomicWrite::Link>("link");
    QTest::newRow("replace") << AtomicWrite::Link::Replace;
    QTest::newRow("write-target") << AtomicWrite::Link::WriteTarget;
}

void Tst_AtomicWrite::linkToFifoIsLeftAlone()
{
    QFETCH(AtomicWrite::Link, link);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    const QString path = dir.filePath(u"seen.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(QFile::link(fifo, path));
    const AtomicWrite::Result result = AtomicWrite::write(path, "new", withLink(link));
    QCOMPARE(result.failure, AtomicWrite::Failure::NotRegularFile);
    QCOMPARE(result.kind, LocalFile::Kind::Fifo);
    QCOMPARE(modeOf(path) & S_IFMT, mode_t(S_IFLNK));
    QCOMPARE(modeOf(fifo) & S_IFMT, mode_t(S_IFIFO));
}

void Tst_AtomicWrite::folders()
{
    QTemporaryDir dir;
    const mode_t umaskWas = ::umask(022);
    // Private: made 0700; our own "mailbell" folder is tightened, anybody else's left as it is.
    const QString ours = dir.filePath(u"config/mailbell"_s);
    QVERIFY(AtomicWrite::write(ours + u"/accounts.conf"_s, "a").ok());
    QCOMPARE(modeOf(ours) & 07777, mode_t(0700));
    QVERIFY(QFile::setPermissions(ours,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                      | QFileDevice::ExeOther));
    QVERIFY(AtomicWrite::write(ours + u"/accounts.conf"_s, "b").ok());
    QCOMPARE(modeOf(ours) & 07777, mode_t(0700));
    const QString home = dir.filePath(u"home"_s); // a --config file in somebody's folder
    QVERIFY(QDir().mkdir(home));
    QCOMPARE(modeOf(home) & 07777, mode_t(0755));
    QVERIFY(AtomicWrite::write(home + u"/mailbell.conf"_s, "c").ok());
    QCOMPARE(modeOf(home) & 07777, mode_t(0755));

    // Default: made with the umask's mode and left alone.
    AtomicWrite::Options shared;
    shared.folder = AtomicWrite::Folder::Default;
    const QString autostart = dir.filePath(u"config/autostart"_s);
    QVERIFY(AtomicWrite::write(autostart + u"/x.desktop"_s, "d", shared).ok());
    QCOMPARE(modeOf(autostart) & 07777, mode_t(0755));
    const QString state = dir.filePath(u"state/mailbell"_s);
    QVERIFY(AtomicWrite::write(state + u"/seen.json"_s, "e", shared).ok());
    QCOMPARE(modeOf(state) & 07777, mode_t(0755));

    // Existing: never made.
    AtomicWrite::Options existing;
    existing.folder = AtomicWrite::Folder::Existing;
    const AtomicWrite::Result result =
        AtomicWrite::write(dir.filePath(u"no/such/recent.json"_s), "f", existing);
    QCOMPARE(result.failure, AtomicWrite::Failure::CreateTemp);
    QCOMPARE(result.error, ENOENT);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
    ::umask(umaskWas);
}

// Root ignores permission bits, so the write is made to fail with a file size limit (EFBIG).
void Tst_AtomicWrite::failedWriteKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seen.json"_s);
    QVERIFY(AtomicWrite::write(path, "old").ok());
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 100;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const AtomicWrite::Result result = AtomicWrite::write(path, QByteArray(1000, 'x'));
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    QCOMPARE(result.failure, AtomicWrite::Failure::Write);
    QCOMPARE(result.error, EFBIG);
    QCOMPARE(result.systemMessage(), QString::fromLocal8Bit(std::strerror(EFBIG)));
    QVERIFY(!result.replaced());
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entries(dir.path()), QStringList {u"seen.json"_s});
}

void Tst_AtomicWrite::failuresSayWhereAndWhy()
{
    QTemporaryDir dir;
    // A file where the folder would go: not even root can make it.
    const QString file = dir.filePath(u"state"_s);
    QVERIFY(writeFile(file, "a file"));
    AtomicWrite::Result result = AtomicWrite::write(file + u"/mailbell/seen.json"_s, "x");
    QCOMPARE(result.failure, AtomicWrite::Failure::CreateFolder);
    QCOMPARE(result.path, file + u"/mailbell/seen.json"_s);
    QCOMPARE(result.folder, file + u"/mailbell"_s);
    QCOMPARE(readAll(file), QByteArray("a file"));

    if (::geteuid() == 0)
        QSKIP("root ignores permission bits: no folder refuses it a temporary file");
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    result = AtomicWrite::write(folder + u"/seen.json"_s, "x");
    QVERIFY(QFile::setPermissions(
        folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QCOMPARE(result.failure, AtomicWrite::Failure::CreateTemp);
    QCOMPARE(result.error, EACCES);
    QCOMPARE(result.folder, folder);
}

void Tst_AtomicWrite::remove()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.desktop"_s);
    QVERIFY(AtomicWrite::remove(path).ok()); // missing: nothing to do
    QVERIFY(AtomicWrite::write(path, "x").ok());
    QVERIFY(AtomicWrite::remove(path).ok());
    QVERIFY(!QFileInfo::exists(path));
    const AtomicWrite::Result result = AtomicWrite::remove(dir.filePath(u"sub/x/y"_s));
    QVERIFY(result.ok()); // ENOENT is success
}

QTEST_GUILESS_MAIN(Tst_AtomicWrite)
#include "tst_atomicwrite.moc"
