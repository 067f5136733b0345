#include "faultproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <map>

namespace {

constexpr int kDirections = 2;
constexpr qint64 kThrottleBurstMs = 20;
constexpr qsizetype kRecordLimit = 64 * 1024 * 1024;

struct Rules
{
    int splitBytes = 0;
    int splitGapMs = 1;
    int delayMs = 0;
    qint64 throttle = 0;
    bool blackhole = false;
    qint64 cutAfter = -1;
    FaultProxy::Cut cutAfterHow = FaultProxy::Cut::Fin;
    QByteArray needle;
    QByteArray afterNeedle;
};

struct Segment
{
    QByteArray bytes;
    qint64 releaseAt = 0;
    bool gapAfter = false;
};

struct Pipe
{
    std::deque<Segment> queue;
    QTimer *timer = nullptr;
    double budget = 0;
    qint64 lastRefill = -1;
    qint64 forwarded = 0;
    bool sourceClosed = false;
    bool destinationClosed = false;
    bool needleDone = false;
    QByteArray needleTail; // the last needle.size() - 1 bytes seen, for needles across reads
};

} // namespace

class FaultProxyWorker : public QObject
{
public:
    using Direction = FaultProxy::Direction;

    struct Session
    {
        int id = 0;
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        std::array<Pipe, kDirections> pipes;
        bool upstreamConnected = false;
        bool dead = false;
    };

