#pragma once

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

namespace kyso::pdf {

// A word on a page with its box in PDF user space (origin bottom left).
struct PageWord {
    QString text;
    QRectF box;
    int rotation = 0; // text direction in quarter turns (poppler): 1 on a page shown turned 90° clockwise
};

// Words of one page (1-based), read with poppler.
// Word boxes in visible-page coordinates (PDF points from the CropBox's
// lower-left corner); `mediaBox` receives the visible page as (0, 0, w, h).
QList<PageWord> pageWords(const QString &pdfPath, int page, QRectF *mediaBox = nullptr);
// Words of several pages with one load of the document, keyed by page
// number (1-based). A number n <= 0 counts from the end (0: the last page,
// -1: the one before); pages outside the document are left out. `count`
// (optional) receives the number of pages (0 when poppler cannot read it).
QMap<int, QList<PageWord>> pagesWords(const QString &pdfPath, const QList<int> &pages, int *count = nullptr);
// Number of pages (0 when poppler cannot read the file).
int pageCount(const QString &pdfPath);

// The signature block of a Vietnamese administrative document: the capacity
// and title lines ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") and, below them, the
// signer's full name.
struct SignatureBlock {
    bool found = false;
    QRectF titleBox; // union of the capacity/title lines
    QRectF nameBox;  // the name line
};

SignatureBlock findSignatureBlock(const QList<PageWord> &words, const QString &signerName, const QString &title = {});

// Box for the personal signature image: centred on the title block,
// vertically between the title and the name, keeping the image's aspect.
QRectF personalSignatureRect(const SignatureBlock &block, double imageAspect);
// Box for the seal of diameter D mm: real size, its right edge at one third of
// the signature's width from its left, vertically centred on the signature.
QRectF sealRect(const QRectF &signature, double diameterMm);
// Box for a text stamp at the top right of a page.
QRectF stampRect(const QRectF &mediaBox, int lines, double fontSize = 10.0, double width = 230.0);

} // namespace kyso::pdf
