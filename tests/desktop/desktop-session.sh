#!/bin/sh
# Runs a command inside a throwaway desktop: Xvfb, openbox (NETWM, so tint2 starts at once),
# tint2 as the XEmbed system tray, dunst as the notification server, on a private D-Bus session
# bus without service activation. Everything lives in a fresh temp HOME and dies with the command.
# Usage: [MAILBELL_DESKTOP_NO_TRAY=1] desktop-session.sh OUTDIR COMMAND [ARGS...]   (the recipe: shared/notes/desktop-test-rig.md)
set -eu
outdir=$1; shift
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${MAILBELL_IN_DESKTOP_SESSION:-}" ]; then
    for tool in xvfb-run openbox tint2 dunst dunstctl xdotool import xprop dbus-run-session; do
        command -v "$tool" >/dev/null || { echo "desktop-session: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
    done
    work=$(mktemp -d /tmp/mailbell-desktop.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    mkdir -m700 "$work/home" "$work/runtime"
    sed 's|@DIR@|'"$work"'|' "$here/bare-session.conf.in" > "$work/bus.conf"
    HOME=$work/home XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/home/.config \
    XDG_STATE_HOME=$work/home/.local/state XDG_DATA_HOME=$work/home/.local/share \
    MAILBELL_IN_DESKTOP_SESSION=$work \
        xvfb-run -a -s "-screen 0 1024x600x24" \
        dbus-run-session --config-file="$work/bus.conf" -- "$0" "$outdir" "$@"
    exit $?
fi

work=$MAILBELL_IN_DESKTOP_SESSION
unset QT_QPA_PLATFORM # a real X11 session, not offscreen
# Sanitizer builds: libxkbcommon-x11 hands strndup() X atom names that are not NUL-terminated,
# which strndup allows but ASan's strict_string_checks reports (in Qt's xcb plugin, not ours).
if [ -n "${ASAN_OPTIONS:-}" ]; then export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0"; fi
pids=""
cleanup() { for pid in $pids; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

openbox --sm-disable >"$outdir/openbox.log" 2>&1 & pids="$pids $!"
i=0; until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
    i=$((i+1)); [ $i -lt 100 ] || { echo "desktop-session: openbox did not start" >&2; exit 2; }; sleep 0.1; done

# MAILBELL_DESKTOP_NO_TRAY=1: a desktop without a tray (stock GNOME); the test starts tint2 itself.
if [ -z "${MAILBELL_DESKTOP_NO_TRAY:-}" ]; then
tint2 -c "$here/tint2rc" >"$outdir/tint2.log" 2>&1 & pids="$pids $!"
i=0; until grep -q 'systray started' "$outdir/tint2.log" 2>/dev/null; do
    i=$((i+1)); [ $i -lt 100 ] || { echo "desktop-session: tint2's systray did not start" >&2; exit 2; }; sleep 0.1; done
fi

dunst -config "$here/dunstrc" >"$outdir/dunst.log" 2>&1 & pids="$pids $!"
i=0; until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true; do
    i=$((i+1)); [ $i -lt 100 ] || { echo "desktop-session: dunst did not start" >&2; exit 2; }; sleep 0.1; done

"$@"
