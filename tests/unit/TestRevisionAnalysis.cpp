#include "core/Error.h"
#include "pdf/RevisionAnalysis.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>

using namespace kyso::pdf;

namespace {

// Writes a PDF revision by revision: each update appends the given objects,
// a classic xref section with /Prev and a trailer, like a real incremental
// update. `end()` gives the offset after the %%EOF of the last revision.
class PdfBuilder
{
public:
    void object(int n, const QByteArray &body) { m_pending[n] = body; }
    void stream(int n, const QByteArray &dict, const QByteArray &data)
    {
        m_pending[n] = dict + "/Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
    }
    void free(int n) { m_free << n; }
    qint64 commit()
    {
        if (m_data.isEmpty())
            m_data = "%PDF-1.7\n";
        QMap<int, qint64> offsets;
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            offsets[it.key()] = m_data.size();
            m_data += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
            m_size = std::max(m_size, it.key() + 1);
        }
        const qint64 xref = m_data.size();
        m_data += "xref\n";
        if (m_prev < 0)
            m_data += "0 1\n0000000000 65535 f \n";
        for (auto it = offsets.begin(); it != offsets.end(); ++it)
            m_data += QByteArray::number(it.key()) + " 1\n" + QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
        for (int n : m_free)
            m_data += QByteArray::number(n) + " 1\n0000000000 00001 f \n";
        m_data += "trailer\n<</Size " + QByteArray::number(m_size) + "/Root 1 0 R"
            + (m_prev >= 0 ? "/Prev " + QByteArray::number(m_prev) : QByteArray()) + ">>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        m_prev = xref;
        m_pending.clear();
        m_free.clear();
        return m_data.size();
    }
    // The same update with a cross-reference STREAM (PDF 1.5) instead of a
    // table; `width` bytes for the offset field (pyHanko writes 8).
    qint64 commitStream(int width = 4)
    {
        const bool first = m_data.isEmpty();
        if (first)
            m_data = "%PDF-1.7\n";
        QMap<int, qint64> offsets;
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            offsets[it.key()] = m_data.size();
            m_data += QByteArray::number(it.key()) + " 0 obj\n" + it.value() + "\nendobj\n";
            m_size = std::max(m_size, it.key() + 1);
        }
        const int self = m_size++;
        offsets[self] = m_data.size();
        QByteArray index, rows;
        auto row = [&rows, width](int type, qint64 field2, int field3) {
            rows += char(type);
            for (int shift = 8 * (width - 1); shift >= 0; shift -= 8)
                rows += char((field2 >> shift) & 0xff);
            rows += char((field3 >> 8) & 0xff);
            rows += char(field3 & 0xff);
        };
        for (int n : m_free)
            offsets[n] = -1;
        if (first) {
            index += "0 1 ";
            row(0, 0, 65535);
        }
        for (auto it = offsets.begin(); it != offsets.end(); ++it) { // ascending numbers
            index += QByteArray::number(it.key()) + " 1 ";
            if (it.value() < 0)
                row(0, 0, 1);
            else
                row(1, it.value(), 0);
        }
        m_data += QByteArray::number(self) + " 0 obj\n<</Type/XRef/Size " + QByteArray::number(m_size) + "/Index[" + index
            + "]/W[1 " + QByteArray::number(width) + " 2]/Root 1 0 R" + (m_prev >= 0 ? "/Prev " + QByteArray::number(m_prev) : QByteArray()) + "/Length " + QByteArray::number(rows.size())
            + ">>\nstream\n" + rows + "\nendstream\nendobj\n";
        m_data += "startxref\n" + QByteArray::number(offsets[self]) + "\n%%EOF\n";
        m_prev = offsets[self];
        m_pending.clear();
        m_free.clear();
        return m_data.size();
    }
    QString save(const QTemporaryDir &dir, const QString &name) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(m_data);
        return path;
    }

private:
    QByteArray m_data;
    QMap<int, QByteArray> m_pending;
    QList<int> m_free;
    qint64 m_prev = -1;
    int m_size = 1;
};

const QByteArray kPage = "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595.303937007874 841.889763779528]/Resources<<>>/Contents 4 0 R";

