#!/usr/bin/env bash
# The token layer through SoftHSM and through the PKCS#11 test module, which
# injects a retry counter, removal, slowness and device errors.
source "$(dirname "$0")/lib.sh"
: "${KYSO_TEST_MODULE:?}"
SHIM=$KYSO_TEST_MODULE
STATE=$WORK/p11state
export KYSO_TEST_P11_STATE=$STATE
state() { printf '%s\n' "$@" >"$STATE.new" && mv "$STATE.new" "$STATE"; }
get() { sed -n "s/^$1=//p" "$STATE"; }
cp "$SAMPLE" "$WORK/in.pdf"
# sign_with PIN OUT [args]: through the test module; prints stderr, returns the exit code
sign_with() {
  local pin=$1 out=$2; shift 2
  set +e
  echo "$pin" | LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" sign "$WORK/in.pdf" -o "$out" --module "$SHIM" --cert-id 01 --pin-stdin "$@" 2>"$WORK/err"
  RC=$?
  set -e
  ERR=$(cat "$WORK/err")
}

# --- status, certs and list against SoftHSM itself
json=$("$KYSO_CLI" token status --module "$SOFTHSM_LIB" --json)
check "status --json: token label" grep -q '"label": "KYSO DEMO"' <<<"$json"
check "status --json: PIN ok" grep -q '"pinState": "ok"' <<<"$json"
check "status --json: manufacturer" grep -q '"manufacturer": "SoftHSM project"' <<<"$json"
check "status --json: serial present" grep -Eq '"serial": "[0-9a-f]{16}"' <<<"$json"
check "status --json: RSA PKCS#1 mechanism" grep -q '"SHA256_RSA_PKCS"' <<<"$json"
check "status --json: ten certificates" test "$(grep -c '"commonName"' <<<"$json")" = 10
check "status --json: personal certificate classified" bash -c 'grep -A30 "\"commonName\": \"Nguyễn Văn An\"" <<<"$0" | grep -q "\"kind\": \"personal\""' "$json"
check "status --json: agency certificate classified" bash -c 'grep -A30 "\"commonName\": \"SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ\"" <<<"$0" | grep -q "\"kind\": \"agency\""' "$json"
check "status --json: title parsed" grep -q '"title": "Phó Chủ tịch"' <<<"$json"
check "status --json: UID parsed" grep -q '"uid": "CCCD:001099000001"' <<<"$json"
check "status --json: e-mail parsed" grep -q '"email": "nvan@demo.phutho.gov.vn"' <<<"$json"
check "status --json: locality parsed" grep -q '"locality": "Phú Thọ"' <<<"$json"
check "status --json: key pair visible without login" grep -q '"keyPair": true' <<<"$json"
check "status --json: key size" grep -q '"keyBits": 2048' <<<"$json"
check "status --json: expired certificate has negative daysLeft" grep -Eq '"daysLeft": -[0-9]+' <<<"$json"
# IT staff mark a certificate whose subject is ambiguous.
fp=$(grep -A50 '"commonName": "Nguyễn Văn An"' <<<"$json" | sed -n 's/.*"sha256": "\([0-9a-f]*\)".*/\1/p' | head -1)
check "set-kind: marks a certificate as agency" "$KYSO_CLI" token set-kind --sha256 "$fp" --kind agency
check "  ... certs now reports it as agency" bash -c '"$0" token certs --module "$1" --json | grep -A30 "\"commonName\": \"Nguyễn Văn An\"" | grep -q "\"kind\": \"agency\""' "$KYSO_CLI" "$SOFTHSM_LIB"
check "  ... and the personal role refuses it (34)" bash -c 'echo 123456 | "$0" sign "$1" -o "$2" --module "$3" --cert-id 01 --pin-stdin >/dev/null 2>&1; test $? = 34' "$KYSO_CLI" "$SAMPLE" "$WORK/kind.pdf" "$SOFTHSM_LIB"
check "set-kind back to personal" "$KYSO_CLI" token set-kind --sha256 "$fp" --kind personal
check "set-kind with a bad fingerprint: usage error 64" bash -c '"$0" token set-kind --sha256 xyz --kind agency 2>/dev/null; test $? = 64' "$KYSO_CLI"
list=$("$KYSO_CLI" token list --module /nonexistent/libnothing.so --json)
check "list reports a missing module as not installed" grep -q '"status": "not-installed"' <<<"$list"
printf 'not a library' >"$WORK/fake.so"
list=$("$KYSO_CLI" token list --module "$WORK/fake.so" --json)
check "list reports a broken module as load-failed" grep -q '"status": "load-failed"' <<<"$list"

