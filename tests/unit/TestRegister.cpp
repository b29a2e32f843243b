#include "core/Register.h"
#include "core/RegisterChain.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>
#include <thread>
#include <vector>

using namespace kyso;

namespace {

// Edits the database behind KySo's back, as someone with write access to
// the data folder would (without re-hashing anything).
void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList problems(const QString &path)
{
    Error error;
    auto reg = Register::open(path, error, Register::Access::ReadOnly);
    REQUIRE(reg);
    return reg->verifyChain().problems;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// One signed attempt, one handover with a NULL note.
void populate(const QString &path)
{
    Error error;
    auto reg = Register::open(path, error);
    REQUIRE(reg);
    SignatureRecord r;
    r.document = QStringLiteral("/tmp/in.pdf");
    r.output = QStringLiteral("/tmp/out.pdf");
    r.pages = 2;
    r.signerName = QStringLiteral("Nguyễn Văn An");
    r.reason = QStringLiteral("x\x1fy");
    r.docNumber = QString();
    r.outputBefore = QStringLiteral("absent");
    const qint64 id = reg->beginSignature(r, error);
    REQUIRE(id > 0);
    REQUIRE_FALSE(reg->completeSignature(id, true, QStringLiteral("ab"), QString()).isError());
    Handover h;
    h.tokenSerial = QStringLiteral("521d");
    h.note = QString(); // NULL
    REQUIRE(reg->addHandover(h, error) > 0);
    REQUIRE_FALSE(error.isError());
}

} // namespace

// Issue 14, item 15: edits that keep the 0.1 encoding's hash.
TEST_CASE("typed, length-prefixed encoding: edits without re-hashing are caught", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    populate(path);
    REQUIRE(problems(path).isEmpty());

    SECTION("bytes moved across the old field separator")
    {
        rawExec(path, {QStringLiteral("UPDATE signatures SET reason='x', doc_number=char(121,31) WHERE id=1")});
        CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("signatures row 1 was changed")));
    }
    SECTION("NULL turned into the empty string")
    {
        rawExec(path, {QStringLiteral("UPDATE handovers SET note='' WHERE id=1")});
        CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("handovers row 1 was changed")));
    }
    SECTION("text turned into a blob of the same bytes")
    {
        rawExec(path, {QStringLiteral("UPDATE signatures SET signer_name=CAST(signer_name AS BLOB) WHERE id=1")});
        CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("signatures row 1 was changed")));
    }
    SECTION("a column added later is covered once it holds a value")
    {
        rawExec(path, {QStringLiteral("ALTER TABLE signatures ADD COLUMN authority TEXT")});
        CHECK(problems(path).isEmpty()); // NULL in old rows: their encoding is unchanged
        rawExec(path, {QStringLiteral("UPDATE signatures SET authority='TM.' WHERE id=1")});
        CHECK_FALSE(problems(path).isEmpty());
    }
}

TEST_CASE("the head file: garbage is tampering, one step behind is an interrupted write", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QString head = path + QStringLiteral(".head");
    {
        Error error;
        auto reg = Register::open(path, error);
        REQUIRE(reg);
        REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("s"), QStringLiteral("l"), QStringLiteral("a"), {}}).isError());
        const QByteArray oneBehind = readFile(head);
        REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("s"), QStringLiteral("l"), QStringLiteral("b"), {}}).isError());
        // As if killed between the commit and the head update.
        writeFile(head, oneBehind);
        const ChainCheck check = reg->verifyChain();
        CHECK(check.problems.isEmpty());
        CHECK(check.notes.size() == 1);
        // The next write brings the head up to date.
        REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("s"), QStringLiteral("l"), QStringLiteral("c"), {}}).isError());
        CHECK(reg->verifyChain().notes.isEmpty());
        CHECK(reg->verifyChain().problems.isEmpty());
    }
    writeFile(head, "garbage\n");
    CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("unreadable")));
    writeFile(head, "1 " + QByteArray(64, 'a') + "\n");
    CHECK_FALSE(problems(path).isEmpty());
    QFile::remove(head);
    CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("missing")));
}

TEST_CASE("the schema version is chained: an edited meta table is tampering", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    populate(path);
    rawExec(path, {QStringLiteral("UPDATE meta SET value='99' WHERE key='schema_version'")});
    Error error;
    CHECK_FALSE(Register::open(path, error));
    CHECK(error.code() == ErrorCode::RegisterTampered);
    CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("schema")));
}

