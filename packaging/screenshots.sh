#!/usr/bin/env bash
# Screenshots of every view and of the PIN dialogs, in Vietnamese, taken from
# the real window on a 1366x768 screen (Xvfb) with a window manager (openbox),
# with the demo token (SoftHSM) and a register holding the two demo signatures.
#
#   packaging/screenshots.sh [BUILD_DIR] [OUT_DIR]
#     BUILD_DIR  the build folder holding app/kyso and app/kyso-cli (default: build, or $KYSO_BUILD_DIR)
#     OUT_DIR    where the PNGs go (default: docs/screenshots)
#
# Needs: xvfb (Xvfb), openbox, x11-utils (xprop), softhsm2, opensc, openssl; pngquant if present
# (makes each PNG a few times smaller). Missing packages are installed with apt-get (sudo when not root).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-${KYSO_BUILD_DIR:-$src/build}}" && pwd)
out=${2:-$src/docs/screenshots}
started=$(date +%s)
work=$(mktemp -d /tmp/kyso-demo.XXXXXX)
docs=$work/van-ban
mkdir -p "$docs"
xpid='' wmpid=''
cleanup() {
  [ -z "$wmpid" ] || kill "$wmpid" 2>/dev/null || true
  [ -z "$xpid" ] || kill "$xpid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v openbox >/dev/null || missing+=(openbox)
command -v xprop >/dev/null || missing+=(x11-utils)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -q "${missing[@]}" >/dev/null
fi

# The demo token, and two signed copies of the sample decision (they also fill the register).
"$src/tools/make-demo-token.sh" "$work/token" --with-expired >/dev/null
export SOFTHSM2_CONF=$work/token/softhsm2.conf KYSO_DATA_DIR=$work/data KYSO_CONFIG_DIR=$work/config
export KYSO_PKCS11_MODULE=/usr/lib/softhsm/libsofthsm2.so LANG=vi_VN.UTF-8 LANGUAGE=vi
cli=$build/app/kyso-cli
cp "$src/resources/sample/quyet-dinh-mau.pdf" "$docs/quyet-dinh-mau.pdf"
echo 123456 | "$cli" sign "$docs/quyet-dinh-mau.pdf" -o "$docs/quyet-dinh-mau_ca-nhan.pdf" --cert-id 01 --pin-stdin \
  --image "$src/resources/demo/chu-ky-demo.png" --capacity KT. --title "PHÓ CHỦ TỊCH" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" >/dev/null
echo 123456 | "$cli" sign "$docs/quyet-dinh-mau_ca-nhan.pdf" -o "$docs/quyet-dinh-mau_signed.pdf" --cert-id 07 --pin-stdin --role agency \
  --trust "$work/token/pki/root.pem" --image "$src/resources/demo/con-dau-demo.png" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" >/dev/null
mkdir -p "$work/config"
printf '[trust]\nanchors=%s\n[ui]\nlanguage=vi\n' "$work/token/pki/root.pem" >"$work/config/kyso.ini"
cp "$src/resources/sample/quyet-dinh-mau.pdf" "$docs/quyet-dinh-moi.pdf"

# A free display, a 1366x768 screen and openbox on it. A display whose server
# is still going away (a run just before) is skipped: up to three tries.
display=99
for _ in 1 2 3; do
  while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
  Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xpid=$!
  export DISPLAY=:$display
  for _ in $(seq 300); do xprop -root >/dev/null 2>&1 && break; kill -0 "$xpid" 2>/dev/null || break; sleep 0.1; done
  xprop -root >/dev/null 2>&1 && break
  kill "$xpid" 2>/dev/null || true
  xpid=''
  display=$((display + 1))
done
[ -n "$xpid" ] || { echo "Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
for _ in 1 2; do
  openbox >"$work/openbox.log" 2>&1 &
  wmpid=$!
  # openbox is up when it has announced itself on the root window.
  for _ in $(seq 150); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break; sleep 0.1; done
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  kill "$wmpid" 2>/dev/null || true
  wmpid=''
done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' || { echo "openbox did not start" >&2; cat "$work/openbox.log" >&2; exit 1; }

mkdir -p "$out"
QT_QPA_PLATFORM=xcb "$build/app/kyso" --screenshots "$out" --verify "$docs/quyet-dinh-mau_signed.pdf" "$docs/quyet-dinh-moi.pdf"
if command -v pngquant >/dev/null; then
  for f in "$out"/*.png; do pngquant --force --skip-if-larger --quality 70-95 --output "$f" -- "$f" || true; done
fi
ls -l "$out"
echo "screenshots taken in $(( $(date +%s) - started )) s"
