#include "pdf/DssWriter.h"

#include "CatchQt.h"
#include "PdfFixtures.h"
#include "TestPki.h"

#include "pdf/PdfInput.h"

#include <podofo/podofo.h>

using namespace kyso;
using namespace kyso::pdf;

namespace {

RevocationData dssOf(const QString &path)
{
    PoDoFo::PdfMemDocument doc;
    REQUIRE_FALSE(loadDocument(doc, path, false).isError());
    return readDss(doc);
}

} // namespace

TEST_CASE("a DSS is appended in a new update: the data read back, the signature intact", "[DssWriter]")
{
    test::SignedPdf f;
    const auto leaf = testpki::make("Some Leaf", f.ca.get(), {}, 99);
    RevocationData data;
    data.certs << f.key->certificateDer() << f.ca->der();
    data.ocsps << testpki::ocsp(*leaf, *f.ca, *f.ca, V_OCSP_CERTSTATUS_GOOD, -60, 3600);
    data.crls << testpki::crl(*f.ca, f.ca->key, {99}, -60, 3600);

    const QString withDss = f.dir.filePath(QStringLiteral("ltv.pdf"));
    REQUIRE_FALSE(appendDss(f.path(), withDss, data).isError());
    const QByteArray signedBytes = test::readBytes(f.path());
    CHECK(test::readBytes(withDss).startsWith(signedBytes)); // an incremental update

    const RevocationData back = dssOf(withDss);
    CHECK(back.certs == data.certs);
    CHECK(back.ocsps == data.ocsps);
    CHECK(back.crls == data.crls);

    const VerificationReport report = test::verifyOffline(withDss, f.anchors);
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures[0].integrity == Integrity::Intact);
    CHECK_FALSE(report.signatures[0].coversWholeDocument);
    CHECK(report.allValid()); // a DSS after the signature is an allowed change

    SECTION("a second update keeps what is stored and adds only what is new")
    {
        const auto other = testpki::makeCa("Another CA", nullptr, 5);
        RevocationData more;
        more.certs << f.ca->der() << other->der(); // the CA is stored already
        const QString twice = f.dir.filePath(QStringLiteral("ltv2.pdf"));
        REQUIRE_FALSE(appendDss(withDss, twice, more).isError());
        const RevocationData all = dssOf(twice);
        CHECK(all.certs == QList<QByteArray>({f.key->certificateDer(), f.ca->der(), other->der()}));
        CHECK(all.ocsps == data.ocsps);
        CHECK(all.crls == data.crls);
        CHECK(test::verifyOffline(twice, f.anchors).allValid());
    }
}

TEST_CASE("a DSS with certificates only, documents without a DSS, unreadable input", "[DssWriter]")
{
    test::SignedPdf f;
    CHECK(dssOf(f.path()).certs.isEmpty());
    CHECK(dssOf(f.path()).isEmpty());

    RevocationData certsOnly;
    certsOnly.certs << f.ca->der();
    const QString out = f.dir.filePath(QStringLiteral("certs.pdf"));
    REQUIRE_FALSE(appendDss(f.path(), out, certsOnly).isError());
    const RevocationData back = dssOf(out);
    CHECK(back.certs == certsOnly.certs);
    CHECK(back.ocsps.isEmpty());
    CHECK(back.crls.isEmpty());

    const QString missingOut = f.dir.filePath(QStringLiteral("never.pdf"));
    CHECK(appendDss(f.dir.filePath(QStringLiteral("missing.pdf")), missingOut, certsOnly).isError());
    CHECK_FALSE(QFile::exists(missingOut));
}
