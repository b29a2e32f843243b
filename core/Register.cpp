#include "core/Register.h"

#include "core/CrashPoint.h"
#include "core/RegisterChain.h"
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

QStringList columnsFor(const QString &table)
{
    return regchain::v1Columns(table);
}

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

// Lifecycle tables (regulation arts. 4-7, 9.6): facts appended to rows of
// other tables, and the certificates seen. Created by a step guarded by
// existence checks, so it merges with other migration steps in any order.
const QStringList kAnnotationColumns = {QStringLiteral("created_utc"), QStringLiteral("tbl"), QStringLiteral("row_id"),
                                        QStringLiteral("key"), QStringLiteral("value")};
const QStringList kCertificateColumns = {
    QStringLiteral("created_utc"), QStringLiteral("sha256"), QStringLiteral("serial"), QStringLiteral("subject"),
    QStringLiteral("common_name"), QStringLiteral("organization"), QStringLiteral("kind"), QStringLiteral("token_serial"),
    QStringLiteral("not_before"), QStringLiteral("not_after")};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlError &e)
{
    return Error(ErrorCode::RegisterFailed, e.text());
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

bool tableExists(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name=?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

QStringList lifecycleSteps(QSqlDatabase &db)
{
    QStringList steps;
    if (!tableExists(db, QStringLiteral("annotations")))
        steps << QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, tbl TEXT NOT NULL, "
                                "row_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT)")
              << QStringLiteral("CREATE INDEX annotations_row ON annotations(tbl, row_id)");
    if (!tableExists(db, QStringLiteral("certificates")))
        steps << QStringLiteral("CREATE TABLE certificates(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, sha256 TEXT NOT NULL, "
                                "serial TEXT, subject TEXT, common_name TEXT, organization TEXT, kind TEXT, token_serial TEXT, "
                                "not_before TEXT, not_after TEXT)");
    return steps;
}

// The authority of each signature (issue 10): not tied to a schema version;
// the table and each of its columns are added when missing.
QStringList authoritySteps(QSqlDatabase &db)
{
    QStringList steps;
    if (!tableExists(db, QStringLiteral("signature_authority"))) {
        steps << QStringLiteral("CREATE TABLE signature_authority(id INTEGER PRIMARY KEY, signature_id INTEGER NOT NULL, %1 TEXT)")
                     .arg(kAuthorityColumns.mid(1).join(QStringLiteral(" TEXT, ")));
    } else {
        const QStringList present = regchain::columnsOf(db, QStringLiteral("signature_authority"));
        for (const QString &column : kAuthorityColumns) {
            if (!present.contains(column))
                steps << QStringLiteral("ALTER TABLE signature_authority ADD COLUMN %1 TEXT").arg(column);
        }
    }
    steps << QStringLiteral("CREATE INDEX IF NOT EXISTS signature_authority_sig ON signature_authority(signature_id)");
    return steps;
}

// The outgoing-documents book (issue 12, core/OutgoingBook): created when missing.
const QStringList kOutgoingColumns = {
    QStringLiteral("created_utc"), QStringLiteral("signature_id"), QStringLiteral("cert_sha256"), QStringLiteral("agency"),
    QStringLiteral("year"), QStringLiteral("series"), QStringLiteral("number"), QStringLiteral("symbol"),
    QStringLiteral("doc_date"), QStringLiteral("doc_type"), QStringLiteral("subject"), QStringLiteral("signer_name"),
    QStringLiteral("signer_title"), QStringLiteral("recipients"), QStringLiteral("clerk")};

QStringList outgoingSteps(QSqlDatabase &db)
{
    QStringList steps;
    if (!tableExists(db, QStringLiteral("outgoing_book")))
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS outgoing_book(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, "
                                "signature_id INTEGER NOT NULL, cert_sha256 TEXT NOT NULL, agency TEXT, year INTEGER NOT NULL, "
                                "series TEXT NOT NULL, number INTEGER NOT NULL, symbol TEXT, doc_date TEXT, doc_type TEXT, "
                                "subject TEXT, signer_name TEXT, signer_title TEXT, recipients TEXT, clerk TEXT)");
    steps << QStringLiteral("CREATE INDEX IF NOT EXISTS outgoing_book_number ON outgoing_book(cert_sha256, year, series, number)");
    return steps;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

// The schema version as recorded in the chain (-1: none recorded).
int chainedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (tableExists(db, QStringLiteral("register_events"))
        && q.exec(QStringLiteral("SELECT detail FROM register_events WHERE event='schema' ORDER BY id DESC LIMIT 1")) && q.next())
        return q.value(0).toInt();
    return -1;
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

// Serialises the writers of one register across processes (PATH.lock);
// re-entrant within one Register.
class Register::WriteLock
{
public:
    explicit WriteLock(Register &reg) : m_reg(reg)
    {
        if (m_reg.m_writeDepth++ == 0)
            m_reg.m_writeLock = std::make_unique<regchain::FileLock>(m_reg.m_path + QStringLiteral(".lock"),
                                                                     regchain::FileLock::Kind::Exclusive, true);
    }
    ~WriteLock()
    {
        if (--m_reg.m_writeDepth == 0)
            m_reg.m_writeLock.reset();
    }

private:
    Register &m_reg;
};

std::unique_ptr<Register> Register::open(const QString &path, Error &error, Access access)
{
    std::unique_ptr<Register> reg(new Register);
    reg->m_path = path;
    if (access == Access::ReadOnly && !QFileInfo::exists(path)) {
        reg->m_missing = true; // reading never creates a register
        return reg;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    reg->m_connection = QStringLiteral("kyso-register-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reg->m_connection);
    db.setDatabaseName(path);
    // Set before the first statement: concurrent first use waits, not fails.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        error = sqlError(db.lastError());
        return nullptr;
    }
    if (access == Access::ReadOnly)
        return reg;
    WriteLock lock(*reg);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    if ((error = reg->migrate()))
        return nullptr;
    reg->m_reconciled = reg->reconcile();
    return reg;
}

Register::~Register()
{
    for (int fd : m_attemptLocks)
        ::close(fd);
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error Register::checkSchema(int version)
{
    if (version <= kSchemaVersion)
        return {};
    // meta is not itself chained, but every schema change is (register_events):
    // a version the chain never recorded was typed in by hand.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int chained = chainedSchemaVersion(db);
    if (chained >= 0 && chained < version)
        return Error(ErrorCode::RegisterTampered,
                     QCoreApplication::translate("Register", "meta says schema %1, the hash chain records schema %2")
                         .arg(version)
                         .arg(chained));
    return Error(ErrorCode::RegisterFailed,
                 QCoreApplication::translate("Register", "the register was written by a newer KySo (schema %1)").arg(version));
}

// One exclusive transaction (and the register's write lock): several
// processes using a new register at once create it exactly once. Steps are
// idempotent ("if not exists" checks), so steps from several branches merge
// in any order; the version bump and its chained record are common to all.
Error Register::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return sqlError(q.lastError());
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
        const Error e = sqlError(q.lastError());
        rollback(db);
        return e;
    }
    const int version = schemaVersion(db);
    if (Error e = checkSchema(version)) {
        rollback(db);
        return e;
    }
    QStringList steps;
    if (version < 1) {
        steps << QStringList{
            QStringLiteral("CREATE TABLE IF NOT EXISTS signatures(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, document TEXT, output TEXT, "
                           "sha256_before TEXT, pages INTEGER, role TEXT, signer_name TEXT, signer_subject TEXT, cert_serial TEXT, "
                           "cert_issuer TEXT, cert_sha256 TEXT, token_serial TEXT, capacity TEXT, title TEXT, agency TEXT, "
                           "reason TEXT, doc_number TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS signature_results(id INTEGER PRIMARY KEY, signature_id INTEGER NOT NULL UNIQUE, "
                           "completed_utc TEXT NOT NULL, result TEXT NOT NULL, sha256_after TEXT, error TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS token_events(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                           "token_label TEXT, event TEXT NOT NULL, detail TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS handovers(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                           "from_person TEXT, to_person TEXT, authorised_by TEXT, handover_date TEXT, note TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS cert_requests(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, kind TEXT NOT NULL, "
                           "form TEXT, subject TEXT, token_serial TEXT, note TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS cert_request_status(id INTEGER PRIMARY KEY, request_id INTEGER NOT NULL, "
                           "created_utc TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS chain(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS signatures_created ON signatures(created_utc)"),
        };
    }
    if (version < 2) {
        if (!regchain::columnsOf(db, QStringLiteral("chain")).contains(QStringLiteral("enc")))
            steps << QStringLiteral("ALTER TABLE chain ADD COLUMN enc INTEGER NOT NULL DEFAULT 1");
        if (!regchain::columnsOf(db, QStringLiteral("signatures")).contains(QStringLiteral("output_before")))
            steps << QStringLiteral("ALTER TABLE signatures ADD COLUMN output_before TEXT");
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS register_events(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, "
                                "event TEXT NOT NULL, detail TEXT)");
    }
    steps << lifecycleSteps(db);
    steps << authoritySteps(db);
    steps << outgoingSteps(db);
    Error error;
    for (const QString &stmt : steps) {
        if (!error && !q.exec(stmt))
            error = sqlError(q.lastError());
    }
    if (!error && version < kSchemaVersion) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)"));
        q.addBindValue(QString::number(kSchemaVersion));
        if (!q.exec())
            error = sqlError(q.lastError());
        else
            appendInTransaction(QStringLiteral("register_events"),
                                {QStringLiteral("created_utc"), QStringLiteral("event"), QStringLiteral("detail")},
                                {isoNow(), QStringLiteral("schema"), QString::number(kSchemaVersion)}, error);
    }
    if (!error && !q.exec(QStringLiteral("COMMIT")))
        error = sqlError(q.lastError());
    if (error) {
        rollback(db);
        return error;
    }
    if (version < kSchemaVersion)
        writeHead();
    // Never rewritten: shows later that this data folder held a register.
    QFile created(m_path + QStringLiteral(".created"));
    if (!created.exists() && created.open(QIODevice::WriteOnly))
        created.write(isoNow().toLatin1() + '\n');
    return {};
}

// Inside an open transaction and the write lock: inserts the row, reads it
// back and links what is stored into the chain.
qint64 Register::appendInTransaction(const QString &table, const QStringList &columns, const QVariantList &values,
                                     Error &error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    QStringList names, marks;
    for (const QString &c : columns) {
        names << regchain::quoted(c);
        marks << QStringLiteral("?");
    }
    q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                  .arg(regchain::quoted(table), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        error = sqlError(q.lastError());
        return 0;
    }
    const qint64 rowId = q.lastInsertId().toLongLong();
    QByteArray content;
    if (!regchain::encodeRow(db, table, rowId, content)) {
        error = Error(ErrorCode::RegisterFailed, QStringLiteral("%1 row %2 cannot be read back").arg(table).arg(rowId));
        return 0;
    }
    QString prev;
    qint64 seq = 0;
    if (q.exec(QStringLiteral("SELECT seq, hash FROM chain ORDER BY seq DESC LIMIT 1")) && q.next()) {
        seq = q.value(0).toLongLong();
        prev = q.value(1).toString();
    }
    q.prepare(QStringLiteral("INSERT INTO chain(seq, tbl, row_id, hash, enc) VALUES(?,?,?,?,2)"));
    q.addBindValue(seq + 1);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(regchain::chainHash(prev, content));
    if (!q.exec()) {
        error = sqlError(q.lastError());
        return 0;
    }
    return rowId;
}

// Under the write lock, after the commit: a crash in between leaves the head
// exactly one entry behind, which verifyChain() reports as an interrupted
// write, not as tampering; the next write brings it up to date.
void Register::writeHead()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM chain ORDER BY seq DESC LIMIT 1")) || !q.next())
        return;
    QSaveFile head(m_path + QStringLiteral(".head"));
    if (head.open(QIODevice::WriteOnly)) {
        head.write(QByteArray::number(q.value(0).toLongLong()) + ' ' + q.value(1).toString().toLatin1() + '\n');
        head.commit();
    }
}

