#!/usr/bin/env bash
# README command 2 (and CI): install what is missing, build, and run every test:
#   0. every C++ file is clang-formatted;
#   1. the dev preset (gcc, warnings as errors): unit + integration tests;
#   1b. the Debian package: built, validated, installed with apt, its binary run, removed;
#   2. the asan-ubsan preset (clang, AddressSanitizer + UBSan): the same tests again;
#   3. each libFuzzer target for MAILBELL_FUZZ_SECONDS (default 60) seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/check-format.sh

jobs=${MAILBELL_JOBS:-2}
for preset in dev asan-ubsan; do
    echo "== $preset: configure and build"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -- -j"$jobs"
    echo "== $preset: tests"
    ctest --preset "$preset" -j"$jobs"
    if [ "$preset" = dev ]; then
        echo "== package"
        ./scripts/test-package.sh
    fi
done

echo "== fuzzing"
./scripts/run-fuzzers.sh build/asan-ubsan "${MAILBELL_FUZZ_SECONDS:-60}"
echo "== all tests passed"
