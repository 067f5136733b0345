#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

// What a launch of the tray app asks for beyond starting it: `mailbell --check-now` and
// `mailbell --settings` (the desktop file's actions). The first launch starts the app and then
// does it; a later one hands its arguments to the running instance (SingleInstance), which does
// it there. The same options serve both sides, and `mailbell --help`.
class LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    struct Request
    {
        bool checkNow = false;
        bool openSettings = false;
        // Neither: the plain launch (the running instance shows its window).
        bool isPlain() const { return !checkNow && !openSettings; }
    };

    // Adds --check-now and --settings to the top-level parser.
    static void addTo(QCommandLineParser &parser);
    static Request requestOf(const QCommandLineParser &parser);
    // A launch's arguments (program name first), as SingleInstance hands them over. Anything
    // else in them (an older or newer mailbell) is ignored.
    static Request requestOf(const QStringList &arguments);
    // True when argv holds nothing but these options: the launch starts the tray app (anything
    // else goes to the top-level parser, which answers --help, --version and mistakes).
    static bool onlyLaunchOptions(int argc, char *argv[]);
};
