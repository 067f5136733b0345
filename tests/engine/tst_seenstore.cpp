// SeenStore: watermarks per (account, folder, UIDVALIDITY), atomic saves, corrupt files kept aside.
#include "engine/seenstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ImapCore;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// What is at path itself (lstat), as the st_mode file type bits; 0 when nothing is there.
mode_t typeOf(const QString &path)
{
    struct stat st
    { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

// A FIFO, a socket or a folder at path, standing in for a device node: tests never touch the
// system's devices (as root, a bug could rename /dev/null).
bool makeNonRegular(const QString &kind, const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0600) == 0;
    if (kind == QLatin1String("folder"))
        return QDir().mkdir(path);
    if (kind == QLatin1String("socket")) {
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        if (size_t(native.size()) >= sizeof(address.sun_path))
            return false;
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        const bool bound = fd >= 0
            && ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
        if (fd >= 0)
            ::close(fd); // the socket file stays
        return bound;
    }
    return false;
}

// Where the tests below may find a null device without any risk to the system's one: a node of
// the same device made in dir when allowed (root), else /dev/null itself, but only when not
// root, so that even a broken SeenStore could not rename it. Empty when neither is possible.
QString safeNullDevice(const QTemporaryDir &dir)
{
    const QString node = dir.filePath(QStringLiteral("null"));
    struct stat null
    { };
    if (::stat("/dev/null", &null) == 0
        && ::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, null.st_rdev) == 0)
        return node;
    if (::geteuid() != 0)
        return QStringLiteral("/dev/null");
    return {};
}

const QString account = QStringLiteral("alice@example.org");
const QString inbox = QStringLiteral("INBOX");

} // namespace

class Tst_seenstore : public QObject
{
    Q_OBJECT
private slots:
    void firstRunAndContinue();
    void uidValidityChangeResets();
    void advanceNeverMovesBackwards();
    void roundTrip();
    void corruptFile_data();
    void corruptFile();
    void partiallyValidFile();
    void failedWriteKeepsOldFile();
    void notRegularFileIsLeftAlone_data();
    void notRegularFileIsLeftAlone();
    void nullDeviceRemembersNothing();
    void symlinkToRegularFileIsRead();
    void corruptSymlinkIsCopiedNotMoved();
};

void Tst_seenstore::firstRunAndContinue()
{
    SeenStore store;
    QVERIFY(!store.watermark(account, inbox, 7));
    QCOMPARE(store.begin(account, inbox, 7, 101), SeenStore::Start::FirstRun);
    QCOMPARE(store.watermark(account, inbox, 7), 100u); // nothing existing floods
    QCOMPARE(store.begin(account, inbox, 7, 150), SeenStore::Start::Continue);
    QCOMPARE(store.watermark(account, inbox, 7), 100u); // 101..149 will be announced
    QVERIFY(store.isDirty());
    QVERIFY(!store.initialize(account, inbox, 7, 5));
    QVERIFY(store.initialize(account, QStringLiteral("Work"), 3, 42));
    QCOMPARE(store.watermark(account, QStringLiteral("Work"), 3), 42u);
    QCOMPARE(store.begin(QStringLiteral("b"), inbox, 1, 0), SeenStore::Start::FirstRun);
    QCOMPARE(store.watermark(QStringLiteral("b"), inbox, 1), 0u);
}

void Tst_seenstore::uidValidityChangeResets()
{
    SeenStore store;
    store.begin(account, inbox, 7, 101);
    store.advance(account, inbox, 7, 120);
    store.setHighestModSeq(account, inbox, 7, 9000);
    QCOMPARE(store.begin(account, inbox, 8, 5), SeenStore::Start::UidValidityChanged);
    QCOMPARE(store.watermark(account, inbox, 8), 4u);
    QCOMPARE(store.highestModSeq(account, inbox, 8), 0u);
    QVERIFY(!store.watermark(account, inbox, 7)); // the old record is gone
    QVERIFY(!store.advance(account, inbox, 7, 500)); // a stale UIDVALIDITY changes nothing
    QCOMPARE(store.size(), 1);
}

