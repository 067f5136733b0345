#pragma once

#include "oauthprovider.h"
#include "oauthtokens.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class CredentialStore;
class OAuthTokenClient;
class QTimer;

// Keeps OAuth accounts signed in. The refresh token lives in the keyring (CredentialStore, key
// "<accountId>/oauth-refresh-token") and, for the session, in memory; the access token and its
// expiry only in memory. Answers the engine's accessTokenRequired with a fresh access token
// (a refresh grant), refreshes by itself refreshLeadMs before expiry, and says when the user
// must sign in again (invalid_grant, or no refresh token saved). Without a keyring, a new
// sign-in is kept in memory for this session only, and problem() says so.
class OAuthTokenManager : public QObject
{
    Q_OBJECT

public:
    static constexpr int refreshLeadMs = 60'000;
    static constexpr int retryMs = 30'000; // after a network failure; doubles up to maxRetryMs
    static constexpr int maxRetryMs = 5 * 60'000;
    static QString keyringKey(const QString &accountId);

    OAuthTokenManager(CredentialStore *credentials, QObject *parent = nullptr);
    ~OAuthTokenManager() override;

    // The accounts that sign in with OAuth; others are forgotten.
    void setAccount(const QString &accountId, const OAuthProvider &provider);
    void removeAccount(const QString &accountId);
    void keepOnly(const QStringList &accountIds);
    bool hasAccount(const QString &accountId) const;
    std::optional<OAuthProvider> provider(const QString &accountId) const;

    // A fresh access token is wanted (the engine asked): accessTokenReady or signInRequired /
    // problem follow.
    void requestAccessToken(const QString &accountId);
    // An interactive sign-in (OAuthAuthorizer) succeeded: keep its tokens, save the refresh
    // token, hand out the access token.
    void signedIn(const QString &accountId, const OAuthTokenResult &tokens);
    // Forgets the account's tokens, also in the keyring (the user signs out / removes it).
    void signOut(const QString &accountId);

    // For tests and the status: when the current access token expires (invalid: none).
    QDateTime expiresAt(const QString &accountId) const;

Q_SIGNALS:
    void accessTokenReady(const QString &accountId, const QString &accessToken);
    // The user has to sign in again (interactive); reason in words.
    void signInRequired(const QString &accountId, const QString &reason);
    // Something the user should know but that does not need a sign-in now (keyring missing,
    // network failure, being retried), in words.
    void problem(const QString &accountId, const QString &message);

private:
    struct Account
    {
        OAuthProvider provider;
        QString refreshToken; // memory copy (the keyring's, or the session-only one)
        QString accessToken;
        QDateTime expiresAt;
        bool refreshing = false;
        bool keyringRead = false;
        int retryDelayMs = retryMs;
        std::unique_ptr<QTimer> timer; // pre-expiry refresh, or the retry after a failure
    };

    void refresh(const QString &accountId);
    void startRefresh(const QString &accountId);
    void refreshed(const QString &accountId, const OAuthTokenResult &result);
    void accept(Account &account, const QString &accountId, const OAuthTokenResult &tokens);
    void saveRefreshToken(const QString &accountId, const QString &refreshToken);
    void schedule(Account &account, const QString &accountId, qint64 delayMs);
    Account *find(const QString &accountId);

    CredentialStore *m_credentials;
    OAuthTokenClient *m_client;
    QHash<QString, std::shared_ptr<Account>> m_accounts;
};
