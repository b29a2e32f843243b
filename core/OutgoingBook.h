#pragma once

#include "core/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kyso {

class Register;

// One document released by the clerk (Decree 30/2020, Appendix IV: sổ đăng
// ký văn bản đi), linked to the agency signature that sealed it.
struct OutgoingEntry {
    qint64 id = 0;
    qint64 signatureId = 0;   // the agency signature's register row
    QDateTime createdUtc;
    QString certSha256;       // the book is kept per agency certificate...
    QString agency;
    int year = 0;             // ...and year (numbering restarts on 1 January)
    QString series;           // empty: one sequence for all types; else the type's abbreviation
    int number = 0;
    QString symbol;           // "QĐ-UBND"
    QDate date;               // the document's date, as written at release
    QString docType;          // "QUYẾT ĐỊNH"
    QString subject;          // trích yếu
    QString signerName, signerTitle;
    QStringList recipients;   // Nơi nhận
    QString clerk;            // the operating-system user who released it
    // From the signature's record:
    QString output, sha256After, result; // result: pending | signed | failed

    // "125/QĐ-UBND"
    QString numberAndSymbol() const;
};

// The outgoing-documents book in the signing register: numbering per agency
// certificate and year, one sequence for all document types unless the
// setting outgoing/separateSequences is on (then one per type).
class OutgoingBook
{
public:
    explicit OutgoingBook(Register &reg);

    // The sequence a symbol belongs to under the current setting ("" or "QĐ").
    static QString seriesFor(const QString &symbol);
    static bool separateSequences();
    static void setSeparateSequences(bool on);

    // A number counts as used unless its signing failed.
    bool isUsed(const QString &certSha256, int year, const QString &series, int number) const;
    int nextNumber(const QString &certSha256, int year, const QString &series) const;
    // Appends the entry; refuses a number already used (ReleaseNumberTaken).
    Error add(const OutgoingEntry &entry, qint64 &id);
    // year 0: every year. Ordered by year and number.
    QList<OutgoingEntry> entries(int year = 0) const;

private:
    Register &m_reg;
};

// The ten columns of Decree 30/2020 Appendix IV (sổ đăng ký văn bản đi), as
// they are filled from a book entry: (1) number and symbol, (2) date, (3) type
// and subject, (4) signer, (5) recipients, (6) unit/person keeping the file
// copy ("Lưu: ..."), (7) number of copies, (8) date sent, (9) received by,
// (10) notes (file, SHA-256, clerk). Columns 7-9 are left for the clerk.
QStringList outgoingBookColumns();
QStringList outgoingBookRow(const OutgoingEntry &entry);

// "QUYẾT ĐỊNH" -> "Quyết định".
QString sentenceCase(const QString &upper);

// CSV of the book: the ten columns, then file, SHA-256, clerk and result
// (UTF-8 with BOM, every field quoted), written atomically.
Error exportOutgoingCsv(const QList<OutgoingEntry> &entries, const QString &path);

// Day and month as Decree 30 writes them: days 1-9 and months 1-2 with a
// leading zero ("05", "02"), other months without ("3", "11").
QString decree30Day(int day);
QString decree30Month(int month);
// The name of the user running KySo (the clerk); defined in core/LifecycleRecords.
QString operatingSystemUser();

} // namespace kyso
