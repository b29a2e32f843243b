#pragma once

#include "core/LifecycleReport.h"

namespace kyso {

// What a handover record (biên bản bàn giao, regulation art. 7.1.b) shows.
struct HandoverDocument {
    Handover handover;
    Annotations facts;                     // permission_number, permission_date
    QList<KnownCertificate> certificates;  // the certificates on the token
    QString tokenDescription;              // label, maker, model when known
};
HandoverDocument handoverDocument(const Register &reg, qint64 id, Error &error);

// A4 PDF documents drawn with Qt (needs a QGuiApplication; the CLI makes an
// offscreen one for these commands). Written atomically.
// The biên bản is an official Vietnamese document: its text is Vietnamese
// whatever the interface language, under the national heading.
Error writeHandoverPdf(const HandoverDocument &doc, const QString &path);
// The art. 9.6 report, in the interface language.
Error writeLifecycleReportPdf(const LifecycleReport &report, const QString &path);

} // namespace kyso
