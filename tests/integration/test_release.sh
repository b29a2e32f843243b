#!/usr/bin/env bash
# The clerk's release step (issue 12): number and date written into the draft's
# blanks inside the seal's own update, and the outgoing-documents book.
source "$(dirname "$0")/lib.sh"
PYHANKO=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
run() { # expected_rc in out id [args]; stderr in $ERR
  local want=$1 in=$2 out=$3 id=$4; shift 4
  set +e
  echo 123456 | LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --token "KYSO DEMO" \
    --cert-id "$id" --pin-stdin --trust "$PKI/root.pem" "$@" >"$WORK/out" 2>"$WORK/err"
  RC=$?
  set -e
  ERR=$(cat "$WORK/err")
  [ "$RC" = "$want" ] || { echo "exit $RC, wanted $want: $ERR" >&2; return 1; }
}
release() { run "$@" --role agency --image "$SEAL_IMAGE" --seal-diameter 36; }
# Words of page 1 as "text xMin yMin xMax yMax" lines.
words() { pdftotext -bbox -f 1 -l 1 "$1" - | perl -ne 'print "$5 $1 $2 $3 $4\n" if /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</'; }
# between FILE LEFT MIDDLE RIGHT: MIDDLE lies on LEFT's line, after LEFT and before RIGHT.
between() {
  words "$1" | perl -e '
    my ($l, $m, $r) = @ARGV; my (%w, @all);
    while (<STDIN>) { chomp; my @f = split / /; push @all, [@f]; }
    for my $a (@all) { next unless $a->[0] eq $l;
      for my $b (@all) { next unless $b->[0] eq $m && abs(($b->[2]+$b->[4])/2 - ($a->[2]+$a->[4])/2) < 3 && $b->[1] >= $a->[3] - 0.5;
        for my $c (@all) { exit 0 if $c->[0] eq $r && abs(($c->[2]+$c->[4])/2 - ($a->[2]+$a->[4])/2) < 3 && $c->[1] >= $b->[3] - 0.5 && $c->[1] - $a->[3] < 120; } } }
    exit 1;' "$2" "$3" "$4"
}
pyhanko_ok() {
  if [ ! -x "$PYHANKO" ]; then echo "SKIP pyHanko: not available"; return 0; fi
  "$PYHANKO" "$1" "$PKI/root.pem" --offline >"$WORK/pyhanko.txt" 2>&1 || { cat "$WORK/pyhanko.txt" >&2; return 1; }
}

n=0
for doc in giua trai dong-rieng 2-trang; do   # 2-trang: header on page 1, block on page 2
  in=$DATA/du-thao-$doc.pdf p=$WORK/$doc-p.pdf a=$WORK/$doc-a.pdf
  case $doc in giua | 2-trang) sym=QĐ-UBND ;; trai) sym=TB-UBND ;; *) sym=KH-UBND ;; esac
  n=$((n + 1))
  check "$doc: personal signature on the draft" run 0 "$in" "$p" 01 --image "$SIG_IMAGE"
  check "$doc: released with --number next --date 2026-02-05" release 0 "$p" "$a" 07 --number next --date 2026-02-05
  check "$doc: CLI says Số $n/$sym" grep -q "Số $n/$sym" "$WORK/out"
  check "$doc: pdftotext -bbox finds $n between \"Số:\" and the symbol" between "$a" "Số:" "$n" "/$sym"
  check "$doc: the day 05 between \"ngày\" and \"tháng\"" between "$a" ngày 05 tháng
  check "$doc: the month 02 between \"tháng\" and \"năm\"" between "$a" tháng 02 năm
  check "$doc: the number in Liberation Serif (embedded subset)" bash -c "pdffonts '$a' | grep -q 'LiberationSerif-Italic.*yes'"
  check "$doc: pdfsig: both signatures valid and trusted" pdfsig_all_valid "$a" 2
  check "$doc: openssl verifies the personal signature" cms_verifies "$a" 1
  check "$doc: openssl verifies the seal" cms_verifies "$a" 2
  check "$doc: qpdf --check clean" qpdf_clean "$a"
  check "$doc: pyHanko: both signatures valid (stamps accepted as part of the seal)" pyhanko_ok "$a"
  "$KYSO_CLI" verify "$a" --trust "$PKI/root.pem" >"$WORK/verify.txt" 2>&1
  check "$doc: kyso-cli verify agrees" test "$(grep -c 'Result: VALID' "$WORK/verify.txt")" = 2
  check "$doc: the input was left untouched" cmp -s "$p" "$WORK/$doc-p.pdf"
done
# The stamps sit in the seal's own update: the seal's byte range covers the whole file.
check "seal covers the whole file (stamps signed by it)" bash -c "pdfsig -nssdir '$NSS' '$WORK/giua-a.pdf' 2>/dev/null | grep -A8 'Signature #2' | grep -q 'Total document signed'"

