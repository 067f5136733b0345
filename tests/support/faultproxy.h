#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QThread;
class FaultProxyWorker;

/// A byte-level TCP proxy on 127.0.0.1 (OS-picked port) that forwards every accepted client to
/// one upstream (Dovecot's imaps or imap port, a fake server) and injects faults per direction:
/// split into N-byte writes, delay, throttle, blackhole (drop, keep both sockets open: the
/// half-open connection left after a suspend), cut with RST or FIN (now, or after N bytes),
/// injected bytes (now, or right after a needle). TLS passes through untouched. Faults apply to
/// every connection, present and future; order within a direction is always kept.
///
/// The sockets live in a private thread, so the proxy keeps forwarding while the caller blocks
/// (ImapTestClient) or runs its own event loop (Connection). Every method is synchronous and
/// safe to call from any thread but the proxy's own.
class FaultProxy
{
public:
    enum class Direction { ClientToServer = 0, ServerToClient = 1 };
    enum class Cut {
        Reset, // SO_LINGER 0 then close: the peer reads ECONNRESET
        Fin, // orderly shutdown: the peer reads end of file
    };

    FaultProxy();
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1 (port 0: the OS picks) and connects each client to upstream.
    bool listen(const QString &upstreamHost, quint16 upstreamPort);
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const;
    QString errorString() const;

    // Forward everything as it comes (clears split, delay, throttle, blackhole, cut-after and
    // pending injections of that direction).
    void pass(Direction direction);
    void passAll();
    // Each chunk is written in segments of at most bytes, gapMs apart (TCP_NODELAY on).
    // 0 turns splitting off.
    void setSplit(Direction direction, int bytes, int gapMs = 1);
    // Every byte is held delayMs before it is written.
    void setDelay(Direction direction, int delayMs);
    // At most bytesPerSecond (short bursts of 20 ms worth); 0 turns throttling off.
    void setThrottle(Direction direction, qint64 bytesPerSecond);
    // Bytes read while on are dropped (counted by droppedBytes); both sockets stay open and a
    // close from either end is not passed on. Off: new bytes flow again.
    void setBlackhole(Direction direction, bool on);
    void setBlackholeAll(bool on);
    // Each connection is cut once it has forwarded bytes in direction (its total, counted from
    // its start); negative turns it off.
    void setCutAfter(Direction direction, qint64 bytes, Cut how = Cut::Fin);
    // Cuts every open connection, both sides, now; queued bytes are discarded.
    void cutAll(Cut how = Cut::Reset);
    // Queues bytes after what is already queued, on every open connection.
    void inject(Direction direction, const QByteArray &bytes);
    // On every connection (present and future), once: bytes go out right after the first
    // occurrence of needle in direction.
    void injectAfter(Direction direction, const QByteArray &needle, const QByteArray &bytes);
    // Keep a copy of every forwarded byte (per direction, all connections in order).
    void setRecording(bool on);
    QByteArray recorded(Direction direction) const;

    qint64 bytesForwarded(Direction direction) const;
    qint64 droppedBytes(Direction direction) const;
    // Separate writes done (one per split segment or forwarded chunk).
    qint64 writes(Direction direction) const;
    int connectionsAccepted() const;
    // Connections with both sides still open (or not yet cleaned up).
    int activeConnections() const;
    // Connections whose upstream connection is established.
    int connectedUpstreams() const;

private:
    std::unique_ptr<QThread> m_thread;
    FaultProxyWorker *m_worker; // lives in m_thread
};
