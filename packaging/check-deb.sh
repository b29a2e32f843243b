#!/usr/bin/env bash
# Builds the .deb, installs it, and checks the installed programs.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
fails=0
ok() { echo "ok - $*"; }
bad() { echo "FAIL - $*"; fails=$((fails + 1)); }
(cd "$build" && rm -f kyso_*.deb && cpack -G DEB >/dev/null)
deb=$(ls "$build"/kyso_*.deb | head -1)
[ -f "$deb" ] && ok "package built: $(basename "$deb")" || bad "no package"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null
dpkg -s kyso >/dev/null 2>&1 && ok "package installed" || bad "package not installed"
deps=$(dpkg-deb -f "$deb" Depends)
grep -q 'libpodofo' <<<"$deps" && grep -q 'fonts-liberation2' <<<"$deps" && ok "dependencies declared: $deps" || bad "dependencies: $deps"
/usr/bin/kyso-cli --version | grep -q '^kyso-cli ' && ok "installed kyso-cli --version" || bad "kyso-cli --version"
test -x /usr/bin/kyso && ok "installed kyso" || bad "kyso missing"
test -f /usr/share/applications/vn.kyso.KySo.desktop && test -f /usr/share/metainfo/vn.kyso.KySo.metainfo.xml && ok "desktop entry and metainfo installed" || bad "desktop files"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
"$src/tools/make-demo-token.sh" "$work/token" >/dev/null
export SOFTHSM2_CONF=$work/token/softhsm2.conf KYSO_DATA_DIR=$work/data KYSO_CONFIG_DIR=$work/config
if echo 123456 | /usr/bin/kyso-cli sign "$src/resources/sample/quyet-dinh-mau.pdf" -o "$work/signed.pdf" \
    --module /usr/lib/softhsm/libsofthsm2.so --cert-id 01 --pin-stdin --image "$src/resources/demo/chu-ky-demo.png" >/dev/null; then
  ok "installed kyso-cli signs the sample"
else
  bad "installed kyso-cli sign"
fi
/usr/bin/kyso-cli verify "$work/signed.pdf" --trust "$work/token/pki/root.pem" >/dev/null && ok "installed kyso-cli verify: valid" || bad "installed kyso-cli verify"
set +e; /usr/bin/kyso-cli verify "$src/resources/sample/quyet-dinh-mau.pdf" >/dev/null; rc=$?; set -e
[ "$rc" = 1 ] && ok "installed kyso-cli verify on the unsigned sample: exit 1 (no signature)" || bad "verify unsigned sample: exit $rc"
echo "deb check: $fails failed"
[ "$fails" -eq 0 ]