qint64 Register::append(const QString &table, const QStringList &columns, const QVariantList &values, Error &error)
{
    WriteLock lock(*this);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = sqlError(q.lastError());
        return 0;
    }
    const qint64 rowId = appendInTransaction(table, columns, values, error);
    if (!rowId || !q.exec(QStringLiteral("COMMIT"))) {
        if (!error)
            error = sqlError(q.lastError());
        rollback(db);
        return 0;
    }
    writeHead();
    return rowId;
}

// One outgoing-book row (core/OutgoingBook); `guard` runs inside the same
// transaction and write lock, so a number is checked and taken atomically.
qint64 Register::appendRow(const QString &table, const QVariantList &values, Error &error,
                           const std::function<Error()> &guard)
{
    if (table != QLatin1String("outgoing_book") || values.size() != kOutgoingColumns.size()) {
        error = Error(ErrorCode::InternalError, QStringLiteral("register: %1").arg(table));
        return 0;
    }
    WriteLock lock(*this);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = sqlError(q.lastError());
        return 0;
    }
    if (guard)
        error = guard();
    const qint64 rowId = error ? 0 : appendInTransaction(table, kOutgoingColumns, values, error);
    if (!rowId || !q.exec(QStringLiteral("COMMIT"))) {
        if (!error)
            error = sqlError(q.lastError());
        rollback(db);
        return 0;
    }
    writeHead();
    return rowId;
}

