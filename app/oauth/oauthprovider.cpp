#include "oauthprovider.h"

#include "oauthbuildconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<OAuthProvider> OAuthProvider::preset(const QString &id)
{
    OAuthProvider provider;
    provider.id = id;
    if (id == u"google"_s) {
        provider.displayName = u"Google"_s;
        provider.authorizationUrl = QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s);
        provider.tokenUrl = QUrl(u"https://oauth2.googleapis.com/token"_s);
        provider.scope = u"https://mail.google.com/"_s;
        provider.clientId = QString::fromUtf8(MAILBELL_GOOGLE_CLIENT_ID);
        return provider;
    }
    if (id == u"microsoft"_s) {
        provider.displayName = u"Microsoft"_s;
        provider.authorizationUrl =
            QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s);
        provider.tokenUrl = QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s);
        // offline_access: without it Microsoft issues no refresh token.
        provider.scope = u"https://outlook.office.com/IMAP.AccessAsUser.All offline_access"_s;
        provider.clientId = QString::fromUtf8(MAILBELL_MICROSOFT_CLIENT_ID);
        provider.scopeOnRefresh = true;
        return provider;
    }
    return std::nullopt;
}

std::optional<OAuthProvider> OAuthProvider::forAccount(const QString &providerId,
                                                       const QString &accountClientId)
{
    std::optional<OAuthProvider> provider = preset(providerId);
    if (provider && !accountClientId.trimmed().isEmpty())
        provider->clientId = accountClientId.trimmed();
    return provider;
}

QString OAuthProvider::problem() const
{
    if (clientId.isEmpty())
        return QCoreApplication::translate(
                   "OAuthProvider",
                   "No OAuth client ID for %1: this build of Mailbell has none built in. "
                   "Register a desktop app with %1 (redirect URI http://127.0.0.1, see "
                   "docs/oauth.md) and give its client ID as the account's OAuth client ID "
                   "(oauth-client-id in accounts.conf).")
            .arg(displayName);
    if (!authorizationUrl.isValid() || !tokenUrl.isValid())
        return QCoreApplication::translate("OAuthProvider",
                                           "The %1 sign-in addresses are not valid URLs.")
            .arg(displayName);
    return {};
}
