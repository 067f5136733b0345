#pragma once

#include "accountsfile.h"
#include "generalsettings.h"
#include "notificationsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The one door to the app's settings for the settings dialog: loads both files and the
// autostart entry as typed values, and saves each part back (edit-preserving, atomic, 0600).
// Every key is named in settingskeys.h; no secret is ever written (passwords live in the
// keyring, see CredentialStore).
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    static constexpr qsizetype maxMessages = 50; // each of errors and warnings

    struct Snapshot
    {
        QList<AccountsFile::Account> accounts; // the valid ones, in file order
        NotificationSettings notifications;
        GeneralSettings general;
        QStringList errors; // translated; each names the file and what is wrong
        QStringList warnings; // translated
    };

    explicit SettingsStore(QString accountsPath = AccountsFile::defaultPath(),
                           QString settingsPath = defaultSettingsPath(),
                           QString autostartPath = defaultAutostartPath());

    QString accountsPath() const { return m_accountsPath; }
    QString settingsPath() const { return m_settingsPath; }

    // Forgiving: a missing file is defaults; a bad one is named in errors and what is valid in
    // it still loads.
    Snapshot load() const;
    // Each returns an error in words, empty on success; on error nothing was changed.
    QString saveAccounts(const QList<AccountsFile::Account> &accounts);
    QString saveNotifications(const NotificationSettings &notifications);
    QString saveGeneral(const GeneralSettings &general);
    // Changes one account's password-store (the password dialog's "ask at each start" when there
    // is no keyring), keeping everything else in the file.
    QString setPasswordStore(const QString &accountId,
                             AccountsFile::Account::PasswordStore passwordStore);

    static QString defaultSettingsPath();
    static QString defaultAutostartPath();

private:
    QString m_accountsPath;
    QString m_settingsPath;
    QString m_autostartPath;
};
