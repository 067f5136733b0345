#include "engine/sasl.h"

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

bool has(const QList<QByteArray> &capabilities, QByteArrayView name)
{
    for (const QByteArray &capability : capabilities) {
        if (capability.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RFC 5801 saslname: ',' and '=' escaped.
QByteArray saslName(const QString &user)
{
    QByteArray name = user.toUtf8();
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    return name;
}

} // namespace

std::variant<Sasl::Plan, ImapError> Sasl::choose(const QList<QByteArray> &capabilities,
                                                 AccountConfig::AuthMethod method)
{
    Plan plan;
    plan.initialResponse = has(capabilities, "SASL-IR") || has(capabilities, "IMAP4rev2");
    switch (method) {
    case AccountConfig::AuthMethod::XOAuth2:
        if (!has(capabilities, "AUTH=XOAUTH2"))
            return ImapError::make(ErrorKind::AuthUnavailable,
                                   u"The server does not offer OAuth 2 login (XOAUTH2)"_s);
        plan.mechanism = Mechanism::XOAuth2;
        return plan;
    case AccountConfig::AuthMethod::OAuthBearer:
        if (!has(capabilities, "AUTH=OAUTHBEARER"))
            return ImapError::make(ErrorKind::AuthUnavailable,
                                   u"The server does not offer OAuth 2 login (OAUTHBEARER)"_s);
        plan.mechanism = Mechanism::OAuthBearer;
        return plan;
    case AccountConfig::AuthMethod::Password:
        break;
    }
    if (has(capabilities, "AUTH=PLAIN")) {
        plan.mechanism = Mechanism::Plain;
        return plan;
    }
    // RFC 9051 6.2.3: LOGINDISABLED forbids the LOGIN command.
    if (has(capabilities, "LOGINDISABLED"))
        return ImapError::make(ErrorKind::AuthUnavailable,
                               u"The server disables password login and offers no usable "
                               u"mechanism"_s);
    plan.loginCommand = true;
    return plan;
}

Sasl::Sasl(Mechanism mechanism, const QString &user, const QByteArray &secret, const QString &host,
           quint16 port)
    : m_mechanism(mechanism)
    , m_user(user)
    , m_secret(secret)
    , m_host(host)
    , m_port(port)
{ }

QByteArray Sasl::mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Plain:
        return QByteArrayLiteral("PLAIN");
    case Mechanism::XOAuth2:
        return QByteArrayLiteral("XOAUTH2");
    case Mechanism::OAuthBearer:
        return QByteArrayLiteral("OAUTHBEARER");
    }
    return {};
}

QByteArray Sasl::initialResponse() const
{
    switch (m_mechanism) {
    case Mechanism::Plain: // RFC 4616 2: [authzid] NUL authcid NUL passwd
        return '\0' + m_user.toUtf8() + '\0' + m_secret;
    case Mechanism::XOAuth2: // developers.google.com/gmail/imap/xoauth2-protocol
        return "user=" + m_user.toUtf8()
            + "\x01"
              "auth=Bearer "
            + m_secret + "\x01\x01";
    case Mechanism::OAuthBearer: // RFC 7628 3.1
        return "n,a=" + saslName(m_user) + ",\x01host=" + m_host.toUtf8()
            + "\x01port=" + QByteArray::number(m_port)
            + "\x01"
              "auth=Bearer "
            + m_secret + "\x01\x01";
    }
    return {};
}

Sasl::Step Sasl::respond(QByteArrayView challenge)
{
    if (!m_sentInitial) {
        // No SASL-IR: the server asks with an empty challenge ("+ " or "+").
        m_sentInitial = true;
        return Step {false, initialResponse()};
    }
    const auto decoded = QByteArray::fromBase64Encoding(challenge.toByteArray());
    const QByteArray text = decoded ? *decoded : challenge.toByteArray();
    switch (m_mechanism) {
    case Mechanism::Plain:
        // PLAIN has a single message; another challenge means the server is confused.
        m_serverError = QString::fromUtf8(text);
        return Step {true, {}};
    case Mechanism::XOAuth2:
        // The challenge is a JSON error; an empty response makes the server send its NO.
        m_serverError = QString::fromUtf8(text);
        return Step {false, {}};
    case Mechanism::OAuthBearer:
        // RFC 7628 3.2.3: the client answers the error challenge with a single %x01.
        m_serverError = QString::fromUtf8(text);
        return Step {false, QByteArray("\x01", 1)};
    }
    return Step {true, {}};
}

} // namespace ImapCore
