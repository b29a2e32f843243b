#pragma once

#include "core/LifecycleReport.h"

namespace kyso {

// What a handover record (biên bản bàn giao, regulation art. 7.1.b) shows.
struct HandoverDocument {
    Handover handover;
    Annotations facts;                     // permission_number, permission_date
    QList<KnownCertificate> certificates;  // the certificates on the token
    QString tokenDescription;              // label, maker, model when known
    QString agency;                        // the token's unit (its certificates, its signatures), empty when unknown
};
HandoverDocument handoverDocument(const Register &reg, qint64 id, Error &error);

// A4 PDF documents drawn with pdf::PrintedDocument (PoDoFo, embedded
// Liberation Serif; no Qt Gui). Written atomically.
// The biên bản is an official Vietnamese document: its text is Vietnamese
// whatever the interface language, under the national heading.
Error writeHandoverPdf(const HandoverDocument &doc, const QString &path);
// The art. 9.6 report, in the interface language, under the national heading
// and the reporting agency (LifecycleReport::agency, when given).
Error writeLifecycleReportPdf(const LifecycleReport &report, const QString &path);

} // namespace kyso
