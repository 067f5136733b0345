#pragma once

#include <QString>

class QObject;

// Runs one slot of this test binary again as a child in a D-Bus session of its own, so nothing
// touches the user's keyring: a private bus without service activation (nothing starts by
// itself), with `shell` run before the child in sh -c (unlockedKeyring starts a fresh, unlocked
// gnome-keyring-daemon there; empty: a bus without a Secret Service), or, when bus is given, that
// address as the session bus ("disabled:": no bus at all). The child's slots check inChild().
namespace KeyringSession {

// The recipe of shared/notes/desktop-test-rig.md, 3: a new login keyring, unlocked. The daemon
// takes the Secret Service's name some 20-40 ms after --unlock returns: wait for it (up to 5 s),
// or a child that looks at once finds no keyring.
inline const QString unlockedKeyring = QStringLiteral(
    "printf %s keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
    "|| exit 3; for i in $(seq 100); do dbus-send --session --print-reply "
    "--dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner "
    "string:org.freedesktop.secrets | grep -q true && break; sleep 0.05; done;");

bool inChild();
// The private bus's configuration (dbus-daemon's session.conf without service activation), for
// a test that runs its own dbus-run-session. False when it cannot be written.
bool writeBareSessionConfig(const QString &path);
// Runs test's slot `function` as the child, its HOME and XDG folders under workDir; returns
// what went wrong in words (the child's output included), empty when the slot passed.
QString runChild(const QObject &test, const QString &function, const QString &workDir,
                 const QString &shell, const QString &bus = {});

} // namespace KeyringSession
