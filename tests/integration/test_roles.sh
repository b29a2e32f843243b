#!/usr/bin/env bash
# Decree 30 layouts and the authority rules, checked from the PDF itself.
source "$(dirname "$0")/lib.sh"
GEO="perl $(dirname "$0")/geometry.pl"
DOC2=$DATA/quyet-dinh-2-trang.pdf
le() { perl -e 'exit(!($ARGV[0] <= $ARGV[1]))' "$1" "$2"; }
ge() { perl -e 'exit(!($ARGV[0] >= $ARGV[1]))' "$1" "$2"; }
run_sign() { # expected_rc in out id [args]; stderr in $ERR
  local want=$1 in=$2 out=$3 id=$4; shift 4
  set +e
  echo 123456 | LANG=vi_VN.UTF-8 LC_ALL= "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --token "KYSO DEMO" \
    --cert-id "$id" --pin-stdin --trust "$PKI/root.pem" "$@" >/dev/null 2>"$WORK/err"
  RC=$?
  set -e
  ERR=$(cat "$WORK/err")
  [ "$RC" = "$want" ] || { echo "exit $RC, wanted $want: $ERR" >&2; return 1; }
}

for doc in sample doc2; do
  if [ $doc = sample ]; then in=$SAMPLE; page=1; first=KT.; else in=$DOC2; page=2; first=TM.; fi
  p=$WORK/$doc-personal.pdf a=$WORK/$doc-agency.pdf
  check "$doc: personal signature placed automatically" run_sign 0 "$in" "$p" 01 --image "$SIG_IMAGE" --capacity KT. --title "PHÓ CHỦ TỊCH"
  check "$doc: agency seal placed automatically" run_sign 0 "$p" "$a" 07 --role agency --image "$SEAL_IMAGE" --seal-diameter 36
  "$KYSO_CLI" verify "$a" --trust "$PKI/root.pem" --json >"$WORK/$doc.json"
  read -r pg _ < <($GEO rect "$WORK/$doc.json" 1)
  check "$doc: signature on page $page (got $pg)" test "$pg" = "$page"
  read -r dx above below < <($GEO block "$WORK/$doc.json" 1 "$a" "$page" "$first" PHÓ Nguyễn)
  check "$doc: image centre within 2 pt of the title block centre (dx=$dx)" le "$dx" 2
  check "$doc: image below the title, not overlapping it (gap $above)" ge "$above" 0
  check "$doc: image above the name, not overlapping it (gap $below)" ge "$below" 0
  read -r overlap left width < <($GEO seal "$WORK/$doc.json" 1 2)
  check "$doc: seal overlaps 25-40 % of the signature width (got $overlap)" bash -c 'perl -e "exit(!(\$ARGV[0] >= 0.25 && \$ARGV[0] <= 0.40))" "$0"' "$overlap"
  check "$doc: seal on the left of the signature" test "$left" = 1
  check "$doc: seal width = 36 mm within 0.5 mm (got $width pt)" bash -c 'perl -e "exit(!(abs(\$ARGV[0] - 36*72/25.4) <= 0.5*72/25.4))" "$0"' "$width"
  check "$doc: both signatures valid in pdfsig" pdfsig_all_valid "$a" 2
  pdftoppm -r 60 -f "$page" -l "$page" -png "$a" "$WORK/$doc-render"
  check "$doc: page renders" test -s "$(ls "$WORK/$doc-render"*.png | head -1)"
done

