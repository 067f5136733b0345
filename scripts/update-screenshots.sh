#!/usr/bin/env bash
# Regenerates the README and AppStream screenshots in docs/screenshots/ from the tests' pictures:
# the first-run journey on the desktop test rig (tests/desktop: Xvfb, openbox, tint2, dunst; the
# real binary with its window frames, cut out of the whole screen) and the window-fit test (a
# window offscreen, English, on a 1366x768 laptop screen at 1.5x). Run after a change to a
# window, look at the pictures, and commit them.
#   scripts/update-screenshots.sh [BUILD_DIR]   (default build/dev, configured by the dev preset)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
for tool in optipng convert identify; do
    command -v "$tool" >/dev/null || { echo "update-screenshots: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
done
if [ "$build" = build/dev ]; then
    cmake --preset dev >/dev/null
fi
cmake --build "$build" --target tst_windowfit tst_firstrunjourney -- -j"${MAILBELL_JOBS:-2}"
ctest --test-dir "$build" -R '^(tst_windowfit_1366x768|tst_firstrunjourney)$' --output-on-failure

fit=$build/tests/app/tray/screenshots/fit-laptop-1366x768-1.5x-en
desktop=$build/tests/desktop/screenshots
out=docs/screenshots
mkdir -p "$out"

# The windows on the black desktop, without the panel (its bottom 30 px): trimmed to what is not
# black. "extend" keeps the desktop from there to its bottom-right corner (the tray and its menu).
cut_out() { # in out [extend]
    local box
    box=$(convert "$1" -crop 1024x570+0+0 +repage -trim -format '%w %h %X %Y' info:)
    read -r w h x y <<<"$box"
    if [ "${3:-}" = extend ]; then
        w=$((1024 - x)); h=$((600 - y))
    fi
    convert "$1" -crop "${w}x${h}+${x}+${y}" +repage "$2"
}

# README order: first start, the list, a notification, one message with the tray menu, settings.
cut_out "$desktop/journey-01-welcome.png" "$out/welcome.png"
cp "$fit-recent-messages.png" "$out/recent-messages.png"
cut_out "$desktop/journey-07-notification.png" "$out/notification.png"
cut_out "$desktop/journey-09-menu.png" "$out/message-and-menu.png" extend
cp "$fit-settings-notifications.png" "$out/settings.png"
for png in "$out"/*.png; do
    optipng -quiet -o2 -strip all "$png"
    size=$(stat -c %s "$png")
    if [ "$size" -gt 153600 ]; then
        echo "update-screenshots: $png is $((size / 1024)) KiB, more than 150 KiB" >&2
        exit 1
    fi
    echo "$png: $(identify -format '%wx%h' "$png"), $((size / 1024)) KiB"
done
