#include "common/ReleaseStep.h"

#include "core/Register.h"
#include "pdf/ReleaseDraft.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace kyso {

namespace {

Error checkBlanks(const pdf::ReleaseBlanks &b)
{
    if (!b.numberFound)
        return Error(ErrorCode::ReleaseBlankNotFound, QCoreApplication::translate("ReleaseStep", "no \"Số:      /…\" line in the header"));
    if (!b.filledNumber.isEmpty())
        return Error(ErrorCode::ReleaseAlreadyNumbered, QStringLiteral("Số: %1/%2").arg(b.filledNumber, b.symbol));
    if (!b.dateFound)
        return Error(ErrorCode::ReleaseBlankNotFound, QCoreApplication::translate("ReleaseStep", "no \"ngày … tháng … năm\" line in the header"));
    if (!b.filledDay.isEmpty() || !b.filledMonth.isEmpty())
        return Error(ErrorCode::ReleaseAlreadyNumbered, QStringLiteral("ngày %1 tháng %2 năm %3").arg(b.filledDay, b.filledMonth).arg(b.year));
    return {};
}

// The text must fit its blank (a blank of one space is no blank).
Error checkFits(const pdf::ReleaseStamp &s)
{
    const double width = pdf::releaseTextWidth(s.text, s.fontSize, s.bold, s.italic);
    if (width > s.blank.width() + 0.5)
        return Error(ErrorCode::ReleaseBlankNotFound,
                     QCoreApplication::translate("ReleaseStep", "the blank for \"%1\" is %2 pt wide, the text needs %3 pt")
                         .arg(s.text)
                         .arg(s.blank.width(), 0, 'f', 1)
                         .arg(width, 0, 'f', 1));
    return {};
}

Error chooseNumber(const ReleaseRequest &request, OutgoingEntry &e, Register &book)
{
    int number = 0;
    bool next = false;
    if (!parseReleaseNumber(request.number, number, next))
        return Error(ErrorCode::Usage, QCoreApplication::translate("ReleaseStep", "--number takes a positive whole number or \"next\""));
    OutgoingBook ob(book);
    e.series = OutgoingBook::seriesFor(e.symbol);
    if (next)
        number = ob.nextNumber(e.certSha256, e.year, e.series);
    else if (ob.isUsed(e.certSha256, e.year, e.series, number))
        return Error(ErrorCode::ReleaseNumberTaken, QCoreApplication::translate("ReleaseStep", "number %1 in %2 (next free: %3)")
                                                        .arg(number)
                                                        .arg(e.year)
                                                        .arg(ob.nextNumber(e.certSha256, e.year, e.series)));
    e.number = number;
    return {};
}

} // namespace

QDate todayInVietnam()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(7 * 3600)).date();
}

bool parseReleaseNumber(const QString &text, int &number, bool &next)
{
    next = text.trimmed() == QLatin1String("next");
    if (next)
        return true;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
    if (!digits.match(text.trimmed()).hasMatch())
        return false;
    number = text.trimmed().toInt();
    return number >= 1;
}

Error planRelease(const QString &input, const ReleaseRequest &request, const CertificateInfo &agency,
                  const QString &personalSigner, Register &book, PlannedRelease &out)
{
    const pdf::ReleaseBlanks b = pdf::findReleaseBlanks(pdf::draftWords(input, 1));
    if (Error e = checkBlanks(b))
        return e;
    const QDate date = request.date.isValid() ? request.date : todayInVietnam();
    if (date.year() != b.year)
        return Error(ErrorCode::ReleaseDateMismatch, QCoreApplication::translate("ReleaseStep", "release date %1, the draft says năm %2")
                                                         .arg(date.toString(Qt::ISODate))
                                                         .arg(b.year));
    if (!pdf::agencyMatches(b.agencyLines, agency.commonName))
        return Error(ErrorCode::ReleaseAgencyMismatch, QCoreApplication::translate("ReleaseStep", "the header names \"%1\", the certificate \"%2\"")
                                                           .arg(b.agencyLines.join(QLatin1Char(' ')), agency.commonName));
    OutgoingEntry &e = out.entry;
    e.certSha256 = agency.sha256Hex;
    e.agency = agency.commonName;
    e.year = date.year();
    e.symbol = b.symbol;
    e.date = date;
    if (Error err = chooseNumber(request, e, book))
        return err;

    out.stamps.clear();
    pdf::ReleaseStamp number = b.number, day = b.day, month = b.month;
    number.text = QString::number(e.number);
    day.text = decree30Day(date.day());
    month.text = decree30Month(date.month());
    for (const pdf::ReleaseStamp &s : {number, day, month}) {
        if (Error err = checkFits(s))
            return err;
        out.stamps << s;
    }
    const pdf::DraftContent content = pdf::readDraftContent(input, personalSigner);
    e.docType = content.docType;
    e.subject = content.subject;
    e.recipients = content.recipients;
    e.signerName = personalSigner;
    e.signerTitle = content.signerTitle;
    e.clerk = operatingSystemUser();
    return {};
}

} // namespace kyso
