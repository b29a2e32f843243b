#include "core/Register.h"

#include "core/Settings.h"
#include "core/VietnameseText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kyso {

namespace {

const QStringList kSignatureColumns = {
    QStringLiteral("created_utc"), QStringLiteral("document"), QStringLiteral("output"), QStringLiteral("sha256_before"),
    QStringLiteral("pages"), QStringLiteral("role"), QStringLiteral("signer_name"), QStringLiteral("signer_subject"),
    QStringLiteral("cert_serial"), QStringLiteral("cert_issuer"), QStringLiteral("cert_sha256"), QStringLiteral("token_serial"),
    QStringLiteral("capacity"), QStringLiteral("title"), QStringLiteral("agency"), QStringLiteral("reason"),
    QStringLiteral("doc_number")};

// Authority of a signature (issue 10): one row per signature row.
const QStringList kAuthorityColumns = {
    QStringLiteral("signature_id"), QStringLiteral("printed_capacity"), QStringLiteral("printed_on_behalf_of"),
    QStringLiteral("printed_title"), QStringLiteral("printed_agency"), QStringLiteral("printed_agency_parent"),
    QStringLiteral("printed_name"), QStringLiteral("cert_title"), QStringLiteral("cert_organization"),
    QStringLiteral("cert_common_name"), QStringLiteral("cert_serial_hex"), QStringLiteral("capacity_source"),
    QStringLiteral("title_source"), QStringLiteral("agency_source"), QStringLiteral("name_source"),
    QStringLiteral("document_type"), QStringLiteral("document_number"), QStringLiteral("subject"),
    QStringLiteral("not_read"), QStringLiteral("not_checked"), QStringLiteral("override_reason"),
    QStringLiteral("override_user"), QStringLiteral("overridden_refusal")};

// Tables in the chain and their columns, in hashing order.
const QList<QPair<QString, QStringList>> &chainedTables()
{
    static const QList<QPair<QString, QStringList>> tables = {
        {QStringLiteral("signatures"), kSignatureColumns},
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
        // The outgoing-documents book (core/OutgoingBook).
        {QStringLiteral("outgoing_book"),
         {QStringLiteral("created_utc"), QStringLiteral("signature_id"), QStringLiteral("cert_sha256"), QStringLiteral("agency"),
          QStringLiteral("year"), QStringLiteral("series"), QStringLiteral("number"), QStringLiteral("symbol"),
          QStringLiteral("doc_date"), QStringLiteral("doc_type"), QStringLiteral("subject"), QStringLiteral("signer_name"),
          QStringLiteral("signer_title"), QStringLiteral("recipients"), QStringLiteral("clerk")}},
        {QStringLiteral("signature_authority"), kAuthorityColumns},
    };
    return tables;
}

QStringList columnsOf(const QString &table)
{
    for (const auto &t : chainedTables()) {
        if (t.first == table)
            return t.second;
    }
    return {};
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray canonical(const QString &table, qint64 rowId, const QVariantList &values)
{
    QByteArray out = table.toUtf8() + '\x1e' + QByteArray::number(rowId);
    // NULL and the empty string hash alike (drivers differ in which they return).
    for (const QVariant &v : values)
        out += '\x1f' + v.toString().toUtf8();
    return out;
}

QString chainHash(const QString &prev, const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(prev.toLatin1() + '\x1d' + content, QCryptographicHash::Sha256).toHex());
}

Error sqlError(const QSqlError &e)
{
    return Error(ErrorCode::RegisterFailed, e.text());
}

ValueSource sourceFromName(const QString &name)
{
    for (ValueSource s : {ValueSource::Document, ValueSource::Certificate, ValueSource::Typed, ValueSource::Override}) {
        if (name == QLatin1String(valueSourceName(s)))
            return s;
    }
    return ValueSource::None;
}

// The joined signature_authority columns, from index i on.
void readAuthority(const QSqlQuery &q, int i, SignatureRecord &r)
{
    r.hasAuthority = !q.value(i).isNull();
    if (!r.hasAuthority)
        return;
    AuthorityRecord &a = r.authority;
    ++i; // signature_id
    for (QString *f : {&a.printedCapacity, &a.printedOnBehalfOf, &a.printedTitle, &a.printedAgency, &a.printedAgencyParent,
                       &a.printedName, &a.certTitle, &a.certOrganization, &a.certCommonName, &a.certSerial})
        *f = q.value(i++).toString();
    for (ValueSource *s : {&a.capacitySource, &a.titleSource, &a.agencySource, &a.nameSource})
        *s = sourceFromName(q.value(i++).toString());
    a.documentType = q.value(i++).toString();
    a.documentNumber = q.value(i++).toString();
    a.subject = q.value(i++).toString();
    a.notRead = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.notChecked = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.overrideReason = q.value(i++).toString();
    a.overrideUser = q.value(i++).toString();
    a.overriddenRefusal = q.value(i++).toString();
    a.capacity = r.capacity;
    a.title = r.title;
    a.agency = r.agency;
}

} // namespace

