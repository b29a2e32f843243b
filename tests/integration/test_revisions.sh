#!/usr/bin/env bash
# Difference analysis (issue 11): real incremental updates appended to a
# signed file (tests/integration/pdf_update.py) are classified per signature,
# `other` or beyond DocMDP makes verify fail, the seal is refused (exit 71) on
# top of them; the legitimate sequences stay valid. Every case is also put to
# pyHanko; where it disagrees the check says why. Plus issue 14 items 8 and 9.
source "$(dirname "$0")/lib.sh"
GEN="python3 $KYSO_SOURCE_DIR/tests/integration/pdf_update.py"
PYHANKO=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
ROOT=$PKI/root.pem
have_pyhanko=1
[ -x "$PYHANKO" ] || { echo "SKIP pyHanko: not available"; have_pyhanko=0; }

verify_json() { "$KYSO_CLI" verify "$1" --trust "$ROOT" --offline --json 2>/dev/null || true; }
# changes_after FILE N: changesAfter of signature N (1-based).
changes_after() { verify_json "$1" | grep -o '"changesAfter": "[a-z-]*"' | sed -n "${2}p" | cut -d'"' -f4; }
verify_rc() { "$KYSO_CLI" verify "$1" --trust "$ROOT" --offline >/dev/null 2>&1; echo $?; }
# pyhanko_says FILE valid|invalid
pyhanko_says() {
  [ "$have_pyhanko" = 1 ] || return 0
  local rc=0
  "$PYHANKO" "$1" "$ROOT" --offline >"$WORK/pyhanko.out" 2>&1 || rc=1
  if [ "$2" = valid ]; then [ "$rc" = 0 ] || { tail -20 "$WORK/pyhanko.out" >&2; return 1; }
  else [ "$rc" = 1 ]; fi
}
seal() { kyso_sign "$1" "$2" 07 --role agency --trust "$ROOT" --image "$SEAL_IMAGE" --rect 296,340,102,102; }

p=$WORK/personal.pdf
check "personal signature" kyso_sign "$SAMPLE" "$p" 01 --image "$SIG_IMAGE" --rect 351,358,140,66
check "  alone: changesAfter none" test "$(changes_after "$p" 1)" = none

# --- attacks: KYSO CLASS | EXIT | pyHanko verdict
attack() { # action args... ; then expectations via globals CLASS RC PY
  local name=$1; shift
  local f=$WORK/$name.pdf
  $GEN "$p" "$f" "$@"
  check "$name: real incremental update appended (prefix unchanged)" cmp -s -n "$(stat -c %s "$p")" "$p" "$f"
  check "$name: changesAfter $CLASS (got $(changes_after "$f" 1))" test "$(changes_after "$f" 1)" = "$CLASS"
  check "$name: verify exit $RC" test "$(verify_rc "$f")" = "$RC"
  check "$name: pyHanko says $PY" pyhanko_says "$f" "$PY"
  set +e
  seal "$f" "$WORK/$name-sealed.pdf" >"$WORK/seal.out" 2>&1; local rc=$?
  set -e
  check "$name: seal refused with exit 71 (got $rc), no output" test "$rc" = 71 -a ! -e "$WORK/$name-sealed.pdf"
  check "$name: the refusal lists what changed" grep -q "after the signature KySo_Signature1" "$WORK/seal.out"
}
CLASS=other RC=1 PY=invalid attack add-content add-content 1
check "  the change names page 1 and the page content" bash -c 'grep -q "\"kind\": \"page-content\"" <<<"$0" && grep -A4 "\"kind\": \"page-content\"" <<<"$0" | grep -q "\"page\": 1"' "$(verify_json "$WORK/add-content.pdf")"
CLASS=other RC=1 PY=invalid attack replace-content replace-content 1
CLASS=other RC=1 PY=invalid attack add-page add-page
CLASS=other RC=1 PY=invalid attack mediabox mediabox 1
CLASS=other RC=1 PY=invalid attack hide-object hide-object 1
CLASS=other RC=1 PY=invalid attack sig-appearance sig-appearance KySo_Signature1
# A new annotation without any certification: the signature itself stays
# valid (the annotation is listed), but the seal is refused. pyHanko agrees
# that the document was changed beyond signing: with its default policy it
# calls a FreeText/Stamp annotation after an approval signature INVALID
# ("modifications ... incompatible"), whereas KySo follows the PDF spec
# (annotations are allowed without DocMDP) and reports them instead.
CLASS=annotations RC=0 PY=invalid attack freetext freetext 1
check "  the FreeText annotation is located (page 1, rect)" bash -c 'grep -A12 "\"annotation-added\"" <<<"$0" | grep -q "\"page\": 1" && grep -A12 "\"annotation-added\"" <<<"$0" | grep -q "\"rect\""' "$(verify_json "$WORK/freetext.pdf")"
CLASS=annotations RC=0 PY=invalid attack stamp-overlay stamp-overlay 1
LANG=vi_VN.UTF-8 LC_ALL= LC_MESSAGES= "$KYSO_CLI" verify "$WORK/add-content.pdf" --trust "$ROOT" --offline >"$WORK/vi.txt" 2>&1 || true
check "Vietnamese report: trang 1: nội dung trang bị thay đổi sau khi ký" grep -q "trang 1: nội dung trang bị thay đổi sau khi ký" "$WORK/vi.txt"

