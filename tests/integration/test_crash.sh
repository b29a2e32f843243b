#!/usr/bin/env bash
# Killing kyso-cli sign at any point: no output or a complete valid one, the
# input untouched, the register consistent (and reconciled on the next start).
source "$(dirname "$0")/lib.sh"
cp "$SAMPLE" "$WORK/in.pdf"
before=$(sha "$WORK/in.pdf")
for point in before-output update-written signature-written renamed after-output; do
  out=$WORK/out-$point.pdf
  set +e
  echo 123456 | KYSO_TEST_CRASH_POINT=$point "$KYSO_CLI" sign "$WORK/in.pdf" -o "$out" --module "$SOFTHSM_LIB" \
    --cert-id 01 --pin-stdin --image "$SIG_IMAGE" >/dev/null 2>&1
  rc=$?
  set -e
  check "$point: the signer was killed (rc $rc)" test "$rc" = 137
  check "$point: input untouched" test "$(sha "$WORK/in.pdf")" = "$before"
  if [ -e "$out" ]; then
    check "$point: the output that exists is complete and valid" pdfsig_all_valid "$out" 1
  else
    ok "$point: no output"
  fi
  # Reading never reconciles; the next writing start (here: log reconcile) does.
  "$KYSO_CLI" log reconcile >"$WORK/log.err" 2>&1
  check "$point: the register reconciled the attempt" grep -q "^1 .*reconcile\|^đã đối soát 1" "$WORK/log.err"
  "$KYSO_CLI" log list --json >"$WORK/log.json"
  if [ -e "$out" ]; then
    check "$point: recorded as signed with the output's hash" grep -q "\"sha256After\": \"$(sha "$out")\"" "$WORK/log.json"
  else
    check "$point: recorded as interrupted" grep -q '"error": "interrupted before the output was written"' "$WORK/log.json"
  fi
  check "$point: register chain intact" "$KYSO_CLI" log verify
done
# A later run cleans up what the killed runs left behind.
check "temporary files of killed runs exist" test -n "$(find "$WORK" -maxdepth 1 -name '.*.kyso-*')"
check "a new signing succeeds" kyso_sign "$WORK/in.pdf" "$WORK/out-update-written.pdf" 01 --image "$SIG_IMAGE"
check "  ... and removed the stale temporary file of its target" test -z "$(find "$WORK" -maxdepth 1 -name '.out-update-written.pdf.kyso-*')"
finish
