#!/usr/bin/env bash
# KySo: one entry point for people and CI.
#   ./run.sh demo   install what is missing, build, sign the sample decision on the demo token, verify it
#   ./run.sh test   install what is missing, build, run every test (ctest)
#   ./run.sh build  install what is missing and build only
#   ./run.sh sanitize  the whole test suite built with ASan + UBSan (CI)
#   ./run.sh fuzz [SECONDS]  the libFuzzer target over PDF loading/verification (CI: 60 s)
# Installing needs root (apt-get); as a normal user sudo is used when packages are missing.
set -euo pipefail
cd "$(dirname "$0")"
SRC=$PWD
BUILD=${KYSO_BUILD_DIR:-$SRC/build}

DEPS=(cmake make g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
  libpodofo-dev libpoppler-cpp-dev libpoppler-qt6-dev libfreetype-dev libfontconfig-dev libp11-dev libp11-kit-dev libssl-dev libsqlite3-dev
  catch2 fonts-liberation2 openssl softhsm2 opensc p11-kit
  poppler-utils qpdf libnss3-tools ghostscript perl sqlite3 dpkg-dev file socat)

install_deps() {
  local missing=() p sudo=
  for p in "${DEPS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== Installing: ${missing[*]}"
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# ccache, when the machine has it, makes rebuilds in fresh clones cheap (optional).
LAUNCHER=()
if command -v ccache >/dev/null 2>&1; then
  LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi

build() {
  install_deps
  cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}"
  cmake --build "$BUILD" -j"$(nproc)"
}

demo() {
  build
  local data=${XDG_DATA_HOME:-$HOME/.local/share}/kyso/demo-token
  local out=${KYSO_DEMO_OUTPUT:-$SRC/demo-output}
  local cli=$BUILD/app/kyso-cli module=/usr/lib/softhsm/libsofthsm2.so
  echo "== Demo token (SoftHSM, NOT FOR OFFICIAL USE): $data"
  "$SRC/tools/make-demo-token.sh" "$data"
  export SOFTHSM2_CONF=$data/softhsm2.conf
  mkdir -p "$out"
  # Demo PIN, passed through the environment (never on the command line).
  export KYSO_DEMO_PIN=123456
  echo "== 1/2 Personal signature of the competent person (Nguyễn Văn An; KT. CHỦ TỊCH / PHÓ CHỦ TỊCH read from the block)"
  "$cli" sign "$SRC/resources/sample/quyet-dinh-mau.pdf" -o "$out/quyet-dinh-mau_ca-nhan.pdf" --force \
    --module "$module" --token "KYSO DEMO" --cert-id 01 --pin-env KYSO_DEMO_PIN \
    --image "$SRC/resources/demo/chu-ky-demo.png" --role personal --reason "Ký ban hành văn bản" --location "Phú Thọ"
  export KYSO_DEMO_PIN=123456
  echo "== 2/2 Agency seal of the issuing agency (ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ), overlapping the left third of the signature"
  "$cli" sign "$out/quyet-dinh-mau_ca-nhan.pdf" -o "$out/quyet-dinh-mau_signed.pdf" --force \
    --module "$module" --token "KYSO DEMO" --cert-id 07 --pin-env KYSO_DEMO_PIN \
    --image "$SRC/resources/demo/con-dau-demo.png" --role agency --seal-diameter 36 --trust "$data/pki/root.pem" \
    --reason "Ký số của cơ quan" --location "Phú Thọ"
  echo "== Verification report of $out/quyet-dinh-mau_signed.pdf"
  "$cli" verify "$out/quyet-dinh-mau_signed.pdf" --trust "$data/pki/root.pem"
}

run_tests() {
  build
  # The Debian package: built, installed and run (needs root for the install).
  if [ "$(id -u)" -eq 0 ]; then
    "$SRC/packaging/check-deb.sh" "$BUILD"
  else
    echo "(not root: skipping the .deb install check; run as root to include it)"
  fi
  cd "$BUILD"
  ctest --output-on-failure -j1
}

sanitize() {
  install_deps
  local b=$SRC/build-asan
  cmake -S "$SRC" -B "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKYSO_SANITIZE=ON "${LAUNCHER[@]}"
  cmake --build "$b" -j"$(nproc)"
  # Leak checking is off: OpenSSL, libp11 and Qt keep global state until exit;
  # every memory error and undefined behaviour still aborts the test.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir "$b" --output-on-failure -j1
}

fuzz() {
  install_deps
  DEPS=(clang libclang-rt-14-dev)
  install_deps
  local b=$SRC/build-fuzz seconds=${1:-60}
  CC=clang CXX=clang++ cmake -S "$SRC" -B "$b" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKYSO_FUZZ=ON "${LAUNCHER[@]}"
  cmake --build "$b" -j"$(nproc)" --target kyso_fuzz_pdf
  local corpus
  corpus=$(mktemp -d)
  cp "$SRC"/tests/fuzz/corpus/* "$SRC"/tests/data/*.pdf "$corpus"/
  qpdf --linearize "$SRC/resources/sample/quyet-dinh-mau.pdf" "$corpus/linearized.pdf"
  qpdf --encrypt u o 256 -- "$SRC/resources/sample/quyet-dinh-mau.pdf" "$corpus/encrypted.pdf"
  (cd "$corpus" && "$b/tests/fuzz/kyso_fuzz_pdf" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30 \
    -print_final_stats=1 "$corpus")
  echo "fuzz: ${seconds} s without findings"
  rm -rf "$corpus"
}

case "${1:-}" in
  demo) demo ;;
  sanitize) sanitize ;;
  fuzz) fuzz "${2:-60}" ;;
  test) run_tests ;;
  build) build ;;
  *) echo "usage: $0 demo|test|build|sanitize|fuzz [seconds]" >&2; exit 64 ;;
esac
