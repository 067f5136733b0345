#!/usr/bin/env bash
# README command 1: install what is missing, build, start mailbell. Arguments go to mailbell.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target mailbell -- -j2
exec ./build/dev/app/mailbell "$@"
