#include "pdf/RevisionDiff.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <podofo/podofo.h>

using namespace kyso::pdf;
using kyso::test::makePdf;
using kyso::test::simplePage;

namespace {

// Two documents whose objects 5, 6, ... are the given values, one pair per
// comparison; sameValue(left[i], right[i]) is what the cases ask.
struct Pair {
    PoDoFo::PdfMemDocument a, b;
    QByteArray bytesA, bytesB;
    Pair(const QList<QByteArray> &left, const QList<QByteArray> &right)
    {
        bytesA = makePdf(simplePage() + left);
        bytesB = makePdf(simplePage() + right);
        a.LoadFromBuffer(bytesA.constData(), long(bytesA.size()));
        b.LoadFromBuffer(bytesB.constData(), long(bytesB.size()));
    }
    const PoDoFo::PdfObject *left(int i) const { return a.GetObjects().GetObject(PoDoFo::PdfReference(5 + i, 0)); }
    const PoDoFo::PdfObject *right(int i) const { return b.GetObjects().GetObject(PoDoFo::PdfReference(5 + i, 0)); }
    bool same(int i, int depth = 0) const { return detail::sameValue(left(i), right(i), a, b, depth); }
};

// A stream object with the data FlateDecode-compressed.
QByteArray flateStream(const QByteArray &dict, const QByteArray &data)
{
    const QByteArray z = qCompress(data).mid(4); // the zlib stream without Qt's length prefix
    return "<<" + dict + " /Filter /FlateDecode /Length " + QByteArray::number(z.size()) + ">>\nstream\n" + z + "\nendstream";
}

QByteArray plainStream(const QByteArray &dict, const QByteArray &data)
{
    return "<<" + dict + " /Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream";
}

} // namespace

TEST_CASE("revision diff: numbers within 1e-6 relative, strings by their bytes", "[RevisionDiff]")
{
    const Pair p({"1", "1", "1000000", "0", "(Sig1)", "(Sig1)", "(Sig1)", "12", "true"},
                 {"1.0000001", "1.001", "1000000.5", "0.000002", "<53696731>", "(Sig2)", "/Sig1", "12.0", "false"});
    CHECK(p.same(0));       // re-serialised
    CHECK_FALSE(p.same(1)); // a real change
    CHECK(p.same(2));       // relative to the size of the number
    CHECK_FALSE(p.same(3)); // near zero: absolute 1e-6
    CHECK(p.same(4));       // literal and hex notation of the same bytes
    CHECK_FALSE(p.same(5));
    CHECK_FALSE(p.same(6)); // a name is not a string
    CHECK(p.same(7));       // integer and real
    CHECK_FALSE(p.same(8));
}

TEST_CASE("revision diff: dictionaries without null entries, arrays in order, references as written", "[RevisionDiff]")
{
    const Pair p({"<</Type/Annot/Rect[0 0 10 10]/P 3 0 R/Empty null>>", "<</A 1>>", "[1 2]", "[1 2]", "[3 0 R]", "<</A 1/B 2>>", "null"},
                 {"<</P 3 0 R/Rect[0 0 10.0 10]/Type/Annot>>", "<</A 1/C 2>>", "[1 2 3]", "[2 1]", "[4 0 R]", "<</B 2/A 1/C null>>", "null"});
    CHECK(p.same(0));       // key order and a null entry do not matter
    CHECK_FALSE(p.same(1)); // an added key does
    CHECK_FALSE(p.same(2));
    CHECK_FALSE(p.same(3));
    CHECK_FALSE(p.same(4)); // another object, even if equal in content
    CHECK(p.same(5));
    CHECK(p.same(6));
    // A missing object counts as null.
    CHECK(detail::sameValue(nullptr, p.left(6), p.a, p.b));
    CHECK_FALSE(detail::sameValue(nullptr, p.left(1), p.a, p.b));
    // Past the nesting limit nothing is equal (a loop of direct objects cannot recurse for ever).
    CHECK_FALSE(p.same(5, 65));
}

TEST_CASE("revision diff: streams by their decoded data, whatever the filter", "[RevisionDiff]")
{
    const QByteArray content("q 1 0 0 1 72 720 cm BT /F1 12 Tf (Ky so) Tj ET Q");
    const Pair p({plainStream("/Type/XObject/Subtype/Form", content), plainStream("", content), plainStream("", content),
                  plainStream("/BBox[0 0 10 10]", content)},
                 {flateStream("/Subtype/Form/Type/XObject", content), flateStream("", content + " "), "<</Length 0>>",
                  plainStream("/BBox[0 0 10 20]", content)});
    CHECK(p.same(0));       // /Filter and /Length differ, the data is equal
    CHECK_FALSE(p.same(1)); // one byte more
    CHECK_FALSE(p.same(2)); // a stream against a dictionary
    CHECK_FALSE(p.same(3)); // the stream dictionary's other keys count
}
