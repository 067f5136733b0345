#include "subcommandparser.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

SubcommandParser::Outcome SubcommandParser::parse(QCommandLineParser &parser,
                                                  const QStringList &arguments, const QString &name)
{
    if (!parser.parse(arguments)) {
        printLine(stderr, tr("mailbell %1: %2").arg(name, parser.errorText()));
        return Outcome::Failed;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt's usage line names the program only: "mailbell [options]" -> "mailbell watch
        // [options]".
        QString help = parser.helpText().trimmed();
        const qsizetype at = help.indexOf(u"[options]"_s);
        if (at >= 0)
            help.insert(at, name + u' ');
        printLine(stdout, help);
        return Outcome::HelpShown;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr,
                  tr("mailbell %1: unexpected argument \"%2\".")
                      .arg(name, parser.positionalArguments().constFirst()));
        return Outcome::Failed;
    }
    return Outcome::Run;
}