# --- equal rewrite: the page object rewritten with equal values (numbers
# re-serialised) is no change at all.
$GEN "$p" "$WORK/equal.pdf" rewrite-equal 1
check "equal rewrite: changesAfter none" test "$(changes_after "$WORK/equal.pdf" 1)" = none
check "equal rewrite: verify exit 0" test "$(verify_rc "$WORK/equal.pdf")" = 0
# pyHanko disagrees on purpose: its diff policy refuses any object of the
# signed revision that a later revision redefines without one of its rules
# explaining it, whatever the new value ("SuspiciousModification: There are
# unexplained xrefs in revision 2: Reference(idnum=<page>)", logged as "Error
# in diff operation"); it does not compare the values. KySo compares the
# parsed values: equal values are no change. Both verdicts are asserted.
check "equal rewrite: pyHanko (expected difference) invalid, from its diff policy" pyhanko_says "$WORK/equal.pdf" invalid
check "  pyHanko's reason is the redefined object, not the signature" \
  bash -c '[ "$0" = 0 ] || { grep -q "Error in diff operation between revision 1 and 2" "$1" && grep -q "incompatible with the current document modification policy" "$1" && grep -q "cryptographically sound" "$1"; }' \
  "$have_pyhanko" "$WORK/pyhanko.out"

# --- legitimate: personal -> seal -> B-LT DSS
a=$WORK/sealed.pdf
check "seal over the untouched personal signature" seal "$p" "$a"
check "  personal: changesAfter signatures" test "$(changes_after "$a" 1)" = signatures
check "  seal: changesAfter none" test "$(changes_after "$a" 2)" = none
check "  verify exit 0" test "$(verify_rc "$a")" = 0
check "  pyHanko valid" pyhanko_says "$a" valid

# --- certification P=2 -> form filling -> seal; P=1 and P=3 variants
$GEN "$SAMPLE" "$WORK/form.pdf" add-field so_vb 1
for P in 1 2 3; do
  c=$WORK/cert$P.pdf
  check "certify P=$P a form" kyso_sign "$WORK/form.pdf" "$c" 01 --image "$SIG_IMAGE" --rect 351,358,140,66 --certify $P
  $GEN "$c" "$WORK/filled$P.pdf" fill so_vb "123/QD-UBND"
  check "P=$P form filled: changesAfter form-filling" test "$(changes_after "$WORK/filled$P.pdf" 1)" = form-filling
