#pragma once

// Owning pointers for OpenSSL objects: one deleter per type, in one place, so
// that no code path frees by hand (and none forgets to).

#include <QByteArray>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kyso {

template <typename T>
struct OpenSslFree; // specialised below for every type KySo owns

#define KYSO_OPENSSL_FREE(Type, fn) \
    template <> \
    struct OpenSslFree<Type> { \
        void operator()(Type *p) const { fn(p); } \
    };
KYSO_OPENSSL_FREE(ASN1_INTEGER, ASN1_INTEGER_free)
KYSO_OPENSSL_FREE(BIGNUM, BN_free)
KYSO_OPENSSL_FREE(BIO, BIO_free)
KYSO_OPENSSL_FREE(CMS_ContentInfo, CMS_ContentInfo_free)
KYSO_OPENSSL_FREE(EVP_MD_CTX, EVP_MD_CTX_free)
KYSO_OPENSSL_FREE(EVP_PKEY, EVP_PKEY_free)
KYSO_OPENSSL_FREE(OCSP_BASICRESP, OCSP_BASICRESP_free)
KYSO_OPENSSL_FREE(OCSP_CERTID, OCSP_CERTID_free)
KYSO_OPENSSL_FREE(OCSP_REQUEST, OCSP_REQUEST_free)
KYSO_OPENSSL_FREE(OCSP_RESPONSE, OCSP_RESPONSE_free)
KYSO_OPENSSL_FREE(PKCS7, PKCS7_free)
KYSO_OPENSSL_FREE(TS_MSG_IMPRINT, TS_MSG_IMPRINT_free)
KYSO_OPENSSL_FREE(TS_REQ, TS_REQ_free)
KYSO_OPENSSL_FREE(TS_RESP, TS_RESP_free)
KYSO_OPENSSL_FREE(TS_TST_INFO, TS_TST_INFO_free)
KYSO_OPENSSL_FREE(TS_VERIFY_CTX, TS_VERIFY_CTX_free)
KYSO_OPENSSL_FREE(X509, X509_free)
KYSO_OPENSSL_FREE(X509_ALGOR, X509_ALGOR_free)
KYSO_OPENSSL_FREE(X509_CRL, X509_CRL_free)
KYSO_OPENSSL_FREE(X509_STORE, X509_STORE_free)
KYSO_OPENSSL_FREE(X509_STORE_CTX, X509_STORE_CTX_free)
#undef KYSO_OPENSSL_FREE

template <typename T>
using OpenSslPtr = std::unique_ptr<T, OpenSslFree<T>>;

// A certificate list that owns its certificates.
struct X509StackFree {
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

// The DER encoding of an OpenSSL object through its i2d function (empty on failure).
template <typename T, typename I2d>
QByteArray toDer(T *object, I2d i2d)
{
    unsigned char *buf = nullptr;
    const int len = object ? i2d(object, &buf) : -1;
    QByteArray der = len > 0 ? QByteArray(reinterpret_cast<const char *>(buf), len) : QByteArray();
    OPENSSL_free(buf);
    return der;
}

// Parses DER with a d2i function into an owning pointer (null on failure).
template <typename T>
OpenSslPtr<T> fromDer(const QByteArray &der, T *(*d2i)(T **, const unsigned char **, long))
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return OpenSslPtr<T>(d2i(nullptr, &p, long(der.size())));
}

} // namespace kyso
