#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class DemoServer;

// `mailbell demo`: starts a DemoServer (a private Dovecot with a demo account that receives a
// sample message every few seconds) so a newcomer sees Mailbell work without a mail account.
// With a display it hands the running server to the tray app (TrayRunner); without one, or with
// --headless, it says so on standard error and prints the account's events exactly as
// `mailbell watch` does (--json: one JSON object per line) until SIGINT or SIGTERM. Either way
// the server and all its processes are gone when it returns.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    enum ExitCode { Stopped = 0, Failed = 2 };

    // Runs the tray app on the demo account until it quits and returns its exit code. The
    // server keeps dripping while it runs; accountSpec() and password() are what the engine
    // needs. Called on the thread (and QApplication) main() created.
    using TrayRunner = std::function<int(DemoServer &server)>;

    // Whether a graphical session is there to show a tray icon in: DISPLAY or WAYLAND_DISPLAY
    // set, and Qt not told to use a platform that shows nothing (offscreen, minimal).
    static bool
    hasDisplay(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    // What runs, where to look and how to stop, for the terminal (a few translated lines): a
    // private IMAP server on 127.0.0.1:imapsPort with seeded messages, a new sample every
    // dripIntervalMs, shown by the tray app (withTray) or printed as events.
    static QString startedText(quint16 imapsPort, int seeded, int dripIntervalMs, bool withTray);

    // The whole subcommand: arguments[0] is the program name, then demo's own options. tray may
    // be empty (no tray app in this build): the events are printed instead.
    static int run(const QStringList &arguments, const TrayRunner &tray);
};
