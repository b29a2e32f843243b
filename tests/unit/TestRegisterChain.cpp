#include "core/RegisterChain.h"

#include "CatchQt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace kyso;

namespace {

// A scratch SQLite database with its own connection, removed at the end.
class ScratchDb
{
public:
    explicit ScratchDb(const QStringList &statements) : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
    }
    ~ScratchDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QByteArray encode(const QString &table, qint64 rowId) const
    {
        QSqlDatabase db = QSqlDatabase::database(m_name);
        QByteArray out;
        return regchain::encodeRow(db, table, rowId, out) ? out : QByteArray("<none>");
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }

private:
    QString m_name;
};

QByteArray length(quint64 n)
{
    QByteArray out;
    for (int shift = 56; shift >= 0; shift -= 8)
        out += char((n >> shift) & 0xff);
    return out;
}

QByteArray field(const QByteArray &bytes)
{
    return length(quint64(bytes.size())) + bytes;
}

bool tryLock(const QString &path, int operation)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::flock(fd, operation | LOCK_NB) == 0;
    ::close(fd);
    return ok;
}

} // namespace

TEST_CASE("encoding 2: name, storage class and length of every non-NULL column, sorted by name", "[RegisterChain]")
{
    ScratchDb db({QStringLiteral("CREATE TABLE t(zeta TEXT, alpha INTEGER, mid BLOB, num REAL)"),
                  QStringLiteral("INSERT INTO t(rowid, zeta, alpha, mid, num) VALUES(5, 'hi', 42, x'00ff', NULL)")});
    const QByteArray expected = "KYSO-ROW-2" + field("t") + field("5") + field("alpha") + 'I' + field("42") + field("mid") + 'B'
        + field(QByteArray("\x00\xff", 2)) + field("zeta") + 'T' + field("hi");
    CHECK(db.encode(QStringLiteral("t"), 5) == expected);
    CHECK(db.encode(QStringLiteral("t"), 6) == "<none>");      // no such row
    CHECK(db.encode(QStringLiteral("absent"), 5) == "<none>"); // no such table
}