QString Register::lockPath(qint64 id) const
{
    return m_path + QStringLiteral(".attempt-%1.lock").arg(id);
}

qint64 Register::beginSignature(const SignatureRecord &r, Error &error)
{
    QVariantList values = {isoNow(), r.document, r.output, r.sha256Before, r.pages, r.role, r.signerName,
                           r.signerSubject, r.certSerial, r.certIssuer, r.certSha256, r.tokenSerial, r.capacity,
                           r.title, r.agency, r.reason, r.docNumber};
    QStringList columns = kSignatureColumns;
    columns << QStringLiteral("output_before");
    values << r.outputBefore;
    WriteLock lock(*this);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = sqlError(q.lastError());
        return 0;
    }
    const qint64 id = appendInTransaction(QStringLiteral("signatures"), columns, values, error);
    if (id && r.hasAuthority) {
        // The authority (issue 10) in the same transaction as its signature row.
        const AuthorityRecord &a = r.authority;
        const QVariantList av = {id, a.printedCapacity, a.printedOnBehalfOf, a.printedTitle, a.printedAgency,
                                 a.printedAgencyParent, a.printedName, a.certTitle, a.certOrganization, a.certCommonName,
                                 a.certSerial, QLatin1String(valueSourceName(a.capacitySource)),
                                 QLatin1String(valueSourceName(a.titleSource)), QLatin1String(valueSourceName(a.agencySource)),
                                 QLatin1String(valueSourceName(a.nameSource)), a.documentType, a.documentNumber, a.subject,
                                 a.notRead.join(QLatin1Char(',')), a.notChecked.join(QLatin1Char(',')), a.overrideReason,
                                 a.overrideUser, a.overriddenRefusal};
        appendInTransaction(QStringLiteral("signature_authority"), kAuthorityColumns, av, error);
    }
    // Held from before the row is visible until its result row is: another
    // process's reconcile() leaves the attempt alone; if we die the kernel
    // drops the lock.
    int fd = -1;
    if (id) {
        fd = ::open(QFile::encodeName(lockPath(id)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0)
            error = Error(ErrorCode::RegisterFailed, lockPath(id));
    }
    if (error || !q.exec(QStringLiteral("COMMIT"))) {
        if (!error)
            error = sqlError(q.lastError());
        rollback(db);
        if (fd >= 0)
            ::close(fd);
        return 0;
    }
    m_attemptLocks.insert(id, fd);
    writeHead();
    return id;
}