// A one-page "signed" document: catalog 1, pages 2, page 3, content 4, and
// an AcroForm 5 with one signed signature field 6 (widget on the page).
PdfBuilder signedDocument()
{
    PdfBuilder b;
    b.object(1, "<</Type/Catalog/Pages 2 0 R/AcroForm 5 0 R>>");
    b.object(2, "<</Type/Pages/Kids[3 0 R]/Count 1>>");
    b.object(3, kPage + "/Annots[6 0 R]>>");
    b.stream(4, "<<", "BT /F1 12 Tf 72 720 Td (Dieu 1) Tj ET");
    b.object(5, "<</Fields[6 0 R]/SigFlags 3>>");
    b.object(6, "<</Type/Annot/Subtype/Widget/FT/Sig/T(Sig1)/Rect[300 100 400 150]/P 3 0 R/V 7 0 R/F 132>>");
    b.object(7, "<</Type/Sig/SubFilter/ETSI.CAdES.detached/ByteRange[0 1 2 3]/Contents<00>>>");
    return b;
}

ChangesAfterSigning analyse(PdfBuilder &b, qint64 signedEnd, const QString &name)
{
    QTemporaryDir dir;
    const QString path = b.save(dir, name);
    return RevisionAnalysis::analyse(path, {signedEnd}).changesAfter(signedEnd);
}

