#!/usr/bin/env bash
# One deadline per operation, stated in the message: a hung C_Sign ends after
# the token timeout (not a multiple of it); hung OCSP/CRL/AIA servers cost at
# most the network deadline in total, however many calls there are.
source "$(dirname "$0")/lib.sh"
: "${KYSO_TEST_MODULE:?}"
SHIM=$KYSO_TEST_MODULE
STATE=$WORK/p11state
export KYSO_TEST_P11_STATE=$STATE
state() { printf '%s\n' "$@" >"$STATE.new" && mv "$STATE.new" "$STATE"; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# --- a hung C_Sign: exit 32 after the stated timeout (2 s), not 3x it
state slow_ms=15000 slow_calls=Sign
start=$(date +%s%N)
set +e
echo 123456 | KYSO_TOKEN_TIMEOUT_MS=2000 "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/hung.pdf" --module "$SHIM" --cert-id 01 --pin-stdin 2>"$WORK/err"; rc=$?
set -e
ms=$(ms_since "$start")
check "hung C_Sign: exit 32 (got $rc: $(cat "$WORK/err"))" test "$rc" = 32
check "  ... back after ${ms} ms: the 2 s timeout once, not three times" test "$ms" -lt 4500
check "  ... the message states the timeout" grep -q 'within 2 s' "$WORK/err"
check "  ... no output" test ! -e "$WORK/hung.pdf"
state

# --- hung PKI servers: OCSP, CRL and AIA all hang; one network deadline
port=$((20000 + RANDOM % 30000))
NET=$WORK/net
KYSO_TOKEN_EE_ONLY=1 KYSO_PKI_URL=http://127.0.0.1:$port "$KYSO_SOURCE_DIR/tools/make-demo-token.sh" "$NET"
export SOFTHSM2_CONF=$NET/softhsm2.conf
# A server that accepts connections and never answers.
# Its own process group, so that the server and its hung children end together.
setsid socat TCP-LISTEN:"$port",bind=127.0.0.1,reuseaddr,fork EXEC:"sleep 20" 2>/dev/null </dev/null >/dev/null &
HUNG_PID=$!
trap 'kill -- -$HUNG_PID 2>/dev/null || true; [ -n "${KYSO_KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT # a failing kill must not fail the test (set -e applies in traps)
sleep 0.3
start=$(date +%s%N)
set +e
echo 123456 | KYSO_NET_TIMEOUT_MS=3000 "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/net.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin \
  --trust "$NET/pki/root.pem" --rect 60,60,150,60 2>"$WORK/err"; rc=$?
set -e
ms=$(ms_since "$start")
check "AIA, OCSP and CRL hung: signing still completes with warnings (got $rc: $(cat "$WORK/err"))" test "$rc" = 0
check "  ... all network work took ${ms} ms: within the 3 s deadline (plus signing)" test "$ms" -lt 6000
check "  ... the warning states the deadline" grep -q 'within the 3 s allowed' "$WORK/err"
start=$(date +%s%N)
set +e
echo 123456 | KYSO_NET_TIMEOUT_MS=3000 "$KYSO_CLI" sign "$SAMPLE" -o "$WORK/net-lt.pdf" --module "$SOFTHSM_LIB" --cert-id 01 --pin-stdin \
  --trust "$NET/pki/root.pem" --intermediates "$NET/pki/ca.pem" --tsa "http://127.0.0.1:$port/tsa" --ltv 2>"$WORK/err"; rc=$?
set -e
ms=$(ms_since "$start")
check "--ltv with the responders hung: exit 52 before the PIN (got $rc: $(cat "$WORK/err"))" test "$rc" = 52
check "  ... after ${ms} ms (deadline 3 s)" test "$ms" -lt 6000
check "  ... no output" test ! -e "$WORK/net-lt.pdf"
kill -- -$HUNG_PID 2>/dev/null || true
finish
