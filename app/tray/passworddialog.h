#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for one account's password when neither the keyring nor a password command has a good
// one. Non-modal, so mail keeps coming for the other accounts while it is open. "Remember"
// saves the password in the keyring; otherwise it lives in memory until the app quits.
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

Q_SIGNALS:
    void passwordEntered(const QString &accountId, const QString &password, bool remember);

public Q_SLOTS:
    // Validates, then stores; stays open with the problem shown when something is wrong.
    void accept() override;

private:
    QString m_accountId;
    QLabel *m_reason;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
