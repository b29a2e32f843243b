#include "pdf/PageTree.h"
#include "pdf/PdfInput.h"
#include "pdf/XrefReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <podofo/podofo.h>

#include <map>

using kyso::ErrorCode;
using namespace kyso::pdf;

namespace {

// Writes a PDF from numbered object bodies with a correct xref table, so a
// test can shape the page tree exactly (also wrongly). Object 1 is the catalog.
QByteArray buildPdf(const std::map<int, QByteArray> &objects)
{
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    const int size = objects.rbegin()->first + 1;
    std::vector<qint64> offsets(size_t(size), -1);
    for (const auto &[number, body] : objects) {
        offsets[size_t(number)] = out.size();
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int i = 1; i < size; ++i) {
        if (offsets[size_t(i)] < 0)
            out += "0000000000 65535 f \n";
        else
            out += QByteArray::number(offsets[size_t(i)]).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray ref(int n)
{
    return QByteArray::number(n) + " 0 R";
}

QByteArray page(int parent)
{
    return "<< /Type /Page /Parent " + ref(parent) + " /MediaBox [0 0 595 842] >>";
}

// Root (2) -> `groups` /Pages nodes -> `perGroup` pages each; objects in
// order: 1 catalog, 2 root, then each group followed by its pages.
std::map<int, QByteArray> balancedTree(int groups, int perGroup, std::vector<int> *pageNumbers = nullptr)
{
    std::map<int, QByteArray> objs;
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray rootKids;
    int next = 3;
    for (int g = 0; g < groups; ++g) {
        const int node = next++;
        rootKids += ref(node) + " ";
        QByteArray kids;
        for (int p = 0; p < perGroup; ++p) {
            const int n = next++;
            objs[n] = page(node);
            kids += ref(n) + " ";
            if (pageNumbers)
                pageNumbers->push_back(n);
        }
        objs[node] = "<< /Type /Pages /Parent 2 0 R /Count " + QByteArray::number(perGroup) + " /Kids [" + kids + "] >>";
    }
    objs[2] = "<< /Type /Pages /Count " + QByteArray::number(groups * perGroup) + " /Kids [" + rootKids + "] >>";
    return objs;
}

QString writeFile(QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
    return path;
}

enum class Source { Podofo, Raw };

// The damage check through PoDoFo's objects (loadDocument) or on the raw
// bytes (XrefReader: the signer's way).
kyso::Error load(const QString &path, PageTree &tree, Source source)
{
    if (source == Source::Podofo) {
        PoDoFo::PdfMemDocument doc;
        if (kyso::Error e = loadDocument(doc, path, true))
            return e;
        return checkPageTree(doc, tree);
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    XrefReader xref;
    if (kyso::Error e = xref.read(bytes))
        return e;
    return checkPageTree(xref, tree);
}

Source anySource()
{
    return GENERATE(Source::Podofo, Source::Raw);
}

} // namespace

TEST_CASE("a 2000-page document loads with one visit per page-tree node", "[PageTree]")
{
    QTemporaryDir dir;
    std::vector<int> expected;
    const QString path = writeFile(dir, "p2000.pdf", buildPdf(balancedTree(40, 50, &expected)));
    const Source source = anySource();
    PageTree tree;
    REQUIRE_FALSE(load(path, tree, source).isError());
    REQUIRE(tree.pages.size() == 2000);
    // 2000 pages + 40 /Pages nodes + the root: each read exactly once
    // (PoDoFo's GetPage(i) for every page would read ~2 million nodes).
    CHECK(tree.nodeVisits == 2041);
    CHECK(tree.depth == 2);
    bool inOrder = true;
    for (size_t i = 0; i < expected.size(); ++i)
        inOrder = inOrder && tree.pages[i].number == std::uint32_t(expected[i]);
    CHECK(inOrder);
    CHECK(tree.indexOf(ObjectId{std::uint32_t(expected[1234]), 0}) == 1234);
    CHECK(tree.indexOf(ObjectId{2, 0}) == -1);
}

TEST_CASE("a flat tree of 2000 pages: 2001 visits, no more", "[PageTree]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "flat.pdf", buildPdf(balancedTree(1, 2000)));
    const Source source = anySource();
    PageTree tree;
    REQUIRE_FALSE(load(path, tree, source).isError());
    CHECK(tree.pages.size() == 2000);
    CHECK(tree.nodeVisits == 2002); // root, its one group, 2000 pages
}

TEST_CASE("a page that is its own /Parent is refused as damaged", "[PageTree]")
{
    QTemporaryDir dir;
    std::vector<int> pages;
    auto objs = balancedTree(2, 3, &pages);
    objs[pages[4]] = page(pages[4]);
    const Source source = anySource();
    PageTree tree;
    const kyso::Error e = load(writeFile(dir, "self-parent.pdf", buildPdf(objs)), tree, source);
    CHECK(e.code() == ErrorCode::DamagedPdf);
    CHECK(e.detail().contains(QString::number(pages[4])));
}

TEST_CASE("a /Kids entry pointing back to an ancestor is a loop, refused", "[PageTree]")
{
    QTemporaryDir dir;
    auto objs = balancedTree(2, 2);
    // Group 3 lists the root among its kids.
    objs[3] = "<< /Type /Pages /Parent 2 0 R /Count 2 /Kids [4 0 R 2 0 R] >>";
    const Source source = anySource();
    PageTree tree;
    CHECK(load(writeFile(dir, "loop.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // The same page listed twice.
    objs = balancedTree(1, 2);
    objs[3] = "<< /Type /Pages /Parent 2 0 R /Count 2 /Kids [4 0 R 4 0 R] >>";
    CHECK(load(writeFile(dir, "twice.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // A root whose /Parent is one of its own nodes.
    objs = balancedTree(1, 2);
    objs[2] = "<< /Type /Pages /Parent 3 0 R /Count 2 /Kids [3 0 R] >>";
    CHECK(load(writeFile(dir, "root-parent.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);
}

TEST_CASE("a /Count that lies and a tree nested too deep are refused", "[PageTree]")
{
    QTemporaryDir dir;
    auto objs = balancedTree(2, 3);
    objs[3] = "<< /Type /Pages /Parent 2 0 R /Count 2 /Kids [4 0 R 5 0 R 6 0 R] >>"; // says 2, has 3
    const Source source = anySource();
    PageTree tree;
    CHECK(load(writeFile(dir, "count.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // A chain of /Pages nodes deeper than the limit, one page at the bottom.
    std::map<int, QByteArray> deep;
    deep[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    const int levels = PageTree::kMaxDepth + 5;
    for (int i = 0; i < levels; ++i) {
        const int n = 2 + i;
        const QByteArray parent = i == 0 ? QByteArray() : " /Parent " + ref(n - 1);
        deep[n] = "<< /Type /Pages" + parent + " /Count 1 /Kids [" + ref(n + 1) + "] >>";
    }
    deep[2 + levels] = page(1 + levels);
    CHECK(load(writeFile(dir, "deep.pdf", buildPdf(deep)), tree, source).code() == ErrorCode::DamagedPdf);

    // Within the limit the same shape loads.
    std::map<int, QByteArray> ok;
    ok[1] = deep[1];
    for (int i = 0; i < 10; ++i)
        ok[2 + i] = deep[2 + i];
    ok[11] = "<< /Type /Pages /Parent 10 0 R /Count 1 /Kids [12 0 R] >>";
    ok[12] = page(11);
    REQUIRE_FALSE(load(writeFile(dir, "ten.pdf", buildPdf(ok)), tree, source).isError());
    CHECK(tree.depth == 10);
    CHECK(tree.pages.size() == 1);
}

TEST_CASE("a page's number found upwards from the page agrees with the walked tree", "[PageTree]")
{
    QTemporaryDir dir;
    std::vector<int> pages;
    const QString path = writeFile(dir, "p600.pdf", buildPdf(balancedTree(12, 50, &pages)));
    PoDoFo::PdfMemDocument doc;
    REQUIRE_FALSE(loadDocument(doc, path, false).isError()); // loading reads no page
    for (int i : {0, 1, 49, 50, 313, 598, 599})
        CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[size_t(i)]), 0}) == i + 1);
    CHECK(pageNumberFromParents(doc, ObjectId{2, 0}) == 0); // the root is no page
    CHECK(pageNumberFromParents(doc, ObjectId{99999, 0}) == 0);
    PageTree walked;
    REQUIRE_FALSE(checkPageTree(doc, walked).isError());
    CHECK(walked.walked);
    // The same upwards on the raw bytes.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    XrefReader xref;
    REQUIRE_FALSE(xref.read(bytes).isError());
    const auto raw = pageTreeSource(xref);
    for (int i : {0, 1, 49, 50, 313, 598, 599})
        CHECK(pageNumberFromParents(*raw, ObjectId{std::uint32_t(pages[size_t(i)]), 0}) == i + 1);
    CHECK(pageNumberFromParents(*raw, ObjectId{2, 0}) == 0);
    CHECK(pageNumberFromParents(*raw, ObjectId{std::uint32_t(pages[0]), 1}) == 0); // another generation
}

TEST_CASE("finding a page upwards stops at a loop, a missing /Parent or a page its parent does not list", "[PageTree]")
{
    QTemporaryDir dir;
    std::vector<int> pages;
    auto objs = balancedTree(2, 3, &pages);
    objs[pages[1]] = page(pages[1]);                                        // its own parent: a loop
    objs[pages[2]] = "<< /Type /Page /MediaBox [0 0 595 842] >>";            // no /Parent
    objs[pages[4]] = page(3);                                                // names the first group, listed by the second
    PoDoFo::PdfMemDocument doc;
    PageTree tree;
    REQUIRE_FALSE(loadDocument(doc, writeFile(dir, "broken.pdf", buildPdf(objs)), false).isError());
    CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[1]), 0}) == 0);
    CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[2]), 0}) == 0);
    CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[4]), 0}) == 0);
    CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[5]), 0}) == 6); // the intact last page
    CHECK(pageNumberFromParents(doc, ObjectId{std::uint32_t(pages[0]), 0}) == 1); // its siblings count, however broken upwards
}

