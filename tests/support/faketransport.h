#pragma once

#include "engine/transport.h"

#include <QByteArray>
#include <QList>

#include <tuple>

/// An in-memory Transport for engine unit tests. The test plays the server: it accepts the
/// connection, sends bytes (each serverSend() is one chunk and one readyRead), finishes the TLS
/// handshake, closes. Every byte the client writes is recorded, split at the point where TLS
/// started, so tests can assert the exact plaintext and encrypted bytes. Everything happens
/// synchronously, in the caller's stack: no event loop, no timing.
class FakeTransport : public ImapCore::Transport
{
    Q_OBJECT

public:
    using ImapCore::Transport::Transport;

    // Transport
    void connectToHost(const ImapCore::AccountConfig &config) override;
    void startTls() override;
    void write(QByteArrayView bytes) override;
    QByteArray readAll() override;
    qint64 bytesAvailable() const override { return m_inbox.size(); }
    bool isEncrypted() const override { return m_encrypted; }
    QList<QSslCertificate> peerCertificateChain() const override { return {}; }
    void close() override;

    // The server's side.
    // TCP accepted; for implicit TLS the handshake succeeds at once (encrypted()).
    void serverAccept();
    void serverSend(const QByteArray &bytes);
    // Bytes that reach the socket buffer right after the client's next readAll(), without a
    // readyRead (data still in the socket when the client acts on what it read).
    void serverSendAfterNextRead(const QByteArray &bytes) { m_afterRead += bytes; }
    // Completes the handshake the client started with startTls().
    void serverFinishTls();
    void serverClose();
    void serverError(const ImapCore::ImapError &error);

    // What the client did.
    int connectCount() const { return m_connectCount; }
    bool startTlsCalled() const { return m_startTlsCalled; }
    bool isClosed() const { return m_closed; }
    const ImapCore::AccountConfig &config() const { return m_config; }
    QByteArray written() const { return m_writtenPlain + m_writtenTls; }
    QByteArray writtenBeforeTls() const { return m_writtenPlain; }
    QByteArray writtenAfterTls() const { return m_writtenTls; }

    // Everything above, for restore(): the fuzz harness reuses one session across inputs and
    // puts the transport back after each.
    using Snapshot = std::tuple<ImapCore::AccountConfig, QByteArray, QByteArray, QByteArray,
                                QByteArray, int, bool, bool, bool, bool>;
    Snapshot snapshot() const;
    void restore(const Snapshot &snapshot);

private:
    auto members()
    {
        return std::tie(m_config, m_inbox, m_afterRead, m_writtenPlain, m_writtenTls,
                        m_connectCount, m_startTlsCalled, m_encrypted, m_open, m_closed);
    }

    ImapCore::AccountConfig m_config;
    QByteArray m_inbox;
    QByteArray m_afterRead;
    QByteArray m_writtenPlain;
    QByteArray m_writtenTls;
    int m_connectCount = 0;
    bool m_startTlsCalled = false;
    bool m_encrypted = false;
    bool m_open = false;
    bool m_closed = false;
};
