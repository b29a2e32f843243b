#!/usr/bin/env bash
# Certificate and token lifecycle (regulation arts. 4-7, 9.6): the advice per
# certificate, requests with their form, recipient and working-day deadline,
# local revocation, custody with the biên bản, token events and the report.
source "$(dirname "$0")/lib.sh"
: "${KYSO_TEST_MODULE:?}"
SHIM=$KYSO_TEST_MODULE
export KYSO_TEST_P11_STATE=$WORK/p11state
DB=$KYSO_DATA_DIR/register.sqlite
vn_today=$(TZ=Asia/Ho_Chi_Minh date +%F)
serial_of() { openssl x509 -in "$PKI/$1.pem" -noout -serial | cut -d= -f2 | tr 'A-F' 'a-f' | sed 's/^0*//'; }
# field of the lifecycle object of the certificate with this CN in `token certs --json`
lifecycle_of() { # json cn field
  perl -MJSON::PP -e 'binmode STDOUT, ":utf8"; my ($cn, $f) = @ARGV; utf8::decode($cn); my $j = decode_json(join "", <STDIN>);
    for my $m (@{$j->{modules}}) { for my $t (@{$m->{tokens}}) { for my $c (@{$t->{certificates} // []}) {
      if ($c->{commonName} eq $cn) { print $c->{lifecycle}{$f} // ""; exit } } } }' "$2" "$3" <<<"$1"
}
export -f lifecycle_of
# run CMD...: sets RC, OUT, ERR
run() { set +e; "$@" >"$WORK/out" 2>"$WORK/err"; RC=$?; set -e; OUT=$(cat "$WORK/out"); ERR=$(cat "$WORK/err"); }
S45=$(serial_of soon45); S20=$(serial_of soon20); SP=$(serial_of personal)
TOKEN=$("$KYSO_CLI" token status --module "$SOFTHSM_LIB" --json | sed -n 's/.*"serial": "\([0-9a-f]\{16\}\)".*/\1/p' | head -1)

# --- 1. the advice per certificate
certs=$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)
deadline45=$(date -d "$(openssl x509 -in "$PKI/soon45.pem" -noout -enddate | cut -d= -f2) +7 hours -31 days" +%F)
check "45 days left: renew" test "$(lifecycle_of "$certs" "Lê Văn Sắp Hết" action)" = renew
check "  ... on Mẫu 04" test "$(lifecycle_of "$certs" "Lê Văn Sắp Hết" form)" = "Mẫu 04"
check "  ... to the Sở Khoa học và Công nghệ" test "$(lifecycle_of "$certs" "Lê Văn Sắp Hết" sendTo)" = "Sở Khoa học và Công nghệ"
check "  ... by the last day with more than 30 days left ($deadline45)" test "$(lifecycle_of "$certs" "Lê Văn Sắp Hết" deadline)" = "$deadline45"
check "20 days left: new certificate" test "$(lifecycle_of "$certs" "Phạm Thị Gần Hết" action)" = new-certificate
check "  ... on Mẫu 01 to the Cục, copy to the Sở" bash -c '[ "$(lifecycle_of "$0" "Phạm Thị Gần Hết" form)" = "Mẫu 01" ] && [ "$(lifecycle_of "$0" "Phạm Thị Gần Hết" sendTo)" = "Cục Chứng thực số và Bảo mật thông tin" ] && [ "$(lifecycle_of "$0" "Phạm Thị Gần Hết" copyTo)" = "Sở Khoa học và Công nghệ" ]' "$certs"
check "expired: new certificate, no deadline" bash -c '[ "$(lifecycle_of "$0" "Trần Thị Hết Hạn" action)" = new-certificate ] && [ -z "$(lifecycle_of "$0" "Trần Thị Hết Hạn" deadline)" ]' "$certs"
check "three years left: nothing" test "$(lifecycle_of "$certs" "Nguyễn Văn An" action)" = none
check "agency certificate, three years left: nothing" test "$(lifecycle_of "$certs" "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" action)" = none
"$KYSO_CLI" profile set moved --signer "Lê Văn Sắp Hết" --agency "SỞ TÀI CHÍNH TỈNH PHÚ THỌ"
certs=$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)
check "profile names another agency: change of information on Mẫu 04 to the Sở" bash -c '[ "$(lifecycle_of "$0" "Lê Văn Sắp Hết" action)" = change-information ] && [ "$(lifecycle_of "$0" "Lê Văn Sắp Hết" form)" = "Mẫu 04" ] && [ "$(lifecycle_of "$0" "Lê Văn Sắp Hết" sendTo)" = "Sở Khoa học và Công nghệ" ]' "$certs"
"$KYSO_CLI" profile set moved2 --signer "Phạm Thị Gần Hết" --agency "SỞ TÀI CHÍNH TỈNH PHÚ THỌ"
check "  ... with 30 days or fewer left: a new certificate instead" test "$(lifecycle_of "$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)" "Phạm Thị Gần Hết" action)" = new-certificate
"$KYSO_CLI" profile remove moved; "$KYSO_CLI" profile remove moved2
run env LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" token certs --module "$SOFTHSM_LIB"
check "text: no renewal on Mẫu 01/02 anywhere" bash -c '! grep -qi "Gia hạn (Mẫu 0[1235])\|gia hạn (Mẫu 01/02)\|Mẫu 01/02.*gia hạn" <<<"$0"' "$OUT"
check "text: the renewal names Mẫu 04 and the Sở" grep -q "Mẫu 04.*Sở Khoa học và Công nghệ" <<<"$OUT"

# --- 2. requests: kind and form, renewal rules
run "$KYSO_CLI" request add --kind renew --form 01 --subject "Lê Văn Sắp Hết" --cert-serial "$S45" --module "$SOFTHSM_LIB"
check "renew on Mẫu 01 refused: exit 91 (got $RC)" test "$RC" = 91
run "$KYSO_CLI" request add --kind recover --form 03 --subject X --token-serial "$TOKEN"
check "recover on Mẫu 03 refused: exit 91 (got $RC)" test "$RC" = 91
run "$KYSO_CLI" request add --kind revoke --form 04 --subject X --cert-serial "$SP" --reason lost
check "revoke on Mẫu 04 refused: exit 91 (got $RC)" test "$RC" = 91
run "$KYSO_CLI" request add --kind renew --form 04 --subject "Phạm Thị Gần Hết" --cert-serial "$S20" --module "$SOFTHSM_LIB"
check "renew with 20 days left refused: exit 92 (got $RC: $ERR)" test "$RC" = 92
run "$KYSO_CLI" request add --kind renew --form 04 --subject "Lê Văn Sắp Hết" --cert-serial "$S45" --module "$SOFTHSM_LIB"
check "renew with 45 days left accepted (got $RC: $ERR)" test "$RC" = 0
check "  ... addressed to the Sở" grep -q "Sở Khoa học và Công nghệ" <<<"$OUT"
run "$KYSO_CLI" request add --kind renew --form 04 --subject "Lê Văn Sắp Hết" --cert-serial "$S45" --module "$SOFTHSM_LIB"
check "second renewal of the same certificate refused: exit 92 (got $RC: $ERR)" test "$RC" = 92
run "$KYSO_CLI" request add --kind renew --form 04 --subject "Lê Văn Sắp Hết" --cert "$PKI/soon45.pem"
check "  ... also with the certificate given as a file (got $RC)" test "$RC" = 92
certs=$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)
check "after a renewal the advice is a new certificate" test "$(lifecycle_of "$certs" "Lê Văn Sắp Hết" action)" = new-certificate
run "$KYSO_CLI" request add --kind recover --form 06 --subject "Nguyễn Văn An" --token-serial "$TOKEN" --sent-date 2026-01-02
check "sent request without the agency's letter refused: exit 94 (got $RC)" test "$RC" = 94
run "$KYSO_CLI" request add --kind recover --form 06 --subject "Nguyễn Văn An" --token-serial "$TOKEN" --sent-date 2099-01-02 --letter-number 1/VP --letter-date 2026-01-02
check "sent date in the future refused: exit 94 (got $RC)" test "$RC" = 94
run "$KYSO_CLI" request add --kind recover --form 06 --subject "Nguyễn Văn An" --token-serial "$TOKEN" --sent-date 2026-01-02 --letter-number 12/UBND-VP --letter-date 2026-01-02
check "recovery request sent on Friday 2026-01-02 (got $RC: $ERR)" test "$RC" = 0
list=$("$KYSO_CLI" request list --json)
rec=$(perl -MJSON::PP -e 'my $j = decode_json(join "", <STDIN>); for (@$j) { print JSON::PP->new->canonical->encode($_) if $_->{kind} eq "recover" }' <<<"$list")
check "  ... deadline one working day later: Monday 2026-01-05" grep -q '"deadline":"2026-01-05"' <<<"$rec"
check "  ... overdue" grep -q '"overdue":true' <<<"$rec"
check "  ... recipient from the table" grep -q '"sendTo":"Sở Khoa học và Công nghệ"' <<<"$rec"
check "  ... letter number kept" grep -q '"letterNumber":"12/UBND-VP"' <<<"$rec"
run env LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" request list
check "  ... text list says overdue" grep -q "QUÁ HẠN" <<<"$OUT"
mkdir -p "$KYSO_CONFIG_DIR"; printf '\n[holidays]\ndates=2026-01-05\n' >>"$KYSO_CONFIG_DIR/kyso.ini"
check "  ... a configured holiday moves the deadline to 2026-01-06" grep -q '"deadline": "2026-01-06"' <("$KYSO_CLI" request list --json)

# --- 3. custody: refusals, permission, the biên bản
run "$KYSO_CLI" handover add --token-serial "$TOKEN" --from "Nguyễn Thị Văn Thư" --to "nguyễn thị văn thư" --authorised-by "Chánh Văn phòng" --module "$SOFTHSM_LIB"
check "handover to the same person refused: exit 93 (got $RC)" test "$RC" = 93
run "$KYSO_CLI" handover add --token-serial 0000000000000000 --from A --to B --authorised-by C --module "$SOFTHSM_LIB"
check "unknown token refused: exit 93 (got $RC: $ERR)" test "$RC" = 93
run "$KYSO_CLI" handover add --token-serial "$TOKEN" --from A --to B --authorised-by C --date 2099-01-01 --permission-number 1/GP --permission-date 2026-01-01 --module "$SOFTHSM_LIB"
check "handover in the future refused: exit 93 (got $RC)" test "$RC" = 93
run "$KYSO_CLI" handover add --token-serial "$TOKEN" --from "Nguyễn Thị Văn Thư" --to "Trần Văn Thay" --authorised-by "Chánh Văn phòng" --module "$SOFTHSM_LIB"
check "agency token without the written permission refused: exit 93 (got $RC)" test "$RC" = 93
check "  ... the message cites art. 7.1.b" grep -q "7.1.b" <<<"$ERR"
run "$KYSO_CLI" handover add --token-serial "$TOKEN" --from "Nguyễn Thị Văn Thư" --to "Trần Văn Thay" --authorised-by "Chánh Văn phòng" --permission-number "15/GP-VP" --permission-date "$vn_today" --date "$vn_today" --note "Nghỉ phép" --module "$SOFTHSM_LIB"
check "handover with permission recorded (got $RC: $ERR)" test "$RC" = 0
check "  ... listed with the permission" grep -q '"permissionNumber": "15/GP-VP"' <("$KYSO_CLI" handover list --json)
run "$KYSO_CLI" handover print 1 --pdf "$WORK/bien-ban.pdf" --module "$SOFTHSM_LIB"
check "handover print: exit 0 ($ERR)" test "$RC" = 0
pdftotext -layout "$WORK/bien-ban.pdf" "$WORK/bien-ban.txt" 2>/dev/null || true
for text in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Độc lập - Tự do - Hạnh phúc" "BIÊN BẢN BÀN GIAO" "Nguyễn Thị Văn Thư" "Trần Văn Thay" "Chánh Văn phòng" "15/GP-VP" "$TOKEN" "Nguyễn Văn An" "SỞ KHOA HỌC VÀ CÔNG" "Cơ quan, tổ chức" "65/2025/QĐ-CTUBND"; do
  check "  ... biên bản shows \"$text\"" grep -q "$text" "$WORK/bien-ban.txt"
done
check "  ... on A4" grep -q "Page size:.*(A4)" <(pdfinfo "$WORK/bien-ban.pdf")
run "$KYSO_CLI" handover print 99 --pdf "$WORK/none.pdf"
check "print of an unknown handover: exit 94, no file (got $RC)" bash -c '[ "$0" = 94 ] && [ ! -e "$1" ]' "$RC" "$WORK/none.pdf"

# --- 4. signatures record the OS user and the custodian of record
check "personal signature" kyso_sign "$SAMPLE" "$WORK/p.pdf" 01 --image "$SIG_IMAGE" --capacity KT. --title "PHÓ CHỦ TỊCH" --agency "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" 2>/dev/null
check "agency seal" kyso_sign "$WORK/p.pdf" "$WORK/a.pdf" 02 --role agency --trust "$PKI/root.pem" --image "$SEAL_IMAGE" --override-authority "test: the Sở seals the province sample (the report groups seals by the agency certificate)" 2>/dev/null
check "  ... OS user recorded" test "$(sqlite3 "$DB" "select value from annotations where tbl='signatures' and key='os_user' limit 1")" = "$(id -un)"
check "  ... custodian of record recorded" test "$(sqlite3 "$DB" "select count(*) from annotations where tbl='signatures' and key='custodian' and value='Trần Văn Thay'")" = 2
run kyso_sign "$KYSO_SOURCE_DIR/tests/data/authority/khong-khoi-ky.pdf" "$WORK/s45.pdf" 04 --rect 300,100,120,50
check "signing with the 45-day certificate warns with the new-certificate advice ($ERR)" grep -q "Mẫu 01" <<<"$ERR"

# --- 5. revocation takes effect locally, before the PIN
run "$KYSO_CLI" request add --kind revoke --form 05 --subject "Nguyễn Văn An" --cert-serial "$SP"
check "revocation without a reason refused: exit 94 (got $RC)" test "$RC" = 94
run "$KYSO_CLI" request add --kind revoke --form 05 --subject "Nguyễn Văn An" --cert-serial "$SP" --reason lost
check "revocation request (draft) recorded, to the Cục with copy to the Sở" bash -c '[ "$0" = 0 ] && grep -q "Cục Chứng thực số và Bảo mật thông tin.*Sở Khoa học và Công nghệ" <<<"$1"' "$RC" "$OUT"
rid=$(sqlite3 "$DB" "select max(id) from cert_requests")
certs=$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)
check "  ... advice: revoke on Mẫu 05" bash -c '[ "$(lifecycle_of "$0" "Nguyễn Văn An" action)" = revoke ] && [ "$(lifecycle_of "$0" "Nguyễn Văn An" form)" = "Mẫu 05" ]' "$certs"
run "$KYSO_CLI" request set-status --id "$rid" --status sent
check "marking it sent without the letter refused: exit 94 (got $RC)" test "$RC" = 94
run "$KYSO_CLI" request set-status --id "$rid" --status sent --letter-number 20/UBND-VP --letter-date "$vn_today"
check "marked sent (got $RC: $ERR)" test "$RC" = 0
calls_before=$(sqlite3 "$DB" "select count(*) from token_events")
set +e
LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/revoked.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin --image "$SIG_IMAGE" </dev/null >/dev/null 2>"$WORK/err"
RC=$?
set -e
check "signing with a certificate whose revocation was sent: exit 90 (got $RC: $(cat "$WORK/err"))" test "$RC" = 90
check "  ... the reason is given" grep -q "Mẫu 05" "$WORK/err"
check "  ... refused before the PIN (no PIN was read: stdin was empty)" bash -c '! grep -qi "PIN" "$0"' "$WORK/err"
check "  ... no output" test ! -e "$WORK/revoked.pdf"
check "  ... no token event" test "$(sqlite3 "$DB" "select count(*) from token_events")" = "$calls_before"
certs=$("$KYSO_CLI" token certs --module "$SOFTHSM_LIB" --json)
check "  ... advice: revoked" test "$(lifecycle_of "$certs" "Nguyễn Văn An" action)" = revoked

