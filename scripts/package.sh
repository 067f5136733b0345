#!/usr/bin/env bash
# Builds Mailbell's Debian package from this tree in one command and checks it with lintian:
#
#   ./scripts/package.sh        # prints the .deb's path last; then: sudo apt install ./<that>
#
# The tree stays clean: its files (tracked, and new ones git does not ignore) are copied to
# build/package/mailbell-<version>/ with packaging/debian/ as debian/, and dpkg-buildpackage
# builds the binary package there; the .deb lands in build/package/. Source format 3.0 (native):
# the packaging is kept upstream, beside the code, and released with it, so the version is the
# project's (CMakeLists.txt) with no Debian revision, and there is no separate orig tarball.
# Fails when lintian reports an error. With ccache installed, a rebuild reuses its objects.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
if [ "$version" != "$changelog_version" ]; then
    echo "package: CMakeLists.txt says $version but packaging/debian/changelog $changelog_version;" \
        "add an entry: dch -c packaging/debian/changelog -v $version" >&2
    exit 1
fi

out=$root/build/package
src=$out/mailbell-$version
rm -rf "$src"
mkdir -p "$src"
git ls-files -z --cached --others --exclude-standard \
    | tar --null --files-from=- --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$src"
cp -r packaging/debian "$src/debian"

# ccache through its compiler wrappers (debian/rules knows nothing of it). debhelper gives the
# build a HOME of its own, so the cache and its configuration are named explicitly.
if command -v ccache >/dev/null && [ -d /usr/lib/ccache ]; then
    export PATH=/usr/lib/ccache:$PATH
    CCACHE_DIR=$(ccache -k cache_dir)
    export CCACHE_DIR
    config=$(ccache -s -v | sed -n 's/^Config file: *//p')
    [ -n "$config" ] && [ -f "$config" ] && export CCACHE_CONFIGPATH=$config
fi

jobs=${MAILBELL_JOBS:-2}
rm -f "$out"/mailbell_"$version"_*.deb "$out"/mailbell-dbgsym_"$version"_*.deb
(cd "$src" && DEB_BUILD_OPTIONS="parallel=$jobs ${DEB_BUILD_OPTIONS:-}" \
    dpkg-buildpackage -us -uc -b)

arch=$(dpkg-architecture -q DEB_HOST_ARCH)
deb=$out/mailbell_${version}_$arch.deb
[ -f "$deb" ] || { echo "package: $deb was not built" >&2; exit 1; }
echo "== lintian"
lintian --fail-on error --info "$deb"
echo "== package: $deb"