QString sha256OfFile(const QString &path, qint64 limit)
{
    // OpenSSL's SHA-256 (hardware-accelerated where the CPU has it): several
    // times faster than QCryptographicHash on large scans.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    QByteArray buf(1 << 16, Qt::Uninitialized);
    qint64 left = limit < 0 ? f.size() : limit;
    bool ok = true;
    while (left > 0) {
        const qint64 n = f.read(buf.data(), std::min<qint64>(left, buf.size()));
        if (n <= 0) {
            ok = false;
            break;
        }
        EVP_DigestUpdate(ctx, buf.constData(), size_t(n));
        left -= n;
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(len)).toHex());
}

QString Register::defaultPath()
{
    return Settings::dataDir() + QStringLiteral("/register.sqlite");
}

std::unique_ptr<Register> Register::open(const QString &path, Error &error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Register> reg(new Register);
    reg->m_path = path;
    reg->m_connection = QStringLiteral("kyso-register-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reg->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        error = sqlError(db.lastError());
        return nullptr;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    if ((error = reg->migrate()))
        return nullptr;
    reg->m_reconciled = reg->reconcile();
    return reg;
}

Register::~Register()
{
    for (int fd : m_attemptLocks)
        ::close(fd);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error Register::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")))
        return sqlError(q.lastError());
    int version = 0;
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")) && q.next())
        version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Error(ErrorCode::RegisterFailed,
                     QCoreApplication::translate("Register", "the register was written by a newer KySo (schema %1)").arg(version));
    // Migrations, one step per schema version.
    const QStringList v1 = {
        QStringLiteral("CREATE TABLE signatures(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, document TEXT, output TEXT, "
                       "sha256_before TEXT, pages INTEGER, role TEXT, signer_name TEXT, signer_subject TEXT, cert_serial TEXT, "
                       "cert_issuer TEXT, cert_sha256 TEXT, token_serial TEXT, capacity TEXT, title TEXT, agency TEXT, "
                       "reason TEXT, doc_number TEXT)"),
        QStringLiteral("CREATE TABLE signature_results(id INTEGER PRIMARY KEY, signature_id INTEGER NOT NULL UNIQUE, "
                       "completed_utc TEXT NOT NULL, result TEXT NOT NULL, sha256_after TEXT, error TEXT)"),
        QStringLiteral("CREATE TABLE token_events(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                       "token_label TEXT, event TEXT NOT NULL, detail TEXT)"),
        QStringLiteral("CREATE TABLE handovers(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                       "from_person TEXT, to_person TEXT, authorised_by TEXT, handover_date TEXT, note TEXT)"),
        QStringLiteral("CREATE TABLE cert_requests(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, kind TEXT NOT NULL, "
                       "form TEXT, subject TEXT, token_serial TEXT, note TEXT)"),
        QStringLiteral("CREATE TABLE cert_request_status(id INTEGER PRIMARY KEY, request_id INTEGER NOT NULL, "
                       "created_utc TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
        QStringLiteral("CREATE TABLE chain(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX signatures_created ON signatures(created_utc)"),
    };
    if (version < 1) {
        if (!db.transaction())
            return sqlError(db.lastError());
        for (const QString &stmt : v1) {
            if (!q.exec(stmt)) {
                const Error e = sqlError(q.lastError());
                db.rollback();
                return e;
            }
        }
        q.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '1')"));
        if (!db.commit())
            return sqlError(db.lastError());
    }
    // Outgoing-documents book (issue 12): additive, guarded by its own existence.
    if (!db.tables().contains(QStringLiteral("outgoing_book"))) {
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outgoing_book(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, "
                                   "signature_id INTEGER NOT NULL, cert_sha256 TEXT NOT NULL, agency TEXT, year INTEGER NOT NULL, "
                                   "series TEXT NOT NULL, number INTEGER NOT NULL, symbol TEXT, doc_date TEXT, doc_type TEXT, "
                                   "subject TEXT, signer_name TEXT, signer_title TEXT, recipients TEXT, clerk TEXT)"))
            || !q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS outgoing_book_number ON outgoing_book(cert_sha256, year, series, number)")))
            return sqlError(q.lastError());
    }
    return migrateAuthority();
}