Error Register::completeSignature(qint64 id, bool signedOk, const QString &sha256After, const QString &errorText)
{
    WriteLock lock(*this);
    Error error;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM signature_results WHERE signature_id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        error = sqlError(q.lastError());
    else if (q.value(0).toInt() > 0)
        error = Error(ErrorCode::RegisterFailed, QStringLiteral("attempt %1 is already completed").arg(id));
    else if (failurePoint("register-complete"))
        error = Error(ErrorCode::RegisterFailed, QStringLiteral("database or disk is full"));
    else
        append(QStringLiteral("signature_results"), columnsFor(QStringLiteral("signature_results")),
               {id, isoNow(), signedOk ? QStringLiteral("signed") : QStringLiteral("failed"), sha256After, errorText}, error);
    // Released only now. Without a result row the lock file stays and the
    // next writer's reconcile() records the attempt.
    if (m_attemptLocks.contains(id)) {
        ::close(m_attemptLocks.take(id));
        if (!error)
            QFile::remove(lockPath(id));
    }
    return error;
}

Error Register::addTokenEvent(const TokenEvent &e)
{
    Error error;
    append(QStringLiteral("token_events"), columnsFor(QStringLiteral("token_events")),
           {isoNow(), e.tokenSerial, e.tokenLabel, e.event, e.detail}, error);
    return error;
}

