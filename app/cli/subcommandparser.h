#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// The steps every subcommand (check, watch, demo) takes with its options, in one place: parse
// them, answer --help with the subcommand's name in the usage line, and refuse a stray argument.
class SubcommandParser
{
    Q_DECLARE_TR_FUNCTIONS(SubcommandParser)

public:
    enum class Outcome {
        Run, // options parsed: go on
        HelpShown, // help printed to standard output: exit successfully
        Failed, // "mailbell NAME: why" printed to standard error: exit with the error code
    };

    // Adds -h, --help. Not QCommandLineParser::addHelpOption(): it also adds --help-all, which
    // promises Qt's own options that no parser here ever prints.
    static void addHelpOption(QCommandLineParser &parser);
    // parser: with the subcommand's options (and its help option) already added.
    static Outcome parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &name);
    // The parser's help with a usage line that says "mailbell NAME [options]" (name empty: the
    // top level) however the binary was started: Qt puts argv[0] there, a full path when the
    // binary was run by its path.
    static QString helpText(const QCommandLineParser &parser, const QString &name);
};
