#include "pdf/CmsBuilder.h"

#include "core/OpenSslPtr.h"

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <memory>

namespace kyso::pdf {

namespace {

using X509Ptr = OpenSslPtr<X509>;
using CmsPtr = OpenSslPtr<CMS_ContentInfo>;

X509Ptr parseCert(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

Error opensslError(const char *step)
{
    char buf[256];
    ERR_error_string_n(ERR_peek_last_error(), buf, sizeof buf);
    return Error(ErrorCode::SigningFailed, QStringLiteral("%1: %2").arg(QLatin1String(step), QLatin1String(buf)));
}

} // namespace

Error buildPadesCms(const QByteArray &sha256Digest, SigningKey &key, QByteArray &cmsDer, const TimeStamper &timeStamper)
{
    ERR_clear_error();
    if (sha256Digest.size() != 32)
        return Error(ErrorCode::InternalError, QStringLiteral("digest size"));
    X509Ptr signer = parseCert(key.certificateDer());
    if (!signer)
        return opensslError("signer certificate");

    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_PARTIAL | CMS_DETACHED | CMS_BINARY));
    if (!cms)
        return opensslError("CMS_sign");
    for (const QByteArray &der : key.chainDer()) {
        X509Ptr ca = parseCert(der);
        if (!ca || !CMS_add1_cert(cms.get(), ca.get()))
            return opensslError("CMS_add1_cert");
    }
    // The public key stands in for the private one: CMS_PARTIAL stops
    // OpenSSL from signing (it would add signingTime); we sign below.
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), signer.get(), X509_get0_pubkey(signer.get()), EVP_sha256(),
                                         CMS_PARTIAL | CMS_BINARY | CMS_NOSMIMECAP | CMS_CADES);
    if (!si)
        return opensslError("CMS_add1_signer");
    if (!CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data), -1)
        || !CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                        sha256Digest.constData(), sha256Digest.size()))
        return opensslError("signed attributes");

    // DER of the signed attributes as a SET OF (sorted), which is what the
    // signature covers (RFC 5652 §5.4).
    STACK_OF(X509_ATTRIBUTE) *attrs = sk_X509_ATTRIBUTE_new_null();
    for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
        sk_X509_ATTRIBUTE_push(attrs, CMS_signed_get_attr(si, i));
    unsigned char *abuf = nullptr;
    const int alen = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE *>(attrs), &abuf, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    sk_X509_ATTRIBUTE_free(attrs); // the attributes belong to `si`
    if (alen <= 0)
        return opensslError("encode signed attributes");
    const QByteArray toBeSigned(reinterpret_cast<const char *>(abuf), alen);
    OPENSSL_free(abuf);

    QByteArray signature;
    if (Error e = key.signSha256(toBeSigned, signature))
        return e;
    if (!ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.constData(), signature.size()))
        return opensslError("set signature");

    if (timeStamper) {
        unsigned char md[32];
        SHA256(reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()), md);
        QByteArray token;
        if (Error e = timeStamper(QByteArray(reinterpret_cast<const char *>(md), 32), token))
            return e;
        if (!token.isEmpty()
            && !CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token.constData(), token.size()))
            return opensslError("time-stamp attribute");
    }

    const int len = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (len <= 0)
        return opensslError("i2d_CMS_ContentInfo");
    cmsDer.resize(len);
    auto *out = reinterpret_cast<unsigned char *>(cmsDer.data());
    i2d_CMS_ContentInfo(cms.get(), &out);
    return {};
}

} // namespace kyso::pdf
