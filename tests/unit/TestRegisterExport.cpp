#include "core/RegisterExport.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QTemporaryDir>

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