// Not tied to a schema version: the table and each of its columns are added
// when missing, so this step runs in any order with other migrations.
Error Register::migrateAuthority()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS signature_authority(id INTEGER PRIMARY KEY, signature_id INTEGER NOT NULL)")))
        return sqlError(q.lastError());
    QStringList present;
    q.exec(QStringLiteral("PRAGMA table_info(signature_authority)"));
    while (q.next())
        present << q.value(1).toString();
    for (const QString &column : kAuthorityColumns) {
        if (!present.contains(column) && !q.exec(QStringLiteral("ALTER TABLE signature_authority ADD COLUMN %1 TEXT").arg(column)))
            return sqlError(q.lastError());
    }
    q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS signature_authority_sig ON signature_authority(signature_id)"));
    return {};
}

qint64 Register::appendRow(const QString &table, const QVariantList &values, Error &error)
{
    const QStringList columns = columnsOf(table);
    if (columns.size() != values.size()) {
        error = Error(ErrorCode::InternalError, QStringLiteral("register: %1").arg(table));
        return 0;
    }
    return append(table, columns, values, error);
}

qint64 Register::append(const QString &table, const QStringList &columns, const QVariantList &values, Error &error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        error = sqlError(db.lastError());
        return 0;
    }
    QSqlQuery q(db);
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = sqlError(q.lastError());
        db.rollback();
        return 0;
    }
    const qint64 rowId = q.lastInsertId().toLongLong();
    QString prev;
    qint64 seq = 0;
    if (q.exec(QStringLiteral("SELECT seq, hash FROM chain ORDER BY seq DESC LIMIT 1")) && q.next()) {
        seq = q.value(0).toLongLong();
        prev = q.value(1).toString();
    }
    const QString hash = chainHash(prev, canonical(table, rowId, values));
    q.prepare(QStringLiteral("INSERT INTO chain(seq, tbl, row_id, hash) VALUES(?,?,?,?)"));
    q.addBindValue(seq + 1);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(hash);
    if (!q.exec() || !db.commit()) {
        error = sqlError(q.lastError().isValid() ? q.lastError() : db.lastError());
        db.rollback();
        return 0;
    }
    // Mirror the head outside the database: truncating the tail shows.
    QSaveFile head(m_path + QStringLiteral(".head"));
    if (head.open(QIODevice::WriteOnly)) {
        head.write(QByteArray::number(seq + 1) + ' ' + hash.toLatin1() + '\n');
        head.commit();
    }
    return rowId;
}

QString Register::lockPath(qint64 id) const
{
    return m_path + QStringLiteral(".attempt-%1.lock").arg(id);
}

qint64 Register::beginSignature(const SignatureRecord &r, Error &error)
{
    const QVariantList values = {isoNow(), r.document, r.output, r.sha256Before, r.pages, r.role, r.signerName,
                                 r.signerSubject, r.certSerial, r.certIssuer, r.certSha256, r.tokenSerial, r.capacity,
                                 r.title, r.agency, r.reason, r.docNumber};
    const qint64 id = append(QStringLiteral("signatures"), kSignatureColumns, values, error);
    if (id && r.hasAuthority) {
        const AuthorityRecord &a = r.authority;
        const QVariantList av = {id, a.printedCapacity, a.printedOnBehalfOf, a.printedTitle, a.printedAgency,
                                 a.printedAgencyParent, a.printedName, a.certTitle, a.certOrganization, a.certCommonName,
                                 a.certSerial, QLatin1String(valueSourceName(a.capacitySource)),
                                 QLatin1String(valueSourceName(a.titleSource)), QLatin1String(valueSourceName(a.agencySource)),
                                 QLatin1String(valueSourceName(a.nameSource)), a.documentType, a.documentNumber, a.subject,
                                 a.notRead.join(QLatin1Char(',')), a.notChecked.join(QLatin1Char(',')), a.overrideReason,
                                 a.overrideUser, a.overriddenRefusal};
        if (!append(QStringLiteral("signature_authority"), kAuthorityColumns, av, error))
            return 0;
    }
    if (id) {
        // Held while this process works on the attempt: another process's
        // reconcile() leaves it alone; if we die the kernel drops the lock.
        const int fd = ::open(QFile::encodeName(lockPath(id)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0)
            m_attemptLocks.insert(id, fd);
        else if (fd >= 0)
            ::close(fd);
    }
    return id;
}

Error Register::completeSignature(qint64 id, bool signedOk, const QString &sha256After, const QString &errorText)
{
    if (m_attemptLocks.contains(id)) {
        ::close(m_attemptLocks.take(id));
        QFile::remove(lockPath(id));
    }
    Error error;
    append(QStringLiteral("signature_results"), columnsOf(QStringLiteral("signature_results")),
           {id, isoNow(), signedOk ? QStringLiteral("signed") : QStringLiteral("failed"), sha256After, errorText}, error);
    return error;
}

Error Register::addTokenEvent(const TokenEvent &e)
{
    Error error;
    append(QStringLiteral("token_events"), columnsOf(QStringLiteral("token_events")),
           {isoNow(), e.tokenSerial, e.tokenLabel, e.event, e.detail}, error);
    return error;
}

qint64 Register::addHandover(const Handover &h, Error &error)
{
    return append(QStringLiteral("handovers"), columnsOf(QStringLiteral("handovers")),
                  {isoNow(), h.tokenSerial, h.fromPerson, h.toPerson, h.authorisedBy, h.date, h.note}, error);
}

qint64 Register::addRequest(const CertificateRequest &r, Error &error)
{
    const qint64 id = append(QStringLiteral("cert_requests"), columnsOf(QStringLiteral("cert_requests")),
                             {isoNow(), r.kind, r.form, r.subject, r.tokenSerial, r.note}, error);
    if (id && !error)
        error = setRequestStatus(id, r.status.isEmpty() ? QStringLiteral("draft") : r.status, QString());
    return id;
}

Error Register::setRequestStatus(qint64 requestId, const QString &status, const QString &note)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM cert_requests WHERE id=?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return Error(ErrorCode::Usage, QCoreApplication::translate("Register", "no request with number %1").arg(requestId));
    Error error;
    append(QStringLiteral("cert_request_status"), columnsOf(QStringLiteral("cert_request_status")),
           {requestId, isoNow(), status, note}, error);
    return error;
}

