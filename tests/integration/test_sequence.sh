#!/usr/bin/env bash
# Personal signature, then the agency seal on top: both verify everywhere.
source "$(dirname "$0")/lib.sh"

p=$WORK/personal.pdf a=$WORK/agency.pdf
check "personal signature" kyso_sign "$SAMPLE" "$p" 01 --image "$SIG_IMAGE" --no-text --rect 351,358,140,66
check "agency seal over it" kyso_sign "$p" "$a" 07 --role agency --trust "$PKI/root.pem" --image "$SEAL_IMAGE" --no-text --rect 296,340,102,102
check "pdfsig: both signatures valid and trusted" pdfsig_all_valid "$a" 2
check "qpdf --check clean" qpdf_clean "$a"
check "openssl cms: personal signature" cms_verifies "$a" 1
check "openssl cms: agency signature" cms_verifies "$a" 2
check "the personal revision is a byte-identical prefix" cmp -s -n "$(stat -c %s "$p")" "$p" "$a"
json=$("$KYSO_CLI" verify "$a" --trust "$PKI/root.pem" --json)
check "kyso-cli verify --json: allValid" grep -q '"allValid": true' <<<"$json"
check "kyso-cli verify --json: first signer" grep -q '"signer": "Nguyễn Văn An"' <<<"$json"
check "kyso-cli verify --json: second signer" grep -q '"signer": "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"' <<<"$json"
check "first signature not whole document, second whole" \
  test "$(grep -o '"coversWholeDocument": [a-z]*' <<<"$json" | tr '\n' ' ')" = '"coversWholeDocument": false "coversWholeDocument": true '
check "field names distinct" test "$(grep -c '"field": "KySo_Signature[12]"' <<<"$json")" = 2
# A signer signing the same file twice still verifies (pdfsig needs the EE cert in NSS).
check "same certificate signs again" kyso_sign "$a" "$WORK/again.pdf" 07 --role agency --trust "$PKI/root.pem" --image "$SEAL_IMAGE" --rect 60,60,100,100
check "pdfsig: three signatures valid" pdfsig_all_valid "$WORK/again.pdf" 3
check "untrusted without anchors: exit 1" bash -c '! "$0" verify "$1" >/dev/null' "$KYSO_CLI" "$a"
# A root that did not issue the chain: untrusted.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/other.key" -subj "/CN=Other root" -days 10 -out "$WORK/other.pem" 2>/dev/null
check "untrusted with a foreign anchor: exit 1" bash -c '"$0" verify "$1" --trust "$2" >/dev/null; test $? = 1' "$KYSO_CLI" "$a" "$WORK/other.pem"
finish
