#pragma once

#include <QDir>
#include <QString>

// Where Mailbell keeps what it must remember between runs (seen store, recent list):
// $XDG_STATE_HOME/mailbell, else ~/.local/state/mailbell (XDG Base Directory; Qt 6.4's
// QStandardPaths has no state location yet).
inline QString mailbellStateFolder()
{
    const QString xdg = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base =
        QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/mailbell");
}
