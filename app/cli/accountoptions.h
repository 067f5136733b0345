#pragma once

#include "accountsfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The account options of the headless subcommands (check, watch): which accounts to run on and
// how to reach them. --account NAME picks an account of the accounts file (--config FILE, by
// default the tray app's), with its host, port, security, user, folders, pinned certificate and
// password source; --host --port --security --user --password-command --folder --cafile
// --connect-address --pin-sha256 describe an ad-hoc account or, given with --account, override
// that account's values. --protocol-log too. There is deliberately no --password: it would show
// in `ps`.
class AccountOptions
{
    Q_DECLARE_TR_FUNCTIONS(AccountOptions)

public:
    struct Result
    {
        // spec.folders is INBOX when none was given; passwordCommand empty with --account means
        // the account's password-store (the keyring).
        AccountsFile::Account account;
        QString protocolLogPath; // empty: no protocol log file
        QString error; // empty on success; otherwise translated and naming the option
        bool isOk() const { return error.isEmpty(); }
        const ImapCore::AccountConfig &config() const { return account.spec.connection; }
    };

    struct Selection
    {
        QList<AccountsFile::Account> accounts;
        bool fromFile = false; // the accounts came from the accounts file (pins go there)
        QString protocolLogPath;
        QStringList notes; // about the accounts file (warnings, skipped accounts); translated
        QString error; // a usage error (exit code 2); translated, may span lines
        bool isOk() const { return error.isEmpty(); }
    };

    // Whether the command runs on one account (check) or any number (watch: without --account
    // and --host, every enabled account of the accounts file).
    enum class Count { One, Several };

    // Adds the options (with translated descriptions) to parser.
    static void addTo(QCommandLineParser &parser);
    // The ad-hoc account from a parser that already parsed the command line; with base, that
    // account with the options given explicitly overriding its values (nothing is required).
    static Result parse(const QCommandLineParser &parser,
                        const AccountsFile::Account *base = nullptr);
    // The accounts to run on, from the command line and the accounts file.
    static Selection select(const QCommandLineParser &parser, Count count);
    // Help text for the epilogue of --help: why there is no --password option.
    static QString passwordNote();
};
