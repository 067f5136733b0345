#!/usr/bin/env bash
# README command 1: install what is missing, build, start mailbell. Arguments go to mailbell.
# Without arguments and with no account configured yet (no accounts file, docs/config.md), it
# starts `mailbell demo`: a private demo mail server that receives a sample message every few
# seconds. Fast when nothing changed: dpkg is only asked, ninja re-runs CMake itself if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
[ -f build/dev/build.ninja ] || cmake --preset dev >/dev/null
cmake --build --preset dev --target mailbell -- -j2
config_home=${XDG_CONFIG_HOME:-}
[[ $config_home == /* ]] || config_home=$HOME/.config
accounts=$config_home/mailbell/accounts.conf
if [ $# -eq 0 ] && [ ! -e "$accounts" ]; then
    echo "mailbell: no account configured yet ($accounts does not exist): starting the demo." >&2
    exec ./build/dev/app/mailbell demo
fi
exec ./build/dev/app/mailbell "$@"
