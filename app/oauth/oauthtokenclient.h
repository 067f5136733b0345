#pragma once

#include "oauthprovider.h"
#include "oauthtokens.h"

#include <QByteArray>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Talks to a provider's token endpoint (RFC 6749 4.1.3 and 6): exchanges an authorization code
// (with its PKCE verifier) and refreshes access tokens. Every answer, error or not, arrives as an
// OAuthTokenResult in words; nothing is swallowed. Asynchronous; the callback runs once, later.
class OAuthTokenClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OAuthTokenResult &)>;
    static constexpr int timeoutMs = 30'000;

    explicit OAuthTokenClient(QObject *parent = nullptr);

    void exchangeCode(const OAuthProvider &provider, const QString &code,
                      const QByteArray &verifier, const QString &redirectUri, Callback done);
    void refresh(const OAuthProvider &provider, const QString &refreshToken, Callback done);

    // Parses a token endpoint's HTTP answer (tests feed it directly).
    static OAuthTokenResult parse(int httpStatus, const QByteArray &body);

private:
    void post(const QUrl &url, const QByteArray &form, Callback done);

    QNetworkAccessManager *m_network;
};
