#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

// A local OAuth 2 authorization server for the tests, speaking plain HTTP on 127.0.0.1:
//   GET /authorize  plays the browser's part of consent: redirects (302) to redirect_uri with a
//                   code and the request's state, or with error=access_denied when denying;
//   POST /token     checks grant_type, code, redirect_uri, client_id and that
//                   BASE64URL(SHA256(code_verifier)) equals the code_challenge the code was
//                   issued for (RFC 7636 4.6); serves refresh grants; anything wrong: 400 with
//                   the RFC 6749 5.2 error (invalid_grant, invalid_client, ...).
// Every access token it issued is remembered with its expiry, so the IMAP side can check them.
class MockAuthServer : public QObject
{
    Q_OBJECT

public:
    explicit MockAuthServer(QObject *parent = nullptr);
    bool listen();
    QUrl url(const QString &path) const;

    QString clientId = QStringLiteral("mailbell-test-client");
    bool deny = false; // the user declines the consent
    int accessTokenSeconds = 3600;
    // Tokens issued, newest last.
    QStringList accessTokens;
    QStringList refreshTokens; // valid ones
    int codeGrants = 0;
    int refreshGrants = 0;
    QStringList requests; // "GET /authorize", "POST /token grant_type=..."
    QString lastError; // the last error the token endpoint answered

    bool isValidAccessToken(const QString &token) const;
    void revokeRefreshTokens() { refreshTokens.clear(); }

private:
    struct Code
    {
        QString challenge;
        QString redirectUri;
    };
    void serve(class QTcpSocket *socket);
    QByteArray handle(const QByteArray &method, const QUrl &target, const QByteArray &body);
    QByteArray tokenError(const QString &error);
    QByteArray issue(bool withRefreshToken);

    QTcpServer m_server;
    QHash<QString, Code> m_codes;
    QHash<QString, qint64> m_expiry; // access token -> msecs since epoch
};