# --- status never logs in and never touches the retry counter
state max_tries=5 tries_left=3 count_calls=1
for i in 1 2 3; do "$KYSO_CLI" token status --module "$SHIM" --json >"$WORK/st.json"; done
check "status through test module: count-low reported" grep -q '"pinState": "count-low"' "$WORK/st.json"
check "status: no login was sent" test "$(get login_calls)" = ""
check "status: retry counter unchanged" test "$(get tries_left)" = 3
check "status: C_GetTokenInfo was read live" test "$(get token_info_calls)" -ge 3

# --- wrong PIN walks OK -> count low -> final try -> locked
state max_tries=3 tries_left=3
sign_with 000000 "$WORK/w1.pdf"
check "wrong PIN 1: exit 25 (got $RC)" test "$RC" = 25
check "wrong PIN 1: says few attempts left ($ERR)" grep -q "Sai mã PIN.*còn ít lần thử" <<<"$ERR"
sign_with 000000 "$WORK/w2.pdf"
check "wrong PIN 2: exit 25 (got $RC)" test "$RC" = 25
check "wrong PIN 2: says final attempt ($ERR)" grep -q "lần thử cuối" <<<"$ERR"
calls=$(get login_calls)
sign_with 000000 "$WORK/w3.pdf"
check "final try without confirmation: exit 27 (got $RC)" test "$RC" = 27
check "final try without confirmation: no login sent" test "$(get login_calls)" = "$calls"
sign_with 000000 "$WORK/w4.pdf" --confirm-final-try
check "wrong PIN at final try: exit 26 locked (got $RC)" test "$RC" = 26
check "locked: explains Mẫu 06 ($ERR)" grep -q "Mẫu 06" <<<"$ERR"
calls=$(get login_calls)
sign_with 123456 "$WORK/w5.pdf" --confirm-final-try
check "locked token, right PIN: still exit 26 (got $RC)" test "$RC" = 26
check "a locked token is never sent a login" test "$(get login_calls)" = "$calls"
check "no login reached the module while locked" test "$(get logins_while_locked)" = ""
"$KYSO_CLI" token status --module "$SHIM" --json >"$WORK/st.json"
check "status shows locked with recovery text" grep -q '"recovery": ".*Mẫu 06' "$WORK/st.json"
for f in w1 w2 w3 w4 w5; do check "$f: no output file" test ! -e "$WORK/$f.pdf"; done

# --- a correct PIN resets the counter
state max_tries=3 tries_left=2
sign_with 123456 "$WORK/ok.pdf"
check "right PIN after a wrong one: signed (got $RC: $ERR)" test "$RC" = 0
check "counter reset after success" test "$(get tries_left)" = 3
check "signed through the test module verifies" "$KYSO_CLI" verify "$WORK/ok.pdf" --trust "$PKI/root.pem"

# --- token pulled out during signing
state remove_on_sign=1
sign_with 123456 "$WORK/pulled.pdf"
check "pulled out while signing: exit 29 (got $RC: $ERR)" test "$RC" = 29
check "pulled out: no output file" test ! -e "$WORK/pulled.pdf"
check "pulled out: no temporary file" test -z "$(find "$WORK" -maxdepth 1 -name '.*.kyso-*')"
sign_with 123456 "$WORK/absent.pdf"
check "while absent: exit 21 token absent (got $RC)" test "$RC" = 21

# --- device error
state device_error_on=Sign
sign_with 123456 "$WORK/deverr.pdf"
check "device error: exit 30 (got $RC: $ERR)" test "$RC" = 30
check "device error: no output file" test ! -e "$WORK/deverr.pdf"