# --- 5b. a revocation reported by OCSP is remembered: refused later even offline
port=$((20000 + RANDOM % 30000))
KYSO_PKI_URL=http://127.0.0.1:$port "$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$WORK/ltv" >/dev/null
start_pki_server "$WORK/ltv/pki" "$port"
set +e
echo 123456 | SOFTHSM2_CONF=$WORK/ltv/softhsm2.conf "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/r1.pdf" --module "$SOFTHSM_LIB" --cert-id 06 --pin-stdin --image "$SIG_IMAGE" >/dev/null 2>&1; rc1=$?
stop_pki_server
trap 'rm -rf "$WORK"' EXIT # the server is gone: nothing left to kill
echo 123456 | SOFTHSM2_CONF=$WORK/ltv/softhsm2.conf "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/r2.pdf" --module "$SOFTHSM_LIB" --cert-id 06 --pin-stdin --image "$SIG_IMAGE" >/dev/null 2>"$WORK/err"; rc2=$?
set -e
check "OCSP says revoked: exit 36 (got $rc1)" test "$rc1" = 36
check "  ... responder down afterwards: still refused from the register, exit 90 (got $rc2: $(cat "$WORK/err"))" test "$rc2" = 90
check "  ... with the reason" grep -q "OCSP" "$WORK/err"
check "  ... no output" bash -c 'test ! -e "$0" && test ! -e "$1"' "$WORK/r1.pdf" "$WORK/r2.pdf"

