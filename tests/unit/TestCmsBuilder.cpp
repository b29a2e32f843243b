#include "pdf/CmsBuilder.h"

#include <catch2/catch.hpp>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace kyso;

namespace {

// A software key standing in for the token (the real token path is covered
// by the SoftHSM integration tests).
class SoftwareKey : public SigningKey
{
public:
    SoftwareKey()
    {
        m_key = EVP_RSA_gen(2048);
        X509 *cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 7);
        X509_gmtime_adj(X509_getm_notBefore(cert), 0);
        X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("Nguyễn Văn An"), -1, -1, 0);
        X509_set_issuer_name(cert, name);
        X509_set_pubkey(cert, m_key);
        X509_sign(cert, m_key, EVP_sha256());
        const int len = i2d_X509(cert, nullptr);
        m_der.resize(len);
        auto *p = reinterpret_cast<unsigned char *>(m_der.data());
        i2d_X509(cert, &p);
        X509_free(cert);
    }
    ~SoftwareKey() override { EVP_PKEY_free(m_key); }
    QByteArray certificateDer() const override { return m_der; }
    QList<QByteArray> chainDer() const override { return {}; }
    Error signSha256(const QByteArray &data, QByteArray &signature) override
    {
        ++calls;
        if (fail)
            return Error(ErrorCode::TokenRemoved);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t len = 512;
        signature.resize(int(len));
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &len,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
        signature.resize(int(len));
        EVP_MD_CTX_free(ctx);
        return {};
    }
    bool fail = false;
    int calls = 0;

private:
    EVP_PKEY *m_key = nullptr;
    QByteArray m_der;
};

} // namespace

TEST_CASE("PAdES CMS: required attributes, no signingTime, verifiable", "[CmsBuilder]")
{
    SoftwareKey key;
    const QByteArray digest = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    QByteArray der;
    REQUIRE_FALSE(pdf::buildPadesCms(digest, key, der).isError());
    CHECK(key.calls == 1);

    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, der.size());
    REQUIRE(cms);
    CHECK(CMS_is_detached(cms) == 1);
    CMS_set1_signers_certs(cms, nullptr, 0);
    STACK_OF(CMS_SignerInfo) *infos = CMS_get0_SignerInfos(cms);
    REQUIRE(sk_CMS_SignerInfo_num(infos) == 1);
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(infos, 0);

    CHECK(CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) < 0);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1) >= 0);
    CHECK(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
    const auto *md = static_cast<ASN1_OCTET_STRING *>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    REQUIRE(md);
    CHECK(QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(md)), ASN1_STRING_length(md)) == digest);
    // The signature covers the DER of the signed attributes as encoded in the CMS.
    CHECK(CMS_SignerInfo_verify(si) == 1);
    CMS_ContentInfo_free(cms);
}

TEST_CASE("a failing key yields its error and no CMS", "[CmsBuilder]")
{
    SoftwareKey key;
    key.fail = true;
    QByteArray der;
    const Error e = pdf::buildPadesCms(QByteArray(32, 'x'), key, der);
    CHECK(e.code() == ErrorCode::TokenRemoved);
    CHECK(der.isEmpty());
}
