#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QThread;
class TlsLineServerWorker;

/// A tiny server on 127.0.0.1 (OS-picked port) for error cases: every client gets implicit TLS
/// with the given certificate and key (or plain TCP when none is given), then the given bytes
/// (e.g. a malformed greeting), and nothing else. Its sockets live in a private thread, so it
/// serves while the test blocks waiting for a process. Not an IMAP server: enough to make a
/// client fail in a chosen way.
class TlsLineServer
{
public:
    TlsLineServer();
    ~TlsLineServer();
    TlsLineServer(const TlsLineServer &) = delete;
    TlsLineServer &operator=(const TlsLineServer &) = delete;

    // certificatePath and keyPath (PEM, EC key) empty: plain TCP.
    bool listen(const QString &certificatePath, const QString &keyPath, const QByteArray &send);
    quint16 port() const;
    QString errorString() const;

private:
    std::unique_ptr<QThread> m_thread;
    TlsLineServerWorker *m_worker;
};
