#include "pdf/CmsBuilder.h"

#include "TestPki.h"

#include <catch2/catch.hpp>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace kyso;

using testpki::SoftwareKey;

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
