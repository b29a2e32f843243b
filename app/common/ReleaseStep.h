#pragma once

#include "core/CertificateInfo.h"
#include "core/Error.h"
#include "core/OutgoingBook.h"
#include "pdf/ReleaseStamp.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kyso {

class Register;

// What the clerk asks for at release: a number ("125", or "next" for the next
// free one in the book) and the date (default: today in Vietnam, +07:00).
struct ReleaseRequest {
    QString number;
    QDate date;

    bool isSet() const { return !number.isEmpty(); }
};

// The release step planned before any PIN: the stamps to write into the
// draft's blanks and the book entry to record.
struct PlannedRelease {
    QList<pdf::ReleaseStamp> stamps;
    OutgoingEntry entry;
};

// Today's date in Vietnam (UTC+7).
QDate todayInVietnam();
// Parses "125" or "next"; false for anything else.
bool parseReleaseNumber(const QString &text, int &number, bool &next);

// Reads the draft's blanks (page 1), checks that they are empty, that the
// date's year is the draft's, that the header names the certificate's agency
// and that the number is free in the book, and plans the stamps. Refusals
// carry the release error codes (100-104).
Error planRelease(const QString &input, const ReleaseRequest &request, const CertificateInfo &agency,
                  const QString &personalSigner, Register &book, PlannedRelease &out);

} // namespace kyso
