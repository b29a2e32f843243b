#include "pkcs11/TokenKey.h"

#include "pkcs11/TokenSession.h"

#include "CatchQt.h"
#include "PdfFixtures.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace kyso;
using namespace kyso::pkcs11;
using test::DemoToken;
using test::FixedPin;

namespace {

// Verifies an RSA PKCS#1 v1.5 SHA-256 signature with the certificate's key.
bool verifies(const QByteArray &certDer, const QByteArray &data, const QByteArray &signature)
{
    const auto *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    X509 *cert = d2i_X509(nullptr, &p, certDer.size());
    if (!cert)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(cert);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
               == 1;
    EVP_MD_CTX_free(ctx);
    X509_free(cert);
    return ok;
}

} // namespace

TEST_CASE("token key: signs on the token with the certificate's key", "[TokenKey]")
{
    DemoToken token;
    SessionOptions options;
    options.modulePath = DemoToken::module();
    options.certId = QByteArray::fromHex("01");
    Error error;
    auto session = TokenSession::open(options, error);
    REQUIRE(session);
    FixedPin pin("123456");
    REQUIRE_FALSE(session->login(pin));
    std::unique_ptr<SigningKey> key = session->signingKey(error);
    REQUIRE(key);

    QFile der(DemoToken::pki("personal.der"));
    REQUIRE(der.open(QIODevice::ReadOnly));
    CHECK(key->certificateDer() == der.readAll());
    for (const QByteArray &c : key->chainDer())
        CHECK(c != key->certificateDer());

    const QByteArray data("signed attributes of the PDF signature");
    QByteArray signature;
    REQUIRE_FALSE(key->signSha256(data, signature));
    CHECK(signature.size() == 256); // RSA-2048
    CHECK(verifies(key->certificateDer(), data, signature));
    CHECK_FALSE(verifies(key->certificateDer(), data + '.', signature));
    // PKCS#1 v1.5 is deterministic: the same data, the same signature.
    QByteArray second;
    REQUIRE_FALSE(key->signSha256(data, second));
    CHECK(second == signature);
    CHECK(pin.asked == 1);
}

TEST_CASE("token key: a token pulled out is reported as removed", "[TokenKey]")
{
    DemoToken token;
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("p11-state"));
    REQUIRE(test::writeBytes(state, "removed=0\n"));
    test::ScopedEnv stateEnv("KYSO_TEST_P11_STATE", state);
    SessionOptions options;
    options.modulePath = QStringLiteral(KYSO_TEST_MODULE);
    options.certId = QByteArray::fromHex("01");
    Error error;
    auto session = TokenSession::open(options, error);
    REQUIRE(session);
    FixedPin pin("123456");
    REQUIRE_FALSE(session->login(pin));
    std::unique_ptr<SigningKey> key = session->signingKey(error);
    REQUIRE(key);
    QByteArray signature;
    REQUIRE_FALSE(key->signSha256("before", signature));

    REQUIRE(test::writeBytes(state, "removed=1\n"));
    signature = "untouched";
    const Error removed = key->signSha256("after", signature);
    CHECK(removed.code() == ErrorCode::TokenRemoved);
    CHECK(signature == "untouched"); // no partial signature handed out
}