TEST_CASE("the raw walk and PoDoFo's agree on files from other producers", "[PageTree]")
{
    QTemporaryDir dir;
    const QString data = QStringLiteral(KYSO_SOURCE_DIR "/tests/data/");
    QStringList files{QStringLiteral(KYSO_SOURCE_DIR "/resources/sample/quyet-dinh-mau.pdf"),
                      data + QStringLiteral("quyet-dinh-2-trang.pdf"), data + QStringLiteral("interop/libreoffice-form.pdf"),
                      data + QStringLiteral("interop/libreoffice-pdfa2b.pdf")};
    // qpdf: pages in object streams (the raw walk reads them from the
    // compressed streams) and a linearized copy.
    const QString packed = dir.filePath(QStringLiteral("objstm.pdf"));
    const QString linear = dir.filePath(QStringLiteral("linear.pdf"));
    REQUIRE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"), data + QStringLiteral("quyet-dinh-2-trang.pdf"), packed}) == 0);
    REQUIRE(QProcess::execute(QStringLiteral("qpdf"), {QStringLiteral("--linearize"), data + QStringLiteral("du-thao-2-trang.pdf"), linear}) == 0);
    files << packed << linear;
    for (const QString &path : files) {
        INFO(path.toStdString());
        PageTree podofo, raw;
        REQUIRE_FALSE(load(path, podofo, Source::Podofo).isError());
        REQUIRE_FALSE(load(path, raw, Source::Raw).isError());
        CHECK(raw.walked);
        CHECK(raw.pages == podofo.pages);
        CHECK(raw.nodeVisits == podofo.nodeVisits);
        CHECK_FALSE(raw.pages.empty());
    }
    // The packed copy really has its pages in object streams.
    QFile f(packed);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    XrefReader xref;
    REQUIRE_FALSE(xref.read(bytes).isError());
    PageTree tree;
    REQUIRE_FALSE(checkPageTree(xref, tree).isError());
    CHECK(xref.entries().value(int(tree.pages.front().number)).type == XrefEntry::Compressed);
}

