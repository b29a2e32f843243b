#include "core/OutgoingBook.h"
#include "core/Register.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kyso;

namespace {

// A completed agency signature in the register; returns its id.
qint64 signature(Register &reg, bool ok = true)
{
    SignatureRecord r;
    r.document = QStringLiteral("/tmp/in.pdf");
    r.output = QStringLiteral("/tmp/out.pdf");
    r.role = QStringLiteral("agency");
    Error e;
    const qint64 id = reg.beginSignature(r, e);
    REQUIRE(id > 0);
    REQUIRE_FALSE(reg.completeSignature(id, ok, ok ? QStringLiteral("ab12") : QString(), QString()));
    return id;
}

OutgoingEntry entry(qint64 sig, int number, int year = 2026, const QString &cert = QStringLiteral("cert-a"))
{
    OutgoingEntry e;
    e.signatureId = sig;
    e.certSha256 = cert;
    e.agency = QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ THỌ");
    e.year = year;
    e.number = number;
    e.symbol = QStringLiteral("QĐ-SKHCN");
    e.date = QDate(year, 11, 25);
    e.docType = QStringLiteral("QUYẾT ĐỊNH");
    e.subject = QStringLiteral("Về việc ban hành Quy chế");
    e.signerName = QStringLiteral("Nguyễn Văn An");
    e.signerTitle = QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC");
    e.recipients = {QStringLiteral("Như Điều 2"), QStringLiteral("Lưu: VT, VP")};
    e.clerk = QStringLiteral("vanthu");
    return e;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Register> reg;
    Fixture()
    {
        qputenv("KYSO_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toUtf8());
        Error e;
        reg = Register::open(dir.filePath(QStringLiteral("register.sqlite")), e);
        REQUIRE(reg);
    }
    ~Fixture() { qunsetenv("KYSO_CONFIG_DIR"); }
};

} // namespace

TEST_CASE("day and month are written as Decree 30 wants", "[OutgoingBook]")
{
    CHECK(decree30Day(5) == QStringLiteral("05"));
    CHECK(decree30Day(10) == QStringLiteral("10"));
    CHECK(decree30Day(25) == QStringLiteral("25"));
    CHECK(decree30Month(1) == QStringLiteral("01"));
    CHECK(decree30Month(2) == QStringLiteral("02"));
    CHECK(decree30Month(3) == QStringLiteral("3"));
    CHECK(decree30Month(11) == QStringLiteral("11"));
}

TEST_CASE("numbers are per agency certificate and year, a used number is refused", "[OutgoingBook]")
{
    Fixture f;
    OutgoingBook book(*f.reg);
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2026, QString()) == 1);
    qint64 id = 0;
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 1), id));
    CHECK(id > 0);
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 7), id));
    CHECK(book.isUsed(QStringLiteral("cert-a"), 2026, QString(), 7));
    CHECK_FALSE(book.isUsed(QStringLiteral("cert-a"), 2026, QString(), 2));
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2026, QString()) == 8);

    const Error dup = book.add(entry(signature(*f.reg), 7), id);
    CHECK(dup.code() == ErrorCode::ReleaseNumberTaken);
    CHECK(Error::exitCodeFor(ErrorCode::ReleaseNumberTaken) == 102);

    // A new year starts at 1; another agency has its own book.
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2027, QString()) == 1);
    CHECK(book.nextNumber(QStringLiteral("cert-b"), 2026, QString()) == 1);
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 7, 2027), id));
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 7, 2026, QStringLiteral("cert-b")), id));

    // A failed signing frees its number.
    REQUIRE_FALSE(book.add(entry(signature(*f.reg, false), 8), id));
    CHECK_FALSE(book.isUsed(QStringLiteral("cert-a"), 2026, QString(), 8));
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2026, QString()) == 8);
}

TEST_CASE("one sequence for all types unless the agency separates them", "[OutgoingBook]")
{
    Fixture f;
    CHECK_FALSE(OutgoingBook::separateSequences());
    CHECK(OutgoingBook::seriesFor(QStringLiteral("QĐ-UBND")).isEmpty());
    OutgoingBook::setSeparateSequences(true);
    CHECK(OutgoingBook::seriesFor(QStringLiteral("QĐ-UBND")) == QStringLiteral("QĐ"));
    CHECK(OutgoingBook::seriesFor(QStringLiteral("TB-SKHCN")) == QStringLiteral("TB"));
    CHECK(OutgoingBook::seriesFor(QStringLiteral("UBND-VP")) == QStringLiteral("CV")); // a letter (công văn)
    OutgoingBook book(*f.reg);
    OutgoingEntry qd = entry(signature(*f.reg), 5);
    qd.series = QStringLiteral("QĐ");
    qint64 id = 0;
    REQUIRE_FALSE(book.add(qd, id));
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2026, QStringLiteral("QĐ")) == 6);
    CHECK(book.nextNumber(QStringLiteral("cert-a"), 2026, QStringLiteral("TB")) == 1);
    OutgoingBook::setSeparateSequences(false);
}

