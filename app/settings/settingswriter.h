#pragma once

#include "notificationsettings.h"
#include "settingsfield.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes settings.conf's groups, editing the file rather than replacing it: comments, unknown
// keys and groups and lines that did not load stay; only keys whose value changes are touched,
// and defaults are not written. It writes only the keys of SettingsKeys, never a secret.
class SettingsWriter
{
    Q_DECLARE_TR_FUNCTIONS(SettingsWriter)

public:
    static QList<SettingsField> notificationFields(const NotificationSettings &settings);
    static QList<SettingsField> generalFields(const QString &language);

    // Each returns an error in words, empty on success; the file is written atomically, 0600.
    static QString saveNotifications(const QString &path, const NotificationSettings &settings);
    static QString saveLanguage(const QString &path, const QString &language);

    // The file text before -> after for one group; for tests and the two above.
    static QString edit(const QByteArray &before, QLatin1StringView group,
                        const QList<SettingsField> &fieldsBefore,
                        const QList<SettingsField> &fieldsNext, QByteArray *after);
};
