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
lsign() { echo 123456 | "$KYSO_CLI" sign "$1" -o "$2" --module "$SOFTHSM_LIB" --cert-id "$3" --pin-stdin --image "$SIG_IMAGE" --tsa-trust "$LPKI/root.pem" "${@:4}"; }
PYHANKO=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
pyhanko_ok() { # file: every signature valid for pyHanko (with --ltv-profile pades when there is a DSS)
  if [ ! -x "$PYHANKO" ]; then echo "SKIP pyHanko: not available"; return 0; fi
  "$PYHANKO" "$1" "$LPKI/root.pem" >"$WORK/pyhanko.out" 2>&1 || { cat "$WORK/pyhanko.out" >&2; return 1; }
}
dss_count() { # file key: number of entries in the DSS array
  local dss; dss=$(grep -ao '/DSS [0-9]* 0 R' "$1" | tail -1 | cut -d' ' -f2)
  qpdf --show-object="$dss" "$1" | perl -ne "if (m{/$2 \\[([^\\]]*)\\]}) { my \$n = () = \$1 =~ /R/g; print \$n }"
}

# B-LT needs the time-stamp: refused before the PIN otherwise.
set +e; "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/nots.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --ltv --no-tsa </dev/null 2>"$WORK/err"; rc=$?; set -e
check "--ltv without a TSA: usage error 64 before the PIN (got $rc: $(cat "$WORK/err"))" bash -c 'test "$0" = 64 && grep -q -- "--tsa" "$1" && test ! -e "$2"' "$rc" "$WORK/err" "$WORK/nots.pdf"

check "sign B-LT with a time-stamp (--ltv --tsa)" lsign "$SAMPLE" "$WORK/lt.pdf" 01 --ltv --tsa "$PKI_URL/tsa"
check "pyHanko: valid, also under --ltv-profile pades" pyhanko_ok "$WORK/lt.pdf"
check "  ... pyHanko ran the PAdES LTV profile" bash -c 'test ! -x "$0" || grep -q "PAdES LTV profile" "$1"' "$PYHANKO" "$WORK/pyhanko.out"
# Signer path: personal (OCSP) + issuing CA (root's CRL); TSA path: TSA (OCSP) + CA.
check "DSS: OCSP answers for the signer and the TSA (got $(dss_count "$WORK/lt.pdf" OCSPs))" test "$(dss_count "$WORK/lt.pdf" OCSPs)" = 2
check "DSS: the root's CRL for the issuing CA (got $(dss_count "$WORK/lt.pdf" CRLs))" test "$(dss_count "$WORK/lt.pdf" CRLs)" -ge 1
check "DSS: certificates of both paths (got $(dss_count "$WORK/lt.pdf" Certs))" test "$(dss_count "$WORK/lt.pdf" Certs)" -ge 4
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
set +e; lsign "$WORK/ltv-in.pdf" "$WORK/down.pdf" 01 --ltv --tsa "$PKI_URL/tsa" 2>/dev/null; rc=$?; set -e
check "--ltv with the responders down: exit 52 (got $rc)" test "$rc" = 52
check "  ... no output, input untouched" bash -c 'test ! -e "$0" && test "$(sha256sum "$1" | cut -d" " -f1)" = "$2"' "$WORK/down.pdf" "$WORK/ltv-in.pdf" "$before"
start_pki_server "$LPKI" "$port"

# OCSP responder failing: the CRL from the distribution point is used.
touch "$PKI_CTL/ocsp_fail"
check "sign B-LT with the CRL when OCSP fails" lsign "$SAMPLE" "$WORK/crl.pdf" 01 --ltv --tsa "$PKI_URL/tsa"
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

