#pragma once

#include "accountsfile.h"
#include "imaperror.h"

#include <QCoreApplication>
#include <QStringList>

// What to type to get past an error of `mailbell check` or `mailbell watch`, as whole lines to
// print after the error: the exact --pin-sha256 option that trusts a certificate the system
// does not (and, for an account of the accounts file, the line that keeps it trusted), or the
// --security value that fits a port which speaks something else. Empty when no option helps.
class CommandAdvice
{
    Q_DECLARE_TR_FUNCTIONS(CommandAdvice)

public:
    // fromFile: the account came from the accounts file (--account, or watch without options).
    static QStringList lines(const ImapCore::ImapError &error, const AccountsFile::Account &account,
                             bool fromFile);
};
