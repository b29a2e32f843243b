#include "core/RegisterChain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kyso::regchain {

namespace {

void appendLength(QByteArray &out, quint64 n)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out += char((n >> shift) & 0xff);
}

void appendField(QByteArray &out, const QByteArray &bytes)
{
    appendLength(out, quint64(bytes.size()));
    out += bytes;
}

QByteArray valueBytes(const QString &type, const QVariant &v)
{
    if (type == QLatin1String("integer"))
        return QByteArray::number(v.toLongLong());
    if (type == QLatin1String("real"))
        return QByteArray::number(v.toDouble(), 'g', 17);
    if (type == QLatin1String("blob"))
        return v.toByteArray();
    return v.toString().toUtf8();
}

} // namespace

QString quoted(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    return columns;
}

QStringList chainedTables(QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                          "AND name NOT IN ('chain', 'meta') ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

bool encodeRow(QSqlDatabase &db, const QString &table, qint64 rowId, QByteArray &out)
{
    QStringList columns = columnsOf(db, table);
    if (columns.isEmpty())
        return false;
    std::sort(columns.begin(), columns.end());
    QStringList select;
    for (const QString &c : columns)
        select << QStringLiteral("typeof(%1), %1").arg(quoted(c));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid=?").arg(select.join(QLatin1Char(',')), quoted(table)));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return false;
    out = QByteArrayLiteral("KYSO-ROW-2");
    appendField(out, table.toUtf8());
    appendField(out, QByteArray::number(rowId));
    for (int i = 0; i < columns.size(); ++i) {
        const QString type = q.value(2 * i).toString();
        if (type == QLatin1String("null"))
            continue;
        appendField(out, columns[i].toUtf8());
        out += char(type.at(0).toUpper().toLatin1());
        appendField(out, valueBytes(type, q.value(2 * i + 1)));
    }
    return true;
}

QStringList v1Columns(const QString &table)
{
    static const QMap<QString, QStringList> columns = {
        {QStringLiteral("signatures"),
         {QStringLiteral("created_utc"), QStringLiteral("document"), QStringLiteral("output"), QStringLiteral("sha256_before"),
          QStringLiteral("pages"), QStringLiteral("role"), QStringLiteral("signer_name"), QStringLiteral("signer_subject"),
          QStringLiteral("cert_serial"), QStringLiteral("cert_issuer"), QStringLiteral("cert_sha256"),
          QStringLiteral("token_serial"), QStringLiteral("capacity"), QStringLiteral("title"), QStringLiteral("agency"),
          QStringLiteral("reason"), QStringLiteral("doc_number")}},
        {QStringLiteral("signature_results"),
         {QStringLiteral("signature_id"), QStringLiteral("completed_utc"), QStringLiteral("result"),
          QStringLiteral("sha256_after"), QStringLiteral("error")}},
        {QStringLiteral("token_events"),
         {QStringLiteral("created_utc"), QStringLiteral("token_serial"), QStringLiteral("token_label"),
          QStringLiteral("event"), QStringLiteral("detail")}},
        {QStringLiteral("handovers"),
         {QStringLiteral("created_utc"), QStringLiteral("token_serial"), QStringLiteral("from_person"),
          QStringLiteral("to_person"), QStringLiteral("authorised_by"), QStringLiteral("handover_date"), QStringLiteral("note")}},
        {QStringLiteral("cert_requests"),
         {QStringLiteral("created_utc"), QStringLiteral("kind"), QStringLiteral("form"), QStringLiteral("subject"),
          QStringLiteral("token_serial"), QStringLiteral("note")}},
        {QStringLiteral("cert_request_status"),
         {QStringLiteral("request_id"), QStringLiteral("created_utc"), QStringLiteral("status"), QStringLiteral("note")}},
    };
    return columns.value(table);
}

QByteArray encodeRowV1(const QString &table, qint64 rowId, const QVariantList &values)
{
    QByteArray out = table.toUtf8() + '\x1e' + QByteArray::number(rowId);
    for (const QVariant &v : values)
        out += '\x1f' + v.toString().toUtf8();
    return out;
}

QString chainHash(const QString &prev, const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(prev.toLatin1() + '\x1d' + content, QCryptographicHash::Sha256).toHex());
}

QString fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("absent");
    return QStringLiteral("%1:%2:%3:%4.%5")
        .arg(qulonglong(st.st_dev))
        .arg(qulonglong(st.st_ino))
        .arg(qlonglong(st.st_size))
        .arg(qlonglong(st.st_mtim.tv_sec))
        .arg(qlonglong(st.st_mtim.tv_nsec), 9, 10, QLatin1Char('0'));
}

FileLock::FileLock(const QString &path, Kind kind, bool create)
{
    const QByteArray p = QFile::encodeName(path);
    m_fd = create ? ::open(p.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600) : ::open(p.constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        return;
    int rc;
    do
        rc = ::flock(m_fd, kind == Kind::Exclusive ? LOCK_EX : LOCK_SH);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace kyso::regchain
