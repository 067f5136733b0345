#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// One OAuth 2 authorization server Mailbell can sign in with (RFC 6749 + PKCE, RFC 7636): where
// the user consents, where codes and refresh tokens are exchanged, the IMAP scope, and the client
// id to present. Presets for Google and Microsoft; tests point the endpoints at a local server.
struct OAuthProvider
{
    QString id; // "google" or "microsoft", as accounts.conf's oauth-provider
    QString displayName; // "Google", "Microsoft", for "Sign in with ..."
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope; // space-separated, as sent
    QString clientId;
    // Microsoft's token endpoint wants the scope again when refreshing; Google ignores it.
    bool scopeOnRefresh = false;

    // The preset for an accounts.conf oauth-provider value; nullopt for an unknown one. Its
    // clientId is the packager's default (MAILBELL_GOOGLE_CLIENT_ID / ..._MICROSOFT_..., often
    // empty).
    static std::optional<OAuthProvider> preset(const QString &id);
    // The preset with the account's own client id when it has one (oauth-client-id).
    static std::optional<OAuthProvider> forAccount(const QString &providerId,
                                                   const QString &accountClientId);
    // Empty when the provider can be used; else what is missing, in words (translated), e.g.
    // how to get a client id.
    QString problem() const;
};
