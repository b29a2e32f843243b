#!/usr/bin/env bash
# Issue 14: output safety, checks before the PIN, register integrity, PIN hygiene.
# A wrong PIN (000000) is given wherever the check must come first: had the
# PIN been asked, the exit code would be 25.
source "$(dirname "$0")/lib.sh"
DB=$KYSO_DATA_DIR/register.sqlite
cp "$SAMPLE" "$WORK/in.pdf"
signw() { # PIN OUT [args]: exit code in RC, stderr in ERR
  local pin=$1 out=$2; shift 2
  set +e
  echo "$pin" | "$KYSO_CLI" sign "$WORK/in.pdf" -o "$out" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin "$@" 2>"$WORK/err" >/dev/null
  RC=$?
  set -e
  ERR=$(cat "$WORK/err")
}

# --- 1. only regular files are replaced
mkfifo "$WORK/fifo.pdf"
signw 000000 "$WORK/fifo.pdf" --force
check "--force onto a FIFO: own error before the PIN (rc $RC: $ERR)" test "$RC" = 85
check "  ... the FIFO is still a FIFO" test -p "$WORK/fifo.pdf"
signw 000000 /dev/null --force
check "--force onto /dev/null refused (rc $RC)" test "$RC" = 85
check "  ... /dev/null is still a character device" test -c /dev/null
ln -s /dev/null "$WORK/link.pdf"
signw 000000 "$WORK/link.pdf" --force
check "--force onto a link to a device refused (rc $RC)" test "$RC" = 85
mkdir "$WORK/dir.pdf"
signw 000000 "$WORK/dir.pdf" --force
check "--force onto a folder refused (rc $RC)" test "$RC" = 85

# --- 2. output mode = input mode under the umask
chmod 600 "$WORK/in.pdf"
(umask 077; signw 123456 "$WORK/private.pdf"; exit "$RC")
check "private input signed under umask 077" test -f "$WORK/private.pdf"
check "  ... the output is not world-readable ($(stat -c %a "$WORK/private.pdf"))" test "$(stat -c %a "$WORK/private.pdf")" = 600
chmod 644 "$WORK/in.pdf"
(umask 022; signw 123456 "$WORK/shared.pdf"; exit "$RC")
check "  ... a 644 input under umask 022 gives 644 ($(stat -c %a "$WORK/shared.pdf"))" test "$(stat -c %a "$WORK/shared.pdf")" = 644