# Text stamps, top right of page 1.
check "attachment stamp" run_sign 0 "$SAMPLE" "$WORK/attach.pdf" 07 --role attachment --doc-number "123/QĐ-UBND"
"$KYSO_CLI" verify "$WORK/attach.pdf" --trust "$PKI/root.pem" --json >"$WORK/attach.json"
read -r pg x y w h < <($GEO rect "$WORK/attach.json" 1)
check "attachment: page 1 (got $pg)" test "$pg" = 1
check "attachment: at the right edge (x+w=$x+$w)" ge "$(perl -e "print $x+$w")" 540
check "attachment: at the top (y+h=$y+$h)" ge "$(perl -e "print $y+$h")" 820
text=$(pdftotext -f 1 -l 1 "$WORK/attach.pdf" -)
check "attachment: pdftotext finds the document number" grep -q "123/QĐ-UBND" <<<"$text"
check "attachment: ISO 8601 time ending +07:00" grep -Eq '^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\+07:00$' <<<"$text"
check "attachment: Liberation Serif 10 pt text stamp" grep -q 'LiberationSerif *CID TrueType' <(pdffonts "$WORK/attach.pdf")
check "copy stamp" run_sign 0 "$SAMPLE" "$WORK/copy.pdf" 02 --role copy --copy-form "SAO Y" --agency "Sở Khoa học và Công nghệ tỉnh Phú Thọ"
text=$(pdftotext -f 1 -l 1 "$WORK/copy.pdf" -)
check "copy: form, agency and time" bash -c 'grep -q "^SAO Y$" <<<"$0" && grep -q "Sở Khoa học và Công nghệ tỉnh Phú Thọ" <<<"$0" && grep -Eq "\+07:00$" <<<"$0"' "$text"
check "copy: pdfsig valid" pdfsig_all_valid "$WORK/copy.pdf" 1

# Refusals (exit code, message, no output).
check "agency without a personal signature: refused (35)" run_sign 35 "$SAMPLE" "$WORK/r1.pdf" 02 --role agency --image "$SEAL_IMAGE"
check "  ... message" grep -q "người có thẩm quyền" <<<"$ERR"
check "personal certificate for the agency role: refused (34)" run_sign 34 "$WORK/sample-personal.pdf" "$WORK/r2.pdf" 01 --role agency --image "$SEAL_IMAGE"
check "agency certificate for the personal role: refused (34)" run_sign 34 "$SAMPLE" "$WORK/r3.pdf" 02 --role personal --image "$SIG_IMAGE"
check "expired certificate: refused (23)" run_sign 23 "$SAMPLE" "$WORK/r4.pdf" 03
check "agency over an untrusted personal signature: refused (35)" bash -c 'echo 123456 | "$0" sign "$1" -o "$2" --module "$3" --cert-id 02 --role agency --pin-stdin >/dev/null 2>&1; test $? = 35' "$KYSO_CLI" "$WORK/sample-personal.pdf" "$WORK/r5.pdf" "$SOFTHSM_LIB"
check "copy without --copy-form: refused (64)" run_sign 64 "$SAMPLE" "$WORK/r6.pdf" 02 --role copy
check "block not found: refused with a hint (16)" run_sign 16 "$SAMPLE" "$WORK/r7.pdf" 01 --signer-name "Người Không Có"
check "  ... hint names --rect" grep -q -- "--rect" <<<"$ERR"
check "certified with no changes allowed" run_sign 0 "$SAMPLE" "$WORK/certified.pdf" 01 --image "$SIG_IMAGE" --certify 1
check "  ... pdfsig still valid" pdfsig_all_valid "$WORK/certified.pdf" 1
check "signing a DocMDP P=1 document: refused (33)" run_sign 33 "$WORK/certified.pdf" "$WORK/r8.pdf" 02 --role agency --image "$SEAL_IMAGE"
for r in r1 r2 r3 r4 r5 r6 r7 r8; do check "$r: no output" test ! -e "$WORK/$r.pdf"; done

# Warnings.
check "45 days left: signs with a 60-day warning" run_sign 0 "$DATA/authority/khong-khoi-ky.pdf" "$WORK/w45.pdf" 04 --rect 60,60,150,60
check "  ... warning says to file the renewal (Mẫu 01/02)" grep -q "cảnh báo:.*Mẫu 01/02" <<<"$ERR"
check "20 days left: signs with a 30-day warning" run_sign 0 "$DATA/authority/khong-khoi-ky.pdf" "$WORK/w20.pdf" 05 --rect 60,60,150,60
check "  ... warning says renewal is no longer possible" grep -q "cảnh báo:.*ít nhất 30 ngày" <<<"$ERR"
check "same certificate again: signs with a warning" run_sign 0 "$WORK/sample-personal.pdf" "$WORK/again.pdf" 01 --rect 60,60,150,60
check "  ... warning says already signed" grep -q "cảnh báo:.*đã ký văn bản này" <<<"$ERR"
finish
