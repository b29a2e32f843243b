#!/usr/bin/env bash
# Interoperability: signs PDFs from other producers (LibreOffice incl. PDF/A-2b
# and a form, Ghostscript, qpdf object streams and linearized, poppler- and
# pyHanko-signed files, offset and rotated page boxes) personally, then with
# the agency seal on top, and checks every output with pdfsig, qpdf --check,
# kyso-cli verify and pyHanko (every signature, earlier ones included), plus
# the byte-exact update rules: the output starts with the input's bytes, the
# new cross-reference data is a stream iff the previous one was, and /Prev
# points to the previous one.
source "$(dirname "$0")/lib.sh"

PYCHECK=$KYSO_SOURCE_DIR/../shared/tools/pyhanko-check
PYHANKO=${PYHANKO_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/kyso-pyhanko}/bin/pyhanko
INTEROP=$KYSO_SOURCE_DIR/tests/data/interop
XREF_TAIL="python3 $KYSO_SOURCE_DIR/tests/integration/xref_tail.py"
have_pyhanko=1
if [ ! -x "$PYCHECK" ] || [ ! -x "$PYHANKO" ]; then
  have_pyhanko=0
  echo "SKIP pyHanko: not available (no $PYCHECK or $PYHANKO); pyHanko checks and the pyHanko-signed input are left out"
fi

# --- inputs ------------------------------------------------------------------
inputs=()
cp "$SAMPLE" "$WORK/libreoffice.pdf"; inputs+=(libreoffice)
cp "$INTEROP/libreoffice-pdfa2b.pdf" "$WORK/pdfa2b.pdf"; inputs+=(pdfa2b)
cp "$INTEROP/libreoffice-form.pdf" "$WORK/lo-form.pdf"; inputs+=(lo-form)
gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$WORK/ghostscript.pdf" "$SAMPLE"; inputs+=(ghostscript)
qpdf --object-streams=generate "$SAMPLE" "$WORK/objstreams.pdf"; inputs+=(objstreams)
qpdf --linearize "$SAMPLE" "$WORK/linearized.pdf"; inputs+=(linearized)
python3 "$KYSO_SOURCE_DIR/tools/make-interop-fixtures.py" "$WORK/fx"
cp "$WORK/fx/offset.pdf" "$WORK/offset.pdf"; inputs+=(offset)
cp "$WORK/fx/offset-rotated.pdf" "$WORK/offset-rotated.pdf"; inputs+=(offset-rotated)
cp "$WORK/fx/form-appearances.pdf" "$WORK/form.pdf"; inputs+=(form)
openssl pkcs12 -export -in "$PKI/agency.pem" -inkey "$PKI/agency.key" -certfile "$PKI/ca.pem" \
  -name agency -out "$WORK/p.p12" -passout pass:test
pk12util -i "$WORK/p.p12" -d "$NSS" -W test >/dev/null
pdfsig -add-signature -nssdir "$NSS" -nick agency -reason "poppler" "$SAMPLE" "$WORK/poppler-signed.pdf"
inputs+=(poppler-signed)
if [ "$have_pyhanko" = 1 ]; then
  # pyHanko signs an object-stream file: its update ends with an xref stream.
  "$PYHANKO" sign addsig --field "1/40,40,200,100/PyHankoSig" pemder --key "$PKI/agency.key" --cert "$PKI/agency.pem" \
    --chain "$PKI/ca.pem" --no-pass "$WORK/objstreams.pdf" "$WORK/pyhanko-signed.pdf" >/dev/null
  inputs+=(pyhanko-signed)
fi

earlier_of() { case $1 in poppler-signed|pyhanko-signed) echo 1 ;; *) echo 0 ;; esac; }

# The output starts with the input's bytes; the new xref section has the kind
# of the input's last one and /Prev pointing to it.
byte_exact_update() { # in out
  local in=$1 out=$2 kin sin pin kout sout pout
  cmp -s -n "$(stat -c %s "$in")" "$in" "$out" || { echo "output does not start with the input bytes" >&2; return 1; }
  read -r kin sin pin < <($XREF_TAIL "$in")
  read -r kout sout pout < <($XREF_TAIL "$out")
  [ "$kin" = "$kout" ] || { echo "xref kind $kin -> $kout" >&2; return 1; }
  [ "$pout" = "$sin" ] || { echo "/Prev $pout, previous xref at $sin" >&2; return 1; }
}