    bool listen(const QString &host, quint16 port)
    {
        m_upstreamHost = host;
        m_upstreamPort = port;
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxyWorker::accept);
        if (!m_server->listen(QHostAddress::LocalHost, 0)) {
            m_error = m_server->errorString();
            return false;
        }
        return true;
    }

    void shutdown(QThread *back)
    {
        // cut(), not destroy(): a session already cut waits in m_sessions for its queued erase
        // while its sockets may already be deleted (UBSan caught the call on a freed socket).
        for (auto &[id, s] : m_sessions)
            cut(*s, FaultProxy::Cut::Fin);
        m_sessions.clear();
        delete m_server;
        m_server = nullptr;
        moveToThread(back);
    }

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto session = std::make_unique<Session>();
            Session *s = session.get();
            s->id = m_accepted++;
            s->client = client;
            s->server = new QTcpSocket(this);
            client->setParent(this);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            for (int d = 0; d < kDirections; ++d) {
                s->pipes[d].timer = new QTimer(this);
                s->pipes[d].timer->setSingleShot(true);
                const auto dir = Direction(d);
                connect(s->pipes[d].timer, &QTimer::timeout, this,
                        [this, s, dir] { pump(*s, dir); });
            }
            m_sessions.emplace(s->id, std::move(session));

            connect(client, &QTcpSocket::readyRead, this,
                    [this, s] { read(*s, Direction::ClientToServer); });
            connect(s->server, &QTcpSocket::readyRead, this,
                    [this, s] { read(*s, Direction::ServerToClient); });
            connect(client, &QTcpSocket::disconnected, this,
                    [this, s] { sourceClosed(*s, Direction::ClientToServer); });
            connect(s->server, &QTcpSocket::disconnected, this,
                    [this, s] { sourceClosed(*s, Direction::ServerToClient); });
            connect(s->server, &QTcpSocket::connected, this, [this, s] {
                s->upstreamConnected = true;
                s->server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                pump(*s, Direction::ClientToServer);
            });
            connect(s->server, &QTcpSocket::errorOccurred, this, [this, s] {
                if (!s->dead && !s->upstreamConnected) {
                    // Upstream refused or unreachable: the client sees its connection reset.
                    cut(*s, FaultProxy::Cut::Reset);
                }
            });
            s->server->connectToHost(m_upstreamHost, m_upstreamPort);
            if (client->bytesAvailable() > 0)
                read(*s, Direction::ClientToServer);
        }
    }

    QTcpSocket *source(Session &s, Direction d) const
    {
        return d == Direction::ClientToServer ? s.client : s.server;
    }
    QTcpSocket *destination(Session &s, Direction d) const
    {
        return d == Direction::ClientToServer ? s.server : s.client;
    }

    void read(Session &s, Direction d)
    {
        QByteArray bytes = source(s, d)->readAll();
        if (s.dead || bytes.isEmpty())
            return;
        const Rules &r = m_rules[int(d)];
        Pipe &p = s.pipes[int(d)];
        if (r.blackhole) {
            m_dropped[int(d)] += bytes.size();
            return;
        }
        if (!r.needle.isEmpty() && !p.needleDone) {
            const QByteArray window = p.needleTail + bytes;
            const qsizetype at = window.indexOf(r.needle);
            if (at >= 0) {
                const qsizetype cutAt = at + r.needle.size() - p.needleTail.size();
                bytes.insert(cutAt, r.afterNeedle);
                p.needleDone = true;
            } else {
                p.needleTail = window.right(r.needle.size() - 1);
            }
        }
        const qint64 release = m_clock.elapsed() + r.delayMs;
        if (r.splitBytes > 0) {
            for (qsizetype i = 0; i < bytes.size(); i += r.splitBytes)
                p.queue.push_back({bytes.mid(i, r.splitBytes), release, true});
        } else {
            p.queue.push_back({bytes, release, false});
        }
        pump(s, d);
    }

    void sourceClosed(Session &s, Direction d)
    {
        if (s.dead)
            return;
        if (source(s, d)->bytesAvailable() > 0)
            read(s, d);
        s.pipes[int(d)].sourceClosed = true;
        pump(s, d);
        if (s.pipes[0].sourceClosed && s.pipes[1].sourceClosed)
            finish(s);
    }

    void pump(Session &s, Direction d)
    {
        if (s.dead)
            return;
        Pipe &p = s.pipes[int(d)];
        const Rules &r = m_rules[int(d)];
        QTcpSocket *out = destination(s, d);
        if (out->state() != QAbstractSocket::ConnectedState || p.timer->isActive()
            || p.destinationClosed)
            return;
        const qint64 now = m_clock.elapsed();
        while (!p.queue.empty()) {
            if (r.blackhole)
                return;
            Segment &seg = p.queue.front();
            if (seg.releaseAt > now) {
                p.timer->start(int(seg.releaseAt - now));
                return;
            }
            qsizetype n = seg.bytes.size();
            if (r.throttle > 0) {
                const double cap = std::max(1.0, double(r.throttle) * kThrottleBurstMs / 1000);
                if (p.lastRefill < 0)
                    p.budget = cap;
                else
                    p.budget =
                        std::min(cap, p.budget + double(now - p.lastRefill) * r.throttle / 1000);
                p.lastRefill = now;
                if (p.budget < 1) {
                    p.timer->start(std::max(1, int(std::ceil((1 - p.budget) * 1000 / r.throttle))));
                    return;
                }
                n = std::min<qsizetype>(n, qsizetype(p.budget));
                p.budget -= double(n);
            }
            if (r.cutAfter >= 0)
                n = std::min<qsizetype>(n, r.cutAfter - p.forwarded);
            if (n > 0) {
                out->write(seg.bytes.constData(), n);
                p.forwarded += n;
                m_forwarded[int(d)] += n;
                ++m_writes[int(d)];
                if (m_recording && m_recorded[int(d)].size() < kRecordLimit)
                    m_recorded[int(d)].append(seg.bytes.constData(), n);
                seg.bytes.remove(0, n);
            }
            if (r.cutAfter >= 0 && p.forwarded >= r.cutAfter) {
                out->flush();
                cut(s, r.cutAfterHow);
                return;
            }
            const bool drained = seg.bytes.isEmpty();
            const bool gap = seg.gapAfter && drained && r.splitGapMs > 0;
            if (drained)
                p.queue.pop_front();
            if (!drained || gap) {
                out->flush();
                if (!p.queue.empty()) {
                    p.timer->start(drained ? r.splitGapMs : 1);
                    return;
                }
            }
        }
        if (p.sourceClosed && !r.blackhole) {
            p.destinationClosed = true;
            out->disconnectFromHost();
        }
    }

    void cut(Session &s, FaultProxy::Cut how)
    {
        if (s.dead)
            return;
        destroy(s, how);
    }

    void destroy(Session &s, FaultProxy::Cut how)
    {
        s.dead = true;
        for (QTcpSocket *socket : {s.client, s.server}) {
            socket->disconnect(this);
            if (how == FaultProxy::Cut::Reset && socket->socketDescriptor() >= 0) {
                const linger l {1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
                socket->abort();
            } else if (socket->socketDescriptor() >= 0) {
                ::shutdown(int(socket->socketDescriptor()), SHUT_RDWR);
                socket->abort();
            } else {
                socket->abort();
            }
            socket->deleteLater();
        }
        for (Pipe &p : s.pipes) {
            p.queue.clear();
            p.timer->stop();
            p.timer->deleteLater();
        }
        const int id = s.id;
        QMetaObject::invokeMethod(
            this, [this, id] { m_sessions.erase(id); }, Qt::QueuedConnection);
    }

    void finish(Session &s)
    {
        if (s.dead)
            return;
        s.dead = true;
        for (QTcpSocket *socket : {s.client, s.server}) {
            socket->disconnect(this);
            socket->deleteLater();
        }
        for (Pipe &p : s.pipes)
            p.timer->deleteLater();
        const int id = s.id;
        QMetaObject::invokeMethod(
            this, [this, id] { m_sessions.erase(id); }, Qt::QueuedConnection);
    }

    void cutAll(FaultProxy::Cut how)
    {
        for (auto &[id, s] : m_sessions)
            cut(*s, how);
    }

    void inject(Direction d, const QByteArray &bytes)
    {
        for (auto &[id, s] : m_sessions) {
            if (s->dead)
                continue;
            s->pipes[int(d)].queue.push_back({bytes, m_clock.elapsed(), false});
            pump(*s, d);
        }
    }

    void rulesChanged(Direction d)
    {
        for (auto &[id, s] : m_sessions)
            pump(*s, d);
    }

    int activeConnections() const
    {
        return int(std::count_if(m_sessions.begin(), m_sessions.end(),
                                 [](const auto &entry) { return !entry.second->dead; }));
    }

    int connectedUpstreams() const
    {
        return int(std::count_if(m_sessions.begin(), m_sessions.end(), [](const auto &entry) {
            return !entry.second->dead
                && entry.second->server->state() == QAbstractSocket::ConnectedState;
        }));
    }

    QTcpServer *m_server = nullptr;
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    QString m_error;
    QElapsedTimer m_clock;
    std::map<int, std::unique_ptr<Session>> m_sessions;
    std::array<Rules, kDirections> m_rules;
    std::array<qint64, kDirections> m_forwarded {};
    std::array<qint64, kDirections> m_dropped {};
    std::array<qint64, kDirections> m_writes {};
    std::array<QByteArray, kDirections> m_recorded;
    bool m_recording = false;
    int m_accepted = 0;
};

