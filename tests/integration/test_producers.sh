#!/usr/bin/env bash
# Signs PDFs from other producers and checks each with independent tools.
source "$(dirname "$0")/lib.sh"

inputs=()
cp "$SAMPLE" "$WORK/libreoffice.pdf"; inputs+=(libreoffice)
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$WORK/ghostscript.pdf" "$SAMPLE"; inputs+=(ghostscript)
qpdf --object-streams=generate "$SAMPLE" "$WORK/objstreams.pdf"; inputs+=(objstreams)
qpdf --linearize "$SAMPLE" "$WORK/linearized.pdf"; inputs+=(linearized)
qpdf --rotate=+90:1 "$SAMPLE" "$WORK/rotated.pdf"; inputs+=(rotated)
# A document already signed by poppler (pdfsig -add-signature, NSS key).
openssl pkcs12 -export -in "$PKI/agency.pem" -inkey "$PKI/agency.key" -certfile "$PKI/ca.pem" \
  -name agency -out "$WORK/p.p12" -passout pass:test
pk12util -i "$WORK/p.p12" -d "$NSS" -W test >/dev/null
pdfsig -add-signature -nssdir "$NSS" -nick agency -reason "poppler" "$SAMPLE" "$WORK/poppler-signed.pdf"
inputs+=(poppler-signed)

check "ghostscript input is from Ghostscript" grep -qa 'Ghostscript' "$WORK/ghostscript.pdf"
check "poppler input carries a valid signature" pdfsig_all_valid "$WORK/poppler-signed.pdf" 1

for name in "${inputs[@]}"; do
  in=$WORK/$name.pdf out=$WORK/${name}_signed.pdf
  before=$(sha "$in")
  earlier=0; [ "$name" = poppler-signed ] && earlier=1
  check "$name: kyso-cli sign exits 0" kyso_sign "$in" "$out" 01 --image "$SIG_IMAGE" --with-text --rect 330,150,220,90 --reason "Ký ban hành"
  check "$name: input unchanged" test "$(sha "$in")" = "$before"
  check "$name: pdfsig: all $((earlier + 1)) signatures valid and trusted" pdfsig_all_valid "$out" $((earlier + 1))
  check "$name: qpdf --check clean" qpdf_clean "$out"
  check "$name: openssl cms -verify over the ByteRange" cms_verifies "$out" $((earlier + 1))
  check "$name: CMS is PAdES (no signingTime, signing-certificate-v2)" cms_is_pades "$out" $((earlier + 1))
  check "$name: pdftotext finds the signer's Vietnamese name" grep -q "Ký bởi: Nguyễn Văn An" <(pdftotext "$out" -)
  check "$name: embedded Identity-H font subset" grep -q 'CID TrueType *Identity-H *yes *yes *yes' <(pdffonts "$out")
  check "$name: SubFilter ETSI.CAdES.detached" grep -qa '/SubFilter */ETSI.CAdES.detached' "$out"
  check "$name: kyso-cli verify: all valid" "$KYSO_CLI" verify "$out" --trust "$PKI/root.pem"
  if [ "$earlier" = 1 ]; then
    check "$name: earlier poppler signature bytes unchanged" cmp -s -n "$(stat -c %s "$in")" "$in" "$out"
  fi
done
finish
