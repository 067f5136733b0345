#pragma once

#include "notificationsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The app's settings other than accounts, in one INI file (docs/config.md, "settings.conf"):
// [notifications] (NotificationSettings) and [general] (the language); the keys are named in
// settingskeys.h. Reading is forgiving: a bad value is named (file, line, group, key, value, what
// is allowed) and that one setting keeps its default; everything else still applies.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    struct Result
    {
        NotificationSettings notifications;
        QString language; // [general] language; empty: the system's
        QStringList errors; // translated; each names the key and keeps its default
        QStringList warnings; // unknown keys and groups, ignored lines; translated
    };

    // $XDG_CONFIG_HOME/mailbell/settings.conf (~/.config/mailbell/settings.conf).
    static QString defaultPath();
    // A missing file is no error: all defaults. An unreadable, oversized or non-file path is one
    // error naming it, and all defaults.
    static Result load(const QString &path);
    // fileName only labels the messages ("settings.conf:3: ...").
    static Result parse(const QByteArray &text, const QString &fileName);
};