# --- 6. token events: wrong PIN, final try refused, lock observed, PIN changed
printf 'max_tries=3\ntries_left=3\n' >"$KYSO_TEST_P11_STATE"
for i in 1 2; do
  echo 000000 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/w$i.pdf" --module "$SHIM" --cert-id 02 --role copy --copy-form "SAO Y" --pin-stdin >/dev/null 2>&1 || true
done
echo 000000 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/w3.pdf" --module "$SHIM" --cert-id 02 --role copy --copy-form "SAO Y" --pin-stdin >/dev/null 2>&1 || true
echo 000000 | "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/w4.pdf" --module "$SHIM" --cert-id 02 --role copy --copy-form "SAO Y" --pin-stdin --confirm-final-try >/dev/null 2>&1 || true
certs=$("$KYSO_CLI" token certs --module "$SHIM" --json)
check "locked token: advice recover on Mẫu 06 to the Sở" bash -c '[ "$(lifecycle_of "$0" "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" action)" = recover ] && [ "$(lifecycle_of "$0" "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" form)" = "Mẫu 06" ] && [ "$(lifecycle_of "$0" "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" handlingWorkingDays)" = 1 ]' "$certs"
"$KYSO_CLI" token certs --module "$SHIM" --json >/dev/null
rm -f "$KYSO_TEST_P11_STATE"
printf '123456\n654321\n' | "$KYSO_CLI" token change-pin --module "$SOFTHSM_LIB" --pin-stdin >/dev/null 2>&1
printf '654321\n123456\n' | "$KYSO_CLI" token change-pin --module "$SOFTHSM_LIB" --pin-stdin >/dev/null 2>&1
events=$("$KYSO_CLI" log events --json)
check "log events: wrong PIN" grep -q '"event": "wrong-pin"' <<<"$events"
check "log events: final try refused" grep -q '"event": "final-try-refused"' <<<"$events"
check "log events: PIN locked" grep -q '"event": "pin-locked"' <<<"$events"
check "log events: PIN changed twice" test "$(grep -c '"event": "pin-changed"' <<<"$events")" = 2
check "log events: the lock seen by token certs is recorded once" test "$(grep -c '"event": "lock-observed"' <<<"$events")" -le 1
check "log events: no PIN in the register" bash -c '! sqlite3 "$0" .dump | grep -q "654321\|000000"' "$DB"
run env LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" log events
check "log events: text in Vietnamese" grep -q "sai mã PIN\|Sai mã PIN" <<<"$OUT"

