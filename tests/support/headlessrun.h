#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Running the built binary the way a script or a server would: no display of any kind, no
// session bus, a UTF-8 C locale. Shared by the tests of `check`, `watch` and `demo`.
namespace HeadlessRun {

// The test's environment without DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM and
// DBUS_SESSION_BUS_ADDRESS, and with LC_ALL=C.UTF-8.
QProcessEnvironment environment();

struct Finished
{
    int exitCode = -1; // -2: crashed; -1: did not finish in time (then err says so)
    QByteArray out;
    QByteArray err;
};

// Runs program to its end (killed after timeoutMs) and collects its output.
Finished runToEnd(const QString &program, const QStringList &arguments, int timeoutMs,
                  const QProcessEnvironment &environment = HeadlessRun::environment());

} // namespace HeadlessRun
