#!/usr/bin/env bash
# One flipped byte inside the signed range is detected.
source "$(dirname "$0")/lib.sh"

s=$WORK/signed.pdf
check "sign" kyso_sign "$SAMPLE" "$s" 01 --image "$SIG_IMAGE"
check "verify before tampering: exit 0" "$KYSO_CLI" verify "$s" --trust "$PKI/root.pem"

# Flip one byte of text inside the first page's content stream area: a byte
# in the middle of the original file (first byte range), not in the xref.
t=$WORK/tampered.pdf
cp "$s" "$t"
off=$(grep -boa 'Producer' "$t" | head -1 | cut -d: -f1)
off=$((off + 2))
orig=$(dd if="$t" bs=1 skip="$off" count=1 2>/dev/null | od -An -tx1 | tr -d ' ')
printf "\\x$(printf '%02x' $((0x$orig ^ 0x01)))" | dd of="$t" bs=1 seek="$off" conv=notrunc 2>/dev/null
check "exactly one byte differs" test "$(cmp -l "$s" "$t" | wc -l)" = 1
set +e
out=$("$KYSO_CLI" verify "$t" --trust "$PKI/root.pem" --json); rc=$?
set -e
check "verify after tampering: exit 1 (got $rc)" test "$rc" = 1
check "integrity reported as modified" grep -q '"integrity": "modified"' <<<"$out"
check "pdfsig agrees the signature is invalid" bash -c '! pdfsig -nssdir "$0" "$1" 2>/dev/null | grep -q "Signature is Valid"' "$NSS" "$t"
set +e
LANG=vi_VN.UTF-8 LC_ALL= LC_MESSAGES= "$KYSO_CLI" verify "$t" --trust "$PKI/root.pem" >"$WORK/vi.txt"
set -e
check "Vietnamese report says the content was changed" grep -q "đã bị thay đổi" "$WORK/vi.txt"
finish
