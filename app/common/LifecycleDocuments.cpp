#include "common/LifecycleDocuments.h"

#include "core/SigningRole.h"
#include "pdf/PrintedDocument.h"

#include <QCoreApplication>

namespace kyso {

using pdf::Paragraph;
using pdf::TextAlign;
using pdf::TextRun;

namespace {

QString vnDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
}

Paragraph body(const QList<TextRun> &runs, TextAlign align = TextAlign::Justify)
{
    Paragraph p;
    p.runs = runs;
    p.align = align;
    p.firstIndent = 28; // about 1 cm (Decree 30 App. I)
    return p;
}

// The agency (when known) on the left, the national heading and motto on the
// right; without an agency the national heading stands centred.
void addHeading(pdf::PrintedDocument &doc, const QString &agency)
{
    Paragraph national;
    national.align = TextAlign::Centre;
    national.size = 13;
    national.spaceAfter = 0;
    national.runs << TextRun{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"), true}
                  << TextRun{QStringLiteral("Độc lập - Tự do - Hạnh phúc"), true, false, true};
    if (agency.isEmpty()) {
        doc.add(national);
    } else {
        pdf::Table t;
        const double left = doc.contentWidth() * 0.42;
        t.widths = {left, doc.contentWidth() - left};
        t.borders = false;
        t.padding = 0;
        national.size = 12;
        Paragraph unit = pdf::paragraph(agency.toUpper(), TextAlign::Centre, true, 12);
        unit.spaceAfter = 0;
        t.rows << QList<Paragraph>{unit, national};
        doc.add(t);
    }
    doc.space(18);
}

pdf::Table certificateTable(const HandoverDocument &doc, double width)
{
    pdf::Table t;
    t.widths = {width * 0.38, width * 0.18, width * 0.24, width * 0.20};
    t.headerRows = 1;
    const auto cell = [](const QString &s, bool head = false) {
        Paragraph p = pdf::paragraph(s, head ? TextAlign::Centre : TextAlign::Left, head, 12);
        p.spaceAfter = 0;
        return p;
    };
    t.rows << QList<Paragraph>{cell(QStringLiteral("Chủ thể (CN)"), true), cell(QStringLiteral("Số hiệu"), true),
                               cell(QStringLiteral("Loại"), true), cell(QStringLiteral("Hiệu lực đến"), true)};
    for (const KnownCertificate &c : doc.certificates)
        t.rows << QList<Paragraph>{cell(c.commonName), cell(c.serial),
                                   cell(c.kind == QLatin1String("agency") ? QStringLiteral("Cơ quan, tổ chức") : QStringLiteral("Cá nhân")),
                                   cell(vnDate(c.notAfter.date().toString(Qt::ISODate)))};
    if (doc.certificates.isEmpty())
        t.rows << QList<Paragraph>{cell(QStringLiteral("(chưa ghi nhận chứng thư số nào trên thiết bị này)")), cell({}), cell({}), cell({})};
    return t;
}

// Three signature columns: title, "(Ký, ghi rõ họ tên)", room to sign, the name.
pdf::Table signatureColumns(const Handover &h, double width)
{
    pdf::Table t;
    t.widths = {width / 3, width / 3, width / 3};
    t.borders = false;
    const auto column = [](const QString &title, const QString &name) {
        Paragraph p;
        p.align = TextAlign::Centre;
        p.runs << TextRun{title + QLatin1Char('\n'), true} << TextRun{QStringLiteral("(Ký, ghi rõ họ tên)\n\n\n\n"), false, true}
               << TextRun{name, true};
        return p;
    };
    t.rows << QList<Paragraph>{column(QStringLiteral("BÊN GIAO"), h.fromPerson), column(QStringLiteral("BÊN NHẬN"), h.toPerson),
                               column(QStringLiteral("NGƯỜI CHO PHÉP"), h.authorisedBy)};
    return t;
}

} // namespace

HandoverDocument handoverDocument(const Register &reg, qint64 id, Error &error)
{
    HandoverDocument doc;
    bool found = false;
    for (const Handover &h : reg.handovers()) {
        if (h.id == id) {
            doc.handover = h;
            found = true;
        }
    }
    if (!found) {
        error = Error(ErrorCode::LifecycleRecordInvalid, QCoreApplication::translate("LifecycleDocuments", "no handover with number %1").arg(id));
        return doc;
    }
    doc.facts = reg.annotations(QStringLiteral("handovers"), id);
    for (const KnownCertificate &c : reg.certificates()) {
        if (c.tokenSerial == doc.handover.tokenSerial)
            doc.certificates << c;
    }
    const QString unit = unitOfToken(reg, doc.handover.tokenSerial);
    if (unit != QLatin1String("-"))
        doc.agency = unit;
    return doc;
}

Error writeHandoverPdf(const HandoverDocument &doc, const QString &path)
{
    const Handover &h = doc.handover;
    const QDate day = QDate::fromString(h.date, Qt::ISODate);
    pdf::PrintedDocument pdf;
    addHeading(pdf, doc.agency);
    Paragraph title;
    title.align = TextAlign::Centre;
    title.spaceAfter = 12;
    title.runs << TextRun{QStringLiteral("BIÊN BẢN BÀN GIAO THIẾT BỊ LƯU KHÓA BÍ MẬT\n"), true, false}
               << TextRun{QStringLiteral("Số: %1/BB-BG").arg(h.id)};
    pdf.add(title);
    pdf.add(body({TextRun{QStringLiteral("Căn cứ điểm b khoản 1 Điều 7 Quy chế quản lý, sử dụng chữ ký số chuyên dùng công vụ "
                                         "(ban hành kèm theo Quyết định số 65/2025/QĐ-CTUBND): chỉ giao thiết bị lưu khóa bí mật của cơ quan, "
                                         "tổ chức cho người khác khi được phép bằng văn bản của người có thẩm quyền; việc bàn giao phải được lập biên bản.")}}));
    const QString number = doc.facts.value(QStringLiteral("permission_number"));
    pdf.add(body({TextRun{QStringLiteral("Căn cứ: ")},
                  TextRun{number.isEmpty() ? QStringLiteral("(không có văn bản cho phép được ghi nhận)")
                                           : QStringLiteral("Văn bản cho phép số %1 ngày %2 của %3.")
                                                 .arg(number, vnDate(doc.facts.value(QStringLiteral("permission_date"))), h.authorisedBy)}}));
    pdf.add(body({TextRun{QStringLiteral("Hôm nay, ngày %1 tháng %2 năm %3, chúng tôi gồm:")
                              .arg(day.day(), 2, 10, QLatin1Char('0'))
                              .arg(day.month(), 2, 10, QLatin1Char('0'))
                              .arg(day.year())}}));
    pdf.add(body({TextRun{QStringLiteral("Bên giao: "), true}, TextRun{h.fromPerson}}, TextAlign::Left));
    pdf.add(body({TextRun{QStringLiteral("Bên nhận: "), true}, TextRun{h.toPerson}}, TextAlign::Left));
    pdf.add(body({TextRun{QStringLiteral("Người cho phép: "), true}, TextRun{h.authorisedBy}}, TextAlign::Left));
    pdf.add(body({TextRun{QStringLiteral("Thống nhất bàn giao ")},
                  TextRun{QStringLiteral("thiết bị lưu khóa bí mật (token) số sê-ri %1").arg(h.tokenSerial), true},
                  TextRun{(doc.tokenDescription.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(doc.tokenDescription))
                          + QStringLiteral(", trên đó có các chứng thư chữ ký số sau:")}}));
    pdf.add(certificateTable(doc, pdf.contentWidth()));
    pdf.space(6);
    if (!h.note.isEmpty())
        pdf.add(body({TextRun{QStringLiteral("Ghi chú: %1").arg(h.note)}}));
    pdf.add(body({TextRun{QStringLiteral("Kể từ thời điểm bàn giao, bên nhận chịu trách nhiệm quản lý, bảo quản an toàn thiết bị "
                                         "và không tiết lộ mã PIN. Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.")}}));
    pdf.space(6);
    pdf.add(signatureColumns(h, pdf.contentWidth()));
    return pdf.save(path, QStringLiteral("Biên bản bàn giao thiết bị lưu khóa bí mật số %1").arg(h.id));
}

namespace {

Paragraph item(const QString &text)
{
    Paragraph p = pdf::paragraph(QStringLiteral("– ") + text, TextAlign::Left, false, 12);
    p.indent = 24;
    p.firstIndent = -10; // the dash hangs, wrapped lines align with the text
    p.spaceAfter = 2;
    return p;
}

void addUnit(pdf::PrintedDocument &doc, const QString &unit, const UnitReport &u)
{
    Paragraph name = pdf::paragraph(unit, TextAlign::Left, true, 13);
    name.spaceAfter = 3;
    doc.add(name);
    doc.add(item(QCoreApplication::translate("LifecycleDocuments", "Signatures: %1").arg(u.signatureTotal)));
    for (auto s = u.signatures.cbegin(); s != u.signatures.cend(); ++s) {
        for (auto r = s.value().cbegin(); r != s.value().cend(); ++r) {
            SigningRole role;
            Paragraph p = item(QStringLiteral("%1 — %2: %3").arg(s.key(), parseRole(r.key(), role) ? roleLabel(role) : r.key()).arg(r.value()));
            p.indent = 38;
            doc.add(p);
        }
    }
    for (const KnownCertificate &c : u.expiring)
        doc.add(item(QCoreApplication::translate("LifecycleDocuments", "Certificate expiring: %1 (serial %2) on %3").arg(c.commonName, c.serial, c.notAfter.date().toString(Qt::ISODate))));
    for (const RequestView &v : u.requests)
        doc.add(item(QCoreApplication::translate("LifecycleDocuments", "Request %1: %2 (%3) for %4 to %5, status %6%7")
                         .arg(v.request.id)
                         .arg(v.request.form, v.request.kind, v.request.subject, v.recipient, v.request.status,
                              v.overdue ? QCoreApplication::translate("LifecycleDocuments", ", OVERDUE since %1").arg(v.deadline.toString(Qt::ISODate)) : QString())));
    doc.add(item(QCoreApplication::translate("LifecycleDocuments", "Token locks: %1; recovery requests (Form 06): %2").arg(u.locks.size()).arg(u.recoveries)));
    for (const Handover &h : u.handovers)
        doc.add(item(QCoreApplication::translate("LifecycleDocuments", "Handover %1 on %2: token %3, %4 → %5").arg(h.id).arg(h.date, h.tokenSerial, h.fromPerson, h.toPerson)));
    doc.space(6);
}

} // namespace

Error writeLifecycleReportPdf(const LifecycleReport &report, const QString &path)
{
    const QString title = QCoreApplication::translate("LifecycleDocuments", "Report on the management and use of official-duty digital signatures");
    pdf::PrintedDocument doc;
    addHeading(doc, report.agency);
    Paragraph heading = pdf::paragraph(title.toUpper(), TextAlign::Centre, true, 14);
    heading.spaceAfter = 2;
    doc.add(heading);
    Paragraph period = pdf::paragraph(QCoreApplication::translate("LifecycleDocuments", "(regulation art. 9.6) from %1 to %2")
                                          .arg(report.from.isValid() ? report.from.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…"),
                                               report.to.isValid() ? report.to.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…")),
                                      TextAlign::Centre, false, 12);
    period.spaceAfter = 14;
    doc.add(period);
    for (auto u = report.units.cbegin(); u != report.units.cend(); ++u)
        addUnit(doc, u.key(), u.value());
    doc.add(pdf::paragraph(QCoreApplication::translate("LifecycleDocuments", "Total signatures: %1").arg(report.signatureTotal), TextAlign::Left, true, 13));
    return doc.save(path, title);
}

} // namespace kyso
