#!/usr/bin/env python3
"""Appends one REAL incremental update (new objects, a new classic xref
section with /Prev, a new trailer) to a PDF, the way an attacker or a form
filler would. Test tool only; standard library only.

usage: pdf_update.py IN OUT ACTION [ARGS...]
actions:
  add-content PAGE        new content stream painting a white box and text (page /Contents)
  freetext PAGE           new FreeText annotation "Dieu 4" on the page
  stamp-overlay PAGE      new Stamp annotation whose appearance hides the body text
  replace-content PAGE    redefine the page's existing content stream object
  add-page                append a new page to the page tree
  mediabox PAGE           change the page's /MediaBox
  sig-appearance FIELD    redefine the appearance stream of an existing signature widget
  hide-object PAGE        mark the page's content stream object free in the new xref
  rewrite-equal PAGE      rewrite the page object with equal values (reformatted numbers)
  add-field NAME PAGE     add an empty text field with a widget (before signing)
  add-empty-sig NAME PAGE add an unsigned signature field whose /V has no /Contents or
                          /ByteRange (as PoDoFo's PdfSignatureField writes it)
  fill NAME VALUE         fill a text field: /V and a new appearance
"""
import re
import sys
import zlib

# --- a small PDF object parser/serialiser (enough for dictionaries and arrays)

class Ref:
    def __init__(self, num, gen=0):
        self.num, self.gen = num, gen

class Name(str):
    pass

class Str(bytes):
    pass

DELIM = b'()<>[]{}/%'
WS = b' \t\r\n\f\x00'


def skip_ws(d, i):
    while i < len(d):
        if d[i] in WS:
            i += 1
        elif d[i:i + 1] == b'%':
            while i < len(d) and d[i] not in b'\r\n':
                i += 1
        else:
            break
    return i


def parse(d, i):
    i = skip_ws(d, i)
    c = d[i:i + 1]
    if d.startswith(b'<<', i):
        i += 2
        out = {}
        while True:
            i = skip_ws(d, i)
            if d.startswith(b'>>', i):
                return out, i + 2
            k, i = parse(d, i)
            v, i = parse(d, i)
            out[str(k)] = v
    if c == b'[':
        i += 1
        out = []
        while True:
            i = skip_ws(d, i)
            if d[i:i + 1] == b']':
                return out, i + 1
            v, i = parse(d, i)
            out.append(v)
    if c == b'/':
        j = i + 1
        while j < len(d) and d[j] not in WS and d[j] not in DELIM:
            j += 1
        return Name(d[i + 1:j].decode('latin-1')), j
    if c == b'(':
        depth, j, buf = 0, i, bytearray()
        while True:
            ch = d[j]
            if ch == 0x5c:
                buf += d[j:j + 2]
                j += 2
                continue
            if ch == 0x28:
                depth += 1
            elif ch == 0x29:
                depth -= 1
                if depth == 0:
                    return Str(bytes(buf[1:])), j + 1
            buf.append(ch)
            j += 1
    if c == b'<':
        j = d.index(b'>', i)
        return Str(bytes.fromhex(d[i + 1:j].decode())), j + 1
    m = re.compile(rb'(\d+)\s+(\d+)\s+R').match(d, i)
    if m:
        return Ref(int(m.group(1)), int(m.group(2))), m.end()
    m = re.compile(rb'[-+]?\d*\.?\d+').match(d, i)
    if m:
        t = m.group(0)
        return (float(t) if b'.' in t else int(t)), m.end()
    for word, val in ((b'true', True), (b'false', False), (b'null', None)):
        if d.startswith(word, i):
            return val, i + len(word)
    raise ValueError('cannot parse at %d: %r' % (i, d[i:i + 20]))


def ser(v):
    if isinstance(v, dict):
        return '<<' + ''.join('/%s %s' % (k, ser(x)) for k, x in v.items()) + '>>'
    if isinstance(v, list):
        return '[' + ' '.join(ser(x) for x in v) + ']'
    if isinstance(v, Ref):
        return '%d %d R' % (v.num, v.gen)
    if isinstance(v, Name):
        return '/' + v
    if isinstance(v, Str):
        return '<' + v.hex() + '>'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if v is None:
        return 'null'
    if isinstance(v, float):
        return ('%.6f' % v).rstrip('0').rstrip('.')
    return str(v)

