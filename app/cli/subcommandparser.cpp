#include "subcommandparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

void SubcommandParser::addHelpOption(QCommandLineParser &parser)
{
    // Qt's own wording and context, so Qt's translations (qtbase_*.qm) still translate it.
    parser.addOption({{u"h"_s, u"help"_s},
                      QCoreApplication::translate("QCommandLineParser",
                                                  "Displays help on commandline options.")});
}

SubcommandParser::Outcome SubcommandParser::parse(QCommandLineParser &parser,
                                                  const QStringList &arguments, const QString &name)
{
    if (!parser.parse(arguments)) {
        printLine(stderr, tr("mailbell %1: %2").arg(name, parser.errorText()));
        return Outcome::Failed;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, helpText(parser, name).trimmed());
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

QString SubcommandParser::helpText(const QCommandLineParser &parser, const QString &name)
{
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(u'\n');
    QString usage = help.left(lineEnd);
    const QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.isEmpty() ? QString() : arguments.constFirst();
    const QString command = name.isEmpty() ? u"mailbell"_s : u"mailbell "_s + name;
    const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program);
    if (at >= 0) {
        usage.replace(at, program.size(), command);
    } else {
        // No program name in it (a translation that words the line differently): name the
        // command before the options.
        const qsizetype options = usage.indexOf(u"[options]"_s);
        if (options >= 0)
            usage.insert(options, command + u' ');
    }
    return usage + (lineEnd < 0 ? QString() : help.mid(lineEnd));
}
