#include "core/OutgoingBook.h"

#include "core/Register.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace kyso {

namespace {

// Rows whose signing did not fail (pending ones hold their number).
const char *kLiveCondition = "NOT EXISTS (SELECT 1 FROM signature_results r WHERE r.signature_id = b.signature_id AND r.result = 'failed')";

// SQLite tells NULL from '': bind the empty sequence name as ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString OutgoingEntry::numberAndSymbol() const
{
    return symbol.isEmpty() ? QString::number(number) : QStringLiteral("%1/%2").arg(number).arg(symbol);
}

OutgoingBook::OutgoingBook(Register &reg) : m_reg(reg) {}

bool OutgoingBook::separateSequences()
{
    return Settings::value(SettingKey::OutgoingSeparateSequences).toBool();
}

void OutgoingBook::setSeparateSequences(bool on)
{
    Settings::setValue(SettingKey::OutgoingSeparateSequences, on);
}

QString OutgoingBook::seriesFor(const QString &symbol)
{
    if (!separateSequences())
        return {};
    // "QĐ-UBND" -> "QĐ"; a letter's symbol ("UBND-VP") has no type: "CV".
    static const QStringList types = {
        QStringLiteral("NQ"), QStringLiteral("QĐ"), QStringLiteral("CT"), QStringLiteral("QC"), QStringLiteral("QyĐ"),
        QStringLiteral("TB"), QStringLiteral("HD"), QStringLiteral("CTr"), QStringLiteral("KH"), QStringLiteral("PA"),
        QStringLiteral("ĐA"), QStringLiteral("DA"), QStringLiteral("BC"), QStringLiteral("BB"), QStringLiteral("TTr"),
        QStringLiteral("HĐ"), QStringLiteral("CĐ"), QStringLiteral("BGN"), QStringLiteral("BTT"), QStringLiteral("GUQ"),
        QStringLiteral("GM"), QStringLiteral("GGT"), QStringLiteral("GNP"), QStringLiteral("PG"), QStringLiteral("PC"),
        QStringLiteral("PB"), QStringLiteral("TT"), QStringLiteral("TC"), QStringLiteral("BG"), QStringLiteral("TCĐ")};
    const QString head = symbol.section(QLatin1Char('-'), 0, 0);
    return types.contains(head) ? head : QStringLiteral("CV");
}

bool OutgoingBook::isUsed(const QString &certSha256, int year, const QString &series, int number) const
{
    QSqlQuery q(QSqlDatabase::database(m_reg.connectionName()));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outgoing_book b WHERE b.cert_sha256=? AND b.year=? AND b.series=? AND b.number=? AND %1")
                  .arg(QLatin1String(kLiveCondition)));
    q.addBindValue(certSha256);
    q.addBindValue(year);
    q.addBindValue(nonNull(series));
    q.addBindValue(number);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

int OutgoingBook::nextNumber(const QString &certSha256, int year, const QString &series) const
{
    QSqlQuery q(QSqlDatabase::database(m_reg.connectionName()));
    q.prepare(QStringLiteral("SELECT MAX(b.number) FROM outgoing_book b WHERE b.cert_sha256=? AND b.year=? AND b.series=? AND %1")
                  .arg(QLatin1String(kLiveCondition)));
    q.addBindValue(certSha256);
    q.addBindValue(year);
    q.addBindValue(nonNull(series));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return 1;
    return q.value(0).toInt() + 1;
}

Error OutgoingBook::add(const OutgoingEntry &e, qint64 &id)
{
    id = 0;
    if (e.number < 1 || e.year < 1)
        return Error(ErrorCode::Usage, QCoreApplication::translate("OutgoingBook", "a document number is a positive whole number"));
    // Checked again inside the register's write transaction: two clerks
    // taking the same number at once cannot both get it.
    const auto taken = [this, &e]() {
        return isUsed(e.certSha256, e.year, e.series, e.number)
                   ? Error(ErrorCode::ReleaseNumberTaken, QCoreApplication::translate("OutgoingBook", "number %1 in %2").arg(e.number).arg(e.year))
                   : Error();
    };
    if (Error e2 = taken())
        return e2;
    Error error;
    id = m_reg.appendRow(QStringLiteral("outgoing_book"),
                         {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), e.signatureId, e.certSha256, e.agency,
                          e.year, nonNull(e.series), e.number, e.symbol, e.date.toString(Qt::ISODate), e.docType, e.subject,
                          e.signerName, e.signerTitle, e.recipients.join(QLatin1Char('\n')), e.clerk},
                         error, taken);
    return error;
}

