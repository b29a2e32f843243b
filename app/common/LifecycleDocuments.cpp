#include "common/LifecycleDocuments.h"

#include "core/SigningRole.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <QTextDocument>

namespace kyso {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString vnDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
}

// Renders HTML to an A4 PDF next to the target, then renames it in place.
Error printHtml(const QString &html, const QString &title, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error(ErrorCode::OutputNotWritable, path);
    QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".kyso-XXXXXX.pdf")));
    if (!tmp.open())
        return Error(ErrorCode::OutputNotWritable, path);
    {
        QPdfWriter writer(tmp.fileName());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 15, 20), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("KySo"));
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("Liberation Serif"), 12));
        doc.setHtml(html);
        doc.print(&writer);
    }
    tmp.close();
    if (QFileInfo(tmp.fileName()).size() == 0)
        return Error(ErrorCode::OutputNotWritable, path);
    QFile::remove(path);
    if (!tmp.rename(path))
        return Error(ErrorCode::OutputNotWritable, path);
    tmp.setAutoRemove(false);
    return {};
}

QString nationalHeading()
{
    return QStringLiteral("<p align=center><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></p>");
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
    return doc;
}

Error writeHandoverPdf(const HandoverDocument &doc, const QString &path)
{
    const Handover &h = doc.handover;
    const QDate day = QDate::fromString(h.date, Qt::ISODate);
    QString certs;
    for (const KnownCertificate &c : doc.certificates)
        certs += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(c.commonName), esc(c.serial),
                          c.kind == QLatin1String("agency") ? QStringLiteral("Cơ quan, tổ chức") : QStringLiteral("Cá nhân"),
                          vnDate(c.notAfter.date().toString(Qt::ISODate)));
    if (certs.isEmpty())
        certs = QStringLiteral("<tr><td colspan=4>(chưa ghi nhận chứng thư số nào trên thiết bị này)</td></tr>");
    const QString permission = doc.facts.value(QStringLiteral("permission_number")).isEmpty()
                                   ? QStringLiteral("(không có văn bản cho phép được ghi nhận)")
                                   : QStringLiteral("Văn bản cho phép số %1 ngày %2 của %3.")
                                         .arg(esc(doc.facts.value(QStringLiteral("permission_number"))),
                                              vnDate(doc.facts.value(QStringLiteral("permission_date"))), esc(h.authorisedBy));
    QString html = nationalHeading();
    html += QStringLiteral("<p align=center><b>BIÊN BẢN BÀN GIAO THIẾT BỊ LƯU KHÓA BÍ MẬT</b><br>Số: %1/BB-BG</p>").arg(h.id);
    html += QStringLiteral("<p>Căn cứ điểm b khoản 1 Điều 7 Quy chế quản lý, sử dụng chữ ký số chuyên dùng công vụ "
                           "(ban hành kèm theo Quyết định số 65/2025/QĐ-CTUBND): chỉ giao thiết bị lưu khóa bí mật của cơ quan, tổ chức cho người khác "
                           "khi được phép bằng văn bản của người có thẩm quyền; việc bàn giao phải được lập biên bản.</p>");
    html += QStringLiteral("<p>Căn cứ: %1</p>").arg(permission);
    html += QStringLiteral("<p>Hôm nay, ngày %1 tháng %2 năm %3, chúng tôi gồm:</p>")
                .arg(day.day(), 2, 10, QLatin1Char('0')).arg(day.month(), 2, 10, QLatin1Char('0')).arg(day.year());
    html += QStringLiteral("<p><b>Bên giao:</b> %1<br><b>Bên nhận:</b> %2<br><b>Người cho phép:</b> %3</p>")
                .arg(esc(h.fromPerson), esc(h.toPerson), esc(h.authorisedBy));
    html += QStringLiteral("<p>Thống nhất bàn giao <b>thiết bị lưu khóa bí mật (token) số sê-ri %1</b>%2, "
                           "trên đó có các chứng thư chữ ký số sau:</p>")
                .arg(esc(h.tokenSerial), doc.tokenDescription.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(doc.tokenDescription)));
    html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%><tr><th>Chủ thể (CN)</th><th>Số hiệu</th>"
                           "<th>Loại</th><th>Hiệu lực đến</th></tr>%1</table>").arg(certs);
    if (!h.note.isEmpty())
        html += QStringLiteral("<p>Ghi chú: %1</p>").arg(esc(h.note));
    html += QStringLiteral("<p>Kể từ thời điểm bàn giao, bên nhận chịu trách nhiệm quản lý, bảo quản an toàn thiết bị "
                           "và không tiết lộ mã PIN. Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản.</p>");
    html += QStringLiteral("<table width=100%><tr><td align=center width=33%><b>BÊN GIAO</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br><br>%1</td>"
                           "<td align=center width=33%><b>BÊN NHẬN</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br><br>%2</td>"
                           "<td align=center width=34%><b>NGƯỜI CHO PHÉP</b><br><i>(Ký, ghi rõ họ tên)</i><br><br><br><br>%3</td></tr></table>")
                .arg(esc(h.fromPerson), esc(h.toPerson), esc(h.authorisedBy));
    return printHtml(html, QStringLiteral("Biên bản bàn giao thiết bị lưu khóa bí mật số %1").arg(h.id), path);
}

