#pragma once
// A tiny in-memory PKI for unit tests (EC P-256 keys: fast): certificates
// with chosen extensions and validity, OCSP responses and CRLs.

#include <QByteArray>
#include <QList>

#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <initializer_list>
#include <memory>
#include <utility>

namespace kyso::testpki {

struct Entity {
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    Entity() = default;
    Entity(const Entity &) = delete;
    Entity &operator=(const Entity &) = delete;
    ~Entity()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
    }
    QByteArray der() const
    {
        unsigned char *buf = nullptr;
        const int len = i2d_X509(cert, &buf);
        QByteArray out(reinterpret_cast<const char *>(buf), len);
        OPENSSL_free(buf);
        return out;
    }
};

// extensions: {NID, "value"} pairs in openssl config syntax.
inline std::unique_ptr<Entity> make(const char *cn, const Entity *issuer, std::initializer_list<std::pair<int, const char *>> extensions,
                                    long serial = 1, long fromSecs = -3600, long toSecs = 86400)
{
    auto e = std::make_unique<Entity>();
    e->key = EVP_EC_gen("P-256");
    e->cert = X509_new();
    X509_set_version(e->cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(e->cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(e->cert), fromSecs);
    X509_gmtime_adj(X509_getm_notAfter(e->cert), toSecs);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(e->cert), "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(e->cert, X509_get_subject_name(issuer ? issuer->cert : e->cert));
    X509_set_pubkey(e->cert, e->key);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->cert : e->cert, e->cert, nullptr, nullptr, 0);
    for (const auto &[nid, value] : extensions) {
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(e->cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(e->cert, issuer ? issuer->key : e->key, EVP_sha256());
    return e;
}

inline std::unique_ptr<Entity> makeCa(const char *cn, const Entity *issuer, long serial = 1)
{
    return make(cn, issuer, {{NID_basic_constraints, "critical,CA:TRUE"}, {NID_key_usage, "critical,keyCertSign,cRLSign"}}, serial);
}

// A DER OCSPResponse about `subject` (issued by `issuer`), signed by `signer`.
inline QByteArray ocsp(const Entity &subject, const Entity &issuer, const Entity &signer, int status, long thisSecs, long nextSecs,
                       OCSP_REQUEST *nonceFrom = nullptr)
{
    OCSP_BASICRESP *bs = OCSP_BASICRESP_new();
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, subject.cert, issuer.cert);
    ASN1_TIME *thisUpd = X509_gmtime_adj(nullptr, thisSecs);
    ASN1_TIME *nextUpd = X509_gmtime_adj(nullptr, nextSecs);
    ASN1_TIME *revTime = X509_gmtime_adj(nullptr, -7200);
    OCSP_basic_add1_status(bs, id, status, status == V_OCSP_CERTSTATUS_REVOKED ? OCSP_REVOKED_STATUS_KEYCOMPROMISE : -1,
                           status == V_OCSP_CERTSTATUS_REVOKED ? revTime : nullptr, thisUpd, nextUpd);
    if (nonceFrom)
        OCSP_copy_nonce(bs, nonceFrom);
    STACK_OF(X509) *certs = sk_X509_new_null();
    sk_X509_push(certs, signer.cert);
    OCSP_basic_sign(bs, signer.cert, signer.key, EVP_sha256(), certs, 0);
    sk_X509_free(certs);
    OCSP_RESPONSE *resp = OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, bs);
    unsigned char *buf = nullptr;
    const int len = i2d_OCSP_RESPONSE(resp, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    OCSP_RESPONSE_free(resp);
    OCSP_BASICRESP_free(bs);
    OCSP_CERTID_free(id);
    ASN1_TIME_free(thisUpd);
    ASN1_TIME_free(nextUpd);
    ASN1_TIME_free(revTime);
    return out;
}

// A DER CRL by `issuer` (signed with `signerKey`), listing `revoked` serials.
inline QByteArray crl(const Entity &issuer, EVP_PKEY *signerKey, QList<long> revoked, long lastSecs, long nextSecs)
{
    X509_CRL *c = X509_CRL_new();
    X509_CRL_set_version(c, 1);
    X509_CRL_set_issuer_name(c, X509_get_subject_name(issuer.cert));
    ASN1_TIME *last = X509_gmtime_adj(nullptr, lastSecs), *next = X509_gmtime_adj(nullptr, nextSecs);
    X509_CRL_set1_lastUpdate(c, last);
    X509_CRL_set1_nextUpdate(c, next);
    for (long serial : revoked) {
        X509_REVOKED *r = X509_REVOKED_new();
        ASN1_INTEGER *s = ASN1_INTEGER_new();
        ASN1_INTEGER_set(s, serial);
        X509_REVOKED_set_serialNumber(r, s);
        X509_REVOKED_set_revocationDate(r, last);
        X509_CRL_add0_revoked(c, r);
        ASN1_INTEGER_free(s);
    }
    X509_CRL_sort(c);
    X509_CRL_sign(c, signerKey, EVP_sha256());
    unsigned char *buf = nullptr;
    const int len = i2d_X509_CRL(c, &buf);
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    X509_CRL_free(c);
    ASN1_TIME_free(last);
    ASN1_TIME_free(next);
    return out;
}

} // namespace kyso::testpki
