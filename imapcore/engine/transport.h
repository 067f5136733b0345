#pragma once

#include "accountconfig.h"
#include "imaperror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QSslCertificate>

namespace ImapCore {

// The byte-stream seam under a Connection: the real one is SslTransport (QSslSocket), tests use
// an in-memory fake. Single-use, like the connection on top of it. Errors are ImapError values;
// after errorOccurred() the transport is dead and emits nothing more.
// Lives in the thread of the Connection on top of it (the worker thread in the product).
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override;

    // Opens the stream for config. connected() means TCP is up; for Security::Tls the handshake
    // follows at once and encrypted() says the stream is ready for IMAP.
    virtual void connectToHost(const AccountConfig &config) = 0;
    // STARTTLS (RFC 9051 6.2.1): start the client handshake on the open plaintext stream.
    virtual void startTls() = 0;
    virtual void write(QByteArrayView bytes) = 0;
    virtual QByteArray readAll() = 0;
    // Bytes received and not yet read (the STARTTLS injection check needs this).
    virtual qint64 bytesAvailable() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual QList<QSslCertificate> peerCertificateChain() const = 0;
    // Closes at once; emits disconnected() if the stream was open.
    virtual void close() = 0;

Q_SIGNALS:
    // The host name was resolved and TCP connecting starts (the connection test's progress).
    // Transports that resolve nothing need not emit it.
    void hostFound();
    void connected();
    void encrypted();
    void readyRead();
    void disconnected();
    void errorOccurred(const ImapCore::ImapError &error);
};

} // namespace ImapCore
