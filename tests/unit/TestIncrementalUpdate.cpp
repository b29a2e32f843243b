#include "PdfFixtures.h"
#include "pdf/IncrementalUpdate.h"
#include "pdf/PdfTokens.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <podofo/podofo.h>

using namespace kyso::pdf;
using kyso::test::makePdf;
using kyso::test::simplePage;

namespace {

// Appends an update that adds an annotation to the page and returns the new file.
QByteArray appendPageChange(const QByteArray &original, XrefReader &x)
{
    REQUIRE_FALSE(x.read(original));
    IncrementalUpdate u(x, original.size(), original.endsWith('\n'));
    const int annot = u.allocate();
    CHECK(annot == x.size());
    u.put(annot, "<< /Type /Annot /Subtype /Square /Rect [0 0 1 1] >>");
    syntax::RawDictionary page;
    REQUIRE(page.parse(u.current(3)));
    page.set("Annots", "[" + syntax::reference(annot) + "]");
    u.put(3, page.serialise());
    CHECK(u.current(3).contains("/Annots"));
    return original + u.serialise();
}

void checkLoadable(const QByteArray &pdf)
{
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(pdf.constData(), long(pdf.size()));
    CHECK(doc.GetPageCount() == 1);
    const PoDoFo::PdfObject *annots = doc.GetPage(0)->GetObject()->GetDictionary().GetKey("Annots");
    REQUIRE(annots);
    CHECK(annots->GetArray().size() == 1);
}

} // namespace

TEST_CASE("classic file: classic section with /Prev, values kept", "[IncrementalUpdate]")
{
    const QByteArray original = makePdf(simplePage());
    XrefReader before;
    const QByteArray updated = appendPageChange(original, before);
    CHECK(updated.startsWith(original));
    const QByteArray tail = updated.mid(original.size());
    CHECK(tail.contains("/MediaBox [0 0 595.303937007874 841.889763779528]"));
    CHECK_FALSE(tail.contains("4 0 obj")); // the content stream is untouched
    XrefReader after;
    REQUIRE_FALSE(after.read(updated));
    CHECK_FALSE(after.lastIsStream());
    CHECK(after.trailer().value("Prev") == QByteArray::number(before.lastXrefOffset()));
    CHECK(after.trailer().value("Root") == "1 0 R");
    CHECK(after.trailer().value("ID") == before.trailer().value("ID"));
    CHECK(after.size() == before.size() + 1);
    QByteArray content;
    REQUIRE(after.object(4, content));
    checkLoadable(updated);
}

TEST_CASE("xref-stream file: the update ends with an xref stream with /Prev", "[IncrementalUpdate]")
{
    const QByteArray original = makePdf(simplePage(), true, 8);
    XrefReader before;
    const QByteArray updated = appendPageChange(original, before);
    CHECK(updated.startsWith(original));
    XrefReader after;
    REQUIRE_FALSE(after.read(updated));
    CHECK(after.lastIsStream());
    CHECK(after.trailer().value("Type") == "/XRef");
    CHECK(after.trailer().value("Prev") == QByteArray::number(before.lastXrefOffset()));
    CHECK(after.trailer().value("ID") == before.trailer().value("ID"));
    // Object numbers: new annotation, then the xref stream itself.
    CHECK(after.size() == before.size() + 2);
    QByteArray page;
    REQUIRE(after.object(3, page));
    CHECK(page.contains("/Annots [6 0 R]"));
    CHECK(updated.mid(original.size()).contains("/Type /XRef"));
    CHECK_FALSE(updated.mid(original.size()).contains("\nxref\n"));
}

TEST_CASE("a file without a final newline gets one before the update", "[IncrementalUpdate]")
{
    QByteArray original = makePdf(simplePage());
    original.chop(1);
    XrefReader x;
    REQUIRE_FALSE(x.read(original));
    IncrementalUpdate u(x, original.size(), false);
    u.put(u.allocate(), "null");
    QMap<int, qint64> offsets;
    const QByteArray updated = original + u.serialise(&offsets);
    CHECK(updated.mid(offsets.value(5), 9) == "5 0 obj\nn");
    XrefReader after;
    REQUIRE_FALSE(after.read(updated));
    QByteArray v;
    REQUIRE(after.object(5, v));
    CHECK(v == "null");
}

TEST_CASE("streamBody sets the exact length", "[IncrementalUpdate]")
{
    syntax::RawDictionary d;
    d.parse("<< /Length 999 /Type /EmbeddedFile >>");
    const QByteArray body = IncrementalUpdate::streamBody(d, "abc");
    CHECK(body == "<< /Length 3 /Type /EmbeddedFile >>\nstream\nabc\nendstream");
}
