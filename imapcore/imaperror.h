#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QString>

namespace ImapCore {

// Why a connection or command failed, as a value: a kind the app turns into words a user can act
// on, a human message (English, for logs and the CLI) and a detail (server text, byte offset,
// TLS errors). A TLS trust failure carries the peer's chain and the SHA-256 fingerprint of its
// leaf certificate so the user can compare and pin it (trust on first use).
class ImapError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        TlsUntrusted, // certificate not trusted for the configured host name; see chain
        TlsPinMismatch, // the leaf differs from the fingerprint the account pinned
        TlsFailed, // handshake failed for another reason (protocol version, ALPN, reset)
        StartTlsUnavailable, // STARTTLS not advertised, refused, or skipped by PREAUTH
        AuthUnavailable, // no mechanism the account may use (e.g. LOGINDISABLED, no AUTH=XOAUTH2)
        AuthFailed, // credentials rejected: do not retry without a change or a back-off
        ProtocolError, // framing / parse error, unexpected response, injected bytes
        ServerBye, // the server ended the session with BYE
        NetworkError, // connection lost or another socket error
        Cancelled, // closed by us while a command was pending
        MailboxUnavailable, // the server would not open a folder (SELECT refused: gone, no rights)
        StaleMessage, // a command names a message that no longer exists as named (account,
                      // folder or UIDVALIDITY changed)
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString message;
    QString detail;
    qint64 offset = -1; // ProtocolError: byte offset in the server's stream, when known
    QList<QSslCertificate> peerChain; // TlsUntrusted / TlsPinMismatch: leaf first
    QByteArray fingerprintSha256; // TlsUntrusted / TlsPinMismatch: SHA-256 of the leaf's DER

    static ImapError make(Kind kind, QString message, QString detail = {})
    {
        ImapError error;
        error.kind = kind;
        error.message = std::move(message);
        error.detail = std::move(detail);
        return error;
    }

    bool isError() const { return kind != Kind::None; }
    // "AA:BB:..." as browsers and openssl show it.
    QString fingerprintText() const
    {
        return QString::fromLatin1(fingerprintSha256.toHex(':').toUpper());
    }
};

using ErrorKind = ImapError::Kind;

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::ImapError)
