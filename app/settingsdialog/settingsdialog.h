#pragma once

#include "oauthtokens.h"

#include <QDialog>
#include <QHash>

class AccountsPage;
class CredentialStore;
class GeneralPage;
class NotificationsPage;
class QLabel;
class QPushButton;
class QTabWidget;
class SettingsStore;

namespace ImapCore {
class MailEngine;
}

// The settings window: tabs Accounts, Notifications and General, with OK, Apply and Cancel.
// Loads from and saves to the settings facade (SettingsStore) only; passwords typed for an
// account go to the CredentialStore (keyring), never to a file; the engine runs the account
// editor's connection test. A save that fails says why and keeps the dialog open with the
// edits; a keyring that cannot take a password says so (the password still serves this run).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Accounts, Notifications, General };

    SettingsDialog(SettingsStore *store, CredentialStore *credentials,
                   ImapCore::MailEngine *engine = nullptr, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    AccountsPage *accountsPage() const { return m_accounts; }
    NotificationsPage *notificationsPage() const { return m_notifications; }
    GeneralPage *generalPage() const { return m_general; }
    // What the last load or save had to say (problems in the files, a failed save); plain text.
    QString statusText() const;

public Q_SLOTS:
    // Shows what the files hold now, dropping unsaved edits.
    void reload();
    // Saves every tab with unsaved edits; false (and the reason shown) when something failed.
    bool apply();
    void accept() override;

Q_SIGNALS:
    // The accounts file was written.
    void accountsSaved();
    // A password typed for this account, just before accountsSaved() (so an engine started or
    // reconfigured by it already has the password): on its way to the keyring too; the running
    // app can use it at once.
    void passwordEntered(const QString &accountId, const QString &password);
    // The user signed in with OAuth in the account editor, after accountsSaved(): the tokens go
    // to the token manager (which keeps the refresh token in the keyring).
    void oauthSignedIn(const QString &accountId, const OAuthTokenResult &tokens);
    // The keyring did not take an account's password; in words.
    void keyringProblem(const QString &accountId, const QString &message);
    // settings.conf or the autostart entry was written.
    void settingsSaved();

private:
    void updateButtons();
    void showStatus(const QStringList &problems, bool error);

    SettingsStore *m_store;
    CredentialStore *m_credentials;
    QTabWidget *m_tabs;
    AccountsPage *m_accounts;
    NotificationsPage *m_notifications;
    GeneralPage *m_general;
    QLabel *m_status;
    QPushButton *m_ok;
    QPushButton *m_apply;
    bool m_accountsDirty = false;
    bool m_notificationsDirty = false;
    bool m_generalDirty = false;
};
