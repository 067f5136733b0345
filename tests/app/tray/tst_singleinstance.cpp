// One tray app per user: the second launch hands its arguments to the first and exits; a socket
// file left by a crashed instance does not block the next start; a busy-but-alive instance is
// never replaced.
#include "tray/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstring>
#include <future>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool isReady(std::future<SingleInstance::Role> &future)
{
    return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace

class Tst_SingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString socketPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void firstIsPrimary();
    void secondHandsOverArguments();
    void staleSocketFileIsReplaced();
    void garbageFromAStrangerIsIgnored();
    void defaultPathIsPerUser();
};

void Tst_SingleInstance::firstIsPrimary()
{
    SingleInstance first(socketPath("first"));
    QCOMPARE(first.claim({u"mailbell"_s}), SingleInstance::Role::Primary);
    QVERIFY(QFileInfo::exists(first.socketPath()));
}

void Tst_SingleInstance::secondHandsOverArguments()
{
    const QString path = socketPath("second");
    SingleInstance primary(path);
    QCOMPARE(primary.claim({u"mailbell"_s}), SingleInstance::Role::Primary);
    QSignalSpy activated(&primary, &SingleInstance::activated);

    // The second launch blocks while it waits for the acknowledgement, so it runs in another
    // thread while this one's event loop lets the primary answer.
    const QStringList arguments {u"mailbell"_s, u"--show"_s, u"ünïcode \"quoted\""_s};
    std::future<SingleInstance::Role> second = std::async(std::launch::async, [path, arguments] {
        SingleInstance other(path);
        return other.claim(arguments);
    });
    QTRY_VERIFY_WITH_TIMEOUT(isReady(second), 10'000);
    QCOMPARE(second.get(), SingleInstance::Role::Secondary);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), arguments);
}

void Tst_SingleInstance::staleSocketFileIsReplaced()
{
    // A socket file nobody listens on, as a SIGKILLed instance leaves it.
    const QString path = socketPath("stale");
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), encoded.size());
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(path));

    SingleInstance next(path);
    QCOMPARE(next.claim({u"mailbell"_s}), SingleInstance::Role::Primary);
    QLocalSocket probe;
    probe.connectToServer(path);
    QVERIFY(probe.waitForConnected(5000));
}

void Tst_SingleInstance::garbageFromAStrangerIsIgnored()
{
    const QString path = socketPath("garbage");
    SingleInstance primary(path);
    QCOMPARE(primary.claim({u"mailbell"_s}), SingleInstance::Role::Primary);
    QSignalSpy activated(&primary, &SingleInstance::activated);
    QLocalSocket stranger;
    stranger.connectToServer(path);
    QVERIFY(stranger.waitForConnected(5000));
    stranger.write("{\"arguments\": 42}\n");
    QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, 10'000);
    QCOMPARE(activated.size(), 0);
    // Still serving the real thing afterwards.
    std::future<SingleInstance::Role> second = std::async(std::launch::async, [path] {
        SingleInstance other(path);
        return other.claim({u"mailbell"_s});
    });
    QTRY_VERIFY_WITH_TIMEOUT(isReady(second), 10'000);
    QCOMPARE(second.get(), SingleInstance::Role::Secondary);
    QCOMPARE(activated.size(), 1);
}

void Tst_SingleInstance::defaultPathIsPerUser()
{
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    QCOMPARE(SingleInstance::defaultSocketPath(),
             m_dir.filePath(u"org.mailbell.Mailbell.socket"_s));
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(SingleInstance::defaultSocketPath().contains(QString::number(::getuid())));
}

QTEST_GUILESS_MAIN(Tst_SingleInstance)
#include "tst_singleinstance.moc"
