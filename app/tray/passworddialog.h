#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

// Asks for one account's password when neither the keyring nor a password command has a good
// one. Non-modal, so mail keeps coming for the other accounts while it is open. "Remember"
// saves the password in the keyring; otherwise it lives in memory until the app quits.
// Without a keyring (no Secret Service) it says so and offers the two safe choices instead:
// "ask at each start" (memory only; the account's password-store becomes "ask") or a password
// command (explained; opens the settings). Never a plain-text file.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &accountId, const QString &accountName, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString accountId() const { return m_accountId; }
    // Shows why the password is needed ("The server rejected the password.").
    void setReason(const QString &reason);
    void setRememberAvailable(bool available);
    // The accounts file "ask at each start" records the choice in (default: the user's).
    void setAccountsFile(const QString &path) { m_accountsFile = path; }
    // Switches to the no-keyring choices; why is the keyring's own words, if any. Called on its
    // own when CredentialStore::probeSecretService() finds no keyring (at once without a
    // session bus, else a moment after the constructor).
    void setKeyringUnavailable(const QString &why = QString());
    bool isKeyringUnavailable() const { return m_keyringUnavailable; }

Q_SIGNALS:
    void passwordEntered(const QString &accountId, const QString &password, bool remember);
    // The user chose a password command: the account's settings should open.
    void settingsRequested(const QString &accountId);

public Q_SLOTS:
    // Validates, then stores; stays open with the problem shown when something is wrong.
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateChoice();

    QString m_accountId;
    QString m_accountsFile;
    bool m_keyringUnavailable = false;
    QLabel *m_reason;
    QLabel *m_noKeyring;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QWidget *m_choices;
    QRadioButton *m_askAtStart;
    QRadioButton *m_useCommand;
    QLabel *m_commandHelp;
    QPushButton *m_ok;
};
