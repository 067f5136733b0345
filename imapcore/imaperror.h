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
// TLS errors). A TLS trust failure carries the peer's chain, the SHA-256 fingerprint of its
// leaf certificate so the user can compare and pin it (trust on first use), and why it was not
// accepted (certificateProblems). A protocol error carries what was not understood: the kind of
// response and a short, escaped, redacted excerpt of it.
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

    // Why the server's certificate was not accepted, from the TLS library's verdict (never from
    // its text). A certificate can have several problems; certificateProblems lists them most
    // telling first, in this order.
    enum class CertificateProblem {
        None,
        PinChanged, // TlsPinMismatch: not the certificate the account pinned
        HostNameMismatch, // valid, but for other names than the configured host
        Expired,
        NotYetValid, // its validity starts in the future (or this computer's clock is behind)
        SelfSigned, // signed by itself (leaf or root of the chain sent)
        UnknownIssuer, // issued by an authority this system does not trust or cannot find
        Other, // revoked, wrong purpose, bad signature, ...
    };
    Q_ENUM(CertificateProblem)

    // What a port turned out to speak when it does not fit the chosen security (TlsFailed): a
    // plaintext IMAP greeting where the TLS handshake was expected, or TLS where the greeting
    // was. Unknown when nothing points to such a mix-up.
    enum class PortProtocol { Unknown, PlainImap, Tls };
    Q_ENUM(PortProtocol)

    // Upper bound of ProtocolError::excerpt (after escaping, before the "..." marker).
    static constexpr qsizetype maxExcerptBytes = 80;

    Kind kind = Kind::None;
    QString message;
    QString detail;
    qint64 offset = -1; // ProtocolError: byte offset in the server's stream, when known
    QList<QSslCertificate> peerChain; // TlsUntrusted / TlsPinMismatch: leaf first
    QByteArray fingerprintSha256; // TlsUntrusted / TlsPinMismatch: SHA-256 of the leaf's DER
    QList<CertificateProblem> certificateProblems; // TlsUntrusted / TlsPinMismatch; see above
    PortProtocol portSpeaks = PortProtocol::Unknown; // TlsFailed; see above
    // ProtocolError: what was not understood, when known. responseKind names it in IMAP terms
    // ("untagged FETCH", "tagged OK", "continuation"); excerpt is the start of the server's line,
    // ASCII with control and non-ASCII bytes escaped, at most maxExcerptBytes, and never what
    // follows LOGIN or AUTHENTICATE, nor a SASL challenge.
    QString responseKind;
    QByteArray excerpt;

    static ImapError make(Kind kind, QString message, QString detail = {})
    {
        ImapError error;
        error.kind = kind;
        error.message = std::move(message);
        error.detail = std::move(detail);
        return error;
    }

    bool isError() const { return kind != Kind::None; }
    // The most telling certificate problem; None when there is none.
    CertificateProblem certificateProblem() const
    {
        return certificateProblems.isEmpty() ? CertificateProblem::None
                                             : certificateProblems.constFirst();
    }
    // "AA:BB:..." as browsers and openssl show it.
    QString fingerprintText() const
    {
        return QString::fromLatin1(fingerprintSha256.toHex(':').toUpper());
    }
};

using ErrorKind = ImapError::Kind;

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::ImapError)