void Tst_seenstore::advanceNeverMovesBackwards()
{
    SeenStore store;
    store.begin(account, inbox, 7, 11);
    QVERIFY(store.advance(account, inbox, 7, 15));
    QVERIFY(!store.advance(account, inbox, 7, 12));
    QVERIFY(!store.advance(account, inbox, 7, 15));
    QCOMPARE(store.watermark(account, inbox, 7), 15u);
    QVERIFY(!store.advance(account, QStringLiteral("Nope"), 7, 99));
}

void Tst_seenstore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/seen.json"));
    SeenStore store(path);
    store.begin(account, inbox, 4294967295u, 4294967295u);
    store.setHighestModSeq(account, inbox, 4294967295u, 0x7FFFFFFFFFFFFFFFull);
    store.begin(account, QStringLiteral("Listes/Qt ☃"), 1, 1);
    store.begin(QStringLiteral("bob"), inbox, 2, 3);
    QCOMPARE(store.save(), std::nullopt);
    QVERIFY(!store.isDirty());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    SeenStore loaded(path);
    const auto result = loaded.load();
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(result.recordsLoaded, 3);
    QCOMPARE(loaded.watermark(account, inbox, 4294967295u), 4294967294u);
    QCOMPARE(loaded.highestModSeq(account, inbox, 4294967295u), 0x7FFFFFFFFFFFFFFFull);
    QCOMPARE(loaded.watermark(account, QStringLiteral("Listes/Qt ☃"), 1), 0u);
    QCOMPARE(loaded.watermark(QStringLiteral("bob"), inbox, 2), 2u);
    QVERIFY(!loaded.isDirty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".corrupt")));
}

void Tst_seenstore::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    const QByteArray good =
        R"({"format":"mailbell-seen","version":1,"records":[{"account":"a","folder":"INBOX","uidValidity":5,"watermark":9,"highestModSeq":"3"}]})";
    QTest::newRow("empty-file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << good.left(good.size() / 2)
                               << QStringLiteral("not valid JSON at byte");
    QTest::newRow("garbage") << QByteArray("\x00\xff binary", 9)
                             << QStringLiteral("not valid JSON");
    QTest::newRow("array-root") << QByteArray("[1,2]")
                                << QStringLiteral("does not hold a JSON object");
    QTest::newRow("wrong-format") << QByteArray(R"({"format":"other","version":1,"records":[]})")
                                  << QStringLiteral("format is \"other\"");
    QTest::newRow("unknown-version")
        << QByteArray(R"({"format":"mailbell-seen","version":2,"records":[]})")
        << QStringLiteral("version is 2");
    QTest::newRow("version-string")
        << QByteArray(R"({"format":"mailbell-seen","version":"1","records":[]})")
        << QStringLiteral("version is \"1\"");
    QTest::newRow("records-not-array")
        << QByteArray(R"({"format":"mailbell-seen","version":1,"records":{}})")
        << QStringLiteral("\"records\" is an object");
}

void Tst_seenstore::corruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    write(path, content);

    SeenStore store(path);
    const auto result = store.load();
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].contains(path), qPrintable(result.warnings[0]));
    QVERIFY2(result.warnings[0].contains(problem), qPrintable(result.warnings[0]));
    QCOMPARE(store.size(), 0); // first run: no flood
    QVERIFY(!QFile::exists(path));
    QVERIFY(result.movedAsidePath.startsWith(path + QStringLiteral(".corrupt-")));
    QCOMPARE(readAll(result.movedAsidePath), content);
    QCOMPARE(store.begin(QStringLiteral("a"), inbox, 5, 20), SeenStore::Start::FirstRun);
    QCOMPARE(store.save(), std::nullopt);
    QVERIFY(SeenStore(path).load().warnings.isEmpty());
}

