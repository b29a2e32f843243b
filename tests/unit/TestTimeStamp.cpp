#include "pdf/TimeStamp.h"

#include "CatchQt.h"
#include "TestPki.h"

#include <openssl/pkcs7.h>

using namespace kyso;
using namespace kyso::pdf;

namespace {

// A TSA under its own root, and an unrelated root.
struct Tsa {
    std::unique_ptr<testpki::Entity> root = testpki::makeCa("KySo Test TSA Root", nullptr);
    std::unique_ptr<testpki::Entity> tsa = testpki::makeTsa("KySo Test TSA", root.get());
    std::unique_ptr<testpki::Entity> otherRoot = testpki::makeCa("Unrelated Root", nullptr);
    X509_STORE *store = X509_STORE_new();
    X509_STORE *otherStore = X509_STORE_new();
    Tsa()
    {
        X509_STORE_add_cert(store, root->cert);
        X509_STORE_add_cert(otherStore, otherRoot->cert);
    }
    ~Tsa()
    {
        X509_STORE_free(store);
        X509_STORE_free(otherStore);
    }
};

// The same token with `first` inserted before the certificates it carries
// (the certificates are outside what the TSA signed).
QByteArray withCertificateFirst(const QByteArray &tokenDer, const testpki::Entity &first)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    PKCS7 *token = d2i_PKCS7(nullptr, &p, tokenDer.size());
    REQUIRE(token);
    X509_up_ref(first.cert);
    sk_X509_insert(token->d.sign->cert, first.cert, 0);
    unsigned char *buf = nullptr;
    const int len = i2d_PKCS7(token, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    PKCS7_free(token);
    return out;
}

ChainSources anchoredAt(const testpki::Entity &root)
{
    ChainSources sources;
    sources.anchors << root.der();
    sources.online = false;
    return sources;
}

// digestOf for checkDocumentTimeStamp over fixed bytes.
auto digestOfBytes(const QByteArray &bytes, int *calls = nullptr)
{
    return [bytes, calls](const EVP_MD *md, QByteArray &out) {
        if (calls)
            ++*calls;
        unsigned char buf[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_Digest(bytes.constData(), size_t(bytes.size()), buf, &len, md, nullptr);
        out = QByteArray(reinterpret_cast<const char *>(buf), int(len));
        return true;
    };
}

} // namespace

TEST_CASE("signature time-stamp: imprint over the signature value, TSA signature and chain", "[TimeStamp]")
{
    Tsa t;
    const QByteArray signatureValue = "the RSA signature value of some CMS";
    const QByteArray token = testpki::timeStampToken(*t.tsa, testpki::sha256(signatureValue));
    REQUIRE_FALSE(token.isEmpty());

    const TimeStampInfo ok = checkTimeStamp(token, signatureValue, t.store);
    CHECK(ok.present);
    CHECK(ok.valid);
    CHECK(ok.problem.isEmpty());
    CHECK(ok.authority == QStringLiteral("KySo Test TSA"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(ok.time.isValid());
    CHECK(std::abs(ok.time.secsTo(now)) < 300);

    SECTION("another signature value: imprint mismatch")
    {
        const TimeStampInfo bad = checkTimeStamp(token, signatureValue + "x", t.store);
        CHECK(bad.present);
        CHECK_FALSE(bad.valid);
        CHECK_FALSE(bad.problem.isEmpty());
    }
    SECTION("a TSA that does not chain to the anchors")
    {
        const TimeStampInfo bad = checkTimeStamp(token, signatureValue, t.otherStore);
        CHECK_FALSE(bad.valid);
        CHECK_FALSE(bad.problem.isEmpty());
    }
    SECTION("without anchors only the imprint is checked")
    {
        CHECK(checkTimeStamp(token, signatureValue, nullptr).valid);
        CHECK_FALSE(checkTimeStamp(token, signatureValue + "x", nullptr).valid);
    }
    SECTION("not a token")
    {
        const TimeStampInfo bad = checkTimeStamp("not DER at all", signatureValue, t.store);
        CHECK(bad.present);
        CHECK_FALSE(bad.valid);
        CHECK(bad.problem == QStringLiteral("unreadable time-stamp token"));
    }
}

TEST_CASE("a token is verified before it is embedded", "[TimeStamp]")
{
    Tsa t;
    const QByteArray digest = testpki::sha256("signature value");
    const QByteArray token = testpki::timeStampToken(*t.tsa, digest);
    REQUIRE_FALSE(token.isEmpty());

    QList<QByteArray> path;
    const Error ok = verifyTimeStampToken(token, digest, anchoredAt(*t.root), &path);
    INFO(ok.message().toStdString());
    CHECK_FALSE(ok.isError());
    REQUIRE(path.size() == 2);
    CHECK(path.first() == t.tsa->der());
    CHECK(path.last() == t.root->der());

    QList<QByteArray> untouched{"sentinel"};
    const Error wrongImprint = verifyTimeStampToken(token, testpki::sha256("another value"), anchoredAt(*t.root), &untouched);
    CHECK(wrongImprint.code() == ErrorCode::TimeStampUntrusted);
    CHECK(untouched == QList<QByteArray>{"sentinel"}); // no path for a token that fails

    const Error wrongTsa = verifyTimeStampToken(token, digest, anchoredAt(*t.otherRoot));
    CHECK(wrongTsa.code() == ErrorCode::TimeStampUntrusted);
    CHECK(wrongTsa.message().contains(QStringLiteral("KySo Test TSA")));

    ChainSources noAnchors;
    noAnchors.online = false;
    CHECK(verifyTimeStampToken(token, digest, noAnchors).code() == ErrorCode::TimeStampUntrusted);

    const QByteArray bare = testpki::timeStampToken(*t.tsa, digest, {}, false);
    REQUIRE_FALSE(bare.isEmpty());
    CHECK(verifyTimeStampToken(bare, digest, anchoredAt(*t.root)).code() == ErrorCode::TimeStampUntrusted);
    CHECK(verifyTimeStampToken("garbage", digest, anchoredAt(*t.root)).code() == ErrorCode::TimeStampUntrusted);

    // The TSA is found by issuer and serial, not by its place in the token's list.
    const Error rootListedFirst = verifyTimeStampToken(withCertificateFirst(token, *t.root), digest, anchoredAt(*t.root));
    CHECK_FALSE(rootListedFirst.isError());
}

TEST_CASE("document time-stamp: imprint over the signed bytes, then signature and chain", "[TimeStamp]")
{
    Tsa t;
    const QByteArray signedBytes = "%PDF-1.7 ... the byte ranges of the document time-stamp";
    const QByteArray token = testpki::timeStampToken(*t.tsa, testpki::sha256(signedBytes));
    REQUIRE_FALSE(token.isEmpty());

    int calls = 0;
    const DocumentTimeStampCheck ok = checkDocumentTimeStamp(token, digestOfBytes(signedBytes, &calls), t.store);
    CHECK(calls == 1);
    CHECK(ok.readable);
    CHECK(ok.imprintMatches);
    CHECK(ok.verified);
    CHECK(ok.info.valid);
    CHECK(ok.info.present);
    CHECK(ok.info.authority == QStringLiteral("KySo Test TSA"));
    CHECK(ok.tsaCertificate == t.tsa->der());
    CHECK(std::abs(ok.info.time.secsTo(QDateTime::currentDateTimeUtc())) < 300);

    const DocumentTimeStampCheck changed = checkDocumentTimeStamp(token, digestOfBytes(signedBytes + " "), t.store);
    CHECK(changed.readable);
    CHECK_FALSE(changed.imprintMatches);
    CHECK_FALSE(changed.verified);
    CHECK_FALSE(changed.info.valid);
    CHECK_FALSE(changed.info.problem.isEmpty());

    const DocumentTimeStampCheck unreadableBytes
        = checkDocumentTimeStamp(token, [](const EVP_MD *, QByteArray &) { return false; }, t.store);
    CHECK(unreadableBytes.readable);
    CHECK_FALSE(unreadableBytes.imprintMatches);
    CHECK_FALSE(unreadableBytes.verified);

    const DocumentTimeStampCheck wrongTsa = checkDocumentTimeStamp(token, digestOfBytes(signedBytes), t.otherStore);
    CHECK(wrongTsa.imprintMatches);
    CHECK_FALSE(wrongTsa.verified);
    CHECK_FALSE(wrongTsa.info.problem.isEmpty());

    const DocumentTimeStampCheck noAnchors = checkDocumentTimeStamp(token, digestOfBytes(signedBytes), nullptr);
    CHECK(noAnchors.imprintMatches);
    CHECK_FALSE(noAnchors.verified);

    const DocumentTimeStampCheck garbage = checkDocumentTimeStamp("garbage", digestOfBytes(signedBytes), t.store);
    CHECK_FALSE(garbage.readable);
    CHECK_FALSE(garbage.info.problem.isEmpty());
}

TEST_CASE("the TSA is the token's signer, wherever the token lists its certificate", "[TimeStamp]")
{
    Tsa t;
    const QByteArray signatureValue = "signature value";
    // Chain certificates before the TSA's own, as some authorities send them.
    const QByteArray token = withCertificateFirst(testpki::timeStampToken(*t.tsa, testpki::sha256(signatureValue)), *t.root);

    const TimeStampInfo info = checkTimeStamp(token, signatureValue, t.store);
    CHECK(info.valid);
    CHECK(info.authority == QStringLiteral("KySo Test TSA"));

    const DocumentTimeStampCheck doc = checkDocumentTimeStamp(
        withCertificateFirst(testpki::timeStampToken(*t.tsa, testpki::sha256(signatureValue)), *t.root),
        digestOfBytes(signatureValue), t.store);
    CHECK(doc.verified);
    CHECK(doc.tsaCertificate == t.tsa->der());
    CHECK(doc.info.authority == QStringLiteral("KySo Test TSA"));
}