# --- 7. the art. 9.6 report, per unit
to=$(date -d "+60 days" +%F)
report=$("$KYSO_CLI" log report --from "$vn_today" --to "$to" --json)
unit_field() { perl -MJSON::PP -e 'my ($u, $f) = @ARGV; utf8::decode($u); my $j = decode_json(join "", <STDIN>); my $v = $j->{units}{$u}{$f}; print ref($v) eq "ARRAY" ? scalar(@$v) : ($v // "")' "$2" "$3" <<<"$1"; }
check "report: the seal counts for the Sở (agency certificate CN)" test "$(unit_field "$report" "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" signatureTotal)" = 1
check "report: the personal signatures count for the province" test "$(unit_field "$report" "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" signatureTotal)" -ge 1
check "report: certificates expiring in the period" test "$(unit_field "$report" "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" certificatesExpiring)" = 2
check "report: requests with their state" test "$(unit_field "$report" "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" requests)" -ge 2
# The demo token holds two agency certificates (the Sở's and the province's): the token's unit is the
# agency certificate the register saw first on it, which depends on the token's object order.
token_unit=$(sqlite3 "$DB" "select common_name from certificates where kind='agency' order by id limit 1")
check "report: the token's unit is one of its agency certificates ($token_unit)" grep -qx "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ\|ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" <<<"$token_unit"
check "report: the handover under the agency token's unit" test "$(unit_field "$report" "$token_unit" handovers)" = 1
check "report: locks" test "$(unit_field "$report" "$token_unit" locks)" -ge 1
check "report: recoveries" test "$(unit_field "$report" "$token_unit" recoveries)" -ge 1
run "$KYSO_CLI" log report --from "$vn_today" --to "$to" --csv "$WORK/report.csv" --pdf "$WORK/report.pdf" --agency "VĂN PHÒNG UBND TỈNH"
check "report as CSV and PDF (got $RC: $ERR)" test "$RC" = 0
check "  ... CSV header" grep -q "unit,section,date,item,detail,state" "$WORK/report.csv"
check "  ... CSV rows per section" bash -c 'for s in signatures certificate-expiring request lock handover; do grep -q "\"$s\"" "$0" || exit 1; done' "$WORK/report.csv"
pdftotext "$WORK/report.pdf" "$WORK/report.txt" 2>/dev/null || true
check "  ... printable PDF with the units" bash -c 'grep -q "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" "$0" && grep -q "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" "$0"' "$WORK/report.txt"
check "  ... under the national heading and the reporting agency" bash -c 'grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "$0" && grep -q "VĂN PHÒNG UBND TỈNH" "$0"' "$WORK/report.txt"
check "kyso-cli does not load Qt Gui (every PDF it prints is drawn with PoDoFo)" bash -c '! ldd "$0" | grep -q "libQt6Gui"' "$KYSO_CLI"
check "register chain intact after everything" "$KYSO_CLI" log verify
finish