qint64 Register::addHandover(const Handover &h, Error &error)
{
    return append(QStringLiteral("handovers"), columnsFor(QStringLiteral("handovers")),
                  {isoNow(), h.tokenSerial, h.fromPerson, h.toPerson, h.authorisedBy, h.date, h.note}, error);
}

qint64 Register::addRequest(const CertificateRequest &r, Error &error)
{
    const qint64 id = append(QStringLiteral("cert_requests"), columnsFor(QStringLiteral("cert_requests")),
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
    append(QStringLiteral("cert_request_status"), columnsFor(QStringLiteral("cert_request_status")),
           {requestId, isoNow(), status, note}, error);
    return error;
}

QList<SignatureRecord> Register::signatures(const SignatureFilter &f) const
{
    QList<SignatureRecord> out;
    if (m_missing)
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    // Read-only access also reads a register of schema 1.
    const bool hasBefore = regchain::columnsOf(db, QStringLiteral("signatures")).contains(QStringLiteral("output_before"));
    const bool hasAuthority = tableExists(db, QStringLiteral("signature_authority"));
    QString sql = QStringLiteral(
        "SELECT s.id, s.created_utc, s.document, s.output, s.sha256_before, s.pages, s.role, s.signer_name, s.signer_subject, "
        "s.cert_serial, s.cert_issuer, s.cert_sha256, s.token_serial, s.capacity, s.title, s.agency, s.reason, s.doc_number, "
        "r.result, r.sha256_after, r.error, r.completed_utc, %1, %2 FROM signatures s "
        "LEFT JOIN signature_results r ON r.signature_id = s.id %3 WHERE 1=1")
                      .arg(hasBefore ? QStringLiteral("s.output_before") : QStringLiteral("NULL"),
                           hasAuthority ? QStringLiteral("a.") + kAuthorityColumns.join(QStringLiteral(", a."))
                                        : QStringList(kAuthorityColumns.size(), QStringLiteral("NULL")).join(QStringLiteral(", ")),
                           hasAuthority ? QStringLiteral("LEFT JOIN signature_authority a ON a.signature_id = s.id") : QString());
    QVariantList binds;
    if (!f.signer.isEmpty()) {
        sql += QStringLiteral(" AND (s.signer_name LIKE ? OR s.signer_subject LIKE ?)");
        binds << QStringLiteral("%%1%").arg(f.signer) << QStringLiteral("%%1%").arg(f.signer);
    }
    if (!f.role.isEmpty()) {
        sql += QStringLiteral(" AND s.role = ?");
        binds << f.role;
    }
    if (f.pendingOnly) {
        // The unfinished ids from the two narrow indexes (created_utc, and the
        // results' signature_id), then only those rows: not a scan of every
        // signature row ever written (a year's register is megabytes, read
        // from disk on each run's first query).
        sql += QStringLiteral(" AND s.id IN (SELECT id FROM signatures WHERE id NOT IN (SELECT signature_id FROM signature_results))");
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
        r.outputBefore = q.value(i++).toString();
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
    if (m_missing)
        return out;
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
    if (m_missing)
        return out;
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

Error Register::annotate(const QString &table, qint64 rowId, const Annotations &facts)
{
    Error error;
    for (auto it = facts.cbegin(); it != facts.cend() && !error; ++it) {
        if (!it.value().isEmpty())
            append(QStringLiteral("annotations"), kAnnotationColumns,
                   {isoNow(), table, rowId, it.key(), it.value()}, error);
    }
    return error;
}

Annotations Register::annotations(const QString &table, qint64 rowId) const
{
    Annotations out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT key, value FROM annotations WHERE tbl=? AND row_id=? ORDER BY id"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QMap<qint64, Annotations> Register::annotationsOf(const QString &table) const
{
    QMap<qint64, Annotations> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT row_id, key, value FROM annotations WHERE tbl=? ORDER BY id"));
    q.addBindValue(table);
    q.exec();
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toString());
    return out;
}

QList<TokenEvent> Register::tokenEvents() const
{
    QList<TokenEvent> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, created_utc, token_serial, token_label, event, detail FROM token_events ORDER BY id"));
    while (q.next())
        out << TokenEvent{QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(0).toLongLong()};
    return out;
}

qint64 Register::noteCertificate(const KnownCertificate &c, Error &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM certificates WHERE sha256=? AND token_serial=? ORDER BY id LIMIT 1"));
    q.addBindValue(c.sha256);
    q.addBindValue(c.tokenSerial);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return append(QStringLiteral("certificates"), kCertificateColumns,
                  {isoNow(), c.sha256, c.serial, c.subject, c.commonName, c.organization, c.kind, c.tokenSerial,
                   c.notBefore.toString(Qt::ISODate), c.notAfter.toString(Qt::ISODate)},
                  error);
}

QList<KnownCertificate> Register::certificates() const
{
    QList<KnownCertificate> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, created_utc, sha256, serial, subject, common_name, organization, kind, token_serial, "
                          "not_before, not_after FROM certificates ORDER BY id"));
    while (q.next()) {
        KnownCertificate c;
        c.id = q.value(0).toLongLong();
        c.createdUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        c.sha256 = q.value(2).toString();
        c.serial = q.value(3).toString();
        c.subject = q.value(4).toString();
        c.commonName = q.value(5).toString();
        c.organization = q.value(6).toString();
        c.kind = q.value(7).toString();
        c.tokenSerial = q.value(8).toString();
        c.notBefore = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        c.notAfter = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
        out << c;
    }
    return out;
}

bool Register::knowsToken(const QString &serial) const
{
    if (serial.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM signatures WHERE token_serial=?) + (SELECT COUNT(*) FROM token_events "
                             "WHERE token_serial=?) + (SELECT COUNT(*) FROM handovers WHERE token_serial=?) + (SELECT COUNT(*) "
                             "FROM cert_requests WHERE token_serial=?) + (SELECT COUNT(*) FROM certificates WHERE token_serial=?)"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(serial);
    return q.exec() && q.next() && q.value(0).toLongLong() > 0;
}

ChainCheck Register::verifyChain() const
{
    if (m_missing)
        return verifyMissing();
    ChainCheck check;
    // Writers hold the lock from the row to the head: chain and head are read
    // as one consistent state, in one read transaction.
    const regchain::FileLock lock(m_path + QStringLiteral(".lock"), regchain::FileLock::Kind::Shared, false);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    const QStringList tables = regchain::chainedTables(db);
    const bool hasEnc = regchain::columnsOf(db, QStringLiteral("chain")).contains(QStringLiteral("enc"));
    QSqlQuery chain(db);
    chain.exec(QStringLiteral("SELECT seq, tbl, row_id, hash, %1 FROM chain ORDER BY seq")
                   .arg(hasEnc ? QStringLiteral("enc") : QStringLiteral("1")));
    QString prev, beforePrev;
    qint64 expectedSeq = 1;
    bool seenV2 = false;
    QMap<QString, int> perTable;
    while (chain.next()) {
        const qint64 seq = chain.value(0).toLongLong();
        const QString table = chain.value(1).toString();
        const qint64 rowId = chain.value(2).toLongLong();
        const QString hash = chain.value(3).toString();
        const int enc = chain.value(4).toInt();
        ++check.entries;
        if (seq != expectedSeq)
            check.problems << QCoreApplication::translate("Register", "chain entries %1 to %2 are missing").arg(expectedSeq).arg(seq - 1);
        expectedSeq = seq + 1;
        QByteArray content;
        bool found = false;
        bool checkable = true;
        if (!tables.contains(table)) {
            checkable = false;
            check.problems << QCoreApplication::translate("Register", "chain entry %1 names an unknown table").arg(seq);
        } else if (enc == 2) {
            seenV2 = true;
            found = regchain::encodeRow(db, table, rowId, content);
        } else if (enc == 1 && !seenV2 && !regchain::v1Columns(table).isEmpty()) {
            // Written before the migration to schema 2: the old encoding.
            const QStringList columns = regchain::v1Columns(table);
            QSqlQuery row(db);
            row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id=?").arg(columns.join(QLatin1Char(',')), table));
            row.addBindValue(rowId);
            if ((found = row.exec() && row.next())) {
                QVariantList values;
                for (int i = 0; i < columns.size(); ++i)
                    values << row.value(i);
                content = regchain::encodeRowV1(table, rowId, values);
            }
        } else {
            checkable = false;
            check.problems << QCoreApplication::translate("Register", "chain entry %1 has an unexpected encoding").arg(seq);
        }
        if (tables.contains(table))
            perTable[table]++;
        if (checkable) {
            if (!found)
                check.problems << QCoreApplication::translate("Register", "%1 row %2 was deleted").arg(table).arg(rowId);
            else if (found && regchain::chainHash(prev, content) != hash)
                check.problems << QCoreApplication::translate("Register", "%1 row %2 was changed").arg(table).arg(rowId);
        }
        beforePrev = prev;
        prev = hash;
    }
    for (const QString &t : tables) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(regchain::quoted(t))) && count.next()
            && count.value(0).toInt() > perTable.value(t))
            check.problems << QCoreApplication::translate("Register", "%1 has rows outside the chain").arg(t);
    }
    verifyMeta(check);
    verifyHead(check, expectedSeq - 1, prev, beforePrev);
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    return check;
}

