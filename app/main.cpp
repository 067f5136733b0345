// Entry point of the mailbell binary. Today it answers --version and --help; the tray app and
// the headless subcommands (watch, check, demo) arrive with the engine and tray issues.
#include "mailbellversion.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("mailbell"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailbell"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILBELL_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mailbell.org"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Mailbell tells you the moment new mail arrives."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The tray app is not built yet: say so plainly instead of pretending.
    std::fputs(qPrintable(QCoreApplication::translate(
                   "main", "Mailbell %1: the tray app is not available in this build yet.\n"
                           "Run 'mailbell --help' to see what it can do.\n")
                              .arg(QCoreApplication::applicationVersion())),
               stdout);
    return 0;
}
