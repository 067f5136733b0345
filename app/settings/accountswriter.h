#pragma once

#include "accountsfile.h"
#include "settingsfield.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes accounts.conf from the settings dialog's accounts, editing the file rather than
// replacing it: comments, unknown keys and sections that did not load (kept as their text) stay;
// an edited account's known keys are rewritten in place; removed accounts' sections go (not the
// comments right above the next header); new accounts are appended as [id]; defaults are not
// written. Accounts already in the file keep their place: the list's order only orders the new.
// What it writes must load back as exactly the accounts given, else nothing is written. It writes
// only the keys of SettingsKeys::Account, so never a password.
class AccountsWriter
{
    Q_DECLARE_TR_FUNCTIONS(AccountsWriter)

public:
    // Every key the account sets, in file order, as the file states it (not the id: the
    // section name is the id).
    static QList<SettingsField> fields(const AccountsFile::Account &account);

    // The accounts file text before -> after; returns an error in words, empty on success.
    static QString edit(const QByteArray &before, const QList<AccountsFile::Account> &accounts,
                        const QString &fileName, QByteArray *after);
    // Reads the file (a missing one is empty), edits it and writes it atomically, mode 0600.
    static QString save(const QString &path, const QList<AccountsFile::Account> &accounts);
};