QList<OutgoingEntry> OutgoingBook::entries(int year) const
{
    QList<OutgoingEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_reg.connectionName()));
    q.prepare(QStringLiteral(
        "SELECT b.id, b.signature_id, b.created_utc, b.cert_sha256, b.agency, b.year, b.series, b.number, b.symbol, b.doc_date, "
        "b.doc_type, b.subject, b.signer_name, b.signer_title, b.recipients, b.clerk, s.output, r.sha256_after, r.result "
        "FROM outgoing_book b LEFT JOIN signatures s ON s.id = b.signature_id "
        "LEFT JOIN signature_results r ON r.signature_id = b.signature_id "
        "WHERE (? = 0 OR b.year = ?) ORDER BY b.year, b.series, b.number, b.id"));
    q.addBindValue(year);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        OutgoingEntry e;
        int i = 0;
        e.id = q.value(i++).toLongLong();
        e.signatureId = q.value(i++).toLongLong();
        e.createdUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
        e.certSha256 = q.value(i++).toString();
        e.agency = q.value(i++).toString();
        e.year = q.value(i++).toInt();
        e.series = q.value(i++).toString();
        e.number = q.value(i++).toInt();
        e.symbol = q.value(i++).toString();
        e.date = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
        e.docType = q.value(i++).toString();
        e.subject = q.value(i++).toString();
        e.signerName = q.value(i++).toString();
        e.signerTitle = q.value(i++).toString();
        const QString recipients = q.value(i++).toString();
        e.recipients = recipients.isEmpty() ? QStringList() : recipients.split(QLatin1Char('\n'));
        e.clerk = q.value(i++).toString();
        e.output = q.value(i++).toString();
        e.sha256After = q.value(i++).toString();
        e.result = q.value(i).isNull() ? QStringLiteral("pending") : q.value(i).toString();
        out << e;
    }
    return out;
}

QStringList outgoingBookColumns()
{
    return {QStringLiteral("Số, ký hiệu văn bản"), QStringLiteral("Ngày tháng văn bản"),
            QStringLiteral("Tên loại và trích yếu nội dung văn bản"), QStringLiteral("Người ký"), QStringLiteral("Nơi nhận văn bản"),
            QStringLiteral("Đơn vị, người nhận bản lưu"), QStringLiteral("Số lượng bản"), QStringLiteral("Ngày chuyển"),
            QStringLiteral("Ký nhận"), QStringLiteral("Ghi chú")};
}

QString sentenceCase(const QString &upper)
{
    const QString lower = upper.simplified().toLower();
    return lower.isEmpty() ? lower : lower.left(1).toUpper() + lower.mid(1);
}

QStringList outgoingBookRow(const OutgoingEntry &e)
{
    QStringList to, kept;
    for (const QString &r : e.recipients) {
        if (r.startsWith(QStringLiteral("Lưu")))
            kept << r.mid(3).remove(QRegularExpression(QStringLiteral("^\\s*:\\s*")));
        else
            to << r;
    }
    QString signer = e.signerName;
    if (!e.signerTitle.isEmpty())
        signer += QStringLiteral(" (%1)").arg(e.signerTitle);
    QString note = QFileInfo(e.output).fileName();
    if (!e.sha256After.isEmpty())
        note += QStringLiteral("\nSHA-256: %1").arg(e.sha256After);
    if (!e.clerk.isEmpty())
        note += QStringLiteral("\nVăn thư: %1").arg(e.clerk);
    if (e.result != QLatin1String("signed"))
        note += QStringLiteral("\n(%1)").arg(e.result);
    // "Quyết định về việc ..." (the subject's "Về" follows the type in lower case).
    QString subject = e.subject;
    if (subject.startsWith(QStringLiteral("Về ")))
        subject[0] = subject[0].toLower();
    const QString typeAndSubject = (sentenceCase(e.docType) + QLatin1Char(' ') + subject).trimmed();
    return {e.numberAndSymbol(), e.date.toString(QStringLiteral("dd/MM/yyyy")), typeAndSubject, signer,
            to.join(QStringLiteral("; ")), kept.join(QStringLiteral("; ")), QString(), QString(), QString(), note};
}

namespace {
QString csvField(QString v)
{
    return QLatin1Char('"') + v.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

Error exportOutgoingCsv(const QList<OutgoingEntry> &entries, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::OutputNotWritable, path);
    QTextStream s(&f);
    s << QChar(0xFEFF);
    QStringList header = outgoingBookColumns();
    header << QStringLiteral("Tệp") << QStringLiteral("SHA-256") << QStringLiteral("Văn thư") << QStringLiteral("Kết quả");
    QStringList quoted;
    for (const QString &h : header)
        quoted << csvField(h);
    s << quoted.join(QLatin1Char(',')) << '\n';
    for (const OutgoingEntry &e : entries) {
        QStringList row = outgoingBookRow(e);
        row[9] = QString(); // the notes repeat what the next columns give
        row << e.output << e.sha256After << e.clerk << e.result;
        quoted.clear();
        for (const QString &v : row)
            quoted << csvField(v);
        s << quoted.join(QLatin1Char(',')) << '\n';
    }
    s.flush();
    if (!f.commit())
        return Error(ErrorCode::OutputNotWritable, path);
    return {};
}

QString decree30Day(int day)
{
    return day < 10 ? QStringLiteral("0%1").arg(day) : QString::number(day);
}

QString decree30Month(int month)
{
    return month <= 2 ? QStringLiteral("0%1").arg(month) : QString::number(month);
}

} // namespace kyso