# --- the document


class Pdf:
    def __init__(self, data):
        self.data = data
        self.offsets = {}
        start = int(re.findall(rb'startxref\s+(\d+)', data)[-1])
        self.trailer = None
        seen = set()
        off = start
        while off is not None and off not in seen:
            seen.add(off)
            if not data.startswith(b'xref', skip_ws(data, off)):
                raise SystemExit('pdf_update.py: only classic xref tables are supported')
            i = skip_ws(data, off) + 4
            while True:
                i = skip_ws(data, i)
                if data.startswith(b'trailer', i):
                    break
                m = re.compile(rb'(\d+)\s+(\d+)').match(data, i)
                first, count = int(m.group(1)), int(m.group(2))
                i = m.end()
                for n in range(count):
                    i = skip_ws(data, i)
                    entry = data[i:i + 18]
                    o, g, t = entry.split()
                    if first + n not in self.offsets:
                        self.offsets[first + n] = int(o) if t == b'n' else None
                    i += 18
            tr, _ = parse(data, i + 7)
            if self.trailer is None:
                self.trailer = tr
            off = tr.get('Prev')
        self.size = self.trailer['Size']
        self.startxref = start
        self.new = {}

    def obj(self, num):
        if num in self.new:
            return self.new[num]
        off = self.offsets[num]
        m = re.compile(rb'\s*(\d+)\s+(\d+)\s+obj').match(self.data, off)
        val, i = parse(self.data, m.end())
        return val

    def raw_stream(self, num):
        off = self.offsets[num]
        i = self.data.index(b'stream', off) + 6
        if self.data[i:i + 2] == b'\r\n':
            i += 2
        elif self.data[i:i + 1] == b'\n':
            i += 1
        d = self.obj(num)
        length = d['Length']
        if isinstance(length, Ref):
            length = self.obj(length.num)
        body = self.data[i:i + length]
        return zlib.decompress(body) if d.get('Filter') == 'FlateDecode' else body

    def resolve(self, v):
        return self.obj(v.num) if isinstance(v, Ref) else v

    def add(self, value, stream=None):
        num = self.size
        self.size += 1
        self.new[num] = (value, stream) if stream is not None else value
        return Ref(num)

    def set(self, num, value, stream=None):
        self.new[num] = (value, stream) if stream is not None else value

    def pages(self):
        out = []

        def walk(ref):
            node = self.obj(ref.num)
            if node.get('Type') == 'Pages':
                for k in node['Kids']:
                    walk(k)
            else:
                out.append(ref.num)
        walk(self.resolve(self.obj(self.trailer['Root'].num))['Pages'])
        return out

    def write(self, path, free=()):
        out = bytearray(self.data)
        if not out.endswith(b'\n'):
            out += b'\n'
        offsets = {}
        for num, v in sorted(self.new.items()):
            offsets[num] = len(out)
            if isinstance(v, tuple):
                d, s = v
                d = dict(d)
                d['Length'] = len(s)
                d.pop('Filter', None)
                d.pop('DecodeParms', None)
                out += b'%d 0 obj\n%s\nstream\n' % (num, ser(d).encode('latin-1')) + s + b'\nendstream\nendobj\n'
            else:
                out += b'%d 0 obj\n%s\nendobj\n' % (num, ser(v).encode('latin-1'))
        xref = len(out)
        entries = sorted(list(offsets.items()) + [(n, None) for n in free])
        out += b'xref\n'
        for num, off in entries:
            out += b'%d 1\n' % num
            out += (b'%010d 00000 n \n' % off) if off is not None else b'0000000000 00001 f \n'
        tr = {k: v for k, v in self.trailer.items() if k in ('Root', 'Info', 'ID')}
        tr['Size'] = self.size
        tr['Prev'] = self.startxref
        out += b'trailer\n%s\nstartxref\n%d\n%%%%EOF\n' % (ser(tr).encode('latin-1'), xref)
        with open(path, 'wb') as f:
            f.write(out)