// meta is checked against the chained schema record.
void Register::verifyMeta(ChainCheck &check) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const int version = schemaVersion(db);
    const int chained = chainedSchemaVersion(db);
    if (version >= 2 && chained != version)
        check.problems << QCoreApplication::translate("Register", "the schema version in meta (%1) is not the one recorded in the chain (%2)")
                              .arg(version)
                              .arg(chained);
    if (check.entries == 0 && QFileInfo::exists(m_path + QStringLiteral(".created")))
        check.problems << QCoreApplication::translate("Register", "the register is empty, but this data folder held a register before");
}

void Register::verifyHead(ChainCheck &check, qint64 lastSeq, const QString &lastHash, const QString &previousHash) const
{
    QFile head(m_path + QStringLiteral(".head"));
    if (!head.open(QIODevice::ReadOnly)) {
        if (lastSeq > 0)
            check.problems << QCoreApplication::translate("Register", "the register head file is missing");
        return;
    }
    const QList<QByteArray> parts = head.read(256).trimmed().split(' ');
    bool ok = false;
    const qint64 seq = parts.value(0).toLongLong(&ok);
    if (parts.size() != 2 || !ok || parts[1].size() != 64) {
        // Garbage never switches the check off.
        check.problems << QCoreApplication::translate("Register", "the register head file is unreadable");
        return;
    }
    const QString hash = QString::fromLatin1(parts[1]);
    if (seq == lastSeq && hash == lastHash)
        return;
    if (seq == lastSeq - 1 && hash == previousHash && seq > 0) {
        check.notes << QCoreApplication::translate("Register", "the last write was interrupted before the head file was updated; the next write updates it");
        return;
    }
    check.problems << QCoreApplication::translate("Register", "the end of the register does not match its recorded head (rows cut off?)");
}

