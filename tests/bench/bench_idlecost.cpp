// Idle cost: 10 folders watched by 10 FolderWatchers on 10 Connections (TLS, the private
// Dovecot), all in IDLE, for a while. Measures the process's CPU time over the idle period
// (getrusage, user + sys), the main thread's context switches (/proc/thread-self/status), and
// every event the Qt event loop delivered (timers by object class, socket activations, others),
// counted in QCoreApplication::notify. Prints figures; asserts nothing about speed.
//
// Usage: bench_idlecost [seconds (60)] [folders (10)]
#include "benchfigures.h"
#include "dovecotfixture.h"

#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/seenstore.h"
#include "engine/ssltransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTimer>
#include <QTimerEvent>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kUser = u"idlecost"_s;
const QString kPassword = u"idlecost pw"_s;
constexpr int kTimeoutMs = 30000;

// Counts every event delivered while counting is on.
class CountingApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (counting) {
            ++total;
            const QEvent::Type type = event->type();
            if (type == QEvent::Timer) {
                QByteArray key = receiver->metaObject()->className();
                if (receiver->parent())
                    key += QByteArray(" in ") + receiver->parent()->metaObject()->className();
                key += " (timer id "
                    + QByteArray::number(static_cast<QTimerEvent *>(event)->timerId()) + ')';
                ++timers[key];
            } else if (type == QEvent::SockAct || type == QEvent::SockClose) {
                ++sockets;
                if (socketTimes.size() < 20)
                    socketTimes.append({clock.elapsed(),
                                        receiver->parent()
                                            ? receiver->parent()->metaObject()->className()
                                            : receiver->metaObject()->className()});
            } else {
                ++others[int(type)];
            }
        }
        return QCoreApplication::notify(receiver, event);
    }

    bool counting = false;
    QElapsedTimer clock;
    QList<std::pair<qint64, const char *>> socketTimes; // ms after the start, notifier's owner
    qint64 total = 0;
    qint64 sockets = 0;
    QMap<QByteArray, qint64> timers;
    QMap<int, qint64> others;
};

qint64 contextSwitches(const char *field)
{
    QFile status(u"/proc/thread-self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().toLongLong();
    }
    return -1;
}

struct Watch
{
    std::unique_ptr<Connection> connection;
    std::unique_ptr<FolderWatcher> watcher;
    bool ready = false;
    QString failure;
};

} // namespace

