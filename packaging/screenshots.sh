#!/usr/bin/env bash
# Screenshots of every view, taken from the real window under Xvfb.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=${KYSO_BUILD_DIR:-$src/build}
out=${1:-$src/docs/screenshots}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
command -v xvfb-run >/dev/null || { sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -q xvfb xauth >/dev/null; }
"$src/tools/make-demo-token.sh" "$work/token" --with-expired >/dev/null
export SOFTHSM2_CONF=$work/token/softhsm2.conf KYSO_DATA_DIR=$work/data KYSO_CONFIG_DIR=$work/config
export KYSO_PKCS11_MODULE=/usr/lib/softhsm/libsofthsm2.so LANG=vi_VN.UTF-8
cli=$build/app/kyso-cli
echo 123456 | "$cli" sign "$src/resources/sample/quyet-dinh-mau.pdf" -o "$work/personal.pdf" --cert-id 01 --pin-stdin \
  --image "$src/resources/demo/chu-ky-demo.png" --capacity KT. --title "PHÓ CHỦ TỊCH" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" >/dev/null
echo 123456 | "$cli" sign "$work/personal.pdf" -o "$work/signed.pdf" --cert-id 07 --pin-stdin --role agency \
  --trust "$work/token/pki/root.pem" --image "$src/resources/demo/con-dau-demo.png" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" >/dev/null
mkdir -p "$work/config"
printf '[trust]\nanchors=%s\n' "$work/token/pki/root.pem" >"$work/config/kyso.ini"
cp "$src/resources/sample/quyet-dinh-mau.pdf" "$work/quyet-dinh-moi.pdf"
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/kyso" --screenshots "$out" --verify "$work/signed.pdf" "$work/quyet-dinh-moi.pdf"
ls "$out"