TEST_CASE("encoding 2 tells NULL, '' and 0 apart and keeps bytes in their column", "[RegisterChain]")
{
    ScratchDb db({QStringLiteral("CREATE TABLE t(a, b)"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(1, NULL, 'x')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(2, '', 'x')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(3, 0, 'x')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(4, 'ab', 'c')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(5, 'a', 'bc')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(6, '1.5', 'x')"),
                  QStringLiteral("INSERT INTO t(rowid, a, b) VALUES(7, 1.5, 'x')")});
    // Rows 1..3 and 6..7 differ only in `a`; compare them as if they had the same rowid.
    auto body = [&](qint64 row) { return db.encode(QStringLiteral("t"), row).mid(10 + 8 + 1 + 8 + 1); };
    CHECK(body(1) != body(2));
    CHECK(body(2) != body(3));
    CHECK(body(1) != body(3));
    CHECK(body(4) != body(5));
    CHECK(body(6) != body(7));
    CHECK(body(1) == field("b") + 'T' + field("x")); // NULL: the column is absent
}

TEST_CASE("encoding 2 does not depend on the declared column order", "[RegisterChain]")
{
    ScratchDb one({QStringLiteral("CREATE TABLE t(a TEXT, b INTEGER)"), QStringLiteral("INSERT INTO t VALUES('v', 7)")});
    ScratchDb two({QStringLiteral("CREATE TABLE t(b INTEGER, a TEXT)"), QStringLiteral("INSERT INTO t VALUES(7, 'v')")});
    CHECK(one.encode(QStringLiteral("t"), 1) == two.encode(QStringLiteral("t"), 1));
    CHECK(one.encode(QStringLiteral("t"), 1) != "<none>");
}

TEST_CASE("encoding 1 joins the values after table and rowid", "[RegisterChain]")
{
    CHECK(regchain::encodeRowV1(QStringLiteral("token_events"), 3, {QStringLiteral("a"), 5, QString()})
          == QByteArray("token_events\x1e" "3\x1f" "a\x1f" "5\x1f"));
    // Its known weakness, the reason for encoding 2: NULL and '' look alike.
    CHECK(regchain::encodeRowV1(QStringLiteral("t"), 1, {QVariant()}) == regchain::encodeRowV1(QStringLiteral("t"), 1, {QString()}));
    CHECK(regchain::v1Columns(QStringLiteral("token_events"))
          == QStringList({QStringLiteral("created_utc"), QStringLiteral("token_serial"), QStringLiteral("token_label"),
                          QStringLiteral("event"), QStringLiteral("detail")}));
    CHECK(regchain::v1Columns(QStringLiteral("outgoing_book")).isEmpty()); // added after schema 1
}

TEST_CASE("chain hash: SHA-256 of the previous hash, a separator and the row", "[RegisterChain]")
{
    const QString first = regchain::chainHash(QString(), "row one");
    CHECK(first == QString::fromLatin1(QCryptographicHash::hash("\x1drow one", QCryptographicHash::Sha256).toHex()));
    const QString second = regchain::chainHash(first, "row two");
    CHECK(second == QString::fromLatin1(QCryptographicHash::hash(first.toLatin1() + "\x1drow two", QCryptographicHash::Sha256).toHex()));
    CHECK(regchain::chainHash(QStringLiteral("0"), "row two") != regchain::chainHash(QStringLiteral("1"), "row two"));
    CHECK(second.size() == 64);
}

TEST_CASE("identifiers are quoted, chained tables are every table but chain, meta and SQLite's", "[RegisterChain]")
{
    CHECK(regchain::quoted(QStringLiteral("plain")) == QStringLiteral("\"plain\""));
    CHECK(regchain::quoted(QStringLiteral("we\"ird")) == QStringLiteral("\"we\"\"ird\""));

    ScratchDb db({QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)"),
                  QStringLiteral("CREATE TABLE chain(seq INTEGER PRIMARY KEY, tbl TEXT)"),
                  QStringLiteral("CREATE TABLE zulu(id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT, \"we\"\"ird\" TEXT)"),
                  QStringLiteral("CREATE TABLE alpha(y)"),
                  QStringLiteral("INSERT INTO zulu(x, \"we\"\"ird\") VALUES('1', '2')")});
    QSqlDatabase handle = db.db();
    CHECK(regchain::chainedTables(handle) == QStringList({QStringLiteral("alpha"), QStringLiteral("zulu")})); // no sqlite_sequence
    CHECK(regchain::columnsOf(handle, QStringLiteral("zulu"))
          == QStringList({QStringLiteral("id"), QStringLiteral("x"), QStringLiteral("we\"ird")}));
    CHECK(regchain::columnsOf(handle, QStringLiteral("nothing")).isEmpty());
    CHECK(db.encode(QStringLiteral("zulu"), 1).contains(field("we\"ird") + 'T' + field("2")));
}

TEST_CASE("file identity: absent, and different once the file is replaced", "[RegisterChain]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    CHECK(regchain::fileIdentity(path) == QStringLiteral("absent"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old output");
    }
    const QString old = regchain::fileIdentity(path);
    CHECK(old != QStringLiteral("absent"));
    CHECK(old.split(QLatin1Char(':')).size() == 4);
    CHECK(regchain::fileIdentity(path) == old); // stable while untouched

    // Same content, same size, written elsewhere and renamed over it (as an
    // atomic output does): another inode.
    const QString temp = dir.filePath(QStringLiteral("out.pdf.tmp"));
    {
        QFile f(temp);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old output");
    }
    REQUIRE(::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) == 0);
    CHECK(regchain::fileIdentity(path) != old);
}

TEST_CASE("file lock: exclusive excludes, shared shares, readers never create", "[RegisterChain]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.lock"));
    {
        regchain::FileLock reader(path, regchain::FileLock::Kind::Shared, false);
        CHECK_FALSE(reader.held());
        CHECK_FALSE(QFile::exists(path));
    }
    {
        regchain::FileLock writer(path, regchain::FileLock::Kind::Exclusive, true);
        REQUIRE(writer.held());
        CHECK(QFile::exists(path));
        CHECK_FALSE(tryLock(path, LOCK_SH));
        CHECK_FALSE(tryLock(path, LOCK_EX));
    }
    CHECK(tryLock(path, LOCK_EX)); // released with the object
    {
        regchain::FileLock reader(path, regchain::FileLock::Kind::Shared, false);
        REQUIRE(reader.held());
        CHECK(tryLock(path, LOCK_SH));
        CHECK_FALSE(tryLock(path, LOCK_EX));
    }
}
