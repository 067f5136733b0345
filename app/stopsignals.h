#pragma once

#include <functional>

class QObject;

// The signals that ask a long-running Mailbell to end (SIGINT: Ctrl+C; SIGTERM: kill, systemd,
// the session manager; SIGHUP: the terminal or the session went away) turned into a call in the
// event loop, so that `mailbell watch` and the tray app log out and save before they exit
// instead of dying where they stand. A self-pipe: the handler only writes a byte, which a
// QSocketNotifier on the pipe reads in the thread of context.
namespace StopSignals {

// Installs the handlers (once per process) and calls onSignal in context's thread for every
// signal that arrives from now on; onSignal is dropped with context. False (errno set) when the
// pipe or a handler could not be set up.
bool watch(QObject *context, const std::function<void()> &onSignal);

} // namespace StopSignals
