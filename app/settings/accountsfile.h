#pragma once

#include "accountspec.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The accounts file of `mailbell watch` (docs/config.md): an INI-style text file, one
// [section] per account, "key = value" lines, '#' or ';' comments. It never holds a secret: each
// account names a password-command instead. Loading is forgiving per account: a problem names
// the line, the account and the key, skips only that account, and the valid ones still load.
class AccountsFile
{
    Q_DECLARE_TR_FUNCTIONS(AccountsFile)

public:
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    struct Account
    {
        // Where the password comes from when spec.connection.authMethod is Password: the
        // command when passwordCommand is set, else the keyring ("password-store = keyring"), or
        // asked at each start and kept in memory only ("password-store = ask").
        enum class PasswordStore { Keyring, Ask };

        ImapCore::AccountSpec spec; // its connection's authMethod and pinnedSha256 are keys too
        QString email; // "email": the address the account was set up from; may be empty
        QString passwordCommand;
        PasswordStore passwordStore = PasswordStore::Keyring;
        // OAuth 2 ("auth = xoauth2" / "oauthbearer"): the provider preset ("google" or
        // "microsoft") and the client id the user or packager registered; the refresh token is
        // in the keyring.
        QString oauthProvider;
        QString oauthClientId;
        QString caFile; // "cafile" as written (its certificates are in spec.connection)
        bool showPreview = true; // false: notifications carry no message text (previewLength 0)
        // For the tray app only (watch ignores them): how "Open in mail client" opens a message
        // (AccountInfo::openCommand) and the account's colour in lists.
        QString openCommand;
        QColor color;
    };

    struct Result
    {
        QList<Account> accounts; // the valid ones, in file order
        QStringList errors; // each skipped an account (or the whole file); translated
        QStringList warnings; // ignored lines or keys; the account still loaded; translated
    };

    // $XDG_CONFIG_HOME/mailbell/accounts.conf (~/.config/mailbell/accounts.conf).
    static QString defaultPath();
    // Reads and parses the file; an unreadable or oversized file is one error and no account.
    static Result load(const QString &path);
    // fileName only labels the messages ("accounts.conf:12: ...").
    static Result parse(const QByteArray &text, const QString &fileName);

    // Adds one [id] section with these key = value lines at the end of the file (created with
    // mode 0600 if missing), keeping everything already in it, comments included; written
    // atomically. Refuses a secret key, a value with a line break, an id already in the file,
    // and a result that would not load back. Returns an error in words, empty on success.
    static QString appendAccount(const QString &path, const QString &id,
                                 const QList<std::pair<QString, QString>> &keys);
};
