#include "pdf/ChainBuilder.h"
#include "TestPki.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <openssl/pem.h>
#include <openssl/pkcs7.h>

using namespace kyso;
using namespace kyso::pdf;
using namespace kyso::testpki;

namespace {

struct Pki {
    std::unique_ptr<Entity> root = makeCa("Root", nullptr, 1);
    std::unique_ptr<Entity> ca = makeCa("CA", root.get(), 2);
    std::unique_ptr<Entity> leaf = make("Leaf", ca.get(), {{NID_basic_constraints, "critical,CA:FALSE"}}, 10);
    // The CA's name on another key (a substitute served by a hostile AIA server).
    std::unique_ptr<Entity> fakeCa = makeCa("CA", root.get(), 3);
    // A certificate with the CA's key and name but no CA rights.
    std::unique_ptr<Entity> notCa;
    Pki()
    {
        notCa = std::make_unique<Entity>();
        notCa->key = ca->key;
        EVP_PKEY_up_ref(ca->key);
        notCa->cert = X509_dup(ca->cert);
        X509_delete_ext(notCa->cert, X509_get_ext_by_NID(notCa->cert, NID_basic_constraints, -1));
        X509_delete_ext(notCa->cert, X509_get_ext_by_NID(notCa->cert, NID_key_usage, -1));
        X509_sign(notCa->cert, root->key, EVP_sha256());
    }
};

} // namespace

TEST_CASE("A chain is completed from the candidates up to the anchor", "[chain]")
{
    Pki p;
    ChainSources src;
    src.candidates = {p.ca->der()};
    src.anchors = {p.root->der()};
    src.online = false;
    const ChainResult r = buildChain(p.leaf->der(), src);
    CHECK(r.reachesAnchor);
    CHECK(r.endsAtRoot);
    REQUIRE(r.path.size() == 3);
    CHECK(r.path[0] == p.leaf->der());
    CHECK(r.path[1] == p.ca->der());
    CHECK(r.path[2] == p.root->der());
}

TEST_CASE("The intermediates store completes a chain the token cannot", "[chain]")
{
    Pki p;
    ChainSources src;
    src.anchors = {p.root->der()};
    src.online = false;
    ChainResult r = buildChain(p.leaf->der(), src);
    CHECK_FALSE(r.reachesAnchor);
    CHECK(r.problem.contains(QLatin1String("Leaf")));
    CHECK(r.problem.contains(QLatin1String("not found")));
    src.intermediates = {p.ca->der()};
    r = buildChain(p.leaf->der(), src);
    CHECK(r.reachesAnchor);
    CHECK(r.path.size() == 3);
}

TEST_CASE("Only a real issuer is taken: name, signature and CA rights", "[chain]")
{
    Pki p;
    CHECK(isIssuerOf(p.ca->cert, p.leaf->cert));
    CHECK_FALSE(isIssuerOf(p.fakeCa->cert, p.leaf->cert)); // same name, other key
    CHECK_FALSE(isIssuerOf(p.root->cert, p.leaf->cert));   // other name
    CHECK_FALSE(isIssuerOf(p.notCa->cert, p.leaf->cert));  // right key, not a CA
    ChainSources src;
    src.candidates = {p.fakeCa->der(), p.notCa->der()};
    src.anchors = {p.root->der()};
    src.online = false;
    const ChainResult r = buildChain(p.leaf->der(), src);
    CHECK_FALSE(r.reachesAnchor);
    CHECK(r.path.size() == 1);
}

TEST_CASE("A chain without a configured anchor says why", "[chain]")
{
    Pki p;
    ChainSources src;
    src.candidates = {p.ca->der(), p.root->der()};
    src.online = false;
    const ChainResult r = buildChain(p.leaf->der(), src);
    CHECK_FALSE(r.reachesAnchor);
    CHECK(r.endsAtRoot);
    CHECK(r.path.size() == 3);
    CHECK(r.problem.contains(QLatin1String("not a trust anchor")));
}

TEST_CASE("Certificates are read from DER, PEM and PKCS#7 certs-only", "[chain]")
{
    Pki p;
    CHECK(parseCertificates(p.ca->der()) == QList<QByteArray>{p.ca->der()});
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, p.ca->cert);
    PEM_write_bio_X509(bio, p.root->cert);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    CHECK(parseCertificates(QByteArray(data, int(len))) == QList<QByteArray>{p.ca->der(), p.root->der()});
    BIO_free(bio);

    PKCS7 *p7 = PKCS7_new();
    PKCS7_set_type(p7, NID_pkcs7_signed);
    PKCS7_content_new(p7, NID_pkcs7_data);
    PKCS7_add_certificate(p7, p.ca->cert);
    unsigned char *buf = nullptr;
    const int n = i2d_PKCS7(p7, &buf);
    CHECK(parseCertificates(QByteArray(reinterpret_cast<const char *>(buf), n)) == QList<QByteArray>{p.ca->der()});
    OPENSSL_free(buf);
    PKCS7_free(p7);
    CHECK(parseCertificates("not a certificate").isEmpty());
}

TEST_CASE("Cached AIA answers are re-checked before use", "[chain]")
{
    // The cache is only a source: a substitute placed there is not taken.
    Pki p;
    QTemporaryDir dir;
    ChainSources src;
    src.anchors = {p.root->der()};
    src.online = false; // no AIA URL in these certificates: nothing is fetched
    src.cacheDir = dir.path();
    const ChainResult r = buildChain(p.leaf->der(), src);
    CHECK_FALSE(r.reachesAnchor);
    CHECK(r.fetched.isEmpty());
}

TEST_CASE("Certificate files: missing or empty files are errors", "[chain]")
{
    QTemporaryDir dir;
    QList<QByteArray> out;
    CHECK(loadCertificateFiles({dir.filePath(QStringLiteral("missing.pem"))}, out).code() == ErrorCode::FileNotFound);
    QFile empty(dir.filePath(QStringLiteral("empty.pem")));
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.write("nothing here\n");
    empty.close();
    CHECK(loadCertificateFiles({empty.fileName()}, out).code() == ErrorCode::Usage);
}
