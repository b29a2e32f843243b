#!/usr/bin/env bash
# kyso-cli sign A.pdf B.pdf … --output-dir DIR: one login and one PIN for the
# batch (the PKCS#11 test module counts C_Login), a broken file in the middle
# does not stop the others, a wrong PIN stops at once, --json, existing
# outputs, folders as arguments, name clashes.
source "$(dirname "$0")/lib.sh"
: "${KYSO_TEST_MODULE:?}"
SHIM=$KYSO_TEST_MODULE
STATE=$WORK/p11state
export KYSO_TEST_P11_STATE=$STATE
state() { printf '%s\n' "$@" >"$STATE.new" && mv "$STATE.new" "$STATE"; }
get() { sed -n "s/^$1=//p" "$STATE"; }
logins() { local n; n=$(get login_calls); echo "${n:-0}"; }
# batch PIN ARGS...: signs through the test module; sets RC, OUT, ERR
batch() {
  local pin=$1; shift
  set +e
  echo "$pin" | "$KYSO_CLI" sign "$@" --module "$SHIM" --cert-id 01 --pin-stdin \
    --image "$SIG_IMAGE" --trust "$PKI/root.pem" >"$WORK/out.txt" 2>"$WORK/err.txt"
  RC=$?
  set -e
  OUT=$(cat "$WORK/out.txt")
  ERR=$(cat "$WORK/err.txt")
}

# Five documents; the third has a page that is its own /Parent (a loop in the
# page tree): refused as damaged, before any PIN.
mkdir -p "$WORK/in" "$WORK/out"
for i in 1 2 4 5; do cp "$SAMPLE" "$WORK/in/d$i.pdf"; done
qpdf --qdf --object-streams=disable "$SAMPLE" "$WORK/q.pdf"
perl -0pe 's/(%% Page 1\n%% Original object ID: [^\n]*\n(\d+) 0 obj\n<<.*?\/Parent )\d+ 0 R/$1$2 0 R/s' "$WORK/q.pdf" | fix-qdf >"$WORK/in/d3.pdf"
check "the broken file really has a self-referencing /Parent" bash -c 'grep -a -A30 "%% Page 1" "$0" | grep -q "/Parent $(grep -a -A2 "%% Page 1" "$0" | sed -n "s/^\([0-9]*\) 0 obj/\1/p") 0 R"' "$WORK/in/d3.pdf"
before=$(sha "$WORK/in/d3.pdf")

state max_tries=3 tries_left=3
batch 123456 "$WORK/in/d1.pdf" "$WORK/in/d2.pdf" "$WORK/in/d3.pdf" "$WORK/in/d4.pdf" "$WORK/in/d5.pdf" --output-dir "$WORK/out"
echo "$OUT"; echo "$ERR" >&2
check "batch with a broken file: exit 95 (not all signed)" test "$RC" = 95
check "  ... exactly one login for five files" test "$(logins)" = 1
check "  ... a result line per file" test "$(grep -c '^\[[1-5]/5\]' <<<"$OUT")" = 5
check "  ... four signed, in order" test "$(grep '^\[[1-5]/5\] signed' <<<"$OUT" | cut -c2 | tr -d '\n')" = 1245
check "  ... the broken one reported as damaged (exit 12)" grep -q '^\[3/5\] NOT signed: .*d3.pdf: .*/Parent.*(exit 12)' <<<"$OUT"
check "  ... a summary" grep -q 'Signed 4 of 5 file(s); 1 failed, 0 not attempted.' <<<"$OUT"
check "  ... no output for the broken file" test ! -e "$WORK/out/d3_signed.pdf"
check "  ... the broken input untouched" test "$(sha "$WORK/in/d3.pdf")" = "$before"
for i in 1 2 4 5; do
  f=$WORK/out/d${i}_signed.pdf
  check "  ... d$i: pdfsig valid and trusted" pdfsig_all_valid "$f" 1
  check "  ... d$i: qpdf --check clean" qpdf_clean "$f"
  check "  ... d$i: kyso-cli verify agrees" "$KYSO_CLI" verify "$f" --trust "$PKI/root.pem" --offline