def text(v):
    if not isinstance(v, Str):
        return None
    return v[2:].decode('utf-16-be') if v.startswith(b'\xfe\xff') else v.decode('latin-1')


def annots_add(pdf, page_num, ref):
    page = dict(pdf.obj(page_num))
    annots = pdf.resolve(page.get('Annots', []))
    page['Annots'] = list(annots) + [ref]
    pdf.set(page_num, page)


def appearance(pdf, w, h, ops):
    font = pdf.add({'Type': Name('Font'), 'Subtype': Name('Type1'), 'BaseFont': Name('Helvetica')})
    return pdf.add({'Type': Name('XObject'), 'Subtype': Name('Form'), 'BBox': [0, 0, w, h],
                    'Resources': {'Font': {'F1': font}}}, ops)


def main(argv):
    src, dst, action, args = argv[1], argv[2], argv[3], argv[4:]
    pdf = Pdf(open(src, 'rb').read())
    pages = pdf.pages()
    page_of = lambda a: pages[int(a) - 1]
    free = []
    cover = b'1 1 1 rg 60 520 480 120 re f 0 0 0 rg BT /F1 14 Tf 70 600 Td (Dieu 4. Noi dung moi) Tj ET'
    if action == 'add-content':
        n = page_of(args[0])
        page = dict(pdf.obj(n))
        font = pdf.add({'Type': Name('Font'), 'Subtype': Name('Type1'), 'BaseFont': Name('Helvetica')})
        res = dict(pdf.resolve(page['Resources']))
        fonts = dict(pdf.resolve(res.get('Font', {})))
        fonts['KysoF1'] = font
        res['Font'] = fonts
        page['Resources'] = res
        content = pdf.add({}, cover.replace(b'/F1', b'/KysoF1'))
        old = page['Contents'] if isinstance(page['Contents'], list) else [page['Contents']]
        page['Contents'] = old + [content]
        pdf.set(n, page)
    elif action in ('freetext', 'stamp-overlay'):
        n = page_of(args[0])
        if action == 'freetext':
            ap = appearance(pdf, 300, 30, b'BT /F1 12 Tf 2 10 Td (Dieu 4. Bo sung) Tj ET')
            annot = {'Type': Name('Annot'), 'Subtype': Name('FreeText'), 'Rect': [70, 500, 370, 530], 'F': 4,
                     'Contents': Str(b'Dieu 4. Bo sung'), 'DA': Str(b'/Helv 12 Tf 0 g'), 'P': Ref(n), 'AP': {'N': ap}}
        else:
            ap = appearance(pdf, 480, 120, b'1 1 1 rg 0 0 480 120 re f')
            annot = {'Type': Name('Annot'), 'Subtype': Name('Stamp'), 'Rect': [60, 520, 540, 640], 'F': 4,
                     'P': Ref(n), 'AP': {'N': ap}}
        annots_add(pdf, n, pdf.add(annot))
    elif action == 'replace-content':
        page = pdf.obj(page_of(args[0]))
        c = page['Contents'][0] if isinstance(page['Contents'], list) else page['Contents']
        data = pdf.raw_stream(c.num)
        pdf.set(c.num, {}, data + b'\nq 1 1 1 rg 60 520 480 120 re f Q')
    elif action == 'add-page':
        root = pdf.obj(pdf.trailer['Root'].num)
        pages_ref = root['Pages']
        node = dict(pdf.obj(pages_ref.num))
        first = pdf.obj(pages[0])
        content = pdf.add({}, b'BT /F1 14 Tf 70 700 Td (Trang bo sung) Tj ET')
        newpage = pdf.add({'Type': Name('Page'), 'Parent': pages_ref, 'MediaBox': first.get('MediaBox', [0, 0, 595, 842]),
                           'Resources': first.get('Resources', {}), 'Contents': content})
        node['Kids'] = list(node['Kids']) + [newpage]
        node['Count'] = node['Count'] + 1
        pdf.set(pages_ref.num, node)
    elif action == 'mediabox':
        n = page_of(args[0])
        page = dict(pdf.obj(n))
        page['MediaBox'] = [0, 0, 595.3, 500]
        pdf.set(n, page)
    elif action == 'sig-appearance':
        root = pdf.obj(pdf.trailer['Root'].num)
        for f in pdf.resolve(pdf.resolve(root['AcroForm'])['Fields']):
            field = pdf.obj(f.num)
            if text(pdf.resolve(field.get('T'))) == args[0]:
                ap = pdf.resolve(field['AP'])['N']
                old = pdf.obj(ap.num)
                pdf.set(ap.num, {k: v for k, v in old.items() if k not in ('Length', 'Filter')},
                        b'1 1 1 rg -1000 -1000 3000 3000 re f')
                break
        else:
            raise SystemExit('no field ' + args[0])
    elif action == 'hide-object':
        page = pdf.obj(page_of(args[0]))
        c = page['Contents'][0] if isinstance(page['Contents'], list) else page['Contents']
        free.append(c.num)
    elif action == 'rewrite-equal':
        n = page_of(args[0])
        page = dict(pdf.obj(n))
        box = page.get('MediaBox')
        if box:
            page['MediaBox'] = [float(x) + 1e-9 for x in box]
        pdf.set(n, dict(reversed(list(page.items()))))
    elif action == 'add-field':
        n = page_of(args[1])
        root = dict(pdf.obj(pdf.trailer['Root'].num))
        ap = appearance(pdf, 200, 20, b'/Tx BMC EMC')
        field = pdf.add({'Type': Name('Annot'), 'Subtype': Name('Widget'), 'FT': Name('Tx'), 'T': Str(args[0].encode()),
                         'Rect': [300, 760, 500, 780], 'F': 4, 'P': Ref(n), 'DA': Str(b'/Helv 10 Tf 0 g'), 'AP': {'N': ap}})
        form = dict(pdf.resolve(root.get('AcroForm', {'Fields': []})))
        form['Fields'] = list(pdf.resolve(form.get('Fields', []))) + [field]
        root['AcroForm'] = form
        pdf.set(pdf.trailer['Root'].num, root)
        annots_add(pdf, n, field)
    elif action == 'add-empty-sig':
        n = page_of(args[1])
        root = dict(pdf.obj(pdf.trailer['Root'].num))
        value = pdf.add({'Type': Name('Sig'), 'Filter': Name('Adobe.PPKLite'), 'SubFilter': Name('adbe.pkcs7.detached')})
        field = pdf.add({'Type': Name('Annot'), 'Subtype': Name('Widget'), 'FT': Name('Sig'), 'T': Str(args[0].encode()),
                         'Rect': [320, 60, 540, 150], 'F': 4, 'P': Ref(n), 'V': value})
        form = dict(pdf.resolve(root.get('AcroForm', {'Fields': []})))
        form['Fields'] = list(pdf.resolve(form.get('Fields', []))) + [field]
        root['AcroForm'] = form
        pdf.set(pdf.trailer['Root'].num, root)
        annots_add(pdf, n, field)
    elif action == 'fill':
        root = pdf.obj(pdf.trailer['Root'].num)
        for f in pdf.resolve(pdf.resolve(root['AcroForm'])['Fields']):
            field = dict(pdf.obj(f.num))
            if text(pdf.resolve(field.get('T'))) == args[0]:
                field['V'] = Str(args[1].encode())
                field['AP'] = {'N': appearance(pdf, 200, 20, b'/Tx BMC BT /F1 10 Tf 2 6 Td (%s) Tj ET EMC' % args[1].encode())}
                pdf.set(f.num, field)
                break
        else:
            raise SystemExit('no field ' + args[0])
    else:
        raise SystemExit(__doc__)
    pdf.write(dst, free)


if __name__ == '__main__':
    main(sys.argv)
