#pragma once

#include "accountsfile.h"

#include <QCoreApplication>
#include <QString>

// The password of an account for the headless commands (check, watch), from where the account
// says it is: its password command, else the keyring the tray app saved it in
// (CredentialStore, waited for with a bound: a locked keyring may prompt). "password-store =
// ask" has no one to ask without a display: an error says what to use instead.
class HeadlessPassword
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessPassword)

public:
    struct Result
    {
        QString password;
        QString source; // "password-command" or "keyring", for an error's kind
        QString error; // translated; empty on success
        bool isOk() const { return error.isEmpty(); }
    };

    static Result fetch(const AccountsFile::Account &account);
};
