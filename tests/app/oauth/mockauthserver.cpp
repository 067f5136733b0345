#include "mockauthserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &body,
                        const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

QString randomToken(const char *prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

MockAuthServer::MockAuthServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

bool MockAuthServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MockAuthServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

bool MockAuthServer::isValidAccessToken(const QString &token) const
{
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.cend() && *it > QDateTime::currentMSecsSinceEpoch();
}

void MockAuthServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        const QByteArray data = socket->peek(socket->bytesAvailable());
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = data.left(headerEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() < headerEnd + 4 + length)
            return;
        socket->read(headerEnd + 4 + length);
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray body = data.mid(headerEnd + 4, length);
        const QUrl target = url(QString::fromLatin1(requestLine.value(1)));
        socket->write(handle(requestLine.value(0), target, body));
        socket->disconnectFromHost();
    });
}

QByteArray MockAuthServer::handle(const QByteArray &method, const QUrl &target,
                                  const QByteArray &body)
{
    const QUrlQuery query(target);
    if (method == "GET" && target.path() == u"/authorize"_s) {
        requests.append(u"GET /authorize"_s);
        const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        QUrl back(redirect);
        QUrlQuery answer;
        if (query.queryItemValue(u"client_id"_s) != clientId) {
            answer.addQueryItem(u"error"_s, u"invalid_client"_s);
        } else if (deny) {
            answer.addQueryItem(u"error"_s, u"access_denied"_s);
            answer.addQueryItem(u"error_description"_s, u"The user denied access"_s);
        } else if (query.queryItemValue(u"code_challenge_method"_s) != u"S256"_s
                   || query.queryItemValue(u"response_type"_s) != u"code"_s) {
            answer.addQueryItem(u"error"_s, u"invalid_request"_s);
        } else {
            const QString code = randomToken("code-");
            m_codes.insert(code, Code {query.queryItemValue(u"code_challenge"_s), redirect});
            answer.addQueryItem(u"code"_s, code);
        }
        answer.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        back.setQuery(answer);
        return httpResponse(302, "Found", {}, "Location: " + back.toEncoded() + "\r\n");
    }
    if (method == "POST" && target.path() == u"/token"_s) {
        const QUrlQuery form(QString::fromUtf8(body));
        const QString grant = form.queryItemValue(u"grant_type"_s);
        requests.append(u"POST /token grant_type="_s + grant);
        if (form.queryItemValue(u"client_id"_s) != clientId)
            return tokenError(u"invalid_client"_s);
        if (grant == u"authorization_code"_s) {
            const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
            const auto it = m_codes.constFind(code);
            if (it == m_codes.cend())
                return tokenError(u"invalid_grant"_s);
            const Code issued = *it;
            m_codes.remove(code); // single use (RFC 6749 4.1.2)
            const QByteArray verifier =
                form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
            const QString challenge = QString::fromLatin1(
                QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            if (verifier.isEmpty() || challenge != issued.challenge)
                return tokenError(u"invalid_grant"_s);
            if (form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) != issued.redirectUri)
                return tokenError(u"invalid_grant"_s);
            ++codeGrants;
            return issue(true);
        }
        if (grant == u"refresh_token"_s) {
            if (!refreshTokens.contains(
                    form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded)))
                return tokenError(u"invalid_grant"_s);
            ++refreshGrants;
            return issue(false);
        }
        return tokenError(u"unsupported_grant_type"_s);
    }
    return httpResponse(404, "Not Found", "{}");
}

QByteArray MockAuthServer::tokenError(const QString &error)
{
    lastError = error;
    const QJsonObject json {{u"error"_s, error},
                            {u"error_description"_s, QString(u"mock server: "_s + error)}};
    return httpResponse(400, "Bad Request", QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QByteArray MockAuthServer::issue(bool withRefreshToken)
{
    const QString access = randomToken("at-");
    accessTokens.append(access);
    m_expiry.insert(access, QDateTime::currentMSecsSinceEpoch() + accessTokenSeconds * 1000LL);
    QJsonObject json {{u"access_token"_s, access},
                      {u"token_type"_s, u"Bearer"_s},
                      {u"expires_in"_s, accessTokenSeconds}};
    if (withRefreshToken) {
        const QString refresh = randomToken("rt-");
        refreshTokens.append(refresh);
        json.insert(u"refresh_token"_s, refresh);
    }
    return httpResponse(200, "OK", QJsonDocument(json).toJson(QJsonDocument::Compact));
}
