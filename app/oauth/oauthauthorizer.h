#pragma once

#include "oauthprovider.h"
#include "oauthtokens.h"
#include "pkce.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class OAuthTokenClient;
class QOAuthHttpServerReplyHandler;

// One interactive sign-in (RFC 8252, OAuth for native apps): authorization code with PKCE S256,
// a loopback redirect (http://127.0.0.1:<random port>/) served by QOAuthHttpServerReplyHandler,
// the consent page opened in the user's browser, the state checked, the code exchanged. Ends
// exactly once with succeeded() or failed() (in words), also on cancel() or after the timeout.
//
// Qt 6.4's QOAuth2AuthorizationCodeFlow is not used: it only logs a state mismatch and
// swallows token endpoint errors (invalid_grant, invalid_client), so the user would wait forever;
// the protocol here is small enough to drive directly.
class OAuthAuthorizer : public QObject
{
    Q_OBJECT

public:
    // Opens the consent page; returns false when it cannot (no browser).
    using BrowserOpener = std::function<bool(const QUrl &)>;
    static constexpr int defaultTimeoutMs = 5 * 60'000;

    explicit OAuthAuthorizer(QObject *parent = nullptr);
    ~OAuthAuthorizer() override;

    // QDesktopServices::openUrl unless replaced (tests open it themselves).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // loginHint: the account's address, so the provider preselects it (may be empty).
    void start(const OAuthProvider &provider, const QString &loginHint = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // The consent page's address (valid while running), to show as a link if no browser opens.
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    // The browser was sent to the consent page; waiting for the user.
    void waitingForBrowser(const QUrl &url);
    // The browser came back with a code; exchanging it.
    void exchangingCode();
    void succeeded(const OAuthTokenResult &tokens);
    void failed(const QString &message);

private:
    void onCallback(const QVariantMap &values);
    void finish(const OAuthTokenResult &result);
    void stopListening();

    OAuthProvider m_provider;
    OAuthTokenClient *m_tokens;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    BrowserOpener m_opener;
    QTimer m_timeout;
    int m_timeoutMs = defaultTimeoutMs;
    Pkce m_pkce;
    QByteArray m_state;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
    bool m_running = false;
    bool m_exchanging = false;
};
