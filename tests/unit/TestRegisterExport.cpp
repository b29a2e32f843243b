#include "core/RegisterExport.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include "core/SigningRole.h"

#include <QTemporaryDir>
#include <QTranslator>

using namespace kyso;

TEST_CASE("CSV export: BOM, header, every field quoted, quotes doubled, formulas neutralised", "[RegisterExport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.csv"));
    REQUIRE(test::writeBytes(path, "an older, longer export that must not survive\n\n\n\n"));

    SignatureRecord r;
    r.id = 12;
    r.createdUtc = QDateTime(QDate(2026, 11, 25), QTime(8, 30, 0), Qt::UTC);
    r.result = QStringLiteral("signed");
    r.role = QStringLiteral("agency");
    r.signerName = QStringLiteral("Nguyễn Văn An");
    r.capacity = QStringLiteral("KT.");
    r.title = QStringLiteral("PHÓ CHỦ TỊCH");
    r.document = QStringLiteral("/tmp/quyết định \"số 5\".pdf");
    r.docNumber = QStringLiteral("=HYPERLINK(\"http://x\")");
    r.reason = QStringLiteral("+1, -2");
    SignatureRecord empty;
    empty.id = 13;

    REQUIRE_FALSE(exportSignaturesCsv({r, empty}, path).isError());
    const QByteArray bytes = test::readBytes(path);
    REQUIRE(bytes.startsWith("\xef\xbb\xbf")); // UTF-8 BOM
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4); // header, two rows, and the final newline
    CHECK(lines[0].startsWith(QStringLiteral("id,time,result,role,signer,")));
    CHECK(lines[0].split(QLatin1Char(',')).size() == 18);
    CHECK(lines[1].startsWith(QStringLiteral("\"12\",\"2026-11-25T08:30:00Z\",\"signed\",\"agency\",\"Nguyễn Văn An\",\"KT.\",\"PHÓ CHỦ TỊCH\",")));
    CHECK(lines[1].contains(QStringLiteral("\"/tmp/quyết định \"\"số 5\"\".pdf\"")));
    CHECK(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    CHECK(lines[1].contains(QStringLiteral("\"'+1, -2\"")));
    CHECK(lines[2] == QStringLiteral("\"13\"") + QStringLiteral(",\"\"").repeated(17));
    CHECK(lines[3].isEmpty());
    CHECK_FALSE(bytes.contains("older")); // replaced, not overwritten in place

    CHECK(exportSignaturesCsv({r}, dir.filePath(QStringLiteral("no/such/dir/register.csv"))).code() == ErrorCode::OutputNotWritable);
}

TEST_CASE("CSV export for a spreadsheet: chosen separator, translated headers and results, Vietnam local time", "[RegisterExport]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("so-ky.csv"));
    SignatureRecord r;
    r.id = 7;
    r.createdUtc = QDateTime(QDate(2026, 12, 31), QTime(18, 5, 0), Qt::UTC); // 01:05 on 1 January in Vietnam
    r.result = QStringLiteral("failed");
    r.role = QStringLiteral("personal");
    r.signerName = QStringLiteral("Trần Thị Bình; Phó phòng");
    r.error = QStringLiteral("-1 lần thử");

    SECTION("English catalogue (no translator)")
    {
        REQUIRE_FALSE(exportSignaturesCsv({r}, path, CsvStyle{QLatin1Char(';'), true}).isError());
        const QStringList lines = QString::fromUtf8(test::readBytes(path).mid(3)).split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 3);
        CHECK(lines[0].startsWith(QStringLiteral("\"No.\";\"Time (Vietnam)\";\"Result\";\"Role\";\"Signer\";")));
        CHECK(lines[0].split(QLatin1Char(';')).size() == 18);
        CHECK(lines[1].startsWith(QStringLiteral("\"7\";\"01/01/2027 01:05\";\"Failed\";\"") + roleLabel(SigningRole::Personal)
                                  + QStringLiteral("\";\"Trần Thị Bình; Phó phòng\";")));
        CHECK(lines[1].endsWith(QStringLiteral(";\"'-1 lần thử\""))); // formula neutralised
        // ',' when asked: the separator of the header and of the rows.
        REQUIRE_FALSE(exportSignaturesCsv({r}, path, CsvStyle{QLatin1Char(','), true}).isError());
        CHECK(QString::fromUtf8(test::readBytes(path)).contains(QStringLiteral("\"7\",\"01/01/2027 01:05\",\"Failed\",")));
    }
    SECTION("Vietnamese catalogue")
    {
        QTranslator vi;
        REQUIRE(vi.load(QStringLiteral(":/i18n/kyso_vi.qm")));
        QCoreApplication::installTranslator(&vi);
        const Error e = exportSignaturesCsv({r}, path, CsvStyle{QLatin1Char(';'), true});
        QCoreApplication::removeTranslator(&vi);
        REQUIRE_FALSE(e.isError());
        const QStringList lines = QString::fromUtf8(test::readBytes(path).mid(3)).split(QLatin1Char('\n'));
        CHECK(lines[0].startsWith(QStringLiteral("\"STT\";\"Thời gian (giờ Việt Nam)\";\"Kết quả\";\"Vai trò\";\"Người ký\";")));
        CHECK(lines[1].startsWith(QStringLiteral("\"7\";\"01/01/2027 01:05\";\"Không ký được\";")));
    }
    CHECK(vietnamTimeText(QDateTime(QDate(2026, 11, 25), QTime(16, 59), Qt::UTC)) == QStringLiteral("25/11/2026 23:59"));
    CHECK(vietnamTimeText({}).isEmpty());
    CHECK(signatureResultText(QStringLiteral("signed")) == QStringLiteral("Signed"));
    CHECK(tokenEventText(QStringLiteral("wrong-pin")) == QStringLiteral("wrong PIN"));
    CHECK(tokenEventText(QStringLiteral("lock-observed")) == QStringLiteral("lock observed"));
    CHECK(tokenEventText(QStringLiteral("something-new")) == QStringLiteral("something-new"));
}