QList<SignatureRecord> Register::signatures(const SignatureFilter &f) const
{
    QList<SignatureRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral(
        "SELECT s.id, s.created_utc, s.document, s.output, s.sha256_before, s.pages, s.role, s.signer_name, s.signer_subject, "
        "s.cert_serial, s.cert_issuer, s.cert_sha256, s.token_serial, s.capacity, s.title, s.agency, s.reason, s.doc_number, "
        "r.result, r.sha256_after, r.error, r.completed_utc, a.%1 FROM signatures s "
        "LEFT JOIN signature_results r ON r.signature_id = s.id "
        "LEFT JOIN signature_authority a ON a.signature_id = s.id WHERE 1=1").arg(kAuthorityColumns.join(QStringLiteral(", a.")));
    QVariantList binds;
    if (!f.signer.isEmpty()) {
        sql += QStringLiteral(" AND (s.signer_name LIKE ? OR s.signer_subject LIKE ?)");
        binds << QStringLiteral("%%1%").arg(f.signer) << QStringLiteral("%%1%").arg(f.signer);
    }
    if (!f.role.isEmpty()) {
        sql += QStringLiteral(" AND s.role = ?");
        binds << f.role;
    }
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND s.created_utc >= ?");
        binds << f.from.toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND s.created_utc <= ?");
        binds << f.to.toString(Qt::ISODateWithMs);
    }
    q.prepare(sql + QStringLiteral(" ORDER BY s.id"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    while (q.next()) {
        SignatureRecord r;
        int i = 0;
        r.id = q.value(i++).toLongLong();
        r.createdUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
        r.document = q.value(i++).toString();
        r.output = q.value(i++).toString();
        r.sha256Before = q.value(i++).toString();
        r.pages = q.value(i++).toInt();
        r.role = q.value(i++).toString();
        r.signerName = q.value(i++).toString();
        r.signerSubject = q.value(i++).toString();
        r.certSerial = q.value(i++).toString();
        r.certIssuer = q.value(i++).toString();
        r.certSha256 = q.value(i++).toString();
        r.tokenSerial = q.value(i++).toString();
        r.capacity = q.value(i++).toString();
        r.title = q.value(i++).toString();
        r.agency = q.value(i++).toString();
        r.reason = q.value(i++).toString();
        r.docNumber = q.value(i++).toString();
        r.result = q.value(i).isNull() ? QStringLiteral("pending") : q.value(i).toString();
        ++i;
        r.sha256After = q.value(i++).toString();
        r.error = q.value(i++).toString();
        r.completedUtc = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs);
        readAuthority(q, i, r);
        out << r;
    }
    return out;
}

