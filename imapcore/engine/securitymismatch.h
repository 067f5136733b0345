#pragma once

#include "accountconfig.h"

#include <QByteArrayView>
#include <QObject>
#include <QSslSocket>
#include <QString>

namespace ImapCore {

// Signs that the chosen security does not fit the port: TLS spoken to a port that greets in
// plain IMAP (143), or plain IMAP waiting for a greeting on a port that expects a TLS handshake
// first (993). Users mix these up more than anything else when they set up an account by hand.
namespace SecurityMismatch {

// The TLS library's handshake error when the peer answered in plaintext: OpenSSL reads the
// greeting "* OK" as a record header ("wrong version number", "packet length too long") or
// sees the peer close after its greeting ("unexpected eof").
bool isPlaintextPeerError(const QString &tlsErrorText);
// The first bytes of a TLS record (content type 20 to 23, protocol major version 3) where an
// IMAP greeting ("* OK") was expected.
bool looksLikeTlsRecord(QByteArrayView firstBytes);

} // namespace SecurityMismatch

// One TLS handshake to see whether a port speaks TLS: used when a plaintext connection got no
// greeting, since a TLS server waits silently for the client to start. The certificate is not
// judged (the probe sends nothing after the handshake); any answer that is a TLS handshake is
// enough. speaksTls() follows only when it does; nothing follows otherwise.
// Lives in the worker thread, with the SslTransport that starts it.
class TlsProbe : public QObject
{
    Q_OBJECT

public:
    explicit TlsProbe(QObject *parent = nullptr);
    ~TlsProbe() override;

    void start(const AccountConfig &config);

Q_SIGNALS:
    void speaksTls();

private:
    void found();

    QSslSocket m_socket;
    bool m_done = false;
};

} // namespace ImapCore