TEST_CASE("a deleted database is not an intact empty register", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    {
        Error error;
        auto fresh = Register::open(path, error, Register::Access::ReadOnly);
        REQUIRE(fresh);
        const ChainCheck check = fresh->verifyChain();
        CHECK(check.missing);
        CHECK(check.problems.isEmpty());
        CHECK_FALSE(QFile::exists(path)); // reading never creates it
    }
    populate(path);
    for (const QString &suffix : {QString(), QStringLiteral(".head"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    const QStringList found = problems(path);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("register.sqlite.created")));
}

// A register written by version 0.1 (schema 1, encoding 1).
TEST_CASE("a schema 1 register migrates and its old rows stay verifiable", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    QStringList sql = {
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES('schema_version','1')"),
        QStringLiteral("CREATE TABLE token_events(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                       "token_label TEXT, event TEXT NOT NULL, detail TEXT)"),
        // The rest of schema 1, empty.
        QStringLiteral("CREATE TABLE signatures(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, document TEXT, output TEXT, "
                       "sha256_before TEXT, pages INTEGER, role TEXT, signer_name TEXT, signer_subject TEXT, cert_serial TEXT, "
                       "cert_issuer TEXT, cert_sha256 TEXT, token_serial TEXT, capacity TEXT, title TEXT, agency TEXT, "
                       "reason TEXT, doc_number TEXT)"),
        QStringLiteral("CREATE TABLE signature_results(id INTEGER PRIMARY KEY, signature_id INTEGER NOT NULL UNIQUE, "
                       "completed_utc TEXT NOT NULL, result TEXT NOT NULL, sha256_after TEXT, error TEXT)"),
        QStringLiteral("CREATE TABLE handovers(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, token_serial TEXT, "
                       "from_person TEXT, to_person TEXT, authorised_by TEXT, handover_date TEXT, note TEXT)"),
        QStringLiteral("CREATE TABLE cert_requests(id INTEGER PRIMARY KEY, created_utc TEXT NOT NULL, kind TEXT NOT NULL, "
                       "form TEXT, subject TEXT, token_serial TEXT, note TEXT)"),
        QStringLiteral("CREATE TABLE cert_request_status(id INTEGER PRIMARY KEY, request_id INTEGER NOT NULL, "
                       "created_utc TEXT NOT NULL, status TEXT NOT NULL, note TEXT)"),
        QStringLiteral("CREATE TABLE chain(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_id INTEGER NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO token_events VALUES(1,'2026-01-01T00:00:00.000Z','s1','DEMO','wrong-pin','')"),
        QStringLiteral("INSERT INTO token_events VALUES(2,'2026-01-02T00:00:00.000Z','s1','DEMO','pin-locked',NULL)"),
    };
    QString prev;
    for (int id = 1; id <= 2; ++id) {
        const QVariantList values = id == 1
            ? QVariantList{QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("s1"), QStringLiteral("DEMO"), QStringLiteral("wrong-pin"), QString()}
            : QVariantList{QStringLiteral("2026-01-02T00:00:00.000Z"), QStringLiteral("s1"), QStringLiteral("DEMO"), QStringLiteral("pin-locked"), QString()};
        prev = regchain::chainHash(prev, regchain::encodeRowV1(QStringLiteral("token_events"), id, values));
        sql << QStringLiteral("INSERT INTO chain VALUES(%1,'token_events',%1,'%2')").arg(id).arg(prev);
    }
    rawExec(path, sql);
    writeFile(path + QStringLiteral(".head"), "2 " + prev.toLatin1() + "\n");
    REQUIRE(problems(path).isEmpty()); // read-only: verified as schema 1

    {
        Error error;
        auto reg = Register::open(path, error);
        REQUIRE(reg);
        const ChainCheck check = reg->verifyChain();
        CHECK(check.problems.isEmpty());
        CHECK(check.entries == 3); // two old rows and the recorded migration
        REQUIRE_FALSE(reg->addTokenEvent(TokenEvent{{}, QStringLiteral("s1"), QStringLiteral("DEMO"), QStringLiteral("login"), {}}).isError());
        CHECK(reg->verifyChain().problems.isEmpty());
        CHECK(reg->verifyChain().entries == 4);
    }
    rawExec(path, {QStringLiteral("UPDATE token_events SET event='login' WHERE id=1")});
    CHECK(problems(path).join(QLatin1Char('\n')).contains(QStringLiteral("token_events row 1 was changed")));
    rawExec(path, {QStringLiteral("UPDATE token_events SET event='wrong-pin' WHERE id=1"),
                   QStringLiteral("UPDATE chain SET enc=1 WHERE seq=4")});
    CHECK_FALSE(problems(path).isEmpty()); // the old encoding is not accepted after the migration
}

// Issue 14, item 11: first use by several at once.
TEST_CASE("several first uses at once create the register once", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            Error error;
            auto reg = Register::open(path, error);
            if (!reg || reg->addTokenEvent(TokenEvent{{}, QStringLiteral("s"), QStringLiteral("l"), QStringLiteral("x"), {}}))
                ++failures;
        });
    }
    for (auto &t : threads)
        t.join();
    CHECK(failures == 0);
    Error error;
    auto reg = Register::open(path, error, Register::Access::ReadOnly);
    REQUIRE(reg);
    const ChainCheck check = reg->verifyChain();
    CHECK(check.problems.isEmpty());
    CHECK(check.entries == 9); // the schema record and eight events
}

