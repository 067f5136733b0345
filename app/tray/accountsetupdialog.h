#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The first-run dialog: adds one password account to the accounts file (never the password:
// that goes to the keyring when "Remember" is ticked, else it is kept in memory). The full
// settings dialog with autodetection and OAuth2 replaces it later; this one is small, checked
// inline and complete by keyboard.
class AccountSetupDialog : public QDialog
{
    Q_OBJECT

public:
    struct Result
    {
        QString id;
        QString password;
        bool remember = true;
    };

    explicit AccountSetupDialog(const QString &accountsFilePath, QWidget *parent = nullptr);
    ~AccountSetupDialog() override;

    // After accepted(): the account written to the file and its password.
    Result result() const { return m_result; }

    // Fills the fields (tests, and the --add-account hand-over); empty values are left alone.
    void setFields(const QString &name, const QString &host, int port, const QString &user,
                   const QString &password);

public Q_SLOTS:
    // Validates, then stores; stays open with the problem shown when something is wrong.
    void accept() override;

private:
    void updateState();
    QString validationError() const;
    QString uniqueId() const;

    QString m_path;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QComboBox *m_security;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_plainWarning;
    QLabel *m_error;
    QPushButton *m_ok;
    Result m_result;
    bool m_portEdited = false;
};