# --- 3. a 241-byte Vietnamese name
long=$(python3 -c 'n="Quyết định số 12 về việc ban hành quy chế "; s=""
while len((s+n+".pdf").encode())<=241: s+=n
s=s+"x"*(241-len((s+".pdf").encode())); print(s+".pdf")')
check "the long name is 241 bytes" test "$(printf %s "$long" | wc -c)" = 241
signw 123456 "$WORK/$long"
check "241-byte Vietnamese output name signs (rc $RC: $ERR)" test "$RC" = 0
check "  ... output valid" pdfsig_all_valid "$WORK/$long" 1
toolong=$(printf 'x%.0s' $(seq 1 260)).pdf
signw 000000 "$WORK/$toolong"
check "an impossible output name is refused before the PIN (rc $RC)" test "$RC" = 40

# --- 4. control characters, formulas, non-UTF-8 names
nl=$'two\nlines 1  signed  forged.pdf'
cp "$SAMPLE" "$WORK/$nl"
set +e
echo 123456 | "$KYSO_CLI" sign "$WORK/$nl" -o "$WORK/nl-signed.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin \
  --reason '=HYPERLINK("http://example.invalid","x")' --doc-number '+1' >/dev/null 2>&1
rc=$?
set -e
check "file name with a newline signs (rc $rc)" test "$rc" = 0
lines=$("$KYSO_CLI" log list | wc -l)
rows=$("$KYSO_CLI" log list --json | grep -c '"id"')
check "log list: one line per record ($lines lines, $rows records)" test "$lines" = "$rows"
check "  ... the newline is shown escaped" grep -qF 'two\nlines' <("$KYSO_CLI" log list)
"$KYSO_CLI" log export --csv "$WORK/log.csv"
check "CSV: formula neutralised" grep -qF "\"'=HYPERLINK(" "$WORK/log.csv"
check "CSV: leading + neutralised" grep -qF "\"'+1\"" "$WORK/log.csv"
bad=$(printf 'bad-\xff-name.pdf')
cp "$SAMPLE" "$WORK/$bad"
set +e
echo 123456 | "$KYSO_CLI" sign "$WORK/$bad" -o "$WORK/bad-signed.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin >/dev/null 2>"$WORK/err"
rc=$?
set -e
check "non-UTF-8 input name: own error, not 'does not exist' ($rc: $(cat "$WORK/err"))" test "$rc" = 89
check "  ... naming the byte" grep -q "0xff" "$WORK/err"

# --- 5. damage found before the PIN; the output is checked before it is published
python3 - "$WORK/selfparent.pdf" <<'EOF'
import sys
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"]
c = b"BT 72 720 Td ET"
objs.append(b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream")
out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open(sys.argv[1], "wb").write(out)
EOF
set +e
echo 000000 | "$KYSO_CLI" sign "$WORK/selfparent.pdf" -o "$WORK/sp-signed.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --rect 300,100,200,80 >/dev/null 2>"$WORK/err"
rc=$?
set -e
check "page whose /Parent is itself: damaged (12) before the PIN (rc $rc: $(cat "$WORK/err"))" test "$rc" = 12
KYSO_TEST_FAIL_POINT=corrupt-before-publish signw 123456 "$WORK/corrupt.pdf"
check "an output that fails the self-check: own error (rc $RC: $ERR)" test "$RC" = 87
check "  ... and no output" test ! -e "$WORK/corrupt.pdf"
check "  ... and no temporary file left" test -z "$(ls -A "$WORK" | grep kyso- || true)"

# --- 14. register completion fails after the output is written
KYSO_TEST_FAIL_POINT=register-complete signw 123456 "$WORK/diskfull.pdf"
check "register full after signing: own exit code (rc $RC)" test "$RC" = 86
check "  ... the message says the file exists and how it gets recorded" grep -q "log reconcile" <<<"$ERR"
check "  ... the signed file is kept and valid" pdfsig_all_valid "$WORK/diskfull.pdf" 1
json=$("$KYSO_CLI" log list --json)
check "  ... log list leaves it pending (reading never reconciles)" grep -q '"result": "pending"' <<<"$json"
check "  ... log reconcile records it" grep -q "1" <("$KYSO_CLI" log reconcile)
check "  ... as signed with the output's hash" grep -q "\"sha256After\": \"$(sha "$WORK/diskfull.pdf")\"" <("$KYSO_CLI" log list --json)

# --- 13. --force over an earlier output, killed before writing
signw 123456 "$WORK/again.pdf"
old=$(sha "$WORK/again.pdf")
set +e
echo 123456 | KYSO_TEST_CRASH_POINT=before-output "$KYSO_CLI" sign "$WORK/in.pdf" -o "$WORK/again.pdf" --force --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin >/dev/null 2>&1
set -e
check "  ... the earlier output is untouched" test "$(sha "$WORK/again.pdf")" = "$old"
"$KYSO_CLI" log verify >/dev/null
check "log verify does not reconcile" test "$(sqlite3 "$DB" "select count(*) from signatures s where not exists (select 1 from signature_results r where r.signature_id=s.id)")" = 1
"$KYSO_CLI" log reconcile >/dev/null
last=$("$KYSO_CLI" log list --json | tr -d '\n' | sed 's/.*{\(.*\)}.*/\1/')
check "killed --force attempt is reconciled as interrupted, not signed" grep -q '"result": "failed"' <<<"$last"
check "log verify: intact" "$KYSO_CLI" log verify

# --- 15. tampering without re-hashing
sqlite3 "$DB" ".backup '$WORK/b.sqlite'"; cp "$DB.head" "$WORK/b.head"
restore() { cp "$WORK/b.sqlite" "$DB"; cp "$WORK/b.head" "$DB.head"; rm -f "$DB-wal" "$DB-shm"; }
verify_rc() { set +e; "$KYSO_CLI" log verify >"$WORK/v" 2>&1; local r=$?; set -e; echo "$r"; }
echo garbage >"$DB.head"
check "garbage head: TAMPERED" test "$(verify_rc)" = 1
restore
check "backup intact" test "$(verify_rc)" = 0
# The first column of signature 1 that is NULL (which ones are depends on what the document gave).
nullcol=
for c in doc_number reason capacity title agency token_serial output_before; do
  if [ "$(sqlite3 "$DB" "select count(*) from signatures where id=1 and $c is null" 2>/dev/null)" = 1 ]; then nullcol=$c; break; fi
done
check "a NULL column to tamper with was found ($nullcol)" test -n "$nullcol"
sqlite3 "$DB" "update signatures set $nullcol='' where id=1 and $nullcol is null"
check "NULL turned into '' without re-hashing: TAMPERED ($(cat "$WORK/v"))" test "$(verify_rc)" = 1
restore
sqlite3 "$DB" "update signatures set signer_name=cast(signer_name as blob) where id=1"
check "text turned into a blob of the same bytes: TAMPERED" test "$(verify_rc)" = 1
restore
sqlite3 "$DB" "update meta set value='99' where key='schema_version'"
signw 000000 "$WORK/after-meta.pdf"
check "meta edited: signing refuses with 'register tampered' (rc $RC)" test "$RC" = 88
check "  ... and log verify names it" test "$(verify_rc)" = 1
check "  ... (the schema record)" grep -q schema "$WORK/v"
restore
rm -f "$DB" "$DB.head" "$DB-wal" "$DB-shm"
set +e; out=$("$KYSO_CLI" log verify); rc=$?; set -e
check "database and head deleted: not 'intact: 0 entries' (rc $rc: $out)" test "$rc" = 1
restore

# --- 16. --pin-env is wiped at start-up
STATE=$WORK/p11state
printf 'slow_ms=2500\nslow_calls=GetSlotList\n' >"$STATE"
PINVAR=KYSO_SECRET_PIN_TEST
(KYSO_TEST_P11_STATE=$STATE KYSO_SECRET_PIN_TEST=123456 "$KYSO_CLI" sign "$WORK/in.pdf" -o "$WORK/env.pdf" \
   --module "$KYSO_TEST_MODULE" --cert-id 01 --pin-env "$PINVAR" >/dev/null 2>&1) &
pid=$!
sleep 1.2
child=$(pgrep -P "$pid" -f kyso-cli || echo "$pid")
env_has=$(tr '\0' '\n' <"/proc/$child/environ" 2>/dev/null | grep -c "^$PINVAR=123456" || true)
wait "$pid" || true
check "--pin-env: the PIN is gone from /proc/PID/environ while the token is slow (found $env_has)" test "$env_has" = 0
check "  ... and signing still works" test -f "$WORK/env.pdf"
finish
