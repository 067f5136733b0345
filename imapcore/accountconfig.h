#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

namespace ImapCore {

// One account's connection settings as a plain value (no QSettings, no secrets: the password or
// OAuth token comes from a provider when the connection needs it).
class AccountConfig
{
    Q_GADGET

public:
    // RFC 8314: implicit TLS is the default; STARTTLS and plaintext only when chosen explicitly.
    enum class Security { Tls, StartTls, Plain };
    Q_ENUM(Security)
    enum class AuthMethod { Password, XOAuth2, OAuthBearer };
    Q_ENUM(AuthMethod)

    static constexpr quint16 defaultPort(Security security)
    {
        return security == Security::Tls ? 993 : 143;
    }

    QString host; // also the TLS peer verify name and SNI
    quint16 port = defaultPort(Security::Tls);
    Security security = Security::Tls;
    QString user;
    AuthMethod authMethod = AuthMethod::Password;
    bool sendId = false; // send ID (RFC 2971) after login; some servers need it, others reject it
    // COMPRESS=DEFLATE (RFC 4978) after login over TLS, when the server offers it; off only to
    // read the bytes on the wire while debugging.
    bool compress = true;
    // SHA-256 of the DER leaf certificate the user accepted (32 bytes); empty for none. When set,
    // the leaf must match it, whether or not a CA vouches for it.
    QByteArray pinnedSha256;
    int greetingTimeoutMs = 30'000; // connect + TLS + greeting
    int commandTimeoutMs = 120'000; // no byte from the server while a command waits
    QList<QSslCertificate> caCertificates; // added to the system CAs (tests, private CAs)
    // Connect to this address instead of resolving host; host is still the name verified in
    // the certificate and sent as SNI (tests on loopback, split-horizon setups).
    QString connectAddress;
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::AccountConfig)