TEST_CASE("the book lists its entries with the signature's output and is in the hash chain", "[OutgoingBook]")
{
    Fixture f;
    OutgoingBook book(*f.reg);
    qint64 id = 0;
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 3), id));
    REQUIRE_FALSE(book.add(entry(signature(*f.reg), 1, 2027), id));
    const QList<OutgoingEntry> rows = book.entries(2026);
    REQUIRE(rows.size() == 1);
    const OutgoingEntry &e = rows.first();
    CHECK(e.numberAndSymbol() == QStringLiteral("3/QĐ-SKHCN"));
    CHECK(e.date == QDate(2026, 11, 25));
    CHECK(e.docType == QStringLiteral("QUYẾT ĐỊNH"));
    CHECK(e.recipients.size() == 2);
    CHECK(e.output == QStringLiteral("/tmp/out.pdf"));
    CHECK(e.sha256After == QStringLiteral("ab12"));
    CHECK(e.result == QStringLiteral("signed"));
    CHECK(book.entries(0).size() == 2);
    CHECK(f.reg->verifyChain().problems.isEmpty());

    // Editing a book row shows in the chain.
    QSqlQuery q(QSqlDatabase::database(f.reg->connectionName()));
    REQUIRE(q.exec(QStringLiteral("UPDATE outgoing_book SET number = 4 WHERE number = 3")));
    CHECK_FALSE(f.reg->verifyChain().problems.isEmpty());
}

TEST_CASE("the book's migration step adds its table to an existing register", "[OutgoingBook]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    {
        Error e;
        auto reg = Register::open(path, e);
        REQUIRE(reg);
        QSqlQuery q(QSqlDatabase::database(reg->connectionName()));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE outgoing_book"))); // a register written before the book existed
    }
    Error e;
    auto reg = Register::open(path, e);
    REQUIRE(reg);
    CHECK(QSqlDatabase::database(reg->connectionName()).tables().contains(QStringLiteral("outgoing_book")));
    CHECK(OutgoingBook(*reg).nextNumber(QStringLiteral("x"), 2026, QString()) == 1);
}

TEST_CASE("a book row fills the ten columns of Appendix IV", "[OutgoingBook]")
{
    OutgoingEntry e = entry(1, 125);
    e.output = QStringLiteral("/data/qd-125_signed.pdf");
    e.sha256After = QStringLiteral("ab12");
    e.result = QStringLiteral("signed");
    const QStringList cols = outgoingBookColumns();
    REQUIRE(cols.size() == 10);
    CHECK(cols[0] == QStringLiteral("Số, ký hiệu văn bản"));
    CHECK(cols[2] == QStringLiteral("Tên loại và trích yếu nội dung văn bản"));
    CHECK(cols[5] == QStringLiteral("Đơn vị, người nhận bản lưu"));
    const QStringList row = outgoingBookRow(e);
    REQUIRE(row.size() == 10);
    CHECK(row[0] == QStringLiteral("125/QĐ-SKHCN"));
    CHECK(row[1] == QStringLiteral("25/11/2026"));
    CHECK(row[2] == QStringLiteral("Quyết định về việc ban hành Quy chế"));
    CHECK(row[3] == QStringLiteral("Nguyễn Văn An (KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC)"));
    CHECK(row[4] == QStringLiteral("Như Điều 2"));
    CHECK(row[5] == QStringLiteral("VT, VP"));
    CHECK(row[9].contains(QStringLiteral("qd-125_signed.pdf")));
    CHECK(row[9].contains(QStringLiteral("ab12")));
    CHECK(row[9].contains(QStringLiteral("vanthu")));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("book.csv"));
    REQUIRE_FALSE(exportOutgoingCsv({e}, csv));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("\"Số, ký hiệu văn bản\"")));
    CHECK(text.contains(QStringLiteral("\"125/QĐ-SKHCN\",\"25/11/2026\"")));
    CHECK(text.contains(QStringLiteral("\"/data/qd-125_signed.pdf\",\"ab12\",\"vanthu\",\"signed\"")));
}
