#!/usr/bin/env bash
# Chain completion: a token holding only the end-entity certificate, its
# issuing CA reachable only through the certificate's AIA caIssuers URL
# (served on loopback). Signing embeds the whole path; verify completes
# chains the same way (online unless --offline); a certificate served at the
# AIA address that did not issue the signer's is never used.
source "$(dirname "$0")/lib.sh"
port=$((20000 + RANDOM % 30000))
AIA=$WORK/aia
KYSO_TOKEN_EE_ONLY=1 KYSO_PKI_URL=http://127.0.0.1:$port "$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$AIA"
export SOFTHSM2_CONF=$AIA/softhsm2.conf
APKI=$AIA/pki
CMS_ROOT=$APKI/root.pem
NSS=sql:$WORK/nss-aia
mkdir -p "$WORK/nss-aia"
certutil -N -d "$NSS" --empty-password
certutil -A -d "$NSS" -n "aia root" -t CT,C,C -i "$APKI/root.pem"   # the root only: no CA, no end entity
start_pki_server "$APKI" "$port"
PYHANKO=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
pyhanko_ok() {
  if [ ! -x "$PYHANKO" ]; then echo "SKIP pyHanko: not available"; return 0; fi
  "$PYHANKO" "$1" "$APKI/root.pem" "${@:2}" >"$WORK/pyhanko.out" 2>&1 || { cat "$WORK/pyhanko.out" >&2; return 1; }
}
asign() { echo 123456 | "$KYSO_CLI" sign "$1" -o "$2" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --image "$SIG_IMAGE" "${@:3}"; }
cms_certs() { # file: number of certificates in the (first) signature's CMS
  cms_verifies "$1" 1 >/dev/null 2>&1 || true
  openssl pkcs7 -inform DER -in "$WORK/sig.der" -print_certs 2>/dev/null | grep -c '^subject='
}

check "the token holds the end-entity certificates only" bash -c '! SOFTHSM2_CONF=$0 pkcs11-tool --module "$1" -O 2>/dev/null | grep -q "CA DEMO"' "$SOFTHSM2_CONF" "$SOFTHSM_LIB"

# 1. Signing completes the chain from AIA.
check "sign: chain completed through AIA caIssuers" asign "$SAMPLE" "$WORK/aia.pdf" --trust "$APKI/root.pem"
check "  ... the CMS carries signer, issuing CA and root (got $(cms_certs "$WORK/aia.pdf"))" test "$(cms_certs "$WORK/aia.pdf")" = 3
check "  ... openssl cms -verify with the root only" cms_verifies "$WORK/aia.pdf" 1
check "  ... pdfsig (NSS holds the root only): valid and trusted" pdfsig_all_valid "$WORK/aia.pdf" 1
check "  ... qpdf --check clean" qpdf_clean "$WORK/aia.pdf"
check "  ... kyso-cli verify --trust root.pem: VALID and trusted" bash -c '"$0" verify "$1" --trust "$2" --offline | grep -q "Chain: trusted"' "$KYSO_CLI" "$WORK/aia.pdf" "$APKI/root.pem"
check "  ... pyHanko with the root only: valid" pyhanko_ok "$WORK/aia.pdf" --offline
check "B-LT on the EE-only token (--ltv --tsa)" asign "$SAMPLE" "$WORK/aia-lt.pdf" --trust "$APKI/root.pem" --tsa "$PKI_URL/tsa" --ltv
check "  ... pyHanko: valid, also under --ltv-profile pades" pyhanko_ok "$WORK/aia-lt.pdf"
check "  ... kyso-cli verify --offline: valid, revocation from the DSS" bash -c '"$0" verify "$1" --trust "$2" --offline --json | grep -q "\"embedded\": true"' "$KYSO_CLI" "$WORK/aia-lt.pdf" "$APKI/root.pem"
check "  ... the fetched CA is cached in the data folder" bash -c 'ls "$0"/aia/*.cer >/dev/null 2>&1' "$KYSO_DATA_DIR"

