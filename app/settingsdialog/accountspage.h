#pragma once

#include "accounteditordialog.h"
#include "accountsfile.h"
#include "unsavedaccount.h"

#include <QHash>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class CredentialStore;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ImapCore {
class MailEngine;
}

// The settings dialog's Accounts tab: the accounts as a list (name with an enabled checkbox and
// the colour chip, address) with Add, Edit and Remove (confirmed). Edits stay in this page until
// the dialog saves them: accounts() is the list to store, passwords() the passwords typed for
// the keyring (account id -> password). Unsaved accounts (the demo's) are listed after them,
// neither editable nor removable, and never part of accounts().
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(QWidget *parent = nullptr);
    ~AccountsPage() override;

    // The label of the button that adds an account, with its mnemonic; texts that name the
    // button take it from here so they cannot drift apart.
    static QString addButtonText();

    void setAccounts(const QList<AccountsFile::Account> &accounts);
    void setUnsavedAccounts(const QList<UnsavedAccount> &accounts);
    QList<AccountsFile::Account> accounts() const { return m_accounts; }
    QHash<QString, QString> passwords() const { return m_passwords; }
    // OAuth sign-ins done in the editor (account id -> tokens), for the token manager.
    QHash<QString, OAuthTokenResult> oauthSignIns() const { return m_signIns; }
    // Ids removed since setAccounts(), whose keyring entries can go.
    QStringList removedIds() const { return m_removedIds; }
    // Forgets the typed passwords and sign-ins (after they were stored).
    void clearPasswords();

    void setEngine(ImapCore::MailEngine *engine) { m_engine = engine; }
    // For the editor's "Test connection" with the saved password.
    void setCredentials(CredentialStore *credentials) { m_credentials = credentials; }
    // The open editor or confirmation, if any (tests).
    AccountEditorDialog *editor() const { return m_editor; }
    QMessageBox *removeConfirmation() const { return m_confirm; }

public Q_SLOTS:
    void addAccount();
    void editCurrent();
    // Opens the editor on this account (nothing when there is no such account).
    void editAccount(const QString &accountId);
    void removeCurrent();

Q_SIGNALS:
    // An account was added, edited, removed, enabled or disabled.
    void changed();

private:
    void openEditor(int row);
    void refresh();
    void updateButtons();

    QList<AccountsFile::Account> m_accounts;
    QList<UnsavedAccount> m_unsaved; // listed after m_accounts
    QHash<QString, QString> m_passwords;
    QHash<QString, OAuthTokenResult> m_signIns;
    QStringList m_removedIds;
    ImapCore::MailEngine *m_engine = nullptr;
    CredentialStore *m_credentials = nullptr;
    QPointer<AccountEditorDialog> m_editor;
    QPointer<QMessageBox> m_confirm;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    bool m_refreshing = false;
};