namespace {

QString unitSection(const QString &unit, const UnitReport &u)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(unit));
    html += QStringLiteral("<p>%1</p><ul>").arg(QCoreApplication::translate("LifecycleDocuments", "Signatures: %1").arg(u.signatureTotal));
    for (auto s = u.signatures.cbegin(); s != u.signatures.cend(); ++s) {
        for (auto r = s.value().cbegin(); r != s.value().cend(); ++r) {
            SigningRole role;
            html += QStringLiteral("<li>%1 — %2: %3</li>").arg(esc(s.key()), parseRole(r.key(), role) ? roleLabel(role) : r.key()).arg(r.value());
        }
    }
    html += QStringLiteral("</ul>");
    for (const KnownCertificate &c : u.expiring)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("LifecycleDocuments", "Certificate expiring: %1 (serial %2) on %3")
                                                    .arg(esc(c.commonName), esc(c.serial), c.notAfter.date().toString(Qt::ISODate)));
    for (const RequestView &v : u.requests)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("LifecycleDocuments", "Request %1: %2 (%3) for %4 to %5, status %6%7")
                                                    .arg(v.request.id)
                                                    .arg(v.request.form, v.request.kind, esc(v.request.subject), v.recipient, v.request.status,
                                                         v.overdue ? QCoreApplication::translate("LifecycleDocuments", ", OVERDUE since %1").arg(v.deadline.toString(Qt::ISODate)) : QString()));
    html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("LifecycleDocuments", "Token locks: %1; recovery requests (Form 06): %2")
                                                .arg(u.locks.size())
                                                .arg(u.recoveries));
    for (const Handover &h : u.handovers)
        html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("LifecycleDocuments", "Handover %1 on %2: token %3, %4 → %5")
                                                    .arg(h.id)
                                                    .arg(h.date, esc(h.tokenSerial), esc(h.fromPerson), esc(h.toPerson)));
    return html;
}

} // namespace

Error writeLifecycleReportPdf(const LifecycleReport &report, const QString &path)
{
    const QString title = QCoreApplication::translate("LifecycleDocuments", "Report on the management and use of official-duty digital signatures");
    QString html = QStringLiteral("<h2 align=center>%1</h2><p align=center>%2</p>")
                       .arg(title, QCoreApplication::translate("LifecycleDocuments", "(regulation art. 9.6) from %1 to %2")
                                       .arg(report.from.isValid() ? report.from.toString(Qt::ISODate) : QStringLiteral("…"),
                                            report.to.isValid() ? report.to.toString(Qt::ISODate) : QStringLiteral("…")));
    for (auto u = report.units.cbegin(); u != report.units.cend(); ++u)
        html += unitSection(u.key(), u.value());
    html += QStringLiteral("<p><b>%1</b></p>").arg(QCoreApplication::translate("LifecycleDocuments", "Total signatures: %1").arg(report.signatureTotal));
    return printHtml(html, title, path);
}

} // namespace kyso
