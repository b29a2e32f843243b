#include "pdf/NewObjects.h"

#include "pdf/PdfTokens.h"
#include "pdf/XrefReader.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <podofo/podofo.h>

using namespace kyso::pdf;
using kyso::test::makePdf;
using kyso::test::simplePage;

namespace {

// The object's text without white space (PoDoFo writes it compact).
QByteArray compact(const QByteArray &value)
{
    QByteArray out = value;
    out.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    return out;
}

} // namespace

TEST_CASE("new objects: a reference's key keeps number and generation apart", "[NewObjects]")
{
    CHECK(referenceKey(PoDoFo::PdfReference(5, 2)) == ((quint64(5) << 16) | 2));
    CHECK(referenceKey(PoDoFo::PdfReference(1, 0)) != referenceKey(PoDoFo::PdfReference(0, 1)));
    CHECK(referenceKey(PoDoFo::PdfReference(8388607, 65535)) == ((quint64(8388607) << 16) | 65535));
    CHECK(referenceKey(PoDoFo::PdfReference(3, 0)) == referenceKey(PoDoFo::PdfReference(3, 0)));
}

TEST_CASE("new objects: only what PoDoFo created is written, renumbered among itself", "[NewObjects]")
{
    const QByteArray original = makePdf(simplePage());
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(original.constData(), long(original.size()));
    PoDoFo::PdfVecObjects &objects = doc.GetObjects();
    const QSet<quint64> before = objectKeys(objects);
    for (int n = 1; n <= 4; ++n)
        CHECK(before.contains(referenceKey(PoDoFo::PdfReference(n, 0))));

    // An appearance stream that uses a new font dictionary and the existing page.
    PoDoFo::PdfObject *font = objects.CreateObject("Font");
    font->GetDictionary().AddKey("BaseFont", PoDoFo::PdfName("Helvetica"));
    PoDoFo::PdfObject *form = objects.CreateObject("XObject");
    PoDoFo::PdfDictionary fonts;
    fonts.AddKey("F1", PoDoFo::PdfObject(PoDoFo::PdfVariant(font->Reference())));
    PoDoFo::PdfDictionary resources;
    resources.AddKey("Font", fonts);
    form->GetDictionary().AddKey("Resources", resources);
    form->GetDictionary().AddKey("Page", PoDoFo::PdfObject(PoDoFo::PdfVariant(PoDoFo::PdfReference(3, 0))));
    const QByteArray content("BT /F1 12 Tf (Ky so) Tj ET");
    form->GetStream()->Set(content.constData(), content.size());
    CHECK_FALSE(before.contains(referenceKey(font->Reference())));

    XrefReader xref;
    REQUIRE_FALSE(xref.read(original));
    IncrementalUpdate update(xref, original.size(), original.endsWith('\n'));
    QHash<quint64, int> numbers;
    REQUIRE_FALSE(addNewObjects(objects, before, update, numbers));
    REQUIRE(numbers.size() == 2);
    const int fontNumber = numbers.value(referenceKey(font->Reference()));
    const int formNumber = numbers.value(referenceKey(form->Reference()));
    CHECK(fontNumber >= xref.size());
    CHECK(formNumber >= xref.size());
    CHECK(fontNumber != formNumber);
    for (int n = 1; n <= 4; ++n)
        CHECK_FALSE(update.contains(n)); // the document's own objects are not rewritten

    // The written file: the new objects under their new numbers.
    const QByteArray updated = original + update.serialise();
    XrefReader after;
    REQUIRE_FALSE(after.read(updated));
    QByteArray value;
    REQUIRE(after.object(formNumber, value));
    CHECK(compact(value).contains("/F1" + QByteArray::number(fontNumber) + "0R"));
    CHECK(compact(value).contains("/Page30R")); // references outside the new objects are kept
    QByteArray data;
    REQUIRE(after.decodedStream(formNumber, data));
    CHECK(data == content);
    QByteArray raw;
    REQUIRE(after.object(formNumber, value, &raw));
    CHECK(compact(value).contains("/Length" + QByteArray::number(raw.size())));
    REQUIRE(after.object(fontNumber, value));
    CHECK(compact(value).contains("/BaseFont/Helvetica"));
    CHECK(compact(value).contains("/Type/Font"));

    // PoDoFo reads the updated file with the objects in it.
    PoDoFo::PdfMemDocument reread;
    reread.LoadFromBuffer(updated.constData(), long(updated.size()));
    const PoDoFo::PdfObject *readForm = reread.GetObjects().GetObject(PoDoFo::PdfReference(formNumber, 0));
    REQUIRE(readForm);
    CHECK(readForm->GetDictionary().GetKey("Type")->GetName().GetName() == "XObject");
}

TEST_CASE("new objects: nothing created, nothing written", "[NewObjects]")
{
    const QByteArray original = makePdf(simplePage());
    PoDoFo::PdfMemDocument doc;
    doc.LoadFromBuffer(original.constData(), long(original.size()));
    XrefReader xref;
    REQUIRE_FALSE(xref.read(original));
    IncrementalUpdate update(xref, original.size(), true);
    QHash<quint64, int> numbers;
    REQUIRE_FALSE(addNewObjects(doc.GetObjects(), objectKeys(doc.GetObjects()), update, numbers));
    CHECK(numbers.isEmpty());
    CHECK(update.allocate() == xref.size()); // no number was taken
}
