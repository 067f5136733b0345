#pragma once

#include "accountconfig.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// Suggested settings for one account, as autodetection found them: the connection fields of an
// AccountConfig (host, port, security, user, authentication) plus what the settings dialog shows
// beside them. Never Security::Plain: no source may suggest a plaintext connection.
struct DetectedAccount
{
    enum class Source { ProviderTable, DnsSrv, Autoconfig };

    Source source = Source::ProviderTable;
    QString providerName; // "Gmail", or the autoconfig displayName, or the domain
    QString origin; // translated: where the settings came from, for the dialog
    ImapCore::AccountConfig connection;
    QString oauthProvider; // "google" or "microsoft" when connection.authMethod is OAuth2
    int idleRenewalMs = 0; // 0: the engine's default (29 minutes)
    QStringList foldersToSkip; // folders not worth watching (Gmail's All Mail)
    QString hint; // translated; empty for none (app passwords, enabling IMAP access)
    QUrl helpUrl; // the provider's page about IMAP settings; may be empty
    // Where OAuth is preferred but an app password also works (Gmail): that route in one
    // translated sentence and the provider's page for it; both empty where passwords are refused.
    QString appPasswordHint;
    QUrl appPasswordUrl;
};

Q_DECLARE_METATYPE(DetectedAccount)
