#pragma once

#include "pdf/SignatureBlockLocator.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kyso::pdf {

// One signature block at the end of a Vietnamese administrative document
// (Decree 30/2020, Appendix I): capacity lines, the title, the space for the
// signature and the signer's name.
struct SignatureBlockFacts {
    QString capacity;        // innermost capacity: "KT.", "TM.", "TL.", "TUQ.", "Q." or empty
    QString onBehalfOf;      // what follows it: "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
    QStringList outer;       // outer capacity lines of a three-line block: "TM. ỦY BAN NHÂN DÂN"
    QString title;           // "PHÓ CHỦ TỊCH" (empty when the capacity line is the only one)
    QString name;            // "Nguyễn Văn An"
    int titlePage = 0;       // 1-based page of the capacity/title lines
    int namePage = 0;        // 1-based page of the name (differs when the block is split over two pages)
    QRectF titleBox;         // union of the capacity/title lines (PDF user space)
    QRectF nameBox;
    bool split() const { return titlePage != namePage; }
};

// What the document says about itself: the issuing agency, its number, date,
// type and subject (page 1), and its signature blocks (last page, and the one
// before when a block is split).
struct DocumentFacts {
    QString agencyParent;    // line above the agency name ("UBND TỈNH PHÚ THỌ"); empty when none
    QString agencyName;      // the issuing agency ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    QString numberLine;      // "Số: 123/QĐ-UBND"
    QString number;          // "123"; empty when left blank for the release step
    QString symbol;          // "QĐ-UBND"
    QRectF numberBlankBox;   // where the number goes when it is blank (page 1)
    QString placeDateLine;   // "Phú Thọ, ngày 25 tháng 11 năm 2026"
    QString place;           // "Phú Thọ"
    QString day, month, year;      // empty when blank
    QRectF dayBlankBox, monthBlankBox, yearBlankBox; // page 1, set for each blank part
    QString documentType;    // "QUYẾT ĐỊNH", "CÔNG VĂN", ...
    QString subject;         // "Về việc ..." / "V/v ..."
    QList<SignatureBlockFacts> blocks;

    bool headerFound() const { return !agencyName.isEmpty(); }
    bool numberBlank() const { return !numberLine.isEmpty() && number.isEmpty(); }
    bool dateBlank() const { return !placeDateLine.isEmpty() && (day.isEmpty() || month.isEmpty() || year.isEmpty()); }
    // Facts that could not be read (untranslated keys: "agency", "number",
    // "date", "type", "subject", "block"), for the register.
    QStringList notRead() const;
};

// From the words of page 1 (header) and of the pages holding the blocks.
// `pages` holds every page's words in order (pages not read may be empty);
// `pageHeight` is the height of page 1, for telling header from body.
DocumentFacts analyseDocument(const QList<QList<PageWord>> &pages);
// Reads pages 1, the last and the one before it with poppler.
DocumentFacts readDocumentFacts(const QString &pdfPath);

// Text lines built from word boxes: words at the same height, close together,
// left to right. Columns far apart stay separate lines.
struct TextLine {
    QString text;
    QRectF box;
    QList<PageWord> words;
};
QList<TextLine> groupLines(const QList<PageWord> &words);

} // namespace kyso::pdf
