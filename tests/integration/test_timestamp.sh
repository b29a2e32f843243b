#!/usr/bin/env bash
# PAdES B-T against a local RFC 3161 TSA on loopback. Time-stamp tokens are
# verified before they are embedded (signature, imprint, nonce, TSA
# certificate with the timeStamping EKU, chain to the TSA trust anchors).
source "$(dirname "$0")/lib.sh"
start_pki_server
TT=(--tsa-trust "$PKI/root.pem")

out=$WORK/bt.pdf
check "sign with --tsa" kyso_sign "$SAMPLE" "$out" 01 --image "$SIG_IMAGE" --tsa "$PKI_URL/tsa" "${TT[@]}"
check "pdfsig: valid and trusted" pdfsig_all_valid "$out" 1
check "qpdf --check clean" qpdf_clean "$out"
check "openssl cms -verify over the ByteRange" cms_verifies "$out" 1
json=$("$KYSO_CLI" verify "$out" --trust "$PKI/root.pem" --json)
check "kyso verify: valid" grep -q '"allValid": true' <<<"$json"
check "kyso verify: time-stamp verified" bash -c 'grep -A6 "\"timeStamp\"" <<<"$0" | grep -q "\"valid\": true"' "$json"
check "kyso verify: TSA named" grep -q '"authority": "TSA DEMO"' <<<"$json"
ts=$(sed -n 's/.*"timeUtc": "\(.*\)".*/\1/p' <<<"$json")
st=$(sed -n 's/.*"signingTimeUtc": "\(.*\)".*/\1/p' <<<"$json")
diff=$(( $(date -d "$ts" +%s) - $(date -d "$st" +%s) ))
check "time-stamp within 60 s of the signing time (diff ${diff#-} s)" test "${diff#-}" -le 60

# The token is over the signature value: check it with openssl ts -verify.
openssl asn1parse -inform DER -in "$WORK/sig.der" >"$WORK/asn1.txt"
read -r off hl len < <(perl -ne 'if (/id-smime-aa-timeStampToken/) { $f = 1; next } if ($f && /^\s*(\d+):d=\d+\s+hl=(\d+)\s+l=\s*(\d+)\s+cons: SEQUENCE/) { print "$1 $2 $3\n"; exit }' "$WORK/asn1.txt")
dd if="$WORK/sig.der" of="$WORK/token.der" bs=1 skip="$off" count=$((hl + len)) 2>/dev/null
read -r soff shl < <(perl -ne 'if (/^\s*(\d+):d=\d+\s+hl=(\d+)\s+l=\s*256 prim: OCTET STRING/) { print "$1 $2\n"; exit }' "$WORK/asn1.txt")
dd if="$WORK/sig.der" of="$WORK/sigvalue.bin" bs=1 skip=$((soff + shl)) count=256 2>/dev/null
digest=$(openssl dgst -sha256 -r "$WORK/sigvalue.bin" | cut -d' ' -f1)
check "openssl ts -verify accepts the token over the signature value" \
  openssl ts -verify -digest "$digest" -in "$WORK/token.der" -token_in -CAfile "$PKI/root.pem" -untrusted "$PKI/ca.pem"

# A tampered signature no longer matches its time-stamp.
check "openssl ts -verify refuses another digest" bash -c '! openssl ts -verify -digest "$(printf x | openssl dgst -sha256 -r | cut -d" " -f1)" -in "$0" -token_in -CAfile "$1" -untrusted "$2" 2>/dev/null' "$WORK/token.der" "$PKI/root.pem" "$PKI/ca.pem"