done
PYHANKO=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
if [ -x "$PYHANKO" ]; then
  check "  ... pyHanko: the batch output is valid" "$PYHANKO" "$WORK/out/d4_signed.pdf" "$PKI/root.pem" --offline
else
  echo "SKIP pyHanko: not available"
fi
check "  ... the register holds four signatures" test "$("$KYSO_CLI" log list --json | grep -c '"result": "signed"')" = 4

# Existing outputs are refused per file (no PIN asked when nothing is left), --force replaces them.
batch 123456 "$WORK/in/d1.pdf" "$WORK/in/d2.pdf" --output-dir "$WORK/out"
check "existing outputs: exit 95, both refused with exit 41" test "$RC" = 95 -a "$(grep -c '(exit 41)' <<<"$OUT")" = 2
check "  ... no login when no file is left to sign" test "$(logins)" = 1
batch 123456 "$WORK/in/d1.pdf" "$WORK/in/d2.pdf" --output-dir "$WORK/out" --force
check "  ... --force signs them again, one more login" test "$RC" = 0 -a "$(logins)" = 2

# A wrong PIN stops at once: one login attempt, nothing else tried.
state max_tries=3 tries_left=3
batch 000000 "$WORK/in" --output-dir "$WORK/out-wrong"
echo "$OUT"; echo "$ERR" >&2
check "wrong PIN: exit 25" test "$RC" = 25
check "  ... exactly one login attempt" test "$(logins)" = 1
check "  ... one try spent" test "$(get tries_left)" = 2
check "  ... the first file fails with the PIN error" grep -q '^\[1/5\] NOT signed: .*(exit 25)' <<<"$OUT"
check "  ... the other prepared files are not attempted" test "$(grep -c 'the batch stopped at an earlier error' <<<"$OUT")" = 3
check "  ... the summary names the stop" grep -q 'The batch stopped' <<<"$OUT"
check "  ... no output written" test -z "$(ls -A "$WORK/out-wrong")"

# --json: the per-file results.
state max_tries=3 tries_left=3
batch 123456 "$WORK/in" --output-dir "$WORK/out-json" --json
check "--json: exit 95" test "$RC" = 95
check "--json: valid JSON with five files and the counts" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d["files"]) == 5, d
assert [f["status"] for f in d["files"]] == ["signed", "signed", "failed", "signed", "signed"], d
assert d["files"][2]["error"] == "damaged-pdf" and d["files"][2]["exitCode"] == 12, d
assert d["files"][0]["output"].endswith("/out-json/d1_signed.pdf"), d
assert d["signed"] == 4 and d["failed"] == 1 and d["notAttempted"] == 0 and d["exitCode"] == 95, d
assert d["stoppedBy"] is None, d
' "$WORK/out.txt"
check "--json: one login" test "$(logins)" = 1

# All good: exit 0.
rm -f "$WORK/in/d3.pdf"
batch 123456 "$WORK/in" --output-dir "$WORK/out-ok"
check "a batch where every file is signed: exit 0" test "$RC" = 0
check "  ... summary 4 of 4" grep -q 'Signed 4 of 4 file(s); 0 failed, 0 not attempted.' <<<"$OUT"

# Folder without PDFs, and two inputs that would write the same output.
mkdir -p "$WORK/empty" "$WORK/other"
batch 123456 "$WORK/empty" --output-dir "$WORK/out-x"
check "a folder without PDF files: exit 96" test "$RC" = 96
cp "$SAMPLE" "$WORK/other/d1.pdf"
n=$(logins)
batch 123456 "$WORK/in/d1.pdf" "$WORK/other/d1.pdf" --output-dir "$WORK/out-x"
check "two inputs to one output name: exit 97, before any login" test "$RC" = 97 -a "$(logins)" = "$n"
batch 123456 "$WORK/in/d1.pdf" "$WORK/in/d2.pdf" -o "$WORK/x.pdf"
check "-o with several inputs: usage error 64" test "$RC" = 64
n=$(logins)
batch 123456 "$WORK/in/d1.pdf" "$WORK/in/d2.pdf" --output-dir "$WORK/out-n" --role agency --number next
check "--number with several inputs (one number per release): usage error 64, before any login" test "$RC" = 64 -a "$(logins)" = "$n" -a ! -e "$WORK/out-n/d1_signed.pdf"

finish