TEST_CASE("names with #xx escapes, an indirect /Kids array and a kid of another generation", "[PageTree]")
{
    QTemporaryDir dir;
    const Source source = anySource();
    std::map<int, QByteArray> objs;
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    objs[2] = "<< /Ty#70e /Pag#65s /Count 2 /Kids 9 0 R >>";
    objs[3] = "<< /Type /Page /Par#65nt 2 0 R /MediaBox [0 0 595 842] >>";
    objs[4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";
    objs[9] = "[3 0 R 4 0 R]";
    PageTree tree;
    REQUIRE_FALSE(load(writeFile(dir, "escaped.pdf", buildPdf(objs)), tree, source).isError());
    REQUIRE(tree.pages.size() == 2);
    CHECK(tree.pages[0].number == 3);
    CHECK(tree.pages[1].number == 4);

    // An escaped /Parent that names another node is still found (and refused).
    objs[3] = "<< /Type /Page /Par#65nt 4 0 R /MediaBox [0 0 595 842] >>";
    CHECK(load(writeFile(dir, "escaped-parent.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // "4 1 R" names a generation the file does not have: a missing page.
    objs[3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";
    objs[9] = "[3 0 R 4 1 R]";
    const kyso::Error e = load(writeFile(dir, "generation.pdf", buildPdf(objs)), tree, source);
    CHECK(e.code() == ErrorCode::DamagedPdf);

    // A /Kids entry that is not a reference.
    objs[9] = "[3 0 R << /Type /Page >>]";
    CHECK(load(writeFile(dir, "direct-kid.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);
}

TEST_CASE("a page dictionary nested 300 000 deep is damaged, not a crash", "[PageTree]")
{
    QTemporaryDir dir;
    auto objs = balancedTree(1, 2);
    objs[4] = "<< /Type /Page /Parent 3 0 R /X " + QByteArray(300000, '[') + QByteArray(300000, ']') + " >>";
    PageTree tree;
    const kyso::Error e = load(writeFile(dir, "deep.pdf", buildPdf(objs)), tree, Source::Raw);
    CHECK(e.code() == ErrorCode::DamagedPdf);
    CHECK(e.detail().contains(QStringLiteral("4")));
}

TEST_CASE("a repeated key counts once, the last one, in both walks", "[PageTree]")
{
    QTemporaryDir dir;
    const Source source = anySource();
    PageTree tree;
    // The root says /Count 3, then /Count 1, over three pages: damaged for both.
    auto objs = balancedTree(1, 3);
    objs[2] = "<< /Type /Pages /Count 3 /Kids [3 0 R] /Count 1 >>";
    CHECK(load(writeFile(dir, "dup-count.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // Two /Kids: the last lists page 4 three times.
    objs = balancedTree(1, 3);
    objs[3] = "<< /Type /Pages /Parent 2 0 R /Count 3 /Kids [4 0 R 5 0 R 6 0 R] /Kids [4 0 R 4 0 R 4 0 R] >>";
    CHECK(load(writeFile(dir, "dup-kids.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // A first page whose second /Parent names another node.
    objs = balancedTree(1, 3);
    objs[4] = "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Parent 2 0 R >>";
    CHECK(load(writeFile(dir, "dup-parent.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // The catalog's second /Pages is the tree that counts: here one whose page is its own parent.
    objs = balancedTree(1, 1);
    objs[1] = "<< /Type /Catalog /Pages 2 0 R /Pages 7 0 R >>";
    objs[7] = "<< /Type /Pages /Count 1 /Kids [8 0 R] >>";
    objs[8] = "<< /Type /Page /Parent 8 0 R /MediaBox [0 0 595 842] >>";
    CHECK(load(writeFile(dir, "dup-pages.pdf", buildPdf(objs)), tree, source).code() == ErrorCode::DamagedPdf);

    // The same repeated keys in a sound tree: read as PoDoFo reads them.
    objs = balancedTree(1, 2);
    objs[2] = "<< /Type /Pages /Count 5 /Kids [3 0 R] /Count 2 >>";
    REQUIRE_FALSE(load(writeFile(dir, "dup-fine.pdf", buildPdf(objs)), tree, source).isError());
    CHECK(tree.pages.size() == 2);
}