bool Register::hasSealedDocument(const QString &number, const QString &certSha256) const
{
    const QString wanted = foldLoose(number);
    if (wanted.isEmpty() || certSha256.isEmpty())
        return false;
    SignatureFilter filter;
    filter.role = QStringLiteral("agency");
    for (const SignatureRecord &r : signatures(filter)) {
        if (r.result == QLatin1String("signed") && r.certSha256 == certSha256 && r.hasAuthority
            && foldLoose(r.authority.documentNumber) == wanted)
            return true;
    }
    return false;
}

QList<Handover> Register::handovers() const
{
    QList<Handover> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, created_utc, token_serial, from_person, to_person, authorised_by, handover_date, note "
                          "FROM handovers ORDER BY id"));
    while (q.next())
        out << Handover{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString()};
    return out;
}

QList<CertificateRequest> Register::requests() const
{
    QList<CertificateRequest> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT r.id, r.created_utc, r.kind, r.form, r.subject, r.token_serial, r.note, "
                          "(SELECT status FROM cert_request_status s WHERE s.request_id = r.id ORDER BY s.id DESC LIMIT 1) "
                          "FROM cert_requests r ORDER BY r.id"));
    while (q.next())
        out << CertificateRequest{q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                                  q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toString(), q.value(7).toString()};
    return out;
}

ChainCheck Register::verifyChain() const
{
    ChainCheck check;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery chain(db);
    chain.exec(QStringLiteral("SELECT seq, tbl, row_id, hash FROM chain ORDER BY seq"));
    QString prev;
    qint64 expectedSeq = 1;
    QMap<QString, int> perTable;
    while (chain.next()) {
        const qint64 seq = chain.value(0).toLongLong();
        const QString table = chain.value(1).toString();
        const qint64 rowId = chain.value(2).toLongLong();
        const QString hash = chain.value(3).toString();
        ++check.entries;
        if (seq != expectedSeq)
            check.problems << QCoreApplication::translate("Register", "chain entries %1 to %2 are missing").arg(expectedSeq).arg(seq - 1);
        expectedSeq = seq + 1;
        const QStringList columns = columnsOf(table);
        if (columns.isEmpty()) {
            check.problems << QCoreApplication::translate("Register", "chain entry %1 names an unknown table").arg(seq);
            prev = hash;
            continue;
        }
        perTable[table]++;
        QSqlQuery row(db);
        row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id=?").arg(columns.join(QLatin1Char(',')), table));
        row.addBindValue(rowId);
        if (!row.exec() || !row.next()) {
            check.problems << QCoreApplication::translate("Register", "%1 row %2 was deleted").arg(table).arg(rowId);
        } else {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i)
                values << row.value(i);
            if (chainHash(prev, canonical(table, rowId, values)) != hash)
                check.problems << QCoreApplication::translate("Register", "%1 row %2 was changed").arg(table).arg(rowId);
        }
        prev = hash;
    }
    for (const auto &t : chainedTables()) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.first)) && count.next()
            && count.value(0).toInt() > perTable.value(t.first))
            check.problems << QCoreApplication::translate("Register", "%1 has rows outside the chain").arg(t.first);
    }
    QFile head(m_path + QStringLiteral(".head"));
    if (head.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = head.readAll().trimmed().split(' ');
        if (parts.size() == 2 && (parts[0].toLongLong() != expectedSeq - 1 || QString::fromLatin1(parts[1]) != prev))
            check.problems << QCoreApplication::translate("Register", "the end of the register does not match its recorded head (rows cut off?)");
    } else if (check.entries > 0) {
        check.problems << QCoreApplication::translate("Register", "the register head file is missing");
    }
    return check;
}

int Register::reconcile()
{
    int done = 0;
    for (const SignatureRecord &r : signatures()) {
        if (r.result != QLatin1String("pending"))
            continue;
        // Still being worked on by a live process? Then leave it.
        const QByteArray lock = QFile::encodeName(lockPath(r.id));
        const int fd = ::open(lock.constData(), O_RDWR | O_CLOEXEC);
        if (fd >= 0) {
            const bool busy = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
            ::close(fd);
            if (busy)
                continue;
        }
        QString after;
        bool completed = false;
        QFile in(r.document);
        const qint64 inputSize = in.size();
        if (!r.output.isEmpty() && QFileInfo::exists(r.output) && inputSize > 0
            && QFileInfo(r.output).size() > inputSize && sha256OfFile(r.output, inputSize) == r.sha256Before) {
            after = sha256OfFile(r.output);
            completed = true;
        }
        completeSignature(r.id, completed, after,
                          completed ? QStringLiteral("reconciled after an interrupted run")
                                    : QStringLiteral("interrupted before the output was written"));
        QFile::remove(QFile::decodeName(lock));
        ++done;
    }
    return done;
}

} // namespace kyso
