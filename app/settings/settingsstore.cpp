#include "settingsstore.h"

#include "accountswriter.h"
#include "autostartentry.h"
#include "settingsfile.h"
#include "settingswriter.h"

#include <QFileInfo>

SettingsStore::SettingsStore(QString accountsPath, QString settingsPath, QString autostartPath)
    : m_accountsPath(std::move(accountsPath))
    , m_settingsPath(std::move(settingsPath))
    , m_autostartPath(std::move(autostartPath))
{ }

QString SettingsStore::defaultSettingsPath()
{
    return SettingsFile::defaultPath();
}

QString SettingsStore::defaultAutostartPath()
{
    return AutostartEntry::defaultPath();
}

SettingsStore::Snapshot SettingsStore::load() const
{
    Snapshot snapshot;
    // No accounts file yet is the first start, not an error.
    if (QFileInfo::exists(m_accountsPath) || QFileInfo(m_accountsPath).isSymLink()) {
        const AccountsFile::Result accounts = AccountsFile::load(m_accountsPath);
        snapshot.accounts = accounts.accounts;
        snapshot.errors += accounts.errors;
        snapshot.warnings += accounts.warnings;
    }
    const SettingsFile::Result settings = SettingsFile::load(m_settingsPath);
    snapshot.notifications = settings.notifications;
    snapshot.general.language = settings.language;
    snapshot.general.startAtLogin = AutostartEntry(m_autostartPath).isEnabled();
    snapshot.errors += settings.errors;
    snapshot.warnings += settings.warnings;
    // A file of garbage gives a message a line; the first ones say what is wrong.
    for (QStringList *messages : {&snapshot.errors, &snapshot.warnings}) {
        if (messages->size() > maxMessages) {
            const qsizetype more = messages->size() - maxMessages;
            messages->resize(maxMessages);
            messages->append(tr("… and %n more like these", nullptr, int(more)));
        }
    }
    return snapshot;
}

QString SettingsStore::saveAccounts(const QList<AccountsFile::Account> &accounts)
{
    return AccountsWriter::save(m_accountsPath, accounts);
}

QString SettingsStore::saveNotifications(const NotificationSettings &notifications)
{
    return SettingsWriter::saveNotifications(m_settingsPath, notifications);
}

QString SettingsStore::saveGeneral(const GeneralSettings &general)
{
    if (const QString error = SettingsWriter::saveLanguage(m_settingsPath, general.language);
        !error.isEmpty())
        return error;
    const AutostartEntry autostart(m_autostartPath);
    if (autostart.isEnabled() == general.startAtLogin)
        return {};
    return autostart.setEnabled(general.startAtLogin);
}

QString SettingsStore::setPasswordStore(const QString &accountId,
                                        AccountsFile::Account::PasswordStore passwordStore)
{
    AccountsFile::Result loaded = AccountsFile::load(m_accountsPath);
    for (AccountsFile::Account &account : loaded.accounts) {
        if (account.spec.id != accountId)
            continue;
        if (account.passwordStore == passwordStore)
            return {};
        account.passwordStore = passwordStore;
        return saveAccounts(loaded.accounts);
    }
    return tr("%1 has no account \"%2\" to change.").arg(m_accountsPath, accountId);
}