// No database: fine on a computer that never signed; tampering if the data
// folder shows that a register was there.
ChainCheck Register::verifyMissing() const
{
    ChainCheck check;
    const QFileInfo db(m_path);
    QStringList traces;
    // Not the lock file: a first writer creates it just before the database.
    for (const QString &suffix : {QStringLiteral(".head"), QStringLiteral(".created"), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(m_path + suffix))
            traces << db.fileName() + suffix;
    }
    const QStringList attempts = QDir(db.absolutePath()).entryList({db.fileName() + QStringLiteral(".attempt-*.lock")}, QDir::Files);
    traces << attempts;
    if (traces.isEmpty()) {
        check.missing = true;
        return check;
    }
    check.problems << QCoreApplication::translate("Register", "the register database is missing, but this data folder held one (%1)")
                          .arg(traces.join(QStringLiteral(", ")));
    return check;
}

int Register::reconcile()
{
    WriteLock lock(*this);
    int done = 0;
    SignatureFilter pending;
    pending.pendingOnly = true; // not every signature ever made: opening stays cheap as the register grows
    for (const SignatureRecord &r : signatures(pending)) {
        if (r.result != QLatin1String("pending") || m_attemptLocks.contains(r.id))
            continue;
        // Still being worked on by a live process? It holds the attempt's
        // lock from before its row was committed: leave it.
        const QByteArray lockFile = QFile::encodeName(lockPath(r.id));
        const int fd = ::open(lockFile.constData(), O_RDWR | O_CLOEXEC);
        if (fd >= 0) {
            const bool busy = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
            ::close(fd);
            if (busy)
                continue;
        }
        // Completed only if the output replaced what was there before (an
        // old output of the same input left by a killed --force run is not
        // this attempt's) and starts with the signed input.
        const qint64 inputSize = QFileInfo(r.document).size();
        const QFileInfo output(r.output);
        const bool replaced = r.outputBefore.isEmpty() || regchain::fileIdentity(r.output) != r.outputBefore;
        const bool completed = !r.output.isEmpty() && output.exists() && inputSize > 0 && output.size() > inputSize
            && replaced && sha256OfFile(r.output, inputSize) == r.sha256Before;
        if (completeSignature(r.id, completed, completed ? sha256OfFile(r.output) : QString(),
                              completed ? QStringLiteral("reconciled after an interrupted run")
                                        : QStringLiteral("interrupted before the output was written")))
            break;
        QFile::remove(QFile::decodeName(lockFile));
        ++done;
    }
    return done;
}

} // namespace kyso
