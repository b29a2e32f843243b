#!/usr/bin/env bash
# Issue 14, items 10-12: 16 signers at once, with readers (log list, log
# verify) running all the time, on a register that does not exist yet.
# Every signing must succeed, no reader may see TAMPERED, no row may be lost
# and every attempt must end as "signed" (none "interrupted").
# KYSO_CONCURRENCY_ROUNDS (default 2; the issue's acceptance run is 50),
# KYSO_CONCURRENCY_SIGNERS (default 16).
source "$(dirname "$0")/lib.sh"
ROUNDS=${KYSO_CONCURRENCY_ROUNDS:-2}
SIGNERS=${KYSO_CONCURRENCY_SIGNERS:-16}
cp "$SAMPLE" "$WORK/in.pdf"
mkdir -p "$WORK/out" "$WORK/rc"
# SoftHSM's file store is not safe for many processes at once (it answers
# "no token" or CKR_GENERAL_ERROR while another process rewrites a token
# file), which has nothing to do with the register: each signer gets its own
# copy of the same token (same keys and certificates).
for i in $(seq 1 "$SIGNERS"); do
  cp -r "$TOKEN_DIR/tokens" "$WORK/tokens-$i"
  sed "s|^directories.tokendir = .*|directories.tokendir = $WORK/tokens-$i|" "$SOFTHSM2_CONF" >"$WORK/softhsm-$i.conf"
done
STOP=$WORK/stop

reader() { # n: loops until STOP, counts false alarms
  local n=$1 runs=0 bad=0 out rc
  while [ ! -e "$STOP" ]; do
    set +e
    out=$("$KYSO_CLI" log verify 2>&1); rc=$?
    set -e
    runs=$((runs + 1))
    if [ "$rc" != 0 ]; then bad=$((bad + 1)); echo "reader $n: rc $rc: $out" >>"$WORK/reader-errors"; fi
    set +e
    "$KYSO_CLI" log list --json >/dev/null 2>>"$WORK/reader-errors"; rc=$?
    set -e
    [ "$rc" = 0 ] || { bad=$((bad + 1)); echo "reader $n: log list rc $rc" >>"$WORK/reader-errors"; }
  done
  echo "$runs $bad" >"$WORK/reader-$n"
}

start=$(date +%s)
reader 1 & r1=$!
reader 2 & r2=$!
for round in $(seq 1 "$ROUNDS"); do
  pids=()
  for i in $(seq 1 "$SIGNERS"); do
    (
      set +e
      echo 123456 | SOFTHSM2_CONF=$WORK/softhsm-$i.conf "$KYSO_CLI" sign "$WORK/in.pdf" -o "$WORK/out/r$round-$i.pdf" --module "$SOFTHSM_LIB" \
        --cert-id 01 --pin-stdin --rect 300,100,200,80 >/dev/null 2>"$WORK/rc/r$round-$i.err"
      echo $? >"$WORK/rc/r$round-$i"
    ) &
    pids+=($!)
  done
  wait "${pids[@]}"
done
touch "$STOP"
wait "$r1" "$r2"
elapsed=$(( $(date +%s) - start ))

total=$((ROUNDS * SIGNERS))
failed=$(grep -Lx 0 "$WORK"/rc/r*[0-9] | wc -l)
read -r runs1 bad1 <"$WORK/reader-1"
read -r runs2 bad2 <"$WORK/reader-2"
json=$("$KYSO_CLI" log list --json)
rows=$(grep -c '"id"' <<<"$json" || true)
signed=$(grep -c '"result": "signed"' <<<"$json" || true)
echo "concurrency: $ROUNDS rounds x $SIGNERS signers in ${elapsed}s; $failed failed signings;" \
  "readers ran $((runs1 + runs2)) verify+list pairs with $((bad1 + bad2)) false alarms; $rows rows, $signed signed"
[ "$failed" = 0 ] || { for f in $(grep -Lx 0 "$WORK"/rc/r*[0-9] | head -8); do echo "$(basename "$f"): rc $(cat "$f"): $(cat "$f.err")"; done; }
[ -s "$WORK/reader-errors" ] && head -20 "$WORK/reader-errors"
check "0 failed signings of $total" test "$failed" = 0
check "0 false TAMPERED or reader errors in $((runs1 + runs2)) reads" test "$((bad1 + bad2))" = 0
check "0 lost rows ($rows of $total)" test "$rows" = "$total"
check "every attempt signed, none reconciled as interrupted ($signed of $total)" test "$signed" = "$total"
check "final log verify: intact" "$KYSO_CLI" log verify
finish