# TSA failing: a clear error and no output, or the explicit fallback.
touch "$PKI_CTL/tsa_fail"
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/fail.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa "$PKI_URL/tsa" "${TT[@]}" 2>"$WORK/err"; rc=$?
set -e
check "TSA error: exit 52 (got $rc: $(cat "$WORK/err"))" test "$rc" = 52
check "TSA error: no output" test ! -e "$WORK/fail.pdf"
check "TSA error: no temporary file" test -z "$(find "$WORK" -maxdepth 1 -name '.*.kyso-*')"
check "--tsa-optional signs without a time-stamp, with a warning" kyso_sign "$SAMPLE" "$WORK/fallback.pdf" 01 --tsa "$PKI_URL/tsa" --tsa-optional "${TT[@]}"
check "  ... and it verifies (B-B)" "$KYSO_CLI" verify "$WORK/fallback.pdf" --trust "$PKI/root.pem"
rm -f "$PKI_CTL/tsa_fail"
# TSA unreachable (closed port): quick clear error.
start=$(date +%s)
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/down.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa http://127.0.0.1:9/tsa "${TT[@]}" 2>/dev/null; rc=$?
set -e
check "TSA unreachable: exit 52 (got $rc)" test "$rc" = 52
# TSA too slow: the 15 s timeout applies, never a hang.
echo 30 >"$PKI_CTL/tsa_delay"
start=$(date +%s)
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/slow.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa "$PKI_URL/tsa" "${TT[@]}" 2>/dev/null; rc=$?
set -e
took=$(( $(date +%s) - start ))
check "TSA slow: exit 52 after the timeout (${took} s)" bash -c 'test "$0" = 52 && test "$1" -le 25' "$rc" "$took"
check "TSA slow: no output" test ! -e "$WORK/slow.pdf"
rm -f "$PKI_CTL/tsa_delay"

# A TSA whose key is not trusted (self-signed, same name, right imprint and
# nonce): signing fails with exit 65 and no output ...
touch "$PKI_CTL/tsa_rogue"
cp "$SAMPLE" "$WORK/rogue-in.pdf"; before=$(sha "$WORK/rogue-in.pdf")
set +e
echo 123456 | "$KYSO_CLI" sign "$WORK/rogue-in.pdf" -o "$WORK/rogue.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa "$PKI_URL/tsa" "${TT[@]}" 2>"$WORK/err"; rc=$?
set -e
check "untrusted TSA: exit 65 (got $rc: $(cat "$WORK/err"))" test "$rc" = 65
check "  ... the message names the untrusted TSA" grep -q 'TSA DEMO' "$WORK/err"
check "  ... no output, input untouched" bash -c 'test ! -e "$0" && test "$(sha256sum "$1" | cut -d" " -f1)" = "$2"' "$WORK/rogue.pdf" "$WORK/rogue-in.pdf" "$before"
# ... unless --tsa-optional, which signs without it and says so.
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/rogue-opt.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa "$PKI_URL/tsa" --tsa-optional "${TT[@]}" 2>"$WORK/err" || true
check "untrusted TSA with --tsa-optional: signed without a time-stamp, said so" bash -c 'test -s "$0" && grep -q "without a time-stamp" "$1"' "$WORK/rogue-opt.pdf" "$WORK/err"
check "  ... no time-stamp token embedded" bash -c '! "$0" verify "$1" --trust "$2" --json | grep -A2 "\"timeStamp\"" | grep -q "\"present\": true"' "$KYSO_CLI" "$WORK/rogue-opt.pdf" "$PKI/root.pem"
# Without any TSA trust anchor the token cannot be verified: refused.
set +e
echo 123456 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/noanchor.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --tsa "$PKI_URL/tsa" 2>"$WORK/err"; rc=$?
set -e
check "no TSA trust anchor: exit 65 with a hint (got $rc: $(cat "$WORK/err"))" bash -c 'test "$0" = 65 && grep -q -- "--tsa-trust" "$1"' "$rc" "$WORK/err"
rm -f "$PKI_CTL/tsa_rogue"

# verify: a signature whose time-stamp does not verify is NOT VALID. The
# rogue TSA's certificate is trusted for signing here but not for TSAs.
touch "$PKI_CTL/tsa_rogue"
check "sign with the rogue TSA trusted on purpose (--tsa-trust rogue-tsa.pem)" kyso_sign "$SAMPLE" "$WORK/rogue-ts.pdf" 01 --tsa "$PKI_URL/tsa" --tsa-trust "$PKI/rogue-tsa.pem"
rm -f "$PKI_CTL/tsa_rogue"
set +e
out=$("$KYSO_CLI" verify "$WORK/rogue-ts.pdf" --trust "$PKI/root.pem"); rc=$?
set -e
check "verify of a file with an untrusted time-stamp: exit 1 (got $rc)" test "$rc" = 1
check "  ... Time-stamp: NOT valid, Result not VALID" bash -c 'grep -q "Time-stamp: NOT valid" <<<"$0" && ! grep -q "Result: VALID" <<<"$0"' "$out"
check "  ... valid when the rogue TSA is trusted for time-stamps" "$KYSO_CLI" verify "$WORK/rogue-ts.pdf" --trust "$PKI/root.pem" --tsa-trust "$PKI/rogue-tsa.pem"
finish