# pdfsig: N signatures, each valid and trusted; prepared empty signature
# fields ("not signed") are not counted.
pdfsig_signed_valid() { # file n
  local out n empty valid trusted
  out=$(pdfsig -nssdir "$NSS" "$1" 2>/dev/null) || true
  n=$(grep -c '^Signature #' <<<"$out" || true)
  empty=$(grep -c 'The signature form field is not signed' <<<"$out" || true)
  valid=$(grep -c 'Signature Validation: Signature is Valid.' <<<"$out" || true)
  trusted=$(grep -c 'Certificate Validation: Certificate is Trusted.' <<<"$out" || true)
  if [ $((n - empty)) -eq "$2" ] && [ "$valid" -eq "$2" ] && [ "$trusted" -eq "$2" ]; then return 0; fi
  echo "$out" >&2
  return 1
}

pyhanko_valid() { # file
  "$PYCHECK" "$1" "$PKI/root.pem" --offline >"$WORK/pyhanko.log" 2>&1
}

# pyHanko 0.20.1 cannot read the difference between two revisions of a form
# holding a check box (its /AP /N is a dictionary of states): it stops with
# "indirect object expected" in _allow_in_place_appearance_update, on files
# signed twice by pyHanko itself too. Shown as XFAIL, with that fact checked.
pyhanko_known_limitation() { # in out label
  grep -q 'indirect object expected' "$WORK/pyhanko.log" || return 1
  local own1=$WORK/own1.pdf own2=$WORK/own2.pdf
  rm -f "$own1" "$own2"
  "$PYHANKO" sign addsig --field "1/40,40,200,100/A" pemder --key "$PKI/agency.key" --cert "$PKI/agency.pem" \
    --chain "$PKI/ca.pem" --no-pass "$1" "$own1" >/dev/null 2>&1 &&
  "$PYHANKO" sign addsig --field "1/240,40,400,100/B" pemder --key "$PKI/agency.key" --cert "$PKI/agency.pem" \
    --chain "$PKI/ca.pem" --no-pass "$own1" "$own2" >/dev/null 2>&1 || return 1
  local own
  own=$("$PYCHECK" "$own2" "$PKI/root.pem" --offline 2>&1) || true
  grep -q 'indirect object expected' <<<"$own" || return 1
  echo "XFAIL - $3: pyHanko: known pyHanko 0.20.1 limitation (check box /AP /N dictionary; 'indirect object expected')"
  ok "$3: pyHanko fails identically on a file pyHanko itself signed twice"
}

check_output() { # in out total_signatures label [original input]
  local in=$1 out=$2 n=$3 label=$4
  check "$label: byte-exact update (prefix, xref kind, /Prev)" byte_exact_update "$in" "$out"
  check "$label: pdfsig: all $n signatures valid and trusted" pdfsig_signed_valid "$out" "$n"
  check "$label: qpdf --check clean" qpdf_clean "$out"
  check "$label: kyso-cli verify: all valid" "$KYSO_CLI" verify "$out" --trust "$PKI/root.pem"
  if [ "$have_pyhanko" = 1 ]; then
    if pyhanko_valid "$out"; then ok "$label: pyHanko: every signature valid"
    elif [ -n "${5:-}" ] && pyhanko_known_limitation "$5" "$out" "$label"; then :
    else cat "$WORK/pyhanko.log" >&2; bad "$label: pyHanko: every signature valid"; fi
  fi
}

for name in "${inputs[@]}"; do
  in=$WORK/$name.pdf one=$WORK/${name}_1.pdf two=$WORK/${name}_2.pdf
  earlier=$(earlier_of "$name")
  before=$(sha "$in")
  check "$name: personal signature exits 0" kyso_sign "$in" "$one" 01 --image "$SIG_IMAGE" --with-text --rect 330,150,200,80
  check "$name: input unchanged" test "$(sha "$in")" = "$before"
  [ -f "$one" ] || continue
  check_output "$in" "$one" $((earlier + 1)) "$name personal"
  check "$name: agency seal on top exits 0" kyso_sign "$one" "$two" 02 --role agency --image "$SEAL_IMAGE" --trust "$PKI/root.pem"
  [ -f "$two" ] || continue
  check_output "$one" "$two" $((earlier + 2)) "$name personal+agency" "$in"
done

