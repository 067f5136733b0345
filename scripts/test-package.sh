#!/usr/bin/env bash
# CI's package step (scripts/test.sh, after the dev tests, whose build it reuses for the tests):
# builds the .deb (scripts/package.sh: lintian must report no error), validates the desktop file
# and the AppStream metainfo, installs the package with apt, runs the installed binary (--version,
# the man page, `mailbell check` against the Dovecot fixture, the man page's options against its
# --help, the desktop smoke test) and removes the package again, also when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "test-package: need root or sudo to install the package" >&2; exit 1; }
    sudo_cmd=(sudo)
fi

./scripts/package.sh | tee build/package.log
deb=$(sed -n 's/^== package: //p' build/package.log | tail -1)
echo "== package: built in $((SECONDS - start)) s"

echo "== package: install $deb"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q "$deb"
trap '"${sudo_cmd[@]}" apt-get remove -y -q mailbell' EXIT

echo "== package: validate the installed desktop file and metainfo"
desktop-file-validate /usr/share/applications/org.mailbell.Mailbell.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.mailbell.Mailbell.metainfo.xml

echo "== package: run the installed binary"
/usr/bin/mailbell --version
MANWIDTH=80 man --warnings mailbell >/dev/null
MAILBELL_BINARY=/usr/bin/mailbell ctest --preset dev \
    -R '^(tst_checkcommand|tst_manpage|tst_desktopsmoke)$' -j"${MAILBELL_JOBS:-2}"

"${sudo_cmd[@]}" apt-get remove -y -q mailbell
trap - EXIT
echo "== package: step took $((SECONDS - start)) s"
