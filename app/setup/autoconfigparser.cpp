#include "autoconfigparser.h"

#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

using Security = ImapCore::AccountConfig::Security;
using AuthMethod = ImapCore::AccountConfig::AuthMethod;

QString tr(const char *text)
{
    return QCoreApplication::translate("AutoconfigParser", text);
}

struct IncomingServer
{
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
};

QString substitute(QString text, const EmailAddress &address)
{
    text.replace(QLatin1String("%EMAILADDRESS%"), address.address());
    text.replace(QLatin1String("%EMAILLOCALPART%"), address.localPart);
    text.replace(QLatin1String("%EMAILDOMAIN%"), address.domain);
    return text;
}

IncomingServer readServer(QXmlStreamReader &xml)
{
    IncomingServer server;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"hostname")
            server.hostname = xml.readElementText().trimmed();
        else if (name == u"port")
            server.port = xml.readElementText().trimmed();
        else if (name == u"socketType")
            server.socketType = xml.readElementText().trimmed();
        else if (name == u"username")
            server.username = xml.readElementText().trimmed();
        else if (name == u"authentication")
            server.authentication.append(xml.readElementText().trimmed());
        else
            xml.skipCurrentElement();
    }
    return server;
}

// The method Mailbell would use, from the document's list: a password sent over TLS
// ("password-cleartext", "plain") first, OAuth2 next. nullopt when none is one we speak.
std::optional<AuthMethod> chooseAuthentication(const QStringList &methods)
{
    if (methods.isEmpty())
        return AuthMethod::Password;
    for (const QString &method : methods) {
        if (method.compare(u"password-cleartext", Qt::CaseInsensitive) == 0
            || method.compare(u"plain", Qt::CaseInsensitive) == 0)
            return AuthMethod::Password;
    }
    for (const QString &method : methods) {
        if (method.compare(u"OAuth2", Qt::CaseInsensitive) == 0)
            return AuthMethod::XOAuth2;
    }
    return std::nullopt;
}

bool isHostName(const QString &host)
{
    return !host.isEmpty() && host.size() <= 253 && !host.contains(u'%')
        && !QUrl::toAce(host).isEmpty();
}

} // namespace

namespace AutoconfigParser {

Result parse(const QByteArray &document, const EmailAddress &address, const QString &origin)
{
    Result result;
    QXmlStreamReader xml(document);
    QString providerName;
    QList<IncomingServer> servers;
    int otherIncoming = 0;

    if (!xml.readNextStartElement() || xml.name() != u"clientConfig") {
        result.error = xml.hasError()
            ? tr("not valid XML (line %1: %2)").arg(xml.lineNumber()).arg(xml.errorString())
            : tr("not an autoconfig document (no clientConfig element)");
        return result;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != u"emailProvider") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"displayName" && providerName.isEmpty()) {
                providerName = xml.readElementText().trimmed();
            } else if (xml.name() == u"incomingServer") {
                if (xml.attributes().value(QLatin1String("type")) == u"imap")
                    servers.append(readServer(xml));
                else {
                    ++otherIncoming;
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        result.error =
            tr("not valid XML (line %1: %2)").arg(xml.lineNumber()).arg(xml.errorString());
        return result;
    }

    QList<DetectedAccount> tls;
    QList<DetectedAccount> startTls;
    for (const IncomingServer &server : std::as_const(servers)) {
        const QString host = substitute(server.hostname, address);
        bool portOk = false;
        const uint port = server.port.toUInt(&portOk);
        const QString where = QStringLiteral("%1:%2").arg(host, server.port);
        if (!isHostName(host) || !portOk || port == 0 || port > 65535) {
            result.outcome.tried.append(
                tr("autoconfig %1: an IMAP server without a valid host name and port").arg(origin));
            continue;
        }
        Security security;
        if (server.socketType.compare(u"SSL", Qt::CaseInsensitive) == 0
            || server.socketType.compare(u"TLS", Qt::CaseInsensitive) == 0) {
            security = Security::Tls;
        } else if (server.socketType.compare(u"STARTTLS", Qt::CaseInsensitive) == 0) {
            security = Security::StartTls;
        } else {
            result.outcome.tried.append(
                tr("autoconfig %1: %2 is offered without encryption (refused)").arg(origin, where));
            continue;
        }
        const std::optional<AuthMethod> auth = chooseAuthentication(server.authentication);
        if (!auth) {
            result.outcome.tried.append(
                tr("autoconfig %1: %2 offers no sign-in method Mailbell supports (%3)")
                    .arg(origin, where, server.authentication.join(QLatin1String(", "))));
            continue;
        }
        DetectedAccount account;
        account.source = DetectedAccount::Source::Autoconfig;
        account.providerName = providerName.isEmpty() ? address.domain : providerName;
        account.origin = tr("Autoconfig from %1").arg(origin);
        account.connection.host = host;
        account.connection.port = static_cast<quint16>(port);
        account.connection.security = security;
        const QString user = substitute(server.username, address);
        account.connection.user = user.isEmpty() ? address.address() : user;
        account.connection.authMethod = *auth;
        (security == Security::Tls ? tls : startTls).append(account);
    }
    result.outcome.candidates = tls + startTls;
    if (servers.isEmpty())
        result.outcome.tried.append(
            otherIncoming > 0
                ? tr("autoconfig %1: no IMAP server (only POP3 or others)").arg(origin)
                : tr("autoconfig %1: no incoming server").arg(origin));
    return result;
}

} // namespace AutoconfigParser