void Tst_seenstore::partiallyValidFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    write(path, R"({"format":"mailbell-seen","version":1,"records":[
        {"account":"a","folder":"INBOX","uidValidity":5,"watermark":9},
        {"account":"a","folder":"Neg","uidValidity":5,"watermark":-3},
        {"account":"a","folder":"Str","uidValidity":5,"watermark":"12"},
        {"account":"a","folder":"Frac","uidValidity":5,"watermark":1.5},
        {"account":"a","folder":"Big","uidValidity":5,"watermark":4294967296},
        {"account":"a","folder":"Zero","uidValidity":0,"watermark":1},
        {"account":"a","folder":"Mod","uidValidity":5,"watermark":1,"highestModSeq":-1},
        {"account":"","folder":"X","uidValidity":5,"watermark":1},
        7,
        {"account":"a","folder":"INBOX","uidValidity":6,"watermark":99},
        {"account":"a","folder":"Sent","uidValidity":8,"watermark":0,"highestModSeq":"12345678901234567"}
    ]})");
    SeenStore store(path);
    const auto result = store.load();
    QCOMPARE(result.recordsLoaded, 2);
    QCOMPARE(result.warnings.size(), 9);
    for (const char *name :
         {"record 1: watermark is -3", "record 2: watermark is \"12\"",
          "record 3: watermark is 1.5", "record 4: watermark is 4294967296",
          "record 5: uidValidity is 0", "record 6: highestModSeq is", "record 7: account or folder",
          "record 8: is 7", "record 9: a second record"}) {
        QVERIFY2(result.warnings.filter(QString::fromUtf8(name)).size() == 1, name);
    }
    QCOMPARE(store.watermark(QStringLiteral("a"), inbox, 5), 9u);
    QCOMPARE(store.highestModSeq(QStringLiteral("a"), QStringLiteral("Sent"), 8),
             12345678901234567ull);
    QVERIFY(!store.watermark(QStringLiteral("a"), QStringLiteral("Neg"), 5)); // a first run there
    QVERIFY(QFile::exists(result.movedAsidePath)); // the original is kept for inspection
    QVERIFY(store.isDirty()); // the next save writes a clean file
    QCOMPARE(store.save(), std::nullopt);
    const auto again = SeenStore(path).load();
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.recordsLoaded, 2);
}

void Tst_seenstore::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    SeenStore store(path);
    store.begin(account, inbox, 1, 10);
    QCOMPARE(store.save(), std::nullopt);
    const QByteArray old = readAll(path);
    QVERIFY(!old.isEmpty());

    for (int i = 0; i < 2000; ++i)
        store.begin(account, QStringLiteral("folder-%1").arg(i), 1, 10);

    // Root ignores permission bits, so the write is made to fail with a file size limit
    // (EFBIG) instead; both are run when not root.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = rlim_t(old.size() + 100);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto error = store.save();
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    QVERIFY(error);
    QVERIFY2(error->contains(path) && error->contains(QStringLiteral("unchanged")),
             qPrintable(*error));
    QCOMPARE(readAll(path), old);
    QVERIFY(store.isDirty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("seen.json")});

    if (geteuid() != 0) {
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto denied = store.save();
        QFile::setPermissions(
            dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(denied);
        QVERIFY2(denied->contains(path), qPrintable(*denied));
        QCOMPARE(readAll(path), old);
    }
    QCOMPARE(store.save(), std::nullopt);
    QVERIFY(readAll(path).size() > old.size());
}

void Tst_seenstore::notRegularFileIsLeftAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO)");
    QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("is a socket");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