// Issue 14, items 10 and 13.
TEST_CASE("reconcile leaves live attempts alone and does not take an old output for a new one", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    const QString output = dir.filePath(QStringLiteral("out.pdf"));
    writeFile(input, "%PDF-1.7 input");
    writeFile(output, "%PDF-1.7 input + an earlier signature"); // earlier output of the same input
    SignatureRecord r;
    r.document = input;
    r.output = output;
    r.sha256Before = QString::fromLatin1(QCryptographicHash::hash("%PDF-1.7 input", QCryptographicHash::Sha256).toHex());
    r.outputBefore = regchain::fileIdentity(output);

    Error error;
    auto signer = Register::open(path, error);
    REQUIRE(signer);
    const qint64 live = signer->beginSignature(r, error);
    REQUIRE(live > 0);
    {
        // Another process (here: another connection and lock) opening the
        // register for writing, and one only reading.
        auto other = Register::open(path, error);
        REQUIRE(other);
        CHECK(other->reconciledOnOpen() == 0);
        auto reader = Register::open(path, error, Register::Access::ReadOnly);
        REQUIRE(reader);
        CHECK(reader->verifyChain().problems.isEmpty());
    }
    REQUIRE_FALSE(signer->completeSignature(live, true, QStringLiteral("x"), QString()).isError()); // no UNIQUE clash

    // A --force attempt killed before it replaced the earlier output.
    const qint64 killed = signer->beginSignature(r, error);
    REQUIRE(killed > 0);
    signer.reset(); // the process is gone: its attempt lock is released
    {
        auto reader = Register::open(path, error, Register::Access::ReadOnly);
        REQUIRE(reader);
        CHECK(reader->signatures().last().result == QStringLiteral("pending")); // reading never reconciles
        // What reconcile() reads: only the attempts without a result.
        SignatureFilter pending;
        pending.pendingOnly = true;
        const QList<SignatureRecord> open = reader->signatures(pending);
        REQUIRE(open.size() == 1);
        CHECK(open.first().id == killed);
        CHECK(reader->signatures().size() == 2);
    }
    auto next = Register::open(path, error);
    REQUIRE(next);
    CHECK(next->reconciledOnOpen() == 1);
    const SignatureRecord done = next->signatures().last();
    CHECK(done.id == killed);
    CHECK(done.result == QStringLiteral("failed"));
    CHECK(next->verifyChain().problems.isEmpty());
}

// Issue 17: what reconcile makes of attempts whose process died after (or
// before) the output was written.
TEST_CASE("reconcile after a crashed attempt: a finished output is signed, anything else failed", "[Register]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    const QByteArray inputBytes = "%PDF-1.7 the input\n%%EOF\n";
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    writeFile(input, inputBytes);
    const QString written = dir.filePath(QStringLiteral("written.pdf"));
    const QString foreign = dir.filePath(QStringLiteral("foreign.pdf"));
    const QString never = dir.filePath(QStringLiteral("never.pdf"));

    QList<qint64> ids;
    {
        Error error;
        auto crashed = Register::open(path, error);
        REQUIRE(crashed);
        for (const QString &output : {written, foreign, never}) {
            SignatureRecord r;
            r.document = input;
            r.output = output;
            r.sha256Before = sha256OfFile(input);
            r.outputBefore = regchain::fileIdentity(output);
            REQUIRE(r.outputBefore == QStringLiteral("absent"));
            ids << crashed->beginSignature(r, error);
            REQUIRE(ids.last() > 0);
            CHECK(QFile::exists(path + QStringLiteral(".attempt-%1.lock").arg(ids.last())));
        }
        // The process dies after writing two of the outputs.
        writeFile(written, inputBytes + "incremental update with the signature\n");
        writeFile(foreign, QByteArray("%PDF-1.7 something else entirely, and longer than the input"));
    }
    const QString writtenSha = sha256OfFile(written);
    REQUIRE(sha256OfFile(written, inputBytes.size()) == sha256OfFile(input)); // the premise

    Error error;
    auto next = Register::open(path, error);
    REQUIRE(next);
    CHECK(next->reconciledOnOpen() == 3);
    QMap<qint64, SignatureRecord> byId;
    for (const SignatureRecord &r : next->signatures())
        byId.insert(r.id, r);
    REQUIRE(byId.size() == 3);

    CHECK(byId[ids[0]].result == QStringLiteral("signed"));
    CHECK(byId[ids[0]].sha256After == writtenSha);
    CHECK(byId[ids[0]].error == QStringLiteral("reconciled after an interrupted run"));
    CHECK(byId[ids[1]].result == QStringLiteral("failed"));
    CHECK(byId[ids[1]].sha256After.isEmpty());
    CHECK(byId[ids[2]].result == QStringLiteral("failed"));
    CHECK(byId[ids[2]].error == QStringLiteral("interrupted before the output was written"));
    for (qint64 id : ids)
        CHECK_FALSE(QFile::exists(path + QStringLiteral(".attempt-%1.lock").arg(id)));
    CHECK(next->verifyChain().problems.isEmpty());

    // Completed attempts are not reconciled twice.
    CHECK(next->reconcile() == 0);
    auto again = Register::open(path, error);
    REQUIRE(again);
    CHECK(again->reconciledOnOpen() == 0);
    CHECK(again->signatures().size() == 3);
}
