#!/usr/bin/env bash
# PAdES B-LT: OCSP answers and CRLs from the certificate's AIA/CDP (local
# responders on loopback) go into a DSS; verify uses them first; a revoked
# certificate is refused at signing and reported at verification.
source "$(dirname "$0")/lib.sh"
port=$((20000 + RANDOM % 30000))
LTV=$WORK/ltv
KYSO_PKI_URL=http://127.0.0.1:$port "$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$LTV"
export SOFTHSM2_CONF=$LTV/softhsm2.conf
LPKI=$LTV/pki
CMS_ROOT=$LPKI/root.pem
NSS=sql:$WORK/nss-ltv   # this PKI's root has the same name and serial as the other one
mkdir -p "$WORK/nss-ltv"
certutil -N -d "$NSS" --empty-password
certutil -A -d "$NSS" -n "ltv root" -t CT,C,C -i "$LPKI/root.pem"
certutil -A -d "$NSS" -n "ltv personal" -t ,, -i "$LPKI/personal.pem"
start_pki_server "$LPKI" "$port"
lsign() { echo 123456 | "$KYSO_CLI" sign "$1" -o "$2" --module "$SOFTHSM_LIB" --cert-id "$3" --pin-stdin --image "$SIG_IMAGE" "${@:4}"; }

check "sign B-LT with a time-stamp (--ltv --tsa)" lsign "$SAMPLE" "$WORK/lt.pdf" 01 --ltv --tsa "$PKI_URL/tsa"
check "pdfsig: valid and trusted" pdfsig_all_valid "$WORK/lt.pdf" 1
check "qpdf --check clean" qpdf_clean "$WORK/lt.pdf"
check "openssl cms -verify over the ByteRange" cms_verifies "$WORK/lt.pdf" 1
check "DSS in the catalog with certificates and OCSP answers" bash -c 'grep -aq "/DSS [0-9]* 0 R" "$0" && grep -aq "/Type */DSS" "$0" && grep -aq "/OCSPs" "$0" && grep -aq "/Certs" "$0"' "$WORK/lt.pdf"
stop_pki_server
json=$("$KYSO_CLI" verify "$WORK/lt.pdf" --trust "$LPKI/root.pem" --offline --json)
check "responders down, --offline: revocation from the DSS: good" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"status\": \"good\"" && grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"embedded\": true"' "$json"
check "  ... signature valid" grep -q '"allValid": true' <<<"$json"
check "  ... time-stamp verified" bash -c 'grep -A6 "\"timeStamp\"" <<<"$0" | grep -q "\"valid\": true"' "$json"
cp "$SAMPLE" "$WORK/ltv-in.pdf"; before=$(sha "$WORK/ltv-in.pdf")
set +e; lsign "$WORK/ltv-in.pdf" "$WORK/down.pdf" 01 --ltv 2>/dev/null; rc=$?; set -e
check "--ltv with the responders down: exit 52 (got $rc)" test "$rc" = 52
check "  ... no output, input untouched" bash -c 'test ! -e "$0" && test "$(sha256sum "$1" | cut -d" " -f1)" = "$2"' "$WORK/down.pdf" "$WORK/ltv-in.pdf" "$before"
start_pki_server "$LPKI" "$port"

# OCSP responder failing: the CRL from the distribution point is used.
touch "$PKI_CTL/ocsp_fail"
check "sign B-LT with the CRL when OCSP fails" lsign "$SAMPLE" "$WORK/crl.pdf" 01 --ltv
check "  ... DSS holds a CRL" grep -aq "/CRLs" "$WORK/crl.pdf"
json=$("$KYSO_CLI" verify "$WORK/crl.pdf" --trust "$LPKI/root.pem" --offline --json)
check "  ... verify: good from the embedded CRL" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"source\": \"CRL\""' "$json"
rm -f "$PKI_CTL/ocsp_fail"
check "  ... pdfsig valid" pdfsig_all_valid "$WORK/crl.pdf" 1

# A revoked certificate is refused at signing.
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/revoked.pdf" --module "$SOFTHSM_LIB" --cert-id 06 --pin-stdin --image "$SIG_IMAGE" 2>"$WORK/err"; rc=$?
set -e
check "revoked certificate: exit 36 (got $rc: $(cat "$WORK/err"))" test "$rc" = 36
check "revoked certificate: no output" test ! -e "$WORK/revoked.pdf"

# Revoked after signing (no time-stamp): verification reports it.
check "sign without LTV" lsign "$SAMPLE" "$WORK/later.pdf" 02 --role copy --copy-form "SAO Y"
(cd "$LPKI" && openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -revoke agency.pem -crl_reason keyCompromise 2>/dev/null)
set +e
json=$("$KYSO_CLI" verify "$WORK/later.pdf" --trust "$LPKI/root.pem" --json); rc=$?
set -e
check "revoked later: verify exit 1 (got $rc)" test "$rc" = 1
check "  ... reported as revoked (online OCSP)" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"status\": \"revoked\""' "$json"
check "  ... Vietnamese report says ĐÃ THU HỒI" bash -c 'LANG=vi_VN.UTF-8 LC_ALL= "$0" verify "$1" --trust "$2" | grep -q "THU HỒI"' "$KYSO_CLI" "$WORK/later.pdf" "$LPKI/root.pem"

# No revocation data anywhere: a warning, not a failure.
export SOFTHSM2_CONF=$TOKEN_DIR/softhsm2.conf
cp "$SAMPLE" "$WORK/plain-in.pdf"
check "demo certificate without AIA/CDP signs" kyso_sign "$WORK/plain-in.pdf" "$WORK/plain.pdf" 01 --rect 60,60,150,60
json=$("$KYSO_CLI" verify "$WORK/plain.pdf" --trust "$PKI/root.pem" --json)
check "  ... revocation not checked, reported" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"status\": \"not-checked\""' "$json"
check "  ... still valid (a warning only)" grep -q '"allValid": true' <<<"$json"
finish