// A path that is not a regular file is never opened (a FIFO would block), moved aside or
// replaced: a clear warning, an empty store, and save() refuses.
void Tst_seenstore::notRegularFileIsLeftAlone()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.json"));
    QVERIFY(makeNonRegular(kind, path));
    const mode_t type = typeOf(path);

    SeenStore store(path);
    ::alarm(5); // opening a FIFO for reading without a writer blocks: end the test, not hang
    const auto result = store.load();
    ::alarm(0);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].contains(path + QLatin1Char(' ') + words
                                         + QStringLiteral(", not a regular file")),
             qPrintable(result.warnings[0]));
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(typeOf(path), type);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("seen.json")});
    QCOMPARE(store.size(), 0);

    QCOMPARE(store.begin(account, inbox, 1, 10), SeenStore::Start::FirstRun);
    const auto error = store.save();
    QVERIFY(error);
    QVERIFY2(error->contains(path) && error->contains(QStringLiteral("not a regular file")),
             qPrintable(*error));
    QCOMPARE(typeOf(path), type);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
             QStringList {QStringLiteral("seen.json")});
}

// `--state /dev/null` (docs/config.md): remember nothing. No warning, nothing moved or written;
// the store works in memory, so mail arriving while running is announced once.
void Tst_seenstore::nullDeviceRemembersNothing()
{
    QTemporaryDir dir;
    const QString path = safeNullDevice(dir);
    if (path.isEmpty())
        QSKIP("root without permission to make a device node: /dev/null is not used as root");
    struct stat before
    { };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);

    SeenStore store(path);
    const auto result = store.load();
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QVERIFY(result.movedAsidePath.isEmpty());
    QVERIFY(store.remembersNothing());
    QCOMPARE(store.begin(account, inbox, 7, 101), SeenStore::Start::FirstRun);
    QVERIFY(store.advance(account, inbox, 7, 105));
    QCOMPARE(store.watermark(account, inbox, 7), 105u);
    QCOMPARE(store.save(), std::nullopt);
    QVERIFY(!store.isDirty());

    struct stat after
    { };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(S_ISCHR(after.st_mode));
    QCOMPARE(after.st_rdev, before.st_rdev);
    QCOMPARE(after.st_ino, before.st_ino);
    if (path.startsWith(dir.path())) {
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("null")});
    }
    // Nothing carried over: the next start is a first run again.
    SeenStore again(path);
    QVERIFY(again.load().warnings.isEmpty());
    QVERIFY(!again.watermark(account, inbox, 7));
}

void Tst_seenstore::symlinkToRegularFileIsRead()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.json"));
    const QString link = dir.filePath(QStringLiteral("seen.json"));
    {
        SeenStore store(target);
        store.begin(account, inbox, 3, 50);
        QCOMPARE(store.save(), std::nullopt);
    }
    QVERIFY(QFile::link(target, link));
    SeenStore store(link);
    const auto result = store.load();
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(store.watermark(account, inbox, 3), 49u);
    QVERIFY(store.advance(account, inbox, 3, 60));
    QCOMPARE(store.save(), std::nullopt);
    QCOMPARE(typeOf(link), mode_t(S_IFLNK)); // the link stays; its target is written
    QCOMPARE(SeenStore(target).load().recordsLoaded, 1);
}

// A damaged store reached through a symbolic link: the link is the user's and its target may be
// anywhere, so neither is renamed; the content is copied aside for inspection.
void Tst_seenstore::corruptSymlinkIsCopiedNotMoved()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("elsewhere")));
    const QString target = dir.filePath(QStringLiteral("elsewhere/real.json"));
    const QString link = dir.filePath(QStringLiteral("seen.json"));
    write(target, "{not json");
    QVERIFY(QFile::link(target, link));

    SeenStore store(link);
    const auto result = store.load();
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings[0].contains(QStringLiteral("symbolic link")),
             qPrintable(result.warnings[0]));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(readAll(target), QByteArray("{not json"));
    QVERIFY(result.movedAsidePath.startsWith(link + QStringLiteral(".corrupt-")));
    QCOMPARE(typeOf(result.movedAsidePath), mode_t(S_IFREG));
    QCOMPARE(readAll(result.movedAsidePath), QByteArray("{not json"));
}

QTEST_GUILESS_MAIN(Tst_seenstore)
#include "tst_seenstore.moc"