# The book.
"$KYSO_CLI" log outgoing --year 2026 --json >"$WORK/book.json"
check "log outgoing --json: four entries" test "$(perl -CO -MJSON::PP -e 'local $/; print scalar @{decode_json(<STDIN>)}' <"$WORK/book.json")" = 4
first() { perl -CO -MJSON::PP -e 'local $/; my $e = decode_json(<STDIN>)->[0]; print $e->{$ARGV[0]}' "$1" <"$WORK/book.json"; }
check "book: number with symbol" test "$(first numberAndSymbol)" = "1/QĐ-UBND"
check "book: ISO date" test "$(first date)" = "2026-02-05"
check "book: type" test "$(first type)" = "QUYẾT ĐỊNH"
check "book: subject" test "$(first subject)" = "Về việc ban hành Quy chế quản lý chữ ký số (DEMO)"
check "book: signer" test "$(first signer)" = "Nguyễn Văn An"
check "book: signer's title from the block" test "$(first signerTitle)" = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
check "book: recipients from Nơi nhận" bash -c "perl -CO -MJSON::PP -e 'local \$/; print join(\"|\", @{decode_json(<STDIN>)->[0]{recipients}})' <'$WORK/book.json' | grep -qx 'Như Điều 2|Sở Khoa học và Công nghệ|Lưu: VT, VP'"
check "book: output and its SHA-256" test "$(first sha256)" = "$(sha "$WORK/giua-a.pdf")"
check "book: the clerk is the OS user" test "$(first clerk)" = "$(id -un)"
"$KYSO_CLI" log outgoing --year 2026 --csv "$WORK/book.csv" --pdf "$WORK/book.pdf"
check "book CSV: Appendix IV columns" grep -q '"Số, ký hiệu văn bản","Ngày tháng văn bản","Tên loại và trích yếu nội dung văn bản","Người ký","Nơi nhận văn bản"' "$WORK/book.csv"
check "book PDF: A4 landscape" bash -c "pdfinfo '$WORK/book.pdf' | grep -q 'Page size: *841.89 x 595.28'"
text=$(pdftotext -layout "$WORK/book.pdf" -)
check "book PDF: national heading, title, year, agency" bash -c 'grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" <<<"$0" && grep -q "SỔ ĐĂNG KÝ VĂN BẢN ĐI" <<<"$0" && grep -q "Năm: 2026" <<<"$0" && grep -q "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ" <<<"$0"' "$text"
check "book PDF: the entries" bash -c 'grep -q "1/QĐ-UBND" <<<"$0" && grep -q "3/KH-UBND" <<<"$0"' "$text"
check "book in the register's hash chain" "$KYSO_CLI" log verify

# Refusals: exit code, message, no output, before any PIN.
noout() { [ ! -e "$1" ]; }
run 0 "$DATA/du-thao-giua.pdf" "$WORK/g2-p.pdf" 01 --image "$SIG_IMAGE"
check "duplicate number refused (102)" release 102 "$WORK/g2-p.pdf" "$WORK/r1.pdf" 07 --number 2 --date 2026-02-06
check "  ... message names the next free number" grep -q "5" <<<"$ERR"
check "  ... no output" noout "$WORK/r1.pdf"
check "wrong year refused (103)" release 103 "$WORK/g2-p.pdf" "$WORK/r2.pdf" 07 --number 9 --date 2027-01-02
check "  ... message in Vietnamese" grep -q "năm" <<<"$ERR"
check "  ... no output" noout "$WORK/r2.pdf"
check "agency mismatch refused (104)" release 104 "$WORK/g2-p.pdf" "$WORK/r3.pdf" 02 --number 9 --date 2026-02-06
check "  ... no output" noout "$WORK/r3.pdf"
check "already numbered refused (101)" release 101 "$WORK/giua-a.pdf" "$WORK/r4.pdf" 07 --number 9 --date 2026-02-06
check "  ... no output" noout "$WORK/r4.pdf"
run 0 "$SAMPLE" "$WORK/sample-p.pdf" 01 --image "$SIG_IMAGE" --capacity KT. --title "PHÓ CHỦ TỊCH"
check "a numbered document (the sample, Số: 123) refused (101)" release 101 "$WORK/sample-p.pdf" "$WORK/r5.pdf" 07 --number 9 --date 2026-02-06
run 0 "$DATA/quyet-dinh-2-trang.pdf" "$WORK/two-p.pdf" 01 --image "$SIG_IMAGE" --capacity TM.
check "no blank in the document refused (100)" release 100 "$WORK/two-p.pdf" "$WORK/r6.pdf" 07 --number 9 --date 2026-02-06
check "  ... no output" noout "$WORK/r6.pdf"
check "--number with the personal role refused (64)" run 64 "$DATA/du-thao-giua.pdf" "$WORK/r7.pdf" 01 --image "$SIG_IMAGE" --number 9
check "bad --number refused (64)" release 64 "$WORK/g2-p.pdf" "$WORK/r8.pdf" 07 --number 12a --date 2026-02-06
# The refusals cost no PIN and no number: the next free one is still 5.
check "after the refusals the next number is 5" release 0 "$WORK/g2-p.pdf" "$WORK/g2-a.pdf" 07 --number next --date 2026-02-06
check "  ... Số 5/QĐ-UBND" grep -q "Số 5/QĐ-UBND" "$WORK/out"
# Numbering restarts on 1 January.
run 0 "$DATA/du-thao-giua.pdf" "$WORK/g3-p.pdf" 01 --image "$SIG_IMAGE"
check "a 2027 book starts at 1 (draft says 2026: refused as wrong year)" release 103 "$WORK/g3-p.pdf" "$WORK/r9.pdf" 07 --number next --date 2027-01-01
finish
