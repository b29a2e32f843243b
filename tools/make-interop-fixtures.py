#!/usr/bin/env python3
"""Writes small PDFs for the interop test (tests/integration/test_interop.sh):
pages whose MediaBox/CropBox do not start at 0,0 (with long reals that must
survive signing byte for byte), the same page rotated, and AcroForms with
/NeedAppearances true whose fields do or do not all carry an appearance.
Usage: make-interop-fixtures.py OUTDIR"""
import os
import sys
import zlib

MEDIA = "[100 200 695.303937007874 1041.889763779528]"
CROP = "[120 220 675.303937007874 1021.889763779528]"


def write_pdf(path, objects, root=1):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    with open(path, "wb") as f:
        f.write(out)


def stream(data, extra=b""):
    comp = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(comp), extra) + comp + b"\nendstream"


def page_content():
    lines = [b"0 0 1 RG 2 w 122 222 551.303937 797.889763 re S",
             b"BT /F1 18 Tf 150 900 Td (KySo interop: offset page boxes) Tj ET",
             b"BT /F1 12 Tf 150 870 Td (MediaBox and CropBox start away from 0,0.) Tj ET"]
    return b"\n".join(lines)


def boxes_pdf(path, rotate):
    rot = b" /Rotate 90" if rotate else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + MEDIA.encode() + b" /CropBox " + CROP.encode() + rot
        + b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream(page_content()),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    write_pdf(path, objects)


def form_pdf(path, all_appearances):
    ap = b" /AP << /N 7 0 R >>"
    field2_ap = ap if all_appearances else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R 6 0 R] /NeedAppearances true"
        b" /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 8 0 R >> >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.303937007874 841.889763779528]"
        b" /Resources << /Font << /F1 8 0 R >> >> /Contents 4 0 R /Annots [5 0 R 6 0 R] >>",
        stream(b"BT /F1 16 Tf 60 780 Td (KySo interop: form with NeedAppearances) Tj ET"),
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Nguyen Van An) /F 4 /Rect [60 700 300 720] /P 3 0 R"
        b" /DA (/Helv 12 Tf 0 g)" + ap + b" >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (office) /V (UBND) /F 4 /Rect [60 660 300 680] /P 3 0 R"
        b" /DA (/Helv 12 Tf 0 g)" + field2_ap + b" >>",
        stream(b"/Tx BMC BT /Helv 12 Tf 0 g 2 5 Td (filled) Tj ET EMC",
               b"/Type /XObject /Subtype /Form /BBox [0 0 240 20] /Resources << /Font << /Helv 8 0 R >> >> "),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    write_pdf(path, objects)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    boxes_pdf(os.path.join(out, "offset.pdf"), False)
    boxes_pdf(os.path.join(out, "offset-rotated.pdf"), True)
    form_pdf(os.path.join(out, "form-appearances.pdf"), True)
    form_pdf(os.path.join(out, "form-missing-appearance.pdf"), False)


if __name__ == "__main__":
    main()