# 2. With the AIA server down, the cache serves the issuer.
stop_pki_server
check "AIA down: the cached CA completes the chain" asign "$SAMPLE" "$WORK/cached.pdf" --trust "$APKI/root.pem"
check "  ... the CMS carries 3 certificates" test "$(cms_certs "$WORK/cached.pdf")" = 3

# 3. AIA down, no cache: the chain stops at the signer, with a warning; the
#    intermediates store (--intermediates) completes it.
export KYSO_DATA_DIR=$WORK/data2
asign "$SAMPLE" "$WORK/short.pdf" --trust "$APKI/root.pem" 2>"$WORK/err" || true
check "AIA down, no cache: signed with a warning naming the missing issuer" bash -c 'test -s "$0" && grep -q "does not reach a trust anchor" "$1" && grep -q "issuer" "$1"' "$WORK/short.pdf" "$WORK/err"
check "  ... only the signer's certificate in the CMS" test "$(cms_certs "$WORK/short.pdf")" = 1
set +e
out=$("$KYSO_CLI" verify "$WORK/short.pdf" --trust "$APKI/root.pem" --offline); rc=$?
set -e
check "verify --offline of that file: NOT trusted, exit 1 (got $rc)" bash -c 'test "$0" = 1 && grep -q "NOT trusted: unable to get local issuer certificate" <<<"$1"' "$rc" "$out"
check "  ... the reason names the missing issuer and that AIA was not asked" bash -c 'grep -q "offline" <<<"$0"' "$out"
check "verify --intermediates ca.pem: VALID" "$KYSO_CLI" verify "$WORK/short.pdf" --trust "$APKI/root.pem" --intermediates "$APKI/ca.pem" --offline
check "sign --intermediates ca.pem (AIA down, no cache)" bash -c 'echo 123456 | "$0" sign "$1" -o "$2" --module "$3" --cert-id 01 --pin-stdin --trust "$4" --intermediates "$5"' "$KYSO_CLI" "$SAMPLE" "$WORK/inter.pdf" "$SOFTHSM_LIB" "$APKI/root.pem" "$APKI/ca.pem"
check "  ... the CMS carries 3 certificates" test "$(cms_certs "$WORK/inter.pdf")" = 3
start_pki_server "$APKI" "$port"
check "verify online completes the chain from AIA: VALID" "$KYSO_CLI" verify "$WORK/short.pdf" --trust "$APKI/root.pem"
check "  ... pyHanko agrees (it fetches AIA itself)" pyhanko_ok "$WORK/short.pdf"

# 4. A certificate at the AIA address that did not issue the signer's (same
#    name, other key) is not used.
openssl req -x509 -new -utf8 -newkey rsa:2048 -nodes -keyout "$WORK/fake.key" -sha256 -days 30 \
  -subj "/C=VN/O=Ban Cơ yếu Chính phủ (DEMO)/OU=DEMO - KHÔNG DÙNG CHÍNH THỨC/CN=CA phục vụ các cơ quan Nhà nước DEMO" \
  -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" -outform DER -out "$WORK/fake.cer" 2>/dev/null
check "the fake CA has the real CA's name" test "$(openssl x509 -inform DER -in "$WORK/fake.cer" -noout -subject -nameopt RFC2253)" = "$(openssl x509 -in "$APKI/ca.pem" -noout -subject -nameopt RFC2253)"
cp "$APKI/ca.cer" "$WORK/ca.cer.real"; cp "$WORK/fake.cer" "$APKI/ca.cer"
export KYSO_DATA_DIR=$WORK/data3
asign "$SAMPLE" "$WORK/fake.pdf" --trust "$APKI/root.pem" 2>"$WORK/err" || true
check "fake issuer at the AIA address: not used, warning says why" bash -c 'grep -q "holds no certificate that issued" "$0"' "$WORK/err"
check "  ... not embedded (1 certificate in the CMS)" test "$(cms_certs "$WORK/fake.pdf")" = 1
check "  ... and not cached" bash -c '! ls "$0"/aia/*.cer >/dev/null 2>&1' "$KYSO_DATA_DIR"
cp "$WORK/ca.cer.real" "$APKI/ca.cer"
finish