# --- a slow token does not block the caller beyond its timeout
# The same command on a token that answers at once gives the baseline (a cold
# or loaded machine starts slowly); the slow call takes far longer than both.
state
start=$(date +%s%N)
"$KYSO_CLI" token status --module "$SHIM" >/dev/null 2>&1 || true
base=$((($(date +%s%N) - start) / 1000000))
state slow_ms=20000 slow_calls=GetTokenInfo
start=$(date +%s%N)
set +e
KYSO_TOKEN_TIMEOUT_MS=500 "$KYSO_CLI" token status --module "$SHIM" >/dev/null 2>"$WORK/err"; rc=$?
set -e
ms=$((($(date +%s%N) - start) / 1000000))
check "slow token: exit 32 timeout (got $rc: $(cat "$WORK/err"))" test "$rc" = 32
check "slow token: caller back in ${ms} ms (baseline ${base} ms), well before the 20 s call ends" test "$ms" -lt $((base + 10000))
state slow_ms=4000 slow_calls=Sign
sign_with 123456 "$WORK/slow.pdf"
check "slow signing would need 4 s; with no timeout set it still completes (got $RC)" test "$RC" = 0
state

# --- change PIN (old, new on two lines of stdin; never argv)
set +e
printf '123456\n654321\n' | "$KYSO_CLI" token change-pin --module "$SOFTHSM_LIB" --pin-stdin >/dev/null 2>"$WORK/err"; rc=$?
set -e
check "change-pin: exit 0 (got $rc: $(cat "$WORK/err"))" test "$rc" = 0
check "new PIN signs" bash -c 'echo 654321 | "$0" sign "$1" -o "$2" --module "$3" --cert-id 01 --pin-stdin >/dev/null' "$KYSO_CLI" "$WORK/in.pdf" "$WORK/newpin.pdf" "$SOFTHSM_LIB"
state max_tries=3 tries_left=3
set +e
printf '000000\n111111\n' | "$KYSO_CLI" token change-pin --module "$SHIM" --pin-stdin >/dev/null 2>"$WORK/err"; rc=$?
set -e
check "change-pin with a wrong old PIN: exit 25 (got $rc)" test "$rc" = 25
check "change-pin wrong old PIN: counter decremented" test "$(get tries_left)" = 2
state

# --- two tokens at once: a personal and an agency one
SOFTHSM2_CONF=$SOFTHSM2_CONF softhsm2-util --init-token --free --label "KYSO AGENCY" --pin 222222 --so-pin 22222222 >/dev/null
softhsm2-util --import "$PKI/agency.p8" --token "KYSO AGENCY" --label agency --id 02 --pin 222222 >/dev/null
pkcs11-tool --module "$SOFTHSM_LIB" --token-label "KYSO AGENCY" --login --pin 222222 --write-object "$PKI/agency.der" --type cert --id 02 >/dev/null
json=$("$KYSO_CLI" token list --module "$SOFTHSM_LIB" --json)
check "two tokens listed" test "$(grep -c '"label": "KYSO' <<<"$json")" = 2
serials=$(grep -o '"serial": "[0-9a-f]*"' <<<"$json" | sort -u | wc -l)
check "two distinct serials" test "$serials" = 2
set +e
echo 654321 | "$KYSO_CLI" sign "$WORK/in.pdf" -o "$WORK/amb.pdf" --module "$SOFTHSM_LIB" --pin-stdin 2>"$WORK/err"; rc=$?
set -e
check "no --token with two tokens: exit 31 (got $rc)" test "$rc" = 31
check "ambiguity message lists both tokens" grep -q "KYSO DEMO.*KYSO AGENCY\|KYSO AGENCY.*KYSO DEMO" "$WORK/err"
check "select by label" bash -c 'echo 222222 | "$0" sign "$1" -o "$2" --module "$3" --token "KYSO AGENCY" --role copy --copy-form "SAO Y" --pin-stdin >/dev/null' "$KYSO_CLI" "$WORK/in.pdf" "$WORK/by-label.pdf" "$SOFTHSM_LIB"
check "label selection signed with the agency certificate" bash -c '"$0" verify "$1" --json | grep -q "\"signer\": \"SỞ KHOA HỌC"' "$KYSO_CLI" "$WORK/by-label.pdf"
demo_serial=$(grep -A12 '"label": "KYSO DEMO"' <<<"$json" | sed -n 's/.*"serial": "\([0-9a-f]*\)".*/\1/p' | head -1)
check "select by serial" bash -c 'echo 654321 | "$0" sign "$1" -o "$2" --module "$3" --token "$4" --cert-id 01 --pin-stdin >/dev/null' "$KYSO_CLI" "$WORK/in.pdf" "$WORK/by-serial.pdf" "$SOFTHSM_LIB" "$demo_serial"
finish
