#!/usr/bin/env bash
# Regenerates the LibreOffice fixtures of the interop test (committed under
# tests/data/interop/ because LibreOffice may be missing where tests run):
#   libreoffice-pdfa2b.pdf  PDF/A-2b export of tests/data/src/quyet-dinh-2-trang.html
#   libreoffice-form.pdf    form export of tests/data/src/interop-form.html (AcroForm, /NeedAppearances true)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$here/tests/data/interop
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$here/tests/data/src/quyet-dinh-2-trang.html" "$tmp/pdfa.html"
cp "$here/tests/data/src/interop-form.html" "$tmp/form.html"
(cd "$tmp" && soffice --headless --convert-to 'pdf:writer_web_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}' pdfa.html >/dev/null 2>&1)
(cd "$tmp" && soffice --headless --convert-to 'pdf:writer_web_pdf_Export' form.html >/dev/null 2>&1)
mkdir -p "$out"
cp "$tmp/pdfa.pdf" "$out/libreoffice-pdfa2b.pdf"
cp "$tmp/form.pdf" "$out/libreoffice-form.pdf"
echo "written to $out"
