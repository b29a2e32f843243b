#!/usr/bin/env bash
# Authority bound to the document and the certificate (issue 10): every
# refusal (exit 75-81, before any PIN, no output, input untouched) and every
# acceptance, on LibreOffice documents of our own (tests/data/authority).
source "$(dirname "$0")/lib.sh"
GEO="perl $(dirname "$0")/geometry.pl"
AUT=$DATA/authority
ge() { perl -e 'exit(!($ARGV[0] >= $ARGV[1]))' "$1" "$2"; }
le() { perl -e 'exit(!($ARGV[0] <= $ARGV[1]))' "$1" "$2"; }

# sign_as LANG in out id [args]: exit code in $RC, stderr in $ERR. The PIN
# comes from a file that records whether it was read.
sign_as() {
  local lang=$1 in=$2 out=$3 id=$4; shift 4
  set +e
  LANG=$lang LC_ALL= "$KYSO_CLI" sign "$in" -o "$out" --module "$SOFTHSM_LIB" --token "KYSO DEMO" \
    --cert-id "$id" --pin-stdin --trust "$PKI/root.pem" "$@" <"$WORK/pin" >/dev/null 2>"$WORK/err"
  RC=$?
  set -e
  ERR=$(cat "$WORK/err")
}
echo 123456 >"$WORK/pin"
accept() { # description in out id [args]
  local d=$1; shift
  sign_as C.UTF-8 "$@"
  if [ "$RC" = 0 ] && pdfsig_all_valid "$2" "$(pdfsig -nssdir "$NSS" "$2" 2>/dev/null | grep -c '^Signature #')"; then
    ok "$d"
  else
    bad "$d (exit $RC: $ERR)"
  fi
}
# refuse description code en_word vi_word in out id [args]: the code in
# English and Vietnamese, one line, no output, input untouched.
refuse() {
  local d=$1 code=$2 en=$3 vi=$4 in=$5 out=$6; shift 6
  local before; before=$(sha "$in")
  sign_as C.UTF-8 "$in" "$out" "$@"
  local rc_en=$RC err_en=$ERR
  sign_as vi_VN.UTF-8 "$in" "$out" "$@"
  if [ "$rc_en" = "$code" ] && [ "$RC" = "$code" ] && grep -q "$en" <<<"$err_en" && grep -q "$vi" <<<"$ERR" \
    && [ "$(wc -l <<<"$ERR")" = 1 ] && [ ! -e "$out" ] && [ "$(sha "$in")" = "$before" ] \
    && ! ls "$(dirname "$out")"/.*kyso* >/dev/null 2>&1; then
    ok "$d: exit $code, message in both languages, no output, input untouched"
  else
    bad "$d: exit $rc_en/$RC (wanted $code): $err_en / $ERR"
  fi
}
last_json() { "$KYSO_CLI" log list --json | perl -MJSON::PP -e 'local $/; my $a = decode_json(<STDIN>); print encode_json($a->[-1])'; }
field() { perl -CO -MJSON::PP -e 'my $j = decode_json($ARGV[0]); my $v = $j; $v = $v->{$_} for split /\./, $ARGV[1]; print ref $v eq "ARRAY" ? join(",", @$v) : ($v // "")' "$1" "$2"; }

# --- the sample: personal signature placed automatically, authority read from the block
accept "sample: personal signature, no --capacity/--title typed" "$SAMPLE" "$WORK/p.pdf" 01 --image "$SIG_IMAGE"
j=$(last_json)
check "log: capacity KT. from the document" test "$(field "$j" capacity)" = "KT."
check "log: title PHÓ CHỦ TỊCH from the document" test "$(field "$j" title)" = "PHÓ CHỦ TỊCH"
check "log: agency from the document" test "$(field "$j" agency)" = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
check "log: docNumber from the document" test "$(field "$j" docNumber)" = "123/QĐ-UBND"
check "log: sources (capacity/title document)" test "$(field "$j" authority.sources.capacity)/$(field "$j" authority.sources.title)" = "document/document"
check "log: printed on behalf of CHỦ TỊCH, name Nguyễn Văn An" test "$(field "$j" authority.printed.onBehalfOf)|$(field "$j" authority.printed.name)" = "CHỦ TỊCH|Nguyễn Văn An"
check "log: certificate title, O, CN, serial" bash -c '[ "$0" = "Phó Chủ tịch|ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ|Nguyễn Văn An" ] && [ -n "$1" ]' \
  "$(field "$j" authority.certificate.title)|$(field "$j" authority.certificate.organization)|$(field "$j" authority.certificate.commonName)" "$(field "$j" authority.certificate.serial)"