# --- certification with --certify 2: the seal's field is prepared, then filled
check "certify 2: personal certification signature exits 0" kyso_sign "$SAMPLE" "$WORK/cert_1.pdf" 01 --image "$SIG_IMAGE" --certify 2
check "certify 2: the seal's empty field KySo_Seal1 is prepared" grep -qa '/T (KySo_Seal1)' "$WORK/cert_1.pdf"
check_output "$SAMPLE" "$WORK/cert_1.pdf" 1 "certify 2 personal"
kyso_sign "$WORK/cert_1.pdf" "$WORK/cert_2.pdf" 02 --role agency --image "$SEAL_IMAGE" --trust "$PKI/root.pem" >"$WORK/cert.out" 2>&1 || true
check "certify 2: the agency signature fills the prepared field" grep -q 'field KySo_Seal1' "$WORK/cert.out"
check_output "$WORK/cert_1.pdf" "$WORK/cert_2.pdf" 2 "certify 2 personal+agency"

# --- PDF/A: /Info and XMP are left as they are; PDF/A-1 with a transparent image is warned about
pdfa_untouched() { # in out
  ! tail -c +"$(($(stat -c %s "$1") + 1))" "$2" | grep -aqE '/ModDate|/Metadata|/Type */Metadata'
}
check "pdfa2b: the update leaves /Info and the XMP metadata untouched" pdfa_untouched "$WORK/pdfa2b.pdf" "$WORK/pdfa2b_1.pdf"
check "pdfa2b: still claims PDF/A-2b" grep -qa '<pdfaid:part>2</pdfaid:part>' "$WORK/pdfa2b_1.pdf"
gs -q -dPDFA=1 -dBATCH -dNOPAUSE -dPDFACompatibilityPolicy=1 -sColorConversionStrategy=RGB -sDEVICE=pdfwrite \
  -sOutputFile="$WORK/pdfa1.pdf" "$SAMPLE" 2>/dev/null
kyso_sign "$WORK/pdfa1.pdf" "$WORK/pdfa1_1.pdf" 01 --image "$SIG_IMAGE" --rect 330,150,200,80 2>"$WORK/pdfa1.err" >/dev/null || true
check "pdfa1 + transparent image: signed, with a PDF/A-1 warning" grep -q 'PDF/A-1B' "$WORK/pdfa1.err"
check_output "$WORK/pdfa1.pdf" "$WORK/pdfa1_1.pdf" 1 "pdfa1 personal"

# --- values kept and specific rules -------------------------------------------
check "offset: MediaBox reals kept byte for byte" grep -qa 'MediaBox \[100 200 695.303937007874 1041.889763779528\]' <(tail -c +"$(($(stat -c %s "$WORK/offset.pdf") + 1))" "$WORK/offset_1.pdf")
widget_rect() { "$KYSO_CLI" verify "$1" --trust "$PKI/root.pem" --json | python3 -c 'import json,sys; r=json.load(sys.stdin)["signatures"][-1]["rect"]; print(" ".join("%g" % v for v in r))'; }
check "offset: --rect is measured from the CropBox corner (120,220)" test "$(widget_rect "$WORK/offset_1.pdf")" = "450 370 200 80"
check "form: /NeedAppearances set to false in the update" grep -qa 'NeedAppearances false' "$WORK/form_1.pdf"
check "lo-form: /NeedAppearances set to false in the update" grep -qa 'NeedAppearances false' "$WORK/lo-form_1.pdf"
if [ "$have_pyhanko" = 1 ]; then
  check "pyhanko-signed input has an xref stream" grep -q '^stream' <($XREF_TAIL "$WORK/pyhanko-signed.pdf")
fi

# A form whose fields lack appearances while /NeedAppearances is true: refused, no output.
rc=0; kyso_sign "$WORK/fx/form-missing-appearance.pdf" "$WORK/missing.pdf" 01 --image "$SIG_IMAGE" --rect 330,150,200,80 2>"$WORK/err" || rc=$?
check "form without appearances: exit 60" test "$rc" = 60
check "form without appearances: no output" test ! -e "$WORK/missing.pdf"
check "form without appearances: message names NeedAppearances" grep -qi 'appearance' "$WORK/err"
# A rectangle outside the visible page: refused before the PIN.
rc=0; "$KYSO_CLI" sign "$WORK/offset.pdf" -o "$WORK/outside.pdf" --module "$SOFTHSM_LIB" --token "KYSO DEMO" --cert-id 01 \
  --pin-stdin --image "$SIG_IMAGE" --rect 500,700,200,200 </dev/null 2>"$WORK/err" || rc=$?
check "rect outside the CropBox: exit 61 without reading a PIN" test "$rc" = 61
check "rect outside the CropBox: no output" test ! -e "$WORK/outside.pdf"
finish