int main(int argc, char **argv)
{
    CountingApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int seconds = argc > 1 ? std::max(1, atoi(argv[1])) : 60;
    const int folders = argc > 2 ? std::max(1, atoi(argv[2])) : 10;

    DovecotFixture server;
    if (!server.start() || !server.createUser(kUser, kPassword)) {
        std::fprintf(stderr, "Dovecot fixture: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QStringList names {u"INBOX"_s};
    for (int i = 1; i < folders; ++i) {
        names << u"Folder %1"_s.arg(i);
        if (!server.createMailbox(kUser, names.last())) {
            std::fprintf(stderr, "mailbox: %s\n", qPrintable(server.errorString()));
            return 1;
        }
    }
    for (const QString &name : std::as_const(names)) {
        const QByteArray mail = "From: a@example.org\r\nSubject: existing\r\n\r\nbody\r\n";
        if (!server.appendMessage(kUser, name, mail)) {
            std::fprintf(stderr, "append: %s\n", qPrintable(server.errorString()));
            return 1;
        }
    }

    QTemporaryDir dir;
    SeenStore store(dir.filePath(u"seen.json"_s));
    AccountConfig config;
    config.host = u"imap.test"_s;
    config.connectAddress = server.host();
    config.port = server.imapsPort();
    config.user = kUser;
    config.caCertificates = {server.caCertificate()};
    const FolderWatcher::Options options;
    std::vector<std::unique_ptr<Watch>> watches;
    for (const QString &name : std::as_const(names)) {
        auto w = std::make_unique<Watch>();
        Watch *raw = w.get();
        w->connection = std::make_unique<Connection>(config, new SslTransport);
        w->connection->setPassword(kPassword);
        w->watcher = std::make_unique<FolderWatcher>(u"bench"_s, name, &store, options);
        QObject::connect(w->connection.get(), &Connection::ready, w->watcher.get(),
                         [raw] { raw->watcher->start(raw->connection.get()); });
        QObject::connect(w->watcher.get(), &FolderWatcher::ready, w->watcher.get(),
                         [raw] { raw->ready = true; });
        QObject::connect(w->watcher.get(), &FolderWatcher::failed, w->watcher.get(),
                         [raw](const ImapError &e) { raw->failure = e.message + u' ' + e.detail; });
        w->connection->open();
        watches.push_back(std::move(w));
    }
    const auto all = [&](auto predicate) {
        return std::all_of(watches.begin(), watches.end(),
                           [&](const auto &w) { return predicate(*w); });
    };
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (all([](const Watch &w) { return w.connection->isIdling(); })
            || !all([](const Watch &w) { return w.failure.isEmpty(); }))
            loop.quit();
    });
    poll.start(20);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kTimeoutMs);
    loop.exec();
    poll.stop();
    timeout.stop();
    if (!all([](const Watch &w) { return w.connection->isIdling(); })) {
        for (const auto &w : watches)
            std::fprintf(stderr, "%s: ready %d idling %d %s\n", qPrintable(w->watcher->folder()),
                         w->ready, w->connection->isIdling(), qPrintable(w->failure));
        return 1;
    }

    std::printf("bench_idlecost: %d folders on %d TLS connections in IDLE, idle for %d s\n",
                folders, folders, seconds);
    QEventLoop idle;
    QTimer end;
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &idle, &QEventLoop::quit);
    const double cpuBefore = BenchFigures::processCpuMs();
    const qint64 voluntaryBefore = contextSwitches("voluntary_ctxt_switches:");
    const qint64 involuntaryBefore = contextSwitches("nonvoluntary_ctxt_switches:");
    app.clock.start();
    app.counting = true;
    end.start(seconds * 1000);
    idle.exec();
    app.counting = false;
    const double cpu = BenchFigures::processCpuMs() - cpuBefore;
    const qint64 voluntary = contextSwitches("voluntary_ctxt_switches:") - voluntaryBefore;
    const qint64 involuntary = contextSwitches("nonvoluntary_ctxt_switches:") - involuntaryBefore;

    std::printf("CPU time (user+sys, whole process) over %d s: %.1f ms (target < 20 ms)\n", seconds,
                cpu);
    std::printf("main thread context switches: %lld voluntary, %lld involuntary\n",
                qlonglong(voluntary), qlonglong(involuntary));
    std::printf("events delivered: %lld (the benchmark's own end timer is 1 of them)\n",
                qlonglong(app.total));
    std::printf("  socket activations: %lld\n", qlonglong(app.sockets));
    for (const auto &[ms, owner] : std::as_const(app.socketTimes))
        std::printf("    at %lld ms: %s\n", qlonglong(ms), owner);
    for (auto it = app.timers.cbegin(); it != app.timers.cend(); ++it)
        std::printf("  timer %s: %lld\n", it.key().constData(), qlonglong(it.value()));
    for (auto it = app.others.cbegin(); it != app.others.cend(); ++it)
        std::printf("  event type %d: %lld\n", it.key(), qlonglong(it.value()));
    bool stillIdle = all([](const Watch &w) { return w.connection->isIdling(); });
    std::printf("all still in IDLE: %s; failures: %s\n", stillIdle ? "yes" : "no",
                all([](const Watch &w) { return w.failure.isEmpty(); }) ? "none" : "some");

    for (const auto &w : watches) {
        w->watcher.reset();
        w->connection->logout();
    }
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();
    return stillIdle ? 0 : 1;
}
