// Entry point of the mailbell binary: dispatches on the first argument. Headless subcommands
// (check, watch, demo without a display) run on a QCoreApplication and need no display; without
// any argument the tray app starts on a QApplication (one instance per user).
#include "cli/accountoptions.h"
#include "cli/checkcommand.h"
#include "cli/subcommandparser.h"
#include "cli/watchcommand.h"
#include "demo/democommand.h"
#include "demo/demoserver.h"
#include "demo/demotray.h"
#include "mailbellversion.h"
#include "settings/languageloader.h"
#include "settings/settingsfile.h"
#include "stopsignals.h"
#include "tray/launchoptions.h"
#include "tray/singleinstance.h"
#include "tray/startupprobe.h"
#include "tray/trayapplication.h"
#include "ui/trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <cerrno>
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

// What the tray app sets on the QApplication, for `mailbell` and `mailbell demo` alike.
void setUpTrayApplication()
{
    QApplication::setQuitOnLastWindowClosed(false); // closing a window leaves the tray running
    QGuiApplication::setDesktopFileName(QStringLiteral(MAILBELL_APP_ID));
    // Not installed (run from the build folder): the built-in copy of the app icon.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(MAILBELL_APP_ID), QIcon(u":/icons/mailbell.svg"_s)));
}

// SIGTERM, SIGINT and SIGHUP end the tray app the way its Quit does: recent list saved, every
// account logged out (bounded), the seen store saved by the engine as it stops, exit code 0.
void quitTrayOnStopSignals(TrayApplication &tray)
{
    if (!StopSignals::watch(&tray, [&tray] { tray.quit(); })) {
        std::fputs(qPrintable(QCoreApplication::translate(
                                  "main", "mailbell: cannot handle SIGINT / SIGTERM: %1\n")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno)))),
                   stderr);
    }
}

// `mailbell demo` with a display: the tray app on the demo server's account (DemoTray).
int runDemoTray(DemoServer &server)
{
    setUpTrayApplication();
    DemoTray demo(server);
    quitTrayOnStopSignals(demo.tray());
    demo.tray().start();
    return QApplication::exec();
}

// The hook of `mailbell demo` into the tray app (DemoCommand::TrayRunner).
const DemoCommand::TrayRunner demoTrayRunner = runDemoTray;

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
    // settings.conf [general] language, before the first widget is made; its other problems are
    // reported by the tray app, which reads the whole file.
    const QString language = SettingsFile::load(SettingsFile::defaultPath()).language;
    const LanguageLoader::Result result = LanguageLoader::apply(app, language);
    if (!result.warning.isEmpty())
        std::fputs(qPrintable(u"mailbell: "_s + result.warning + u'\n'), stderr);
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
    SubcommandParser::addHelpOption(parser);
    parser.addVersionOption();
    LaunchOptions::addTo(parser);
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
        std::fputs(qPrintable(SubcommandParser::helpText(parser, QString())
                              + AccountOptions::passwordNote() + u'\n'),
                   stdout);
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
    // --check-now or --settings with something else (only they start the tray app).
    if (!LaunchOptions::requestOf(parser).isPlain()) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main",
                       "mailbell: --check-now and --settings take no other option or "
                       "argument; try 'mailbell --help'.\n")),
                   stderr);
        return 2;
    }

    return 0;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runTrayApp(int argc, char *argv[])
{
    if (!hasDisplay()) {
        // QApplication would abort with a platform-plugin error; say what to do instead.
        QCoreApplication app(argc, argv);
        setUpApplication(app);
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main",
                       "mailbell: no display (neither DISPLAY nor WAYLAND_DISPLAY is "
                       "set), so the tray app cannot start.\n"
                       "In a terminal use 'mailbell watch' or 'mailbell check'; see "
                       "'mailbell --help'.\n")),
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    setUpApplication(app);
    setUpTrayApplication();

    SingleInstance instance;
    switch (instance.claim(app.arguments())) {
    case SingleInstance::Role::Secondary:
        return 0; // the running instance shows itself
    case SingleInstance::Role::Failed:
        std::fputs(qPrintable(u"mailbell: "_s + instance.errorString() + u'\n'), stderr);
        return 2;
    case SingleInstance::Role::Primary:
        break;
    }
    TrayApplication tray(TrayApplication::Paths::defaults());
    tray.setSettingsFile(SettingsFile::defaultPath());
    QObject::connect(&instance, &SingleInstance::activated, &tray, &TrayApplication::activate);
    quitTrayOnStopSignals(tray);
    tray.start();
    if (StartupProbe::requested()) // bench_trayapp's measurement
        StartupProbe::start(tray.trayIcon()->systemTrayIcon(), &tray);
    // `mailbell --check-now` / `--settings` when none was running: started, now do it.
    if (const LaunchOptions::Request request = LaunchOptions::requestOf(app.arguments());
        !request.isPlain())
        tray.perform(request);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const Subcommand subcommand = subcommandOf(argc, argv);
    if (subcommand == Subcommand::Tray
        && (argc == 1 || LaunchOptions::onlyLaunchOptions(argc, argv)))
        return runTrayApp(argc, argv);
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