bool hasKind(const ChangesAfterSigning &c, const QString &kind, int page = -1)
{
    for (const RevisionChange &ch : c.changes) {
        if (ch.kind == kind && (page < 0 || ch.page == page))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("nothing after the signature: none", "[RevisionAnalysis]")
{
    PdfBuilder b = signedDocument();
    const qint64 end = b.commit();
    const ChangesAfterSigning c = analyse(b, end, QStringLiteral("none.pdf"));
    CHECK(c.changesAfter == ChangeClass::None);
    CHECK(c.changes.isEmpty());
    CHECK_FALSE(c.exceeds(0));
    CHECK_FALSE(c.exceeds(1));
}

TEST_CASE("a second signature and a DSS are `signatures`", "[RevisionAnalysis]")
{
    PdfBuilder b = signedDocument();
    const qint64 end = b.commit();
    b.object(3, kPage + "/Annots[6 0 R 8 0 R]>>");
    b.object(5, "<</Fields[6 0 R 8 0 R]/SigFlags 3>>");
    b.object(8, "<</Type/Annot/Subtype/Widget/FT/Sig/T(Sig2)/Rect[100 100 200 150]/P 3 0 R/V 9 0 R/F 132/AP<</N 10 0 R>>>>");
    b.object(9, "<</Type/Sig/SubFilter/ETSI.CAdES.detached/ByteRange[0 1 2 3]/Contents<00>>>");
    b.stream(10, "<</Type/XObject/Subtype/Form/BBox[0 0 100 50]", "0 0 1 rg 0 0 10 10 re f");
    b.commit();
    b.object(1, "<</Type/Catalog/Pages 2 0 R/AcroForm 5 0 R/DSS 11 0 R>>");
    b.object(11, "<</Certs[]>>");
    b.commit();
    const ChangesAfterSigning c = analyse(b, end, QStringLiteral("sigs.pdf"));
    CHECK(c.changesAfter == ChangeClass::Signatures);
    CHECK(c.changes.isEmpty());
    CHECK(c.signatureAddedAfter);
    CHECK_FALSE(c.exceeds(0));
    CHECK_FALSE(c.exceeds(2));
    CHECK(c.exceeds(1)); // P=1 allows DSS and document time-stamps only
}

TEST_CASE("objects rewritten with equal values are no change", "[RevisionAnalysis]")
{
    PdfBuilder b = signedDocument();
    const qint64 end = b.commit();
    // Numbers re-serialised, keys reordered, a literal string written as hex.
    b.object(3, "<</Annots[6 0 R]/Contents 4 0 R/Resources<<>>/MediaBox[0 0 595.303937 841.889764]/Parent 2 0 R/Type/Page>>");
    b.object(6, "<</Type/Annot/Subtype/Widget/FT/Sig/T<53696731>/Rect[300.0 100 400 150.000]/P 3 0 R/V 7 0 R/F 132>>");
    b.commit();
    const ChangesAfterSigning c = analyse(b, end, QStringLiteral("equal.pdf"));
    CHECK(c.changesAfter == ChangeClass::None);
}

TEST_CASE("page content, resources, boxes and pages are `other`", "[RevisionAnalysis]")
{
    SECTION("content stream added to the page")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595.303937007874 841.889763779528]/Resources<<>>/Contents[4 0 R 8 0 R]/Annots[6 0 R]>>");
        b.stream(8, "<<", "1 1 1 rg 60 520 480 120 re f");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("content.pdf"));
        CHECK(c.changesAfter == ChangeClass::Other);
        CHECK(hasKind(c, QStringLiteral("page-content"), 1));
        CHECK(c.changes.first().text().contains(QStringLiteral("page 1")));
        CHECK(c.exceeds(0));
    }
    SECTION("content stream object redefined in a later xref section")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.stream(4, "<<", "BT /F1 12 Tf 72 720 Td (Dieu 1 - sua) Tj ET");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("replaced.pdf"));
        CHECK(c.changesAfter == ChangeClass::Other);
        CHECK(hasKind(c, QStringLiteral("page-content"), 1)); // found through the page tree
    }
    SECTION("MediaBox")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(3, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 500]/Resources<<>>/Contents 4 0 R/Annots[6 0 R]>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("box.pdf"));
        CHECK(hasKind(c, QStringLiteral("page-box"), 1));
        CHECK(c.changesAfter == ChangeClass::Other);
    }
    SECTION("an extra page")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(2, "<</Type/Pages/Kids[3 0 R 8 0 R]/Count 2>>");
        b.object(8, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("page.pdf"));
        CHECK(hasKind(c, QStringLiteral("page-tree")));
    }
    SECTION("an object hidden by a free entry")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.free(4);
        b.object(8, "<<>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("hidden.pdf"));
        CHECK(hasKind(c, QStringLiteral("object-removed")));
    }
    SECTION("OpenAction in the catalog")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(1, "<</Type/Catalog/Pages 2 0 R/AcroForm 5 0 R/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("js.pdf"));
        CHECK(hasKind(c, QStringLiteral("action")));
    }
    SECTION("the appearance of the existing signature redefined")
    {
        PdfBuilder b = signedDocument();
        b.object(6, "<</Type/Annot/Subtype/Widget/FT/Sig/T(Sig1)/Rect[300 100 400 150]/P 3 0 R/V 7 0 R/F 132/AP<</N 8 0 R>>>>");
        b.stream(8, "<</Type/XObject/Subtype/Form/BBox[0 0 100 50]", "0 0 1 rg 0 0 10 10 re f");
        const qint64 end = b.commit();
        b.stream(8, "<</Type/XObject/Subtype/Form/BBox[0 0 100 50]", "1 1 1 rg -999 -999 3000 3000 re f");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("overlay.pdf"));
        CHECK(hasKind(c, QStringLiteral("signature-appearance"), 1));
        CHECK(c.changesAfter == ChangeClass::Other);
    }
}

TEST_CASE("updates with a cross-reference stream are analysed the same way", "[RevisionAnalysis]")
{
    SECTION("content stream redefined")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.stream(4, "<<", "BT /F1 12 Tf 72 720 Td (Dieu 1 - sua) Tj ET");
        b.commitStream();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("xs-content.pdf"));
        CHECK(c.changesAfter == ChangeClass::Other);
        CHECK(hasKind(c, QStringLiteral("page-content"), 1));
    }
    SECTION("an annotation added, then nothing")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(3, kPage + "/Annots[6 0 R 8 0 R]>>");
        b.object(8, "<</Type/Annot/Subtype/Square/Rect[10 10 50 50]/P 3 0 R>>");
        b.commitStream();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("xs-annot.pdf"));
        CHECK(c.changesAfter == ChangeClass::Annotations);
        CHECK(hasKind(c, QStringLiteral("annotation-added"), 1));
    }
    SECTION("an object freed")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.free(4);
        b.object(8, "<<>>");
        b.commitStream();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("xs-free.pdf"));
        CHECK(c.changesAfter == ChangeClass::Other);
    }
}

