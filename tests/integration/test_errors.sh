#!/usr/bin/env bash
# Every failure: distinct exit code, one clear line, no output file, input untouched.
source "$(dirname "$0")/lib.sh"

cp "$SAMPLE" "$WORK/good.pdf"
printf 'Đây không phải PDF\n' >"$WORK/text.pdf"
head -c 30000 "$SAMPLE" >"$WORK/truncated.pdf"
qpdf --encrypt user owner 256 -- "$SAMPLE" "$WORK/encrypted.pdf"
mkdir -p "$WORK/empty-tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$WORK/empty-tokens" >"$WORK/empty.conf"

# expect NAME CODE MESSAGE_REGEX_EN MESSAGE_REGEX_VI INPUT OUTPUT [sign args...]
expect() {
  local name=$1 code=$2 en=$3 vi=$4 in=$5 out=$6; shift 6
  local before="" rc err
  [ -f "$in" ] && before=$(sha "$in")
  for lang in en vi; do
    set +e
    if [ "$lang" = vi ]; then
      err=$(echo "${PIN:-123456}" | LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --pin-stdin "$@" 2>&1 >/dev/null)
    else
      err=$(echo "${PIN:-123456}" | "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --pin-stdin "$@" 2>&1 >/dev/null)
    fi
    rc=$?
    set -e
    check "$name [$lang]: exit code $code (got $rc)" test "$rc" = "$code"
    local re=$en; [ "$lang" = vi ] && re=$vi
    check "$name [$lang]: message /$re/ (got: $err)" grep -Eq "$re" <<<"$err"
    check "$name [$lang]: one line" test "$(printf '%s\n' "$err" | wc -l)" = 1
    if [ "${KEEP_OUTPUT:-}" != 1 ]; then
      check "$name [$lang]: no output file" test ! -e "$out"
    fi
    check "$name [$lang]: no temporary file left" test -z "$(find "$(dirname "$out")" -maxdepth 1 -name '.*.kyso-*' 2>/dev/null)"
    if [ -n "$before" ]; then check "$name [$lang]: input untouched" test "$(sha "$in")" = "$before"; fi
  done
}

expect "file not found" 10 "does not exist" "không tồn tại" "$WORK/missing.pdf" "$WORK/o1.pdf" --cert-id 01
expect "not a PDF" 11 "not a PDF" "không phải là văn bản PDF" "$WORK/text.pdf" "$WORK/o2.pdf" --cert-id 01
expect "damaged PDF" 12 "damaged" "bị hỏng" "$WORK/truncated.pdf" "$WORK/o3.pdf" --cert-id 01
expect "encrypted PDF" 13 "encrypted" "mã hóa" "$WORK/encrypted.pdf" "$WORK/o4.pdf" --cert-id 01
expect "page out of range" 14 "page" "trang" "$WORK/good.pdf" "$WORK/o5.pdf" --cert-id 01 --page 7
expect "image unreadable" 15 "image" "ảnh" "$WORK/good.pdf" "$WORK/o6.pdf" --cert-id 01 --image "$WORK/text.pdf"
expect "module missing" 20 "PKCS#11" "PKCS#11" "$WORK/good.pdf" "$WORK/o7.pdf" --cert-id 01 --module /nonexistent/libnothing.so
expect "token absent (label)" 21 "No token" "Không có token" "$WORK/good.pdf" "$WORK/o8.pdf" --token "NO SUCH TOKEN"
SOFTHSM2_CONF=$WORK/empty.conf expect "token absent (none plugged in)" 21 "No token" "Không có token" "$WORK/good.pdf" "$WORK/o9.pdf"
expect "certificate not found" 22 "certificate" "chứng thư" "$WORK/good.pdf" "$WORK/o10.pdf" --cert-id 99
expect "several certificates, none chosen" 22 "several certificates" "nhiều chứng thư" "$WORK/good.pdf" "$WORK/o11.pdf"
expect "expired certificate" 23 "expired" "hết hạn" "$WORK/good.pdf" "$WORK/o12.pdf" --cert-id 03
PIN=999999 expect "wrong PIN" 25 "Wrong PIN" "Sai mã PIN" "$WORK/good.pdf" "$WORK/o13.pdf" --cert-id 01
expect "output folder missing" 40 "cannot be written" "không ghi được" "$WORK/good.pdf" "$WORK/no/such/dir/o.pdf" --cert-id 01
cp "$SAMPLE" "$WORK/existing.pdf"
existing=$(sha "$WORK/existing.pdf")
KEEP_OUTPUT=1 expect "output exists" 41 "already exists" "đã tồn tại" "$WORK/good.pdf" "$WORK/existing.pdf" --cert-id 01
check "existing output untouched" test "$(sha "$WORK/existing.pdf")" = "$existing"
KEEP_OUTPUT=1 expect "output is input" 42 "must differ" "phải khác" "$WORK/good.pdf" "$WORK/good.pdf" --cert-id 01 --force

# A PIN is never taken from the command line.
set +e
"$KYSO_CLI" sign "$WORK/good.pdf" -o "$WORK/x.pdf" --pin 123456 >/dev/null 2>&1; rc=$?
set -e
check "--pin is refused (usage error 64, got $rc)" test "$rc" = 64
check "--pin left no output" test ! -e "$WORK/x.pdf"

# The good file still signs after all this (nothing was locked or broken).
check "good file signs" kyso_sign "$WORK/good.pdf" "$WORK/final.pdf" 01
check "good file verifies" "$KYSO_CLI" verify "$WORK/final.pdf" --trust "$PKI/root.pem"

# verify's own exit codes: 2 when the file cannot be read.
for f in missing.pdf text.pdf truncated.pdf encrypted.pdf; do
  set +e; "$KYSO_CLI" verify "$WORK/$f" >/dev/null 2>&1; rc=$?; set -e
  check "verify $f: exit 2 (got $rc)" test "$rc" = 2
done
set +e; "$KYSO_CLI" verify "$WORK/good.pdf" >/dev/null 2>&1; rc=$?; set -e
check "verify unsigned file: exit 1 (got $rc)" test "$rc" = 1
finish