done
check "P=1: form filling exceeds the certification: verify exit 1" test "$(verify_rc "$WORK/filled1.pdf")" = 1
check "P=1: pyHanko invalid too" pyhanko_says "$WORK/filled1.pdf" invalid
check "P=2: form filling allowed: verify exit 0" test "$(verify_rc "$WORK/filled2.pdf")" = 0
check "P=2: pyHanko valid" pyhanko_says "$WORK/filled2.pdf" valid
check "P=3: form filling allowed: verify exit 0" test "$(verify_rc "$WORK/filled3.pdf")" = 0
check "P=2 + filled: the seal is allowed" seal "$WORK/filled2.pdf" "$WORK/filled2-sealed.pdf"
check "  certification: changesAfter form-filling, verify exit 0" \
  test "$(changes_after "$WORK/filled2-sealed.pdf" 1)/$(verify_rc "$WORK/filled2-sealed.pdf")" = form-filling/0
# `--certify 2` prepares the seal's empty signature field inside the
# certified revision and the seal fills that field, so pyHanko's policy
# (no NEW visible signature field after a certification) is met: both agree.
check "  pyHanko valid too (the seal fills the field prepared with the certification)" \
  pyhanko_says "$WORK/filled2-sealed.pdf" valid
# FreeText under P=2 exceeds the certification.
$GEN "$WORK/cert2.pdf" "$WORK/cert2-annot.pdf" freetext 1
check "P=2 + annotation: changesAfter annotations, verify exit 1" \
  test "$(changes_after "$WORK/cert2-annot.pdf" 1)/$(verify_rc "$WORK/cert2-annot.pdf")" = annotations/1
check "P=2 + annotation: pyHanko invalid" pyhanko_says "$WORK/cert2-annot.pdf" invalid
$GEN "$WORK/cert3.pdf" "$WORK/cert3-annot.pdf" freetext 1
check "P=3 + annotation: allowed, verify exit 0" test "$(verify_rc "$WORK/cert3-annot.pdf")" = 0