// PoDoFo 0.9.8 cannot read offsets wider than 4 bytes, so such revisions are
// read through a normalised copy, where every revision puts an object at the
// same offset: the offsets must not be taken for "the same object".
TEST_CASE("changes after a revision whose xref stream has 8-byte fields are found", "[RevisionAnalysis]")
{
    SECTION("content stream redefined")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commitStream(8);
        b.stream(4, "<<", "BT /F1 12 Tf 72 720 Td (Dieu 1 - sua) Tj ET");
        b.commitStream(8);
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("wide-content.pdf"));
        CHECK(c.changesAfter == ChangeClass::Other);
        CHECK(hasKind(c, QStringLiteral("page-content"), 1));
    }
    SECTION("an annotation added by a classic update")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commitStream(8);
        b.object(3, kPage + "/Annots[6 0 R 8 0 R]>>");
        b.object(8, "<</Type/Annot/Subtype/FreeText/Rect[10 10 50 50]/P 3 0 R>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("wide-annot.pdf"));
        CHECK(c.changesAfter == ChangeClass::Annotations);
        CHECK(hasKind(c, QStringLiteral("annotation-added"), 1));
    }
    SECTION("an equal rewrite stays no change")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commitStream(8);
        b.object(3, kPage + "/Annots[6 0 R]>>");
        b.commitStream(8);
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("wide-equal.pdf"));
        CHECK(c.changesAfter <= ChangeClass::Signatures);
    }
}

TEST_CASE("annotations and form filling against DocMDP", "[RevisionAnalysis]")
{
    SECTION("a FreeText annotation")
    {
        PdfBuilder b = signedDocument();
        const qint64 end = b.commit();
        b.object(3, kPage + "/Annots[6 0 R 8 0 R]>>");
        b.object(8, "<</Type/Annot/Subtype/FreeText/Rect[70 500 370 530]/Contents(Dieu 4)/P 3 0 R>>");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("freetext.pdf"));
        CHECK(c.changesAfter == ChangeClass::Annotations);
        REQUIRE(hasKind(c, QStringLiteral("annotation-added"), 1));
        CHECK(c.changes.first().detail == QStringLiteral("FreeText"));
        CHECK(c.changes.first().rect == QRectF(70, 500, 300, 30));
        CHECK_FALSE(c.exceeds(0)); // no certification: annotations allowed
        CHECK_FALSE(c.exceeds(3));
        CHECK(c.exceeds(2));
        CHECK(c.exceeds(1));
    }
    SECTION("a text field filled in")
    {
        PdfBuilder b = signedDocument();
        b.object(5, "<</Fields[6 0 R 8 0 R]/SigFlags 3>>");
        b.object(3, kPage + "/Annots[6 0 R 8 0 R]>>");
        b.object(8, "<</Type/Annot/Subtype/Widget/FT/Tx/T(so)/Rect[300 760 500 780]/P 3 0 R>>");
        const qint64 end = b.commit();
        b.object(8, "<</Type/Annot/Subtype/Widget/FT/Tx/T(so)/Rect[300 760 500 780]/P 3 0 R/V(123/QD)/AP<</N 9 0 R>>>>");
        b.stream(9, "<</Type/XObject/Subtype/Form/BBox[0 0 200 20]", "BT (123/QD) Tj ET");
        b.commit();
        const ChangesAfterSigning c = analyse(b, end, QStringLiteral("fill.pdf"));
        CHECK(c.changesAfter == ChangeClass::FormFilling);
        CHECK(hasKind(c, QStringLiteral("field-value"), 1));
        CHECK(c.exceeds(1));
        CHECK_FALSE(c.exceeds(2));
        CHECK_FALSE(c.exceeds(3));
        CHECK_FALSE(c.exceeds(0));
    }
}

