#include "democommand.h"

#include "cli/subcommandparser.h"
#include "cli/watchcommand.h"
#include "demoserver.h"
#include "samplemessages.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMinIntervalSeconds = 0.1;
constexpr double kMaxIntervalSeconds = 24 * 3600;

void printError(const QString &line)
{
    std::fputs((line + u'\n').toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// The watch command's password-command for the demo account: prints the password file, so the
// password itself never appears on a command line.
QString passwordCommandFor(const DemoServer &server)
{
    QString cat = QStandardPaths::findExecutable(u"cat"_s);
    if (cat.isEmpty())
        cat = u"/bin/cat"_s;
    return u"\"%1\" \"%2\""_s.arg(cat, server.passwordFilePath());
}

int runHeadless(DemoServer &server, bool json)
{
    QObject::connect(&server, &DemoServer::dripFailed, &server,
                     [](const QString &error) { printError(u"mailbell demo: "_s + error); });

    WatchCommand::Options options;
    AccountsFile::Account account;
    account.spec = server.accountSpec();
    account.passwordCommand = passwordCommandFor(server);
    options.accounts.append(account);
    options.seenStorePath = server.seenStorePath();
    options.json = json;
    return WatchCommand::runUntilStopped(std::move(options));
}

} // namespace

bool DemoCommand::hasDisplay(const QProcessEnvironment &environment)
{
    const QString platform = environment.value(u"QT_QPA_PLATFORM"_s).section(u':', 0, 0);
    if (platform == u"offscreen"_s || platform == u"minimal"_s)
        return false;
    return !environment.value(u"DISPLAY"_s).isEmpty()
        || !environment.value(u"WAYLAND_DISPLAY"_s).isEmpty();
}

QString DemoCommand::startedText(quint16 imapsPort, int seeded, int dripIntervalMs, bool withTray)
{
    const QString seconds = QLocale().toString(dripIntervalMs / 1000.0, 'g', 3);
    QStringList lines;
    lines << tr("mailbell demo: started a private IMAP server on 127.0.0.1:%1 (user \"demo\", "
                "%n sample message(s) already in its mailboxes).",
                nullptr, seeded)
                 .arg(imapsPort);
    if (withTray) {
        lines << tr("The Mailbell tray app is watching it: look at the Mailbell icon in your "
                    "panel's system tray, where a new sample message is announced every %1 s.")
                     .arg(seconds)
              << tr("Your own mail accounts are not touched; to try one, add it in the tray "
                    "menu's Settings: it is saved for the normal 'mailbell' too.")
              << tr("Stop with Ctrl+C here, or Quit in the tray icon's menu.");
    } else {
        lines << tr("A new sample message arrives every %1 s; its event is printed as "
                    "'mailbell watch' prints it.")
                     .arg(seconds)
              << tr("Stop with Ctrl+C.");
    }
    return lines.join(u'\n');
}

int DemoCommand::run(const QStringList &arguments, const TrayRunner &tray)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a private mail server with a demo account that receives a sample message "
           "every few seconds, and shows Mailbell at work on it: the tray app when there is a "
           "display, otherwise the events as 'mailbell watch' prints them. Needs the Debian "
           "packages dovecot-core and dovecot-imapd; touches no real mail account. Runs until "
           "interrupted (Ctrl+C or SIGTERM) or the tray app quits."));
    SubcommandParser::addHelpOption(parser);
    parser.addOptions({
        {u"json"_s,
         tr("Without the tray app: print one JSON object per line, as 'mailbell watch --json' "
            "does; nothing else goes to standard output.")},
        {u"headless"_s, tr("Print the events even when there is a display (no tray app).")},
        {u"interval"_s,
         tr("Seconds between two sample messages (default %1).")
             .arg(DemoServer::defaultDripIntervalMs / 1000),
         //: placeholder for the option's value, shown in --help as <seconds>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("seconds")},
    });
    switch (SubcommandParser::parse(parser, arguments, u"demo"_s)) {
    case SubcommandParser::Outcome::HelpShown:
        return Stopped;
    case SubcommandParser::Outcome::Failed:
        return Failed;
    case SubcommandParser::Outcome::Run:
        break;
    }
    int intervalMs = DemoServer::defaultDripIntervalMs;
    if (parser.isSet(u"interval"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"interval"_s).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < kMinIntervalSeconds
            || seconds > kMaxIntervalSeconds) {
            printError(tr("mailbell demo: --interval needs a number of seconds from %1 to %2, "
                          "not \"%3\".")
                           .arg(kMinIntervalSeconds)
                           .arg(kMaxIntervalSeconds)
                           .arg(parser.value(u"interval"_s)));
            return Failed;
        }
        intervalMs = int(std::lround(seconds * 1000));
    }

    const bool json = parser.isSet(u"json"_s);
    const bool display = hasDisplay();
    const bool useTray = display && tray && !parser.isSet(u"headless"_s);
    if (!display) {
        printError(tr("mailbell demo: no display (neither DISPLAY nor WAYLAND_DISPLAY is set, "
                      "or QT_QPA_PLATFORM shows nothing), so no tray icon: printing the demo "
                      "account's events as 'mailbell watch' does instead."));
    } else if (!tray && !parser.isSet(u"headless"_s)) {
        printError(tr("mailbell demo: the tray app is not part of this build yet: printing the "
                      "demo account's events as 'mailbell watch' does instead."));
    }

    DemoServer server;
    server.setDripInterval(intervalMs);
    if (!server.start()) {
        printError(tr("mailbell demo: %1").arg(server.errorString()));
        return Failed;
    }
    printError(startedText(server.imapsPort(), SampleMessages::seedCount(), server.dripInterval(),
                           useTray));
    const int exitCode = useTray ? tray(server) : runHeadless(server, json);
    server.stop();
    return exitCode;
}