check "log: document type and subject" bash -c '[ "$0" = "QUYẾT ĐỊNH" ] && grep -q "^Về việc ban hành Quy chế mẫu" <<<"$1"' \
  "$(field "$j" authority.documentType)" "$(field "$j" authority.documentSubject)"
check "log verify: chain intact with the authority rows" "$KYSO_CLI" log verify

# --- agency seal: the issuing agency's certificate only
refuse "Sở seal on the province's decision" 79 "issues" "ban hành" "$WORK/p.pdf" "$WORK/a-so.pdf" 02 --role agency --image "$SEAL_IMAGE"
accept "the province's seal on its decision" "$WORK/p.pdf" "$WORK/a.pdf" 07 --role agency --image "$SEAL_IMAGE"
check "sealed decision verifies" "$KYSO_CLI" verify "$WORK/a.pdf" --trust "$PKI/root.pem"
j=$(last_json)
check "log: seal's agency and number" test "$(field "$j" agency)|$(field "$j" authority.documentNumber)" = "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ|123/QĐ-UBND"

# --- personal refusals
refuse "another province's decision" 77 "organisation" "tổ chức" "$AUT/qd-tuyen-quang.pdf" "$WORK/r1.pdf" 01 --image "$SIG_IMAGE"
refuse "a Phó Chủ tịch on the Chủ tịch's block" 76 "title" "chức danh" "$AUT/qd-chu-tich.pdf" "$WORK/r2.pdf" 01 --image "$SIG_IMAGE"
refuse "another person's block chosen with --signer-name" 75 "holder" "người" "$AUT/cong-van-lien-tich.pdf" "$WORK/r3.pdf" 01 --signer-name "Hoàng Minh Đức"
refuse "a Sở's document naming someone else" 75 "holder" "người" "$AUT/to-trinh-so-khcn.pdf" "$WORK/r4.pdf" 01
refuse "typed --title contradicting the certificate" 78 "typed" "nhập" "$SAMPLE" "$WORK/r5.pdf" 01 --title "CHỦ TỊCH"
refuse "typed --agency contradicting the certificate" 78 "typed" "nhập" "$SAMPLE" "$WORK/r6.pdf" 01 --agency "BỘ CÔNG AN"
sign_as C.UTF-8 "$SAMPLE" "$WORK/r7.pdf" 01 --override-authority " "
check "--override-authority without a reason: usage error (64)" test "$RC" = 64

# --- joint document: the signer's own block among two
accept "joint letter: Phó Chủ tịch signs his block" "$AUT/cong-van-lien-tich.pdf" "$WORK/joint.pdf" 01 --image "$SIG_IMAGE"
"$KYSO_CLI" verify "$WORK/joint.pdf" --trust "$PKI/root.pem" --json >"$WORK/joint.json" || true
read -r pg x y w h < <($GEO rect "$WORK/joint.json" 1)
check "joint: image on the left block (centre x $(perl -e "print $x+$w/2") < 300)" le "$(perl -e "print $x+$w/2")" 300
j=$(last_json)
check "joint: type CÔNG VĂN, subject V/v, number" test "$(field "$j" authority.documentType)|$(field "$j" authority.documentNumber)" = "CÔNG VĂN|2150/UBND-KGVX"
check "joint: outer TM. line kept out of the capacity" test "$(field "$j" capacity)|$(field "$j" authority.printed.onBehalfOf)" = "KT.|CHỦ TỊCH"

# --- a Sở: its deputy director signs, the Sở seals; the province may not
accept "Sở: Phó Giám đốc signs the blank-numbered submission" "$AUT/to-trinh-so-khcn.pdf" "$WORK/so-p.pdf" 08 --image "$SIG_IMAGE"
j=$(last_json)
check "Sở: number left blank recorded as such" test "$(field "$j" authority.documentNumber)|$(field "$j" title)" = "/TTr-SKHCN|PHÓ GIÁM ĐỐC"
accept "Sở: its own seal" "$WORK/so-p.pdf" "$WORK/so-a.pdf" 02 --role agency --image "$SEAL_IMAGE"
refuse "Sở's document sealed by the province" 79 "issues" "ban hành" "$WORK/so-p.pdf" "$WORK/so-x.pdf" 07 --role agency --image "$SEAL_IMAGE"