namespace {
// The release-stamp extension point: an allowance that accepts FreeText
// annotations in a revision that adds a signature.
class StampAllowance : public ChangeAllowance
{
public:
    bool allows(const RevisionChange &change, const Revision &revision, const QList<RevisionSigner> &) const override
    {
        return revision.addsSignature && change.kind == QStringLiteral("annotation-added") && change.detail == QStringLiteral("FreeText");
    }
};
} // namespace

TEST_CASE("an allowance accepts a change only in the revision it names", "[RevisionAnalysis]")
{
    PdfBuilder b = signedDocument();
    const qint64 end = b.commit();
    // Same revision: a new signature and a FreeText stamp.
    b.object(3, kPage + "/Annots[6 0 R 8 0 R 10 0 R]>>");
    b.object(5, "<</Fields[6 0 R 8 0 R]/SigFlags 3>>");
    b.object(8, "<</Type/Annot/Subtype/Widget/FT/Sig/T(Seal)/Rect[100 100 200 150]/P 3 0 R/V 9 0 R>>");
    b.object(9, "<</Type/Sig/ByteRange[0 1 2 3]/Contents<00>>>");
    b.object(10, "<</Type/Annot/Subtype/FreeText/Rect[70 780 200 800]/Contents(So 12)/P 3 0 R/F 68>>");
    b.commit();
    QTemporaryDir dir;
    const QString path = b.save(dir, QStringLiteral("stamp.pdf"));
    RevisionAnalysis plain = RevisionAnalysis::analyse(path, {end});
    CHECK(plain.changesAfter(end).changesAfter == ChangeClass::Annotations);
    RevisionAnalysis withHook = RevisionAnalysis::analyse(path, {end});
    withHook.addAllowance(std::make_shared<StampAllowance>());
    const ChangesAfterSigning c = withHook.changesAfter(end);
    CHECK(c.changesAfter == ChangeClass::Signatures);
    CHECK(c.changes.isEmpty());
}

TEST_CASE("a large document with a small update: only the updated objects are compared, pages located", "[RevisionAnalysis]")
{
    // 2000 pages; the update touches one page. Only the objects of the later
    // xref section are compared, not the whole page tree.
    PdfBuilder b;
    QByteArray kids;
    for (int i = 0; i < 2000; ++i)
        kids += QByteArray::number(10 + 2 * i) + " 0 R ";
    b.object(1, "<</Type/Catalog/Pages 2 0 R>>");
    b.object(2, "<</Type/Pages/Kids[" + kids + "]/Count 2000>>");
    for (int i = 0; i < 2000; ++i) {
        b.object(10 + 2 * i, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents " + QByteArray::number(11 + 2 * i) + " 0 R>>");
        b.stream(11 + 2 * i, "<<", "BT (trang " + QByteArray::number(i + 1) + ") Tj ET");
    }
    const qint64 end = b.commit();
    b.object(5000, "<</Type/Annot/Subtype/Text/Rect[0 0 10 10]>>");
    b.object(10 + 2 * 1500, "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 3011 0 R/Annots[5000 0 R]>>");
    b.commit();
    QTemporaryDir dir;
    const QString path = b.save(dir, QStringLiteral("big.pdf"));
    // (Its cost is measured in bench/, not here.)
    const ChangesAfterSigning c = RevisionAnalysis::analyse(path, {end}).changesAfter(end);
    CHECK(c.changesAfter == ChangeClass::Annotations);
    CHECK(hasKind(c, QStringLiteral("annotation-added"), 1501)); // page number from the page tree
}

TEST_CASE("changes after signing have their own exit codes and names", "[RevisionAnalysis]")
{
    using kyso::Error;
    using kyso::ErrorCode;
    CHECK(Error::exitCodeFor(ErrorCode::ChangedAfterSigning) == 71);
    CHECK(Error::exitCodeFor(ErrorCode::ExistingSignatureUnreadable) == 72);
    CHECK(Error::describe(ErrorCode::ChangedAfterSigning) != Error::describe(ErrorCode::ExistingSignatureUnreadable));
    CHECK(QString::fromLatin1(Error::name(ErrorCode::ChangedAfterSigning)) == QStringLiteral("changed-after-signing"));
}
