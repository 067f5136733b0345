#!/usr/bin/env bash
# CI's package step (scripts/test.sh, after the dev tests, whose build it reuses for the tests):
# builds the .deb (scripts/package.sh: lintian must report no error), installs it with apt,
# validates the installed desktop file and AppStream metainfo, runs the installed binary
# (--version, its man page, `mailbell check` against the Dovecot fixture, the man page's options
# against its --help, the desktop smoke test) and removes the package again, also when a step
# fails or the step is interrupted.
#
# It needs root (or sudo) and the tools of scripts/debian-packages.txt; without them it is
# skipped, except under CI=true, where that is a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

unavailable() {
    if [ "${CI:-}" = true ]; then
        echo "test-package: $1" >&2
        exit 1
    fi
    echo "test-package: skipped: $1" >&2
    exit 0
}

for tool in dpkg-buildpackage dh lintian desktop-file-validate appstreamcli man apt-get ctest; do
    command -v "$tool" >/dev/null || unavailable "$tool is missing (scripts/install-deps.sh installs it)"
done
[ -x build/dev/tests/app/tst_checkcommand ] \
    || unavailable "build/dev has no tests built (cmake --build --preset dev first)"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || unavailable "need root or sudo to install the package"
    sudo_cmd=(sudo)
fi

mkdir -p build
./scripts/package.sh | tee build/package.log
deb=$(sed -n 's/^== package: //p' build/package.log | tail -1)
[ -f "$deb" ] || { echo "test-package: scripts/package.sh named no .deb" >&2; exit 1; }
echo "== package: built in $((SECONDS - start)) s"

# Whatever happens from here on, the package does not stay installed (nor half-installed).
remove_package() {
    if dpkg-query -W -f='${db:Status-Status}' mailbell 2>/dev/null | grep -qvE '^(not-installed|config-files)$'; then
        echo "== package: remove mailbell"
        "${sudo_cmd[@]}" apt-get remove -y -q mailbell || "${sudo_cmd[@]}" dpkg --remove mailbell
    fi
}
trap remove_package EXIT
trap 'exit 130' INT TERM

echo "== package: install $deb"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q "$deb"

echo "== package: validate the installed desktop file and metainfo"
desktop-file-validate /usr/share/applications/org.mailbell.Mailbell.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.mailbell.Mailbell.metainfo.xml

echo "== package: run the installed binary"
/usr/bin/mailbell --version
warnings=$(MANWIDTH=80 man --warnings mailbell 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "test-package: man mailbell: $warnings" >&2; exit 1; }
MAILBELL_BINARY=/usr/bin/mailbell ctest --preset dev \
    -R '^(tst_checkcommand|tst_manpage|tst_desktopsmoke)$' -j"${MAILBELL_JOBS:-2}"

remove_package
trap - EXIT
echo "== package: step took $((SECONDS - start)) s"
