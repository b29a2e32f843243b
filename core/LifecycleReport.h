#pragma once

#include "core/LifecycleRecords.h"

#include <QJsonObject>

namespace kyso {

// The periodic report of regulation art. 9.6 ("Định kỳ hoặc đột xuất báo cáo
// Sở Khoa học và Công nghệ về tình hình công tác quản lý, sử dụng chữ ký số
// ..."), per unit. The unit of a personal signature is the agency recorded
// with it; the unit of an agency seal, attachment or copy stamp is the agency
// certificate's CN (the Sở's seal counts for the Sở, not for the province).
struct UnitReport {
    QMap<QString, QMap<QString, int>> signatures; // signer -> role -> count
    int signatureTotal = 0;
    QList<KnownCertificate> expiring;             // not after within the period
    QList<RequestView> requests;                  // filed in the period, or still open
    QList<TokenEvent> locks;                      // lock observed / PIN locked
    int recoveries = 0;                           // recovery requests (Mẫu 06) among the requests
    QList<Handover> handovers;                    // handed over within the period
};

struct LifecycleReport {
    QDate from, to;                               // Vietnam days, inclusive; invalid = open
    QMap<QString, UnitReport> units;
    int signatureTotal = 0;
    QString agency;                               // the reporting agency, for the heading (empty: none)
};

LifecycleReport buildLifecycleReport(const Register &reg, const WorkingDays &days, const QDate &from, const QDate &to,
                                     const QDate &today);
QJsonObject lifecycleReportJson(const LifecycleReport &report);
// One row per item: unit, section, date, item, detail, state (UTF-8 with BOM).
Error writeLifecycleReportCsv(const LifecycleReport &report, const QString &path);
// The unit a token belongs to, from its certificates and signatures.
QString unitOfToken(const Register &reg, const QString &tokenSerial);

} // namespace kyso
