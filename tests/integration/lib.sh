# Shared helpers for the integration tests. Each test gets its own temporary
# directory with its own PKI, SoftHSM token and NSS database (no global state).
# Required environment: KYSO_CLI (path of kyso-cli), KYSO_SOURCE_DIR.
set -euo pipefail

: "${KYSO_CLI:?}" "${KYSO_SOURCE_DIR:?}"
SOFTHSM_LIB=${SOFTHSM_LIB:-/usr/lib/softhsm/libsofthsm2.so}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kyso-test.XXXXXX")
trap '[ -n "${KYSO_KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
TOKEN_DIR=$WORK/token
PKI=$TOKEN_DIR/pki
NSS=sql:$WORK/nss
DATA=$KYSO_SOURCE_DIR/tests/data
SAMPLE=$KYSO_SOURCE_DIR/resources/sample/quyet-dinh-mau.pdf
SIG_IMAGE=$KYSO_SOURCE_DIR/resources/demo/chu-ky-demo.png
SEAL_IMAGE=$KYSO_SOURCE_DIR/resources/demo/con-dau-demo.png
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Settings and register of this test only.
export KYSO_CONFIG_DIR=$WORK/config KYSO_DATA_DIR=$WORK/data
FAILS=0
CHECKS=0

"$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$TOKEN_DIR" --with-expired
export SOFTHSM2_CONF=$TOKEN_DIR/softhsm2.conf
mkdir -p "$WORK/nss"
certutil -N -d "$NSS" --empty-password
certutil -A -d "$NSS" -n "KySo test root" -t CT,C,C -i "$PKI/root.pem"
# pdfsig 22.12 needs the end-entity certificates too when one certificate
# signs a document twice (see shared/docs/pitfalls.md).
certutil -A -d "$NSS" -n "personal" -t ,, -i "$PKI/personal.pem"
certutil -A -d "$NSS" -n "agency" -t ,, -i "$PKI/agency.pem"
certutil -A -d "$NSS" -n "ubnd" -t ,, -i "$PKI/ubnd.pem"

ok() { CHECKS=$((CHECKS + 1)); echo "ok - $*"; }
bad() { CHECKS=$((CHECKS + 1)); FAILS=$((FAILS + 1)); echo "FAIL - $*"; }
check() { # description command...
  local d=$1; shift
  if "$@"; then ok "$d"; else bad "$d"; fi
}
finish() {
  echo "$((CHECKS - FAILS)) passed, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}

# kyso_sign IN OUT CERT_ID [extra args...]; PIN from stdin, never argv.
kyso_sign() {
  local in=$1 out=$2 id=$3; shift 3
  echo 123456 | "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --token "KYSO DEMO" \
    --cert-id "$id" --pin-stdin "$@"
}

# pdfsig reports N signatures, every one valid and trusted.
pdfsig_all_valid() { # file expected_count
  local out n valid trusted
  out=$(pdfsig -nssdir "$NSS" "$1" 2>/dev/null) || true
  n=$(grep -c '^Signature #' <<<"$out" || true)
  valid=$(grep -c 'Signature Validation: Signature is Valid.' <<<"$out" || true)
  trusted=$(grep -c 'Certificate Validation: Certificate is Trusted.' <<<"$out" || true)
  if [ "$n" -eq "$2" ] && [ "$valid" -eq "$2" ] && [ "$trusted" -eq "$2" ]; then return 0; fi
  echo "$out" >&2
  return 1
}

qpdf_clean() {
  local out
  out=$(qpdf --check "$1" 2>&1) || { echo "$out" >&2; return 1; }
  grep -q 'No syntax or stream encoding errors found' <<<"$out" || { echo "$out" >&2; return 1; }
  ! grep -qi 'warning' <<<"$out"
}

# openssl cms -verify over the signed byte ranges of signature number N
# (1-based, in file order), with the test root as the only trust anchor.
cms_verifies() { # file n
  local f=$1 n=$2 ranges a b c d
  ranges=$(pdfsig -nssdir "$NSS" "$f" 2>/dev/null | grep 'Signed Ranges' | sed -n "${n}p")
  read -r a b c d < <(sed -E 's/.*\[([0-9]+) - ([0-9]+)\], \[([0-9]+) - ([0-9]+)\].*/\1 \2 \3 \4/' <<<"$ranges")
  [ -n "$d" ] || return 1
  { head -c "$b" "$f"; tail -c +"$((c + 1))" "$f" | head -c "$((d - c))"; } >"$WORK/content.bin"
  tail -c +"$((b + 2))" "$f" | head -c "$((c - b - 2))" | perl -ne '
    # The DER ends where its own length says (stripping zero padding would cut a signature ending in 00).
    my $b = pack("H*", $_); my $l = ord(substr($b, 1, 1)); my $n = 2 + $l;
    if ($l & 0x80) { my $k = $l & 0x7f; $n = 2 + $k; my $v = 0; $v = $v * 256 + ord(substr($b, 2 + $_, 1)) for 0 .. $k - 1; $n += $v; }
    print substr($b, 0, $n)' >"$WORK/sig.der"
  openssl cms -verify -binary -inform DER -in "$WORK/sig.der" -content "$WORK/content.bin" \
    -CAfile "${CMS_ROOT:-$PKI/root.pem}" -purpose any -out /dev/null 2>"$WORK/cms.err" || { cat "$WORK/cms.err" >&2; return 1; }
}

# The CMS of signature N has no signingTime and has signing-certificate-v2.
cms_is_pades() { # file n (after cms_verifies wrote sig.der for the same n)
  local dump
  dump=$(openssl cms -cmsout -print -inform DER -in "$WORK/sig.der")
  ! grep -q 'signingTime' <<<"$dump" && grep -q 'id-smime-aa-signingCertificateV2' <<<"$dump"
}

sha() { sha256sum "$1" | cut -d' ' -f1; }

# start_pki_server [PKI_DIR [PORT]]: local TSA/OCSP/CRL on a loopback port;
# sets PKI_URL. Control files go to $PKI_CTL.
start_pki_server() {
  export PKI_DIR=${1:-$PKI} PKI_CTL=$WORK/pki-ctl
  mkdir -p "$PKI_CTL"
  local try port
  for try in 1 2 3 4 5 6 7 8; do
    port=${2:-$((20000 + RANDOM % 30000))}
    socat TCP-LISTEN:"$port",bind=127.0.0.1,reuseaddr,fork EXEC:"bash $KYSO_SOURCE_DIR/tests/integration/pki_handler.sh" 2>/dev/null &
    PKI_SERVER_PID=$!
    sleep 0.3
    if kill -0 "$PKI_SERVER_PID" 2>/dev/null; then
      PKI_URL=http://127.0.0.1:$port
      # Every server this test started (a test may start several); a server
      # that is already gone must not turn a passing test into a failing one.
      PKI_SERVER_PIDS="${PKI_SERVER_PIDS:-} $PKI_SERVER_PID"
      trap 'kill $PKI_SERVER_PIDS 2>/dev/null || true; [ -n "${KYSO_KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
      return 0
    fi
    [ -n "${2:-}" ] && break
  done
  echo "could not start the PKI server" >&2
  return 1
}
stop_pki_server() { kill "$PKI_SERVER_PID" 2>/dev/null || true; wait "$PKI_SERVER_PID" 2>/dev/null || true; }
