#!/usr/bin/env bash
# The signing register: records, hash chain, reconciliation after a crash.
source "$(dirname "$0")/lib.sh"
DB=$KYSO_DATA_DIR/register.sqlite

check "personal signature" kyso_sign "$SAMPLE" "$WORK/p.pdf" 01 --image "$SIG_IMAGE" --capacity KT. --title "PHÓ CHỦ TỊCH" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" --reason "Ban hành"
check "agency signature" kyso_sign "$WORK/p.pdf" "$WORK/a.pdf" 07 --role agency --trust "$PKI/root.pem" --image "$SEAL_IMAGE"
set +e
echo 987654 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/wrong.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin >/dev/null 2>&1
set -e
json=$("$KYSO_CLI" log list --json)
check "two signed records" test "$(grep -c '"result": "signed"' <<<"$json")" = 2
check "one failed record (wrong PIN never reached the register as an attempt)" test "$(grep -c '"result":' <<<"$json")" = 2
check "capacity, title and agency recorded" bash -c 'grep -q "\"capacity\": \"KT.\"" <<<"$0" && grep -q "\"title\": \"PHÓ CHỦ TỊCH\"" <<<"$0" && grep -q "\"agency\": \"ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\"" <<<"$0"' "$json"
check "hash before = input, hash after = output" bash -c 'grep -q "\"sha256Before\": \"$(sha256sum "$1" | cut -d" " -f1)\"" <<<"$0" && grep -q "\"sha256After\": \"$(sha256sum "$2" | cut -d" " -f1)\"" <<<"$0"' "$json" "$SAMPLE" "$WORK/a.pdf"
check "token serial and certificate serial recorded" bash -c 'grep -Eq "\"tokenSerial\": \"[0-9a-f]{16}\"" <<<"$0" && grep -q "\"certSerial\": \"10" <<<"$0"' "$json"
check "wrong PIN recorded as a token event" test "$(sqlite3 "$DB" "select count(*) from token_events where event='wrong-pin'")" = 1
check "the PIN appears nowhere in the register" bash -c '! grep -q 987654 "$0" "$0-wal" 2>/dev/null && ! sqlite3 "$0" .dump | grep -q 987654' "$DB"
check "filter by role" test "$("$KYSO_CLI" log list --role agency --json | grep -c '"id"')" = 1
check "filter by signer" test "$("$KYSO_CLI" log list --signer "Nguyễn" --json | grep -c '"id"')" = 1
today=$(TZ=Asia/Ho_Chi_Minh date +%F)
check "filter by date" test "$("$KYSO_CLI" log list --from "$today" --to "$today" --json | grep -c '"id"')" = 2
check "filter excludes other dates" test "$("$KYSO_CLI" log list --to 2020-01-01 --json | grep -c '"id"' || true)" = 0
check "export CSV" "$KYSO_CLI" log export --csv "$WORK/log.csv"
check "  ... header and two rows" test "$(wc -l <"$WORK/log.csv")" = 3
check "  ... Vietnamese intact" grep -q "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" "$WORK/log.csv"
report=$("$KYSO_CLI" log report --from "$today" --to "$today" --json)
check "report: total 2" grep -q '"total": 2' <<<"$report"
check "report: by unit and signer" grep -q '"Nguyễn Văn An"' <<<"$report"
check "handover add" "$KYSO_CLI" handover add --token-serial 521d30e85c91d4ba --from "Nguyễn Thị Văn Thư" --to "Trần Văn Thay" --authorised-by "Chánh Văn phòng" --date 2026-11-20 --note "Nghỉ phép"
check "handover list" grep -q '"to": "Trần Văn Thay"' <("$KYSO_CLI" handover list --json)
check "request add (renewal, Mẫu 01)" "$KYSO_CLI" request add --kind renew --form 01 --subject "Nguyễn Văn An" --token-serial 521d30e85c91d4ba
check "request set-status" "$KYSO_CLI" request set-status --id 1 --status sent --note "Đã gửi Sở KH&CN"
check "request list shows the latest status" grep -q '"status": "sent"' <("$KYSO_CLI" request list --json)
check "request with a bad form number refused" bash -c '! "$0" request add --kind renew --form 09 --subject X 2>/dev/null' "$KYSO_CLI"
check "log verify: intact" "$KYSO_CLI" log verify

# Crash between writing the output and completing the record: the next start reconciles.
set +e
echo 123456 | KYSO_TEST_CRASH_POINT=after-output "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/crash.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --image "$SIG_IMAGE" >/dev/null 2>&1
rc=$?
set -e
check "signer killed after the output was written (rc $rc)" test "$rc" = 137
check "  ... the output is complete and valid" pdfsig_all_valid "$WORK/crash.pdf" 1
check "  ... the record is pending" test "$(sqlite3 "$DB" "select count(*) from signatures s where not exists (select 1 from signature_results r where r.signature_id=s.id)")" = 1
out=$("$KYSO_CLI" log list --json 2>"$WORK/err")
check "  ... next start reconciles it" grep -q "reconcile\|đối soát" "$WORK/err"
check "  ... as signed, with the output's hash" bash -c 'grep -q "\"sha256After\": \"$(sha256sum "$1" | cut -d" " -f1)\"" <<<"$0"' "$out" "$WORK/crash.pdf"
set +e
echo 123456 | KYSO_TEST_CRASH_POINT=before-output "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/crash2.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --image "$SIG_IMAGE" >/dev/null 2>&1
rc=$?
set -e
check "signer killed before the output (rc $rc)" test "$rc" = 137
check "  ... no output" test ! -e "$WORK/crash2.pdf"
out=$("$KYSO_CLI" log list --json 2>/dev/null)
check "  ... reconciled as failed (interrupted)" grep -q '"error": "interrupted before the output was written"' <<<"$out"
check "log verify: still intact after reconciliation" "$KYSO_CLI" log verify

# Tampering shows.
cp "$DB" "$WORK/backup.sqlite"; cp "$DB.head" "$WORK/backup.head"
sqlite3 "$DB" "update signatures set signer_name='Người Khác' where id=1"
set +e; out=$("$KYSO_CLI" log verify); rc=$?; set -e
check "edited row: log verify exits 1" test "$rc" = 1
check "  ... names the row" grep -q "signatures row 1" <<<"$out"
cp "$WORK/backup.sqlite" "$DB"; rm -f "$DB-wal" "$DB-shm"
sqlite3 "$DB" "delete from handovers where id=1"
set +e; out=$("$KYSO_CLI" log verify); rc=$?; set -e
check "deleted row: log verify exits 1 ($out)" test "$rc" = 1
cp "$WORK/backup.sqlite" "$DB"; rm -f "$DB-wal" "$DB-shm"
sqlite3 "$DB" "delete from cert_request_status where id=(select max(id) from cert_request_status); delete from chain where seq=(select max(seq) from chain)"
set +e; out=$("$KYSO_CLI" log verify); rc=$?; set -e
check "last rows cut off with their chain entries: log verify exits 1 ($out)" test "$rc" = 1
finish