# --- a block split over two pages
accept "split block: signs" "$AUT/qd-tach-trang.pdf" "$WORK/split.pdf" 01 --image "$SIG_IMAGE"
"$KYSO_CLI" verify "$WORK/split.pdf" --trust "$PKI/root.pem" --json >"$WORK/split.json" || true
read -r pg x y w h < <($GEO rect "$WORK/split.json" 1)
name_top=$(pdftotext -f 2 -l 2 -bbox "$AUT/qd-tach-trang.pdf" - | perl -ne 'if (/yMin="([\d.]+)".*>Nguyễn</) { print 841.89 - $1; exit }')
check "split block: on page 2 (got $pg)" test "$pg" = 2
check "split block: image above the name (bottom $y >= name top $name_top)" ge "$y" "$(perl -e "print $name_top - 1")"
j=$(last_json)
check "split block: capacity and title read across the page break" test "$(field "$j" capacity)|$(field "$j" title)" = "KT.|PHÓ CHỦ TỊCH"

# --- no header, no block (as a scan): what can be checked still is
accept "no block: signs with an explicit position" "$AUT/khong-khoi-ky.pdf" "$WORK/scan.pdf" 04 --rect 60,60,150,60
j=$(last_json)
check "no block: register says what was not read" bash -c 'grep -q block <<<"$0" && grep -q agency <<<"$0" && grep -q signer <<<"$1"' \
  "$(field "$j" authority.notRead)" "$(field "$j" authority.notChecked)"
refuse "no block: a typed title contradicting the certificate is still refused" 78 "typed" "nhập" "$AUT/khong-khoi-ky.pdf" "$WORK/scan2.pdf" 08 --rect 60,60,150,60 --title "GIÁM ĐỐC"

# --- name matching only without diacritics: a warning
sign_as C.UTF-8 "$SAMPLE" "$WORK/plain.pdf" 09 --image "$SIG_IMAGE"
check "name without diacritics: signs (exit $RC)" test "$RC" = 0
check "name without diacritics: warning" grep -q "without diacritics" <<<"$ERR"

# --- copy: the stamp names the certificate's agency
refuse "copy stamp naming another agency" 80 "copying" "sao" "$SAMPLE" "$WORK/c1.pdf" 02 --role copy --copy-form "SAO Y" --agency "BỘ CÔNG AN"
accept "copy stamp defaults to the certificate's agency" "$SAMPLE" "$WORK/c2.pdf" 02 --role copy --copy-form "SAO Y"
check "copy stamp text" grep -q "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ" <(pdftotext -f 1 -l 1 "$WORK/c2.pdf" -)
j=$(last_json)
check "copy: agency from the certificate" test "$(field "$j" agency)|$(field "$j" authority.sources.agency)" = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ|certificate"

# --- attachment: tied to a main document sealed by the same agency
accept "attachment by the sealed decision's number" "$AUT/khong-khoi-ky.pdf" "$WORK/att1.pdf" 07 --role attachment --doc-number "123/QĐ-UBND"
refuse "attachment to a number never sealed" 81 "attachment" "phụ lục" "$AUT/khong-khoi-ky.pdf" "$WORK/att2.pdf" 07 --role attachment --doc-number "999/QĐ-UBND"
refuse "attachment by another agency" 81 "attachment" "phụ lục" "$AUT/khong-khoi-ky.pdf" "$WORK/att3.pdf" 02 --role attachment --doc-number "123/QĐ-UBND"
accept "attachment with --main (number taken from it)" "$AUT/khong-khoi-ky.pdf" "$WORK/att4.pdf" 07 --role attachment --main "$WORK/a.pdf"
check "attachment stamp shows the main document's number" grep -q "123/QĐ-UBND" <(pdftotext -f 1 -l 1 "$WORK/att4.pdf" -)
refuse "attachment with --main that carries no seal" 81 "attachment" "phụ lục" "$AUT/khong-khoi-ky.pdf" "$WORK/att5.pdf" 07 --role attachment --main "$WORK/p.pdf"

# --- override: an IT-approved exception goes through and is recorded
sign_as C.UTF-8 "$AUT/qd-tuyen-quang.pdf" "$WORK/ovr.pdf" 01 --image "$SIG_IMAGE" --override-authority "Phiếu CNTT số 12"
check "override: signs (exit $RC)" test "$RC" = 0
check "override: says so on stderr" grep -qi "overridden" <<<"$ERR"
j=$(last_json)
check "override: reason, OS user and refusal recorded" bash -c '[ "$0" = "Phiếu CNTT số 12" ] && [ "$1" = "$(id -un)" ] && grep -q "^authority-organization-mismatch" <<<"$2"' \
  "$(field "$j" authority.override.reason)" "$(field "$j" authority.override.user)" "$(field "$j" authority.override.refusal)"
check "override: both the document's and the certificate's values" test "$(field "$j" authority.printed.agency)|$(field "$j" authority.certificate.organization)" = "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG|ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"
check "log verify after all of it" "$KYSO_CLI" log verify

finish