# --- issue 14 item 9: one malformed signature object is that signature's
# problem; the other signature is still verified.
m=$WORK/malformed.pdf
cp "$a" "$m"
# The writer puts "/ByteRange [" (with a space): find the bracket itself.
hit=$(grep -abo '/ByteRange *\[' "$m" | tail -1)
check "  the seal's /ByteRange found in the file" test -n "$hit"
hit_text=${hit#*:}
sigobj=$(( ${hit%%:*} + ${#hit_text} - 1 ))
printf '(' | dd of="$m" bs=1 seek="$sigobj" conv=notrunc 2>/dev/null  # '[' -> '(': the object no longer parses
check "  the bracket was replaced" bash -c 'grep -aq "/ByteRange *(" "$0"' "$m"
set +e
out=$("$KYSO_CLI" verify "$m" --trust "$ROOT" --offline --json); rc=$?
set -e
check "malformed second signature: verify exit 1, not 2 (got $rc)" test "$rc" = 1
check "  two signatures reported" test "$(grep -c '"field"' <<<"$out")" = 2
check "  the first is still VALID" test "$(grep -o '"valid": [a-z]*' <<<"$out" | head -1)" = '"valid": true'
check "  the second is malformed" test "$(grep -o '"integrity": "[a-z]*"' <<<"$out" | tail -1)" = '"integrity": "malformed"'
check "  no signing message" bash -c '! grep -q "signed safely" <<<"$0"' "$out"

# --- an unsigned signature field whose value has neither /Contents nor
# /ByteRange (PoDoFo writes such fields) is not a signature: not reported as
# an unreadable one, and signing goes on.
$GEN "$SAMPLE" "$WORK/emptysig.pdf" add-empty-sig Empty 1
check "unsigned field with a bare /V: verify lists no signature" bash -c '"$0" verify "$1" --trust "$2" --offline --json 2>/dev/null | python3 -c "import json, sys; sys.exit(len(json.load(sys.stdin)[\"signatures\"]))"' "$KYSO_CLI" "$WORK/emptysig.pdf" "$ROOT"
check "  and it can be signed" kyso_sign "$WORK/emptysig.pdf" "$WORK/emptysig-s.pdf" 01 --image "$SIG_IMAGE" --rect 351,358,140,66

# --- issue 14 item 8: an unreadable existing signature stops signing (72),
# also a certification attempt, before any PIN.
set +e
echo 123456 | "$KYSO_CLI" sign "$m" -o "$WORK/m2.pdf" --module "$SOFTHSM_LIB" --token "KYSO DEMO" --cert-id 01 \
  --pin-stdin --image "$SIG_IMAGE" --rect 60,60,100,50 --certify 1 >"$WORK/m.out" 2>&1; rc=$?
set -e
check "sign over an unreadable signature: exit 72 (got $rc), no output" test "$rc" = 72 -a ! -e "$WORK/m2.pdf"
check "  its own message" grep -q "cannot be read" "$WORK/m.out"
# The P=1 case of item 8: the certification itself unreadable must not hide
# its "no changes" restriction.
c1=$WORK/cert1-broken.pdf
cp "$WORK/cert1.pdf" "$c1"
hit=$(grep -abo '/ByteRange *\[' "$c1" | tail -1)
check "  the certification's /ByteRange found in the file" test -n "$hit"
hit_text=${hit#*:}
printf '(' | dd of="$c1" bs=1 seek="$(( ${hit%%:*} + ${#hit_text} - 1 ))" conv=notrunc 2>/dev/null
set +e
kyso_sign "$c1" "$WORK/c1s.pdf" 01 --image "$SIG_IMAGE" --rect 60,60,100,50 >"$WORK/c1.out" 2>&1; rc=$?
set -e
check "P=1 certification unreadable: signing refused with 72 (got $rc), no output" test "$rc" = 72 -a ! -e "$WORK/c1s.pdf"

# --- legitimate: personal -> seal -> B-LT DSS (local OCSP/CRL on loopback)
port=$((20000 + RANDOM % 30000))
LTV=$WORK/ltv
KYSO_PKI_URL=http://127.0.0.1:$port "$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$LTV" >/dev/null
start_pki_server "$LTV/pki" "$port"
export SOFTHSM2_CONF=$LTV/softhsm2.conf
lsign() { echo 123456 | "$KYSO_CLI" sign "$1" -o "$2" --module "$SOFTHSM_LIB" --cert-id "$3" --pin-stdin "${@:4}"; }
check "LTV token: personal" lsign "$SAMPLE" "$WORK/lp.pdf" 01 --image "$SIG_IMAGE" --rect 351,358,140,66
check "LTV token: seal with --ltv (DSS in a further revision)" lsign "$WORK/lp.pdf" "$WORK/lpa.pdf" 07 --role agency --trust "$LTV/pki/root.pem" --image "$SEAL_IMAGE" --rect 296,340,102,102 --ltv --tsa "$PKI_URL/tsa"
# ... -> document time-stamp (KySo cannot add one; pyHanko's ltaupdate does,
# with the loopback TSA): a later DSS update and an ETSI.RFC3161 signature.
PYVENV=${PYHANKO_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/kyso-pyhanko}
if [ -x "$PYVENV/bin/pyhanko" ]; then
  cp "$WORK/lpa.pdf" "$WORK/lpt.pdf"
  if "$PYVENV/bin/pyhanko" sign ltaupdate --timestamp-url "$PKI_URL/tsa" --trust "$LTV/pki/root.pem" --trust-replace "$WORK/lpt.pdf" >"$WORK/lta.out" 2>&1; then
    check "document time-stamp added" grep -aq "ETSI.RFC3161" "$WORK/lpt.pdf"
  else
    bad "pyHanko ltaupdate failed: $(tail -1 "$WORK/lta.out")"
  fi
else
  echo "SKIP document time-stamp: pyHanko not available"
fi
stop_pki_server
ROOT=$LTV/pki/root.pem
if [ -f "$WORK/lpt.pdf" ]; then
  check "  after the document time-stamp: personal and seal changesAfter signatures" \
    test "$(changes_after "$WORK/lpt.pdf" 1)/$(changes_after "$WORK/lpt.pdf" 2)" = signatures/signatures
  # The document time-stamp is checked as what it is (the token's imprint over
  # the signed bytes, the TSA's chain), not read as a CAdES signature.
  check "  personal, seal and document time-stamp all VALID" test "$("$KYSO_CLI" verify "$WORK/lpt.pdf" --trust "$ROOT" --offline 2>/dev/null | grep -c '^  Result: VALID')" = 3
  check "  verify exit 0" test "$(verify_rc "$WORK/lpt.pdf")" = 0
  check "  the time-stamp's signer is the TSA" bash -c '"$0" verify "$1" --trust "$2" --offline 2>/dev/null | grep -q "TSA"' "$KYSO_CLI" "$WORK/lpt.pdf" "$ROOT"
  # A byte of the time-stamped revision changed: the time-stamp (and the
  # signatures) no longer verify.
  cp "$WORK/lpt.pdf" "$WORK/lpt-bad.pdf"
  printf 'X' | dd of="$WORK/lpt-bad.pdf" bs=1 seek=20 conv=notrunc 2>/dev/null
  check "  a changed byte: the document time-stamp is NOT valid" bash -c '"$0" verify "$1" --trust "$2" --offline 2>/dev/null | sed -n "/^\[3\] Timestamp/,\$p" | grep -q "Result: INVALID"' "$KYSO_CLI" "$WORK/lpt-bad.pdf" "$ROOT"
  check "  pyHanko valid" pyhanko_says "$WORK/lpt.pdf" valid
fi
check "  DSS present" grep -aq "/DSS" "$WORK/lpa.pdf"
check "  personal: changesAfter signatures" test "$(changes_after "$WORK/lpa.pdf" 1)" = signatures
check "  seal: changesAfter signatures (the DSS)" test "$(changes_after "$WORK/lpa.pdf" 2)" = signatures
check "  verify exit 0" test "$(verify_rc "$WORK/lpa.pdf")" = 0
check "  pyHanko valid" pyhanko_says "$WORK/lpa.pdf" valid

# --- a pyHanko signature over an object-stream file, then a change written by
# pyHanko's own writer (cross-reference streams with 8-byte fields): the change
# must be seen as surely as after a classic update.
if [ -x "$PYVENV/bin/pyhanko" ]; then
  export SOFTHSM2_CONF=$TOKEN_DIR/softhsm2.conf
  ROOT=$PKI/root.pem
  qpdf --object-streams=generate "$SAMPLE" "$WORK/os.pdf"
  "$PYVENV/bin/pyhanko" sign addsig --field "1/40,40,200,100/PyHankoSig" pemder --key "$PKI/agency.key" --cert "$PKI/agency.pem" \
    --chain "$PKI/ca.pem" --no-pass "$WORK/os.pdf" "$WORK/ph.pdf" >/dev/null
  check "pyHanko-signed: its update has 8-byte xref fields" grep -aq "/W \[ 1 8 2 \]" "$WORK/ph.pdf"
  check "pyHanko-signed: changesAfter none" test "$(changes_after "$WORK/ph.pdf" 1)" = none
  for action in content annot; do
    "$PYVENV/bin/python" "$KYSO_SOURCE_DIR/tests/integration/pyhanko_update.py" "$WORK/ph.pdf" "$WORK/ph-$action.pdf" "$action"
    # As after classic updates: page content is `other` (INVALID); an
    # annotation without certification is listed, the signature stays VALID
    # (pyHanko's stricter default policy says invalid, see the attacks above).
    want=other rc=1; [ "$action" = annot ] && want=annotations rc=0
    check "pyHanko-signed + pyHanko-written $action: changesAfter $want (got $(changes_after "$WORK/ph-$action.pdf" 1))" \
      test "$(changes_after "$WORK/ph-$action.pdf" 1)" = "$want"
    check "  verify exit $rc" test "$(verify_rc "$WORK/ph-$action.pdf")" = "$rc"
    check "  pyHanko: changed beyond signing" pyhanko_says "$WORK/ph-$action.pdf" invalid
    if [ "$have_pyhanko" = 1 ]; then
      check "  pyHanko's reason is the modification, not the signature" grep -q "incompatible with the current document modification policy" "$WORK/pyhanko.out"
    fi
  done
else
  echo "SKIP pyHanko-written updates: pyHanko not available"
fi
finish
