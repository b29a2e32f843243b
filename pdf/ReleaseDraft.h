#pragma once

#include "pdf/ReleaseStamp.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kyso::pdf {

// A word of a page with its box (PDF user space, origin bottom left) and font.
struct DraftWord {
    QString text;
    QRectF box;
    double fontSize = 0;
    bool bold = false;
    bool italic = false;
};

// Words of one page (1-based) with their fonts, read with poppler (the page's
// annotations included, so a number written by an earlier release shows).
QList<DraftWord> draftWords(const QString &pdfPath, int page, int *pageCount = nullptr);

// The blanks of a draft's header that the clerk fills at release (Decree 30,
// Appendix I): "Số:      /QĐ-UBND" and "Phú Thọ, ngày    tháng    năm 2026".
struct ReleaseBlanks {
    bool numberFound = false;     // "Số:" followed by the symbol on its line
    QString filledNumber;         // what already stands between them ("123"); empty when blank
    QString symbol;               // "QĐ-UBND" (without the slash)
    ReleaseStamp number;          // blank, baseline and font; text left empty
    bool dateFound = false;       // "ngày … tháng … năm YYYY"
    QString filledDay, filledMonth;
    int year = 0;                 // the year printed in the draft
    QString place;                // "Phú Thọ"
    ReleaseStamp day, month;
    QStringList agencyLines;      // the agency's name above "Số:", top line first
};

ReleaseBlanks findReleaseBlanks(const QList<DraftWord> &words);

// Whether the agency named in the header is the certificate's (CN): the
// issuing agency's line alone, all lines joined, or the issuing agency
// followed by the place of the parent line ("UBND TỈNH PHÚ THỌ" + "SỞ KHOA
// HỌC VÀ CÔNG NGHỆ" is "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ").
bool agencyMatches(const QStringList &agencyLines, const QString &certificateName);

// What the outgoing-documents book needs from the text of the document.
struct DraftContent {
    QString docType;        // "QUYẾT ĐỊNH", "THÔNG BÁO"; "CÔNG VĂN" for a letter
    QString subject;        // "Về việc ban hành ..." (trích yếu)
    QStringList recipients; // the "Nơi nhận:" list, without the dashes
    QString signerTitle;    // capacity and title lines above the signer's name
};

DraftContent readDraftContent(const QString &pdfPath, const QString &signerName);

} // namespace kyso::pdf