namespace {

template<typename F>
void call(FaultProxyWorker *worker, F &&f)
{
    QMetaObject::invokeMethod(worker, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

} // namespace

FaultProxy::FaultProxy()
    : m_thread(std::make_unique<QThread>())
    , m_worker(new FaultProxyWorker)
{
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_worker->m_clock.start();
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

FaultProxy::~FaultProxy()
{
    QThread *here = QThread::currentThread();
    call(m_worker, [this, here] { m_worker->shutdown(here); });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

bool FaultProxy::listen(const QString &upstreamHost, quint16 upstreamPort)
{
    bool ok = false;
    call(m_worker, [&] { ok = m_worker->listen(upstreamHost, upstreamPort); });
    return ok;
}

quint16 FaultProxy::port() const
{
    quint16 port = 0;
    call(m_worker, [&] { port = m_worker->m_server ? m_worker->m_server->serverPort() : 0; });
    return port;
}

QString FaultProxy::errorString() const
{
    QString error;
    call(m_worker, [&] { error = m_worker->m_error; });
    return error;
}

void FaultProxy::pass(Direction direction)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)] = Rules {};
        m_worker->rulesChanged(direction);
    });
}

void FaultProxy::passAll()
{
    pass(Direction::ClientToServer);
    pass(Direction::ServerToClient);
}

