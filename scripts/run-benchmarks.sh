#!/usr/bin/env bash
# Builds the release preset and runs every benchmark in tests/bench; each prints its figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -- -j2
for bench in build/release/tests/bench/bench_*; do
    [ -f "$bench" ] || continue
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    case "$(basename "$bench")" in
    # The tray app's start time and memory need a desktop with a tray: a virtual one.
    bench_trayapp) tests/desktop/desktop-session.sh build/release/tests/bench/desktop "$bench" "$@" ;;
    *) "$bench" "$@" ;;
    esac
done
