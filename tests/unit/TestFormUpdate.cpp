#include "PdfFixtures.h"
#include "pdf/FormUpdate.h"

#include <catch2/catch.hpp>

using namespace kyso::pdf;
using kyso::ErrorCode;
using kyso::test::makePdf;
using kyso::test::simplePage;

namespace {

struct Fixture {
    QByteArray pdf;
    XrefReader xref;
    std::unique_ptr<IncrementalUpdate> update;
    explicit Fixture(const QList<QByteArray> &objects)
    {
        pdf = makePdf(objects);
        REQUIRE_FALSE(xref.read(pdf));
        update = std::make_unique<IncrementalUpdate>(xref, pdf.size(), true);
    }
};

QList<QByteArray> formWithFields(bool secondHasAppearance, const QByteArray &annots = " /Annots [5 0 R 6 0 R]")
{
    QList<QByteArray> objs = simplePage(" /AcroForm << /Fields [5 0 R 6 0 R] /NeedAppearances true /DA (/Helv 0 Tf) >>", annots);
    objs << "<< /FT /Tx /T (a) /Subtype /Widget /Rect [0 0 10 10] /AP << /N 7 0 R >> >>";
    objs << QByteArray("<< /FT /Sig /T (seal) /Subtype /Widget /Rect [100 100 200 200] /P 3 0 R")
                + (secondHasAppearance ? " /AP << /N 7 0 R >>" : "") + " >>";
    objs << "<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream";
    return objs;
}

} // namespace

TEST_CASE("a document without a form gets an AcroForm and the page an /Annots", "[FormUpdate]")
{
    Fixture f(simplePage());
    FormUpdate form(*f.update);
    const int widget = f.update->allocate();
    REQUIRE_FALSE(form.addSignatureField(3, widget));
    CHECK(f.update->current(3).contains("/Annots [5 0 R]"));
    CHECK(f.update->current(3).contains("/MediaBox [0 0 595.303937007874 841.889763779528]"));
    syntax::RawDictionary catalog, acro;
    REQUIRE(catalog.parse(f.update->current(1)));
    REQUIRE(acro.parse(f.update->resolve(catalog.value("AcroForm"))));
    CHECK(acro.value("Fields") == "[5 0 R]");
    CHECK(acro.value("SigFlags") == "3");
}

TEST_CASE("NeedAppearances: set false when every widget has an appearance", "[FormUpdate]")
{
    Fixture f(formWithFields(true));
    FormUpdate form(*f.update);
    CHECK_FALSE(form.checkAppearances());
    REQUIRE_FALSE(form.addSignatureField(3, f.update->allocate()));
    // The direct AcroForm becomes an object of its own.
    syntax::RawDictionary catalog;
    REQUIRE(catalog.parse(f.update->current(1)));
    const QByteArray acro = f.update->resolve(catalog.value("AcroForm"));
    CHECK(acro.contains("/NeedAppearances false"));
    CHECK(acro.contains("/Fields [5 0 R 6 0 R 8 0 R]"));
    CHECK(acro.contains("/DA (/Helv 0 Tf)"));
    CHECK(f.update->current(3).contains("/Annots [5 0 R 6 0 R 8 0 R]"));
}

TEST_CASE("NeedAppearances with a widget lacking one is refused", "[FormUpdate]")
{
    Fixture f(formWithFields(false));
    FormUpdate form(*f.update);
    CHECK(form.checkAppearances().code() == ErrorCode::FormNeedsAppearances);
    CHECK(form.addSignatureField(3, f.update->allocate()).code() == ErrorCode::FormNeedsAppearances);
    CHECK_FALSE(f.update->contains(1));
}

TEST_CASE("an indirect /Annots array is patched, the page left alone", "[FormUpdate]")
{
    QList<QByteArray> objs = formWithFields(true, " /Annots 8 0 R");
    objs << "[5 0 R 6 0 R]";
    Fixture f(objs);
    FormUpdate form(*f.update);
    REQUIRE_FALSE(form.addSignatureField(3, f.update->allocate()));
    CHECK_FALSE(f.update->contains(3));
    CHECK(f.update->current(8) == "[5 0 R 6 0 R 9 0 R]");
}

TEST_CASE("empty signature fields are found by name or place, certification sets /Perms", "[FormUpdate]")
{
    Fixture f(formWithFields(true));
    FormUpdate form(*f.update);
    CHECK(form.findEmptySignatureField(QStringLiteral("seal"), 0, {}) == 6);
    CHECK(form.findEmptySignatureField({}, 3, QRectF(150, 150, 10, 10)) == 6);
    CHECK(form.findEmptySignatureField({}, 3, QRectF(300, 300, 10, 10)) == 0);
    CHECK(form.findEmptySignatureField(QStringLiteral("a"), 0, {}) == 0); // not a signature field
    CHECK(formFieldNames(*f.update) == QStringList{QStringLiteral("a"), QStringLiteral("seal")});
    REQUIRE_FALSE(form.setCertification(9));
    CHECK(f.update->current(1).contains("/Perms << /DocMDP 9 0 R >>"));
}
