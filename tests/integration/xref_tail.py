#!/usr/bin/env python3
"""Prints the last cross-reference section of a PDF: KIND STARTXREF PREV
(KIND is 'stream' or 'classic', PREV '-' when the section has none)."""
import re
import sys

data = open(sys.argv[1], "rb").read()
start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
head = data[start:start + 4]
kind = "classic" if head == b"xref" else "stream"
if kind == "classic":
    m = re.search(rb"trailer\s*<<(.*?)>>\s*startxref", data[start:], re.S)
else:
    m = re.search(rb"<<(.*?)>>\s*stream", data[start:], re.S)
prev = re.search(rb"/Prev\s+(\d+)", m.group(1)) if m else None
print(kind, start, prev.group(1).decode() if prev else "-")
