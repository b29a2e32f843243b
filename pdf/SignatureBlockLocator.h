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
};

// Words of one page (1-based), read with poppler.
// Word boxes in visible-page coordinates (PDF points from the CropBox's
// lower-left corner); `mediaBox` receives the visible page as (0, 0, w, h).
QList<PageWord> pageWords(const QString &pdfPath, int page, QRectF *mediaBox = nullptr);
// Words of several pages (1-based) with one load of the document.
QMap<int, QList<PageWord>> pagesWords(const QString &pdfPath, const QList<int> &pages);
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
