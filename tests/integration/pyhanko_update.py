#!/usr/bin/env python3
"""Appends one incremental update written by pyHanko's own writer (its
cross-reference streams have 8-byte offset fields) to a PDF: a white box in the
page content ("content") or a FreeText annotation ("annot") on page 1.
Test tool; run with the pyHanko venv's python.

usage: pyhanko_update.py IN OUT content|annot
"""
import sys

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter


def raw_items(array):
    # The references themselves (iterating would resolve them).
    return [array.raw_get(i) for i in range(len(array))]


def main(inp, out, action):
    with open(inp, 'rb') as f:
        w = IncrementalPdfFileWriter(f)
        page = w.root['/Pages']['/Kids'][0].get_object()
        if action == 'content':
            box = w.add_object(generic.StreamObject(stream_data=b'1 1 1 rg 50 600 400 100 re f'))
            current = page.raw_get('/Contents')
            kids = raw_items(current.get_object()) if isinstance(current.get_object(), generic.ArrayObject) else [current]
            page['/Contents'] = generic.ArrayObject(kids + [box])
        elif action == 'annot':
            annot = w.add_object(generic.DictionaryObject({
                generic.NameObject('/Type'): generic.NameObject('/Annot'),
                generic.NameObject('/Subtype'): generic.NameObject('/FreeText'),
                generic.NameObject('/Rect'): generic.ArrayObject([generic.FloatObject(v) for v in (50, 600, 300, 650)]),
                generic.NameObject('/Contents'): generic.TextStringObject('Dieu 4'),
                generic.NameObject('/DA'): generic.TextStringObject('/Helv 12 Tf 0 g'),
            }))
            annots = page.get('/Annots')
            items = raw_items(annots.get_object()) if annots is not None else []
            page['/Annots'] = generic.ArrayObject(items + [annot])
        else:
            sys.exit('unknown action ' + action)
        w.update_container(page)
        with open(out, 'wb') as o:
            w.write(o)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
