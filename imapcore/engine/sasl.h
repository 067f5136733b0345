#pragma once

#include "accountconfig.h"
#include "imaperror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <variant>

namespace ImapCore {

// Hands OAuth 2 access tokens to a connection (the OAuth flow itself lives in the app). It may
// answer at once or later, on the connection's thread; a nullopt token carries a reason.
class TokenProvider
{
public:
    using Callback = std::function<void(std::optional<QByteArray> token, QString error)>;
    virtual ~TokenProvider() = default;
    virtual void requestToken(const QString &user, Callback done) = 0;
};

// One SASL exchange (RFC 4422) for IMAP AUTHENTICATE (RFC 9051 6.2.2): PLAIN (RFC 4616),
// XOAUTH2 (Google / Microsoft) and OAUTHBEARER (RFC 7628), plus the choice between them and the
// LOGIN command. Works on raw bytes; the Connection base64-encodes them with CommandBuilder,
// which also redacts them from the protocol log.
class Sasl
{
public:
    enum class Mechanism { Plain, XOAuth2, OAuthBearer };

    // How to log in, chosen from the capabilities the server sent after TLS only.
    struct Plan
    {
        bool loginCommand = false; // the LOGIN command instead of AUTHENTICATE
        Mechanism mechanism = Mechanism::Plain;
        bool initialResponse = false; // SASL-IR (RFC 4959) or IMAP4rev2
    };
    static std::variant<Plan, ImapError> choose(const QList<QByteArray> &capabilities,
                                                AccountConfig::AuthMethod method);

    // secret: the password for PLAIN, the access token for the OAuth mechanisms.
    Sasl(Mechanism mechanism, const QString &user, const QByteArray &secret, const QString &host,
         quint16 port);

    static QByteArray mechanismName(Mechanism mechanism);
    QByteArray mechanismName() const { return mechanismName(m_mechanism); }
    // The client's first message (raw bytes).
    QByteArray initialResponse() const;

    // What to answer a "+ challenge" line.
    struct Step
    {
        bool cancel = false; // answer "*" (RFC 9051 6.2.2)
        QByteArray response; // raw bytes, when !cancel
    };
    // challenge: the continuation's text, still base64.
    Step respond(QByteArrayView challenge);
    // The decoded error the server sent in a challenge (OAuth JSON), for AuthFailed's detail.
    QString serverError() const { return m_serverError; }
    // Call once the initial response went out with the AUTHENTICATE command (SASL-IR).
    void markInitialResponseSent() { m_sentInitial = true; }

private:
    Mechanism m_mechanism;
    QString m_user;
    QByteArray m_secret;
    QString m_host;
    quint16 m_port = 0;
    bool m_sentInitial = false;
    QString m_serverError;
};

} // namespace ImapCore
