// Entry point of the mailbell binary: dispatches on the first argument. Headless subcommands
// (check, watch, demo without a display) run on a QCoreApplication and need no display; without
// a subcommand the tray app starts (not built yet: it says so).
#include "cli/accountoptions.h"
#include "cli/checkcommand.h"
#include "cli/watchcommand.h"
#include "demo/democommand.h"
#include "mailbellversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum class Subcommand { Tray, Check, Watch, Demo };

struct SubcommandInfo
{
    const char *name;
    Subcommand subcommand;
};

constexpr SubcommandInfo kSubcommands[] = {
    {"check", Subcommand::Check},
    {"watch", Subcommand::Watch},
    {"demo", Subcommand::Demo},
};

// The hook of `mailbell demo` into the tray app: the tray shell sets this to a function that runs
// the tray app on the demo server's account (DemoCommand::TrayRunner). While it is empty, `demo`
// prints the events as `watch` does, even with a display, and says why.
const DemoCommand::TrayRunner demoTrayRunner = nullptr;

Subcommand subcommandOf(int argc, char *argv[])
{
    if (argc < 2)
        return Subcommand::Tray;
    for (const SubcommandInfo &info : kSubcommands) {
        if (std::strcmp(argv[1], info.name) == 0)
            return info.subcommand;
    }
    return Subcommand::Tray;
}

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"mailbell"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILBELL_VERSION));
    QCoreApplication::setOrganizationDomain(u"mailbell.org"_s);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"mailbell"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

// The arguments of a subcommand as a parser expects them: program name first.
QStringList subcommandArguments(const QStringList &arguments)
{
    QStringList result = arguments;
    result.removeAt(1);
    return result;
}

int runTray(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Mailbell tells you the moment new mail arrives."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate(
            "main",
            "Optional subcommand:\n"
            "  check  print unseen counts per folder and exit 0 (none), 1 (some) or 2 "
            "(error); see 'mailbell check --help'\n"
            "  watch  print new mail and other events as they happen (--json for one JSON "
            "object per line); see 'mailbell watch --help'\n"
            "  demo   try Mailbell on a private demo mail server that receives a sample "
            "message every few seconds; see 'mailbell demo --help'\n"
            "Without a subcommand the tray app starts."),
        u"[command]"_s);
    if (!parser.parse(app.arguments())) {
        std::fputs(qPrintable(parser.errorText() + u'\n'), stderr);
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText() + AccountOptions::passwordNote() + u'\n'), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fputs(
            qPrintable(QCoreApplication::translate(
                           "main", "mailbell: unknown command \"%1\"; try 'mailbell --help'.\n")
                           .arg(parser.positionalArguments().constFirst())),
            stderr);
        return 2;
    }

    // The tray app is not built yet (it will need a QApplication): say so plainly.
    std::fputs(qPrintable(QCoreApplication::translate(
                              "main",
                              "Mailbell %1: the tray app is not available in this build yet.\n"
                              "Run 'mailbell --help' to see what it can do.\n")
                              .arg(QCoreApplication::applicationVersion())),
               stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const Subcommand subcommand = subcommandOf(argc, argv);
    // Headless subcommands must work without DISPLAY / WAYLAND_DISPLAY: QCoreApplication only.
    // The demo needs a QApplication only when it will show the tray app.
    const bool demoTray =
        subcommand == Subcommand::Demo && demoTrayRunner && DemoCommand::hasDisplay();
    const std::unique_ptr<QCoreApplication> app = demoTray
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    setUpApplication(*app);
    switch (subcommand) {
    case Subcommand::Check:
        return CheckCommand::run(subcommandArguments(app->arguments()));
    case Subcommand::Watch:
        return WatchCommand::run(subcommandArguments(app->arguments()));
    case Subcommand::Demo:
        return DemoCommand::run(subcommandArguments(app->arguments()), demoTrayRunner);
    case Subcommand::Tray:
        break;
    }
    return runTray(*app);
}
