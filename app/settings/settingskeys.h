#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

// Every key of accounts.conf and settings.conf (docs/config.md), named once: the readers
// (AccountsFile, SettingsFile) and the writers (AccountsWriter, SettingsWriter) use these, so
// what is written is always what is read.
namespace SettingsKeys {

using namespace Qt::StringLiterals;

// accounts.conf: one [account-id] section per account.
namespace Account {
inline constexpr auto id = "id"_L1;
inline constexpr auto name = "name"_L1;
inline constexpr auto email = "email"_L1;
inline constexpr auto host = "host"_L1;
inline constexpr auto port = "port"_L1;
inline constexpr auto security = "security"_L1;
inline constexpr auto user = "user"_L1;
inline constexpr auto auth = "auth"_L1;
inline constexpr auto passwordCommand = "password-command"_L1;
inline constexpr auto passwordStore = "password-store"_L1;
inline constexpr auto oauthProvider = "oauth-provider"_L1;
inline constexpr auto oauthClientId = "oauth-client-id"_L1;
inline constexpr auto folders = "folders"_L1;
inline constexpr auto caFile = "cafile"_L1;
inline constexpr auto connectAddress = "connect-address"_L1;
inline constexpr auto idleRenewalMinutes = "idle-renewal-minutes"_L1;
inline constexpr auto pollIntervalSeconds = "poll-interval-seconds"_L1;
inline constexpr auto maxConnections = "max-connections"_L1;
inline constexpr auto enabled = "enabled"_L1;
inline constexpr auto openCommand = "open-command"_L1;
inline constexpr auto color = "color"_L1;
inline constexpr auto pinnedSha256 = "pinned-sha256"_L1;
inline constexpr auto showPreview = "show-preview"_L1;
inline constexpr auto compress = "compress"_L1;

inline const QStringList &all()
{
    static const QStringList keys {
        id,
        name,
        email,
        host,
        port,
        security,
        user,
        auth,
        passwordCommand,
        passwordStore,
        oauthProvider,
        oauthClientId,
        folders,
        caFile,
        connectAddress,
        idleRenewalMinutes,
        pollIntervalSeconds,
        maxConnections,
        enabled,
        openCommand,
        color,
        pinnedSha256,
        showPreview,
        compress,
    };
    return keys;
}

// Keys people might use for a secret: refused when read and never written, which keeps
// passwords out of the file.
inline const QStringList &secret()
{
    static const QStringList keys {u"password"_s, u"pass"_s, u"passwd"_s, u"secret"_s, u"token"_s};
    return keys;
}
} // namespace Account

// settings.conf [notifications]: how new mail is announced (NotificationSettings).
namespace Notifications {
inline constexpr auto group = "notifications"_L1;
inline constexpr auto enabled = "enabled"_L1;
inline constexpr auto sound = "sound"_L1;
inline constexpr auto showPreview = "show-preview"_L1;
inline constexpr auto deleteAction = "delete-action"_L1;
inline constexpr auto burstThreshold = "burst-threshold"_L1;
inline constexpr auto burstWindowSeconds = "burst-window-seconds"_L1;
inline constexpr auto quietHours = "quiet-hours"_L1;
inline constexpr auto quietDays = "quiet-days"_L1;
inline constexpr auto quietHoursSilent = "quiet-hours-silent"_L1;
inline constexpr auto vip = "vip"_L1;
inline constexpr auto muted = "muted"_L1;

inline const QStringList &all()
{
    static const QStringList keys {
        enabled,    sound,     showPreview,      deleteAction, burstThreshold, burstWindowSeconds,
        quietHours, quietDays, quietHoursSilent, vip,          muted};
    return keys;
}
} // namespace Notifications

// settings.conf [general]: app-wide choices of the General tab (GeneralSettings).
namespace General {
inline constexpr auto group = "general"_L1;
inline constexpr auto language = "language"_L1; // "de", "pt_BR"; empty: the system's

inline const QStringList &all()
{
    static const QStringList keys {language};
    return keys;
}
} // namespace General

} // namespace SettingsKeys
