#pragma once

#include "notify/notificationsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The app's settings other than accounts, in one INI file (docs/config.md, "settings.conf"):
// every key is named here and nowhere else. Today the [notifications] group; the settings dialog
// adds the rest. Reading is forgiving: a bad value is named (file, group, key, value, what is
// allowed) and that one setting keeps its default; everything else still applies.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    struct Result
    {
        NotificationSettings notifications;
        QStringList errors; // translated; each names the key and keeps its default
        QStringList warnings; // unknown keys; translated
    };

    // $XDG_CONFIG_HOME/mailbell/settings.conf (~/.config/mailbell/settings.conf).
    static QString defaultPath();
    // A missing file is no error: all defaults.
    static Result load(const QString &path);
};