# Forged OCSP answers (signed by a responder the CA never authorised).
echo good >"$PKI_CTL/ocsp_forge"
set +e
# A fresh register: the revocation reported earlier in this test is remembered (exit 90, the
# lifecycle rule), and these cases are about the forged answers themselves.
REGISTER_BEFORE=$KYSO_DATA_DIR; export KYSO_DATA_DIR=$WORK/data-forged
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/forged.pdf" --module "$SOFTHSM_LIB" --cert-id 06 --pin-stdin --image "$SIG_IMAGE" 2>"$WORK/err"; rc=$?
set -e
check "forged \"good\" for a revoked certificate: still exit 36 from the CRL (got $rc: $(cat "$WORK/err"))" test "$rc" = 36
check "  ... the forged answer is reported as unauthenticated" grep -q 'unauthenticated OCSP' "$WORK/err"
check "  ... no output" test ! -e "$WORK/forged.pdf"
mv "$LPKI/ca.crl" "$LPKI/ca.crl.off"
export KYSO_DATA_DIR=$WORK/data-forged2
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/forged2.pdf" --module "$SOFTHSM_LIB" --cert-id 06 --pin-stdin --image "$SIG_IMAGE" --ltv --tsa "$PKI_URL/tsa" --tsa-trust "$LPKI/root.pem" 2>"$WORK/err"; rc=$?
set -e
check "forged \"good\", no CRL, --ltv: exit 66 unauthenticated OCSP (got $rc: $(cat "$WORK/err"))" bash -c 'test "$0" = 66 && grep -q "unauthenticated OCSP" "$1" && test ! -e "$2"' "$rc" "$WORK/err" "$WORK/forged2.pdf"
export KYSO_DATA_DIR=$REGISTER_BEFORE
mv "$LPKI/ca.crl.off" "$LPKI/ca.crl"
echo revoked >"$PKI_CTL/ocsp_forge"
set +e; lsign "$SAMPLE" "$WORK/forged-rev.pdf" 01 --rect 60,60,150,60 2>"$WORK/err"; rc=$?; set -e
check "forged \"revoked\" does not block a good certificate (CRL says good; got $rc)" test "$rc" = 0
check "  ... but is reported" grep -q 'unauthenticated OCSP' "$WORK/err"
set +e
json=$("$KYSO_CLI" verify "$WORK/forged-rev.pdf" --trust "$LPKI/root.pem" --json); rc=$?
set -e
check "verify online with a forged \"revoked\": still valid from the CRL (exit $rc), answer reported" bash -c 'test "$0" = 0 && grep -q "\"source\": \"CRL" <<<"$1" && grep -q "unauthenticated OCSP" <<<"$1"' "$rc" "$json"
rm -f "$PKI_CTL/ocsp_forge"

# Revoked after signing (no time-stamp): verification reports it.
check "sign without LTV" lsign "$SAMPLE" "$WORK/later.pdf" 02 --role copy --copy-form "SAO Y"
(cd "$LPKI" && openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -revoke agency.pem -crl_reason keyCompromise 2>/dev/null)
set +e
json=$("$KYSO_CLI" verify "$WORK/later.pdf" --trust "$LPKI/root.pem" --json); rc=$?
set -e
check "revoked later: verify exit 1 (got $rc)" test "$rc" = 1
check "  ... reported as revoked (online OCSP)" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"status\": \"revoked\""' "$json"
(cd "$LPKI" && openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -gencrl -out ca.crl.pem 2>/dev/null && openssl crl -in ca.crl.pem -outform DER -out ca.crl)
echo good >"$PKI_CTL/ocsp_forge"
set +e
json=$("$KYSO_CLI" verify "$WORK/later.pdf" --trust "$LPKI/root.pem" --json); rc=$?
set -e
rm -f "$PKI_CTL/ocsp_forge"
check "verify online with a forged \"good\": still revoked from the CRL, exit 1 (got $rc)" bash -c 'test "$0" = 1 && grep -A8 "\"revocation\"" <<<"$1" | grep -q "\"status\": \"revoked\"" && grep -q "unauthenticated OCSP" <<<"$1"' "$rc" "$json"
check "  ... Vietnamese report says ĐÃ THU HỒI" bash -c 'LANG=vi_VN.UTF-8 LC_ALL= "$0" verify "$1" --trust "$2" | grep -q "THU HỒI"' "$KYSO_CLI" "$WORK/later.pdf" "$LPKI/root.pem"

# No revocation data anywhere: a warning, not a failure.
export SOFTHSM2_CONF=$TOKEN_DIR/softhsm2.conf
cp "$SAMPLE" "$WORK/plain-in.pdf"
check "demo certificate without AIA/CDP signs" kyso_sign "$WORK/plain-in.pdf" "$WORK/plain.pdf" 01 --rect 60,60,150,60
json=$("$KYSO_CLI" verify "$WORK/plain.pdf" --trust "$PKI/root.pem" --json)
check "  ... revocation not checked, reported" bash -c 'grep -A6 "\"revocation\"" <<<"$0" | grep -q "\"status\": \"not-checked\""' "$json"
check "  ... still valid (a warning only)" grep -q '"allValid": true' <<<"$json"
set +e; kyso_sign "$WORK/plain-in.pdf" "$WORK/plain-lt.pdf" 01 --rect 60,60,150,60 --ltv --tsa "$PKI_URL/tsa" 2>"$WORK/err"; rc=$?; set -e
check "--ltv for a certificate that names no OCSP/CRL: exit 68 (got $rc: $(cat "$WORK/err"))" bash -c 'test "$0" = 68 && test ! -e "$1"' "$rc" "$WORK/plain-lt.pdf"
finish
