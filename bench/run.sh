#!/usr/bin/env bash
# Compares KySo with `pdfsig -add-signature` and `mutool sign` on the same files:
# a 1-page PDF and a ~200 MB image-heavy PDF. Reports median wall time and peak
# RSS over N runs (default 5). Not part of the tests; run it by hand:
#   bench/run.sh [RUNS]
# Targets (issue 2): 1-page total process time within 1.5x of pdfsig; the
# 200 MB file signed with peak RSS under 64 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD
RUNS=${1:-5}
BUILD=$SRC/build-bench
missing=()
for p in mupdf-tools time imagemagick img2pdf; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
"$SRC/run.sh" build >/dev/null
cmake -S "$SRC" -B "$BUILD" -DKYSO_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" -j"$(nproc)" >/dev/null

W=${KYSO_BENCH_DIR:-$(mktemp -d)}
echo "work dir: $W"
"$SRC/tools/make-demo-token.sh" "$W/token"
export SOFTHSM2_CONF=$W/token/softhsm2.conf KYSO_DATA_DIR=$W/data KYSO_CONFIG_DIR=$W/config
PKI=$W/token/pki
rm -rf "$W/nss"; mkdir -p "$W/nss"
certutil -N -d "sql:$W/nss" --empty-password
openssl pkcs12 -export -in "$PKI/personal.pem" -inkey "$PKI/personal.key" -certfile "$PKI/ca.pem" \
  -name bench -out "$W/bench.p12" -passout pass:bench
pk12util -i "$W/bench.p12" -d "sql:$W/nss" -W bench >/dev/null

# Inputs: the 1-page sample, and ~200 MB of distinct noise JPEGs, one per page.
cp "$SRC/resources/sample/quyet-dinh-mau.pdf" "$W/small-src.pdf"
if [ ! -f "$W/large-src.pdf" ]; then
  imgs=()
  for i in $(seq 1 14); do
    convert -size 4200x4200 xc:gray +noise Random -quality 97 "$W/img$i.jpg"
    imgs+=("$W/img$i.jpg")
  done
  img2pdf "${imgs[@]}" -o "$W/large-src.pdf"
  rm -f "$W"/img*.jpg
fi
for f in small large; do
  "$BUILD/bench/make_sig_field" "$W/$f-src.pdf" "$W/$f.pdf"
done
ls -la "$W"/small.pdf "$W"/large.pdf

measure() { # label command... ; prints "seconds maxrss_kb"
  /usr/bin/time -f '%e %M' -o "$W/time.txt" "$@" >/dev/null 2>"$W/err.txt" || { cat "$W/err.txt" >&2; return 1; }
  cat "$W/time.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '\n%-8s %-28s %12s %14s\n' file tool "median s" "max RSS MB"
for f in small large; do
  for tool in kyso pdfsig mutool; do
    : >"$W/t.txt"; : >"$W/m.txt"
    for r in $(seq 1 "$RUNS"); do
      out=$W/out-$tool-$f.pdf
      rm -f "$out"
      case $tool in
        kyso) res=$(export KYSO_BENCH_PIN=123456; measure "$BUILD/app/kyso-cli" sign "$W/$f.pdf" -o "$out" \
                --module /usr/lib/softhsm/libsofthsm2.so --cert-id 01 --pin-env KYSO_BENCH_PIN --rect 320,60,220,90 --force) ;;
        pdfsig) res=$(measure pdfsig -add-signature -nssdir "sql:$W/nss" -nick bench "$W/$f.pdf" "$out") ;;
        mutool) res=$(measure mutool sign -s "$W/bench.p12" -P bench -o "$out" "$W/$f.pdf") ;;
      esac
      echo "${res% *}" >>"$W/t.txt"
      echo "${res#* }" >>"$W/m.txt"
    done
    printf '%-8s %-28s %12s %14s\n' "$f" "$tool" "$(median <"$W/t.txt")" \
      "$(sort -n "$W/m.txt" | tail -1 | awk '{printf "%.1f", $1/1024}')"
  done
done