void FaultProxy::setSplit(Direction direction, int bytes, int gapMs)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)].splitBytes = std::max(0, bytes);
        m_worker->m_rules[int(direction)].splitGapMs = std::max(0, gapMs);
    });
}

void FaultProxy::setDelay(Direction direction, int delayMs)
{
    call(m_worker, [&] { m_worker->m_rules[int(direction)].delayMs = std::max(0, delayMs); });
}

void FaultProxy::setThrottle(Direction direction, qint64 bytesPerSecond)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)].throttle = std::max<qint64>(0, bytesPerSecond);
        m_worker->rulesChanged(direction);
    });
}

void FaultProxy::setBlackhole(Direction direction, bool on)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)].blackhole = on;
        m_worker->rulesChanged(direction);
    });
}

void FaultProxy::setBlackholeAll(bool on)
{
    setBlackhole(Direction::ClientToServer, on);
    setBlackhole(Direction::ServerToClient, on);
}

void FaultProxy::setCutAfter(Direction direction, qint64 bytes, Cut how)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)].cutAfter = bytes;
        m_worker->m_rules[int(direction)].cutAfterHow = how;
        m_worker->rulesChanged(direction);
    });
}

void FaultProxy::cutAll(Cut how)
{
    call(m_worker, [&] { m_worker->cutAll(how); });
}

void FaultProxy::inject(Direction direction, const QByteArray &bytes)
{
    call(m_worker, [&] { m_worker->inject(direction, bytes); });
}

void FaultProxy::injectAfter(Direction direction, const QByteArray &needle, const QByteArray &bytes)
{
    call(m_worker, [&] {
        m_worker->m_rules[int(direction)].needle = needle;
        m_worker->m_rules[int(direction)].afterNeedle = bytes;
    });
}

void FaultProxy::setRecording(bool on)
{
    call(m_worker, [&] { m_worker->m_recording = on; });
}

QByteArray FaultProxy::recorded(Direction direction) const
{
    QByteArray bytes;
    call(m_worker, [&] { bytes = m_worker->m_recorded[int(direction)]; });
    return bytes;
}

qint64 FaultProxy::bytesForwarded(Direction direction) const
{
    qint64 n = 0;
    call(m_worker, [&] { n = m_worker->m_forwarded[int(direction)]; });
    return n;
}

qint64 FaultProxy::droppedBytes(Direction direction) const
{
    qint64 n = 0;
    call(m_worker, [&] { n = m_worker->m_dropped[int(direction)]; });
    return n;
}

qint64 FaultProxy::writes(Direction direction) const
{
    qint64 n = 0;
    call(m_worker, [&] { n = m_worker->m_writes[int(direction)]; });
    return n;
}

int FaultProxy::connectionsAccepted() const
{
    int n = 0;
    call(m_worker, [&] { n = m_worker->m_accepted; });
    return n;
}

int FaultProxy::activeConnections() const
{
    int n = 0;
    call(m_worker, [&] { n = m_worker->activeConnections(); });
    return n;
}

int FaultProxy::connectedUpstreams() const
{
    int n = 0;
    call(m_worker, [&] { n = m_worker->connectedUpstreams(); });
    return n;
}
