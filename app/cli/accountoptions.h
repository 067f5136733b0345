#pragma once

#include "accountconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The options of one ad-hoc account for the headless subcommands (check, later watch):
// --host --port --security --user --password-command --folder --cafile --connect-address
// --protocol-log. parse() turns them into an AccountConfig plus the folders to look at, or a
// precise error message. There is deliberately no --password: it would show in `ps`.
class AccountOptions
{
    Q_DECLARE_TR_FUNCTIONS(AccountOptions)

public:
    struct Result
    {
        ImapCore::AccountConfig config;
        QStringList folders; // INBOX when none was given
        QString passwordCommand;
        QString protocolLogPath; // empty: no protocol log file
        QString error; // empty on success; otherwise translated and naming the option
        bool isOk() const { return error.isEmpty(); }
    };

    // Adds the options (with translated descriptions) to parser.
    static void addTo(QCommandLineParser &parser);
    // Reads them back from a parser that already parsed the command line.
    static Result parse(const QCommandLineParser &parser);
    // Help text for the epilogue of --help: why there is no --password option.
    static QString passwordNote();
};
