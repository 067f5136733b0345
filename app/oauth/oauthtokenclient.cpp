#include "oauthtokenclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

OAuthTokenClient::OAuthTokenClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void OAuthTokenClient::exchangeCode(const OAuthProvider &provider, const QString &code,
                                    const QByteArray &verifier, const QString &redirectUri,
                                    Callback done)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, redirectUri);
    form.addQueryItem(u"client_id"_s, provider.clientId);
    form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(verifier));
    post(provider.tokenUrl, form.toString(QUrl::FullyEncoded).toUtf8(), std::move(done));
}

void OAuthTokenClient::refresh(const OAuthProvider &provider, const QString &refreshToken,
                               Callback done)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"client_id"_s, provider.clientId);
    if (provider.scopeOnRefresh)
        form.addQueryItem(u"scope"_s, provider.scope);
    post(provider.tokenUrl, form.toString(QUrl::FullyEncoded).toUtf8(), std::move(done));
}

void OAuthTokenClient::post(const QUrl &url, const QByteArray &form, Callback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->post(request, form);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) { // no HTTP answer at all
            OAuthTokenResult result;
            result.errorCode = u"network"_s;
            result.error = QCoreApplication::translate(
                               "OAuthTokenClient", "The sign-in service could not be reached: %1")
                               .arg(reply->errorString());
            done(result);
            return;
        }
        done(parse(status, body));
    });
}

OAuthTokenResult OAuthTokenClient::parse(int httpStatus, const QByteArray &body)
{
    OAuthTokenResult result;
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    if (json.contains(u"error"_s)) { // RFC 6749 5.2, usually with HTTP 400 or 401
        result.errorCode = json.value(u"error"_s).toString();
        result.error =
            OAuthErrors::describe(result.errorCode, json.value(u"error_description"_s).toString());
        return result;
    }
    result.accessToken = json.value(u"access_token"_s).toString();
    if (httpStatus != 200 || result.accessToken.isEmpty()) {
        result.accessToken.clear();
        result.errorCode = u"response"_s;
        result.error = QCoreApplication::translate(
                           "OAuthTokenClient",
                           "The sign-in service gave an unusable answer (HTTP %1, %2 bytes).")
                           .arg(httpStatus)
                           .arg(body.size());
        return result;
    }
    result.refreshToken = json.value(u"refresh_token"_s).toString();
    const qint64 expiresIn = json.value(u"expires_in"_s).toVariant().toLongLong();
    if (expiresIn > 0)
        result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return result;
}
