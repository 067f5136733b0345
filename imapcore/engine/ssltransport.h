#pragma once

#include "engine/transport.h"

#include <QTimer>
#include <memory>

#include <QSslError>
#include <QSslSocket>

namespace ImapCore {

class TlsProbe;

// The real transport: a QSslSocket with Mailbell's TLS policy. Certificates are verified against
// AccountConfig::host (setPeerVerifyName, also the SNI), TLS 1.2 or later, ALPN "imap" offered
// (RFC 8314 / ALPACA) and any other negotiated protocol refused. Untrusted certificates become
// TlsUntrusted with the chain and the leaf's SHA-256; errors are ignored only when the leaf
// matches the account's pinned fingerprint, and a leaf that differs from a pin is TlsPinMismatch.
// A security that does not fit the port (TLS to a plain IMAP port, or plain IMAP to a TLS port)
// is TlsFailed with ImapError::portSpeaks saying what the port speaks (SecurityMismatch).
// Lives in the worker thread, with its Connection (QSslSocket has thread affinity).
class SslTransport : public Transport
{
    Q_OBJECT

public:
    explicit SslTransport(QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToHost(const AccountConfig &config) override;
    void startTls() override;
    void write(QByteArrayView bytes) override;
    QByteArray readAll() override;
    qint64 bytesAvailable() const override;
    bool isEncrypted() const override;
    QList<QSslCertificate> peerCertificateChain() const override;
    void close() override;

private:
    void configureTls();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(const ImapError &error);
    ImapError certificateError(ErrorKind kind, QString message, const QList<QSslError> &errors);
    // Plaintext connections: the first bytes, or silence, tell whether the port speaks TLS.
    void onFirstPlaintextBytes();
    void probeSilentPort();
    void dropProbe();
    void failPortSpeaksTls();
    void failPortSpeaksPlainImap(const QString &detail);

    QSslSocket m_socket;
    AccountConfig m_config;
    // How long a plaintext connection waits for the greeting before it checks whether the port
    // expects a TLS handshake instead (a TLS server says nothing first).
    static constexpr int silenceBeforeProbeMs = 3'000;
    QTimer m_silenceTimer;
    std::unique_ptr<TlsProbe> m_probe;
    bool m_greetingSeen = false;
    bool m_failed = false;
    bool m_open = false;
};

} // namespace ImapCore
