#pragma once
// A tiny in-memory PKI for unit tests (EC P-256 keys: fast): certificates
// with chosen extensions and validity, OCSP responses and CRLs.

#include "core/SigningKey.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QString>

#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/ts.h>
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

// A PEM file holding the given certificates (trust anchors for the verifier).
inline bool writePem(const QString &path, std::initializer_list<const Entity *> certs)
{
    QByteArray pem;
    for (const Entity *e : certs) {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, e->cert);
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        pem += QByteArray(data, int(len));
        BIO_free(bio);
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(pem) == pem.size();
}

// A software RSA key standing in for the token (the real token path is
// covered by the SoftHSM integration tests). Self-signed unless `issuer` is
// given, whose certificate is then the chain.
class SoftwareKey : public SigningKey
{
public:
    explicit SoftwareKey(const Entity *issuer = nullptr, const char *cn = "Nguyễn Văn An", long fromSecs = -3600,
                         long toSecs = 86400)
    {
        m_key = EVP_RSA_gen(2048);
        X509 *cert = X509_new();
        X509_set_version(cert, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(cert), 7);
        X509_gmtime_adj(X509_getm_notBefore(cert), fromSecs);
        X509_gmtime_adj(X509_getm_notAfter(cert), toSecs);
        X509_NAME *name = X509_get_subject_name(cert);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
        X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->cert) : name);
        X509_set_pubkey(cert, m_key);
        X509_sign(cert, issuer ? issuer->key : m_key, EVP_sha256());
        const int len = i2d_X509(cert, nullptr);
        m_der.resize(len);
        auto *p = reinterpret_cast<unsigned char *>(m_der.data());
        i2d_X509(cert, &p);
        X509_free(cert);
        if (issuer)
            m_chain << issuer->der();
    }
    ~SoftwareKey() override { EVP_PKEY_free(m_key); }
    QByteArray certificateDer() const override { return m_der; }
    QList<QByteArray> chainDer() const override { return m_chain; }
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
    QList<QByteArray> m_chain;
};

// A time-stamping authority: critical timeStamping extended key usage.
inline std::unique_ptr<Entity> makeTsa(const char *cn, const Entity *issuer, bool criticalEku = true)
{
    return make(cn, issuer, {{NID_ext_key_usage, criticalEku ? "critical,timeStamping" : "timeStamping"}}, 42);
}

// An RFC 3161 token (CMS SignedData, DER) by `tsa` over the SHA-256
// `digest`, carrying the TSA certificate (unless !withTsaCertificate) and
// then the `extra` ones.
inline QByteArray timeStampToken(const Entity &tsa, const QByteArray &digest, std::initializer_list<const Entity *> extra = {},
                                 bool withTsaCertificate = true)
{
    // The request's imprint, filled in place (TS_REQ_new allocates it).
    TS_REQ *req = TS_REQ_new();
    TS_REQ_set_version(req, 1);
    TS_REQ_set_cert_req(req, withTsaCertificate ? 1 : 0);
    TS_MSG_IMPRINT *imprint = TS_REQ_get_msg_imprint(req);
    X509_ALGOR_set0(TS_MSG_IMPRINT_get_algo(imprint), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    ASN1_OCTET_STRING_set(TS_MSG_IMPRINT_get_msg(imprint), reinterpret_cast<const unsigned char *>(digest.constData()),
                          int(digest.size()));
    BIO *in = BIO_new(BIO_s_mem());
    i2d_TS_REQ_bio(in, req);

    TS_RESP_CTX *ctx = TS_RESP_CTX_new();
    TS_RESP_CTX_set_signer_cert(ctx, tsa.cert);
    TS_RESP_CTX_set_signer_key(ctx, tsa.key);
    TS_RESP_CTX_set_signer_digest(ctx, EVP_sha256());
    ASN1_OBJECT *policy = OBJ_txt2obj("1.2.3.4.1", 1);
    TS_RESP_CTX_set_def_policy(ctx, policy);
    TS_RESP_CTX_add_md(ctx, EVP_sha256());
    STACK_OF(X509) *certs = sk_X509_new_null();
    for (const Entity *e : extra)
        sk_X509_push(certs, e->cert);
    TS_RESP_CTX_set_certs(ctx, certs);
    TS_RESP *resp = TS_RESP_create_response(ctx, in);
    QByteArray out;
    if (PKCS7 *token = resp ? TS_RESP_get_token(resp) : nullptr) {
        unsigned char *buf = nullptr;
        const int len = i2d_PKCS7(token, &buf);
        out = QByteArray(reinterpret_cast<const char *>(buf), len);
        OPENSSL_free(buf);
    }
    TS_RESP_free(resp);
    sk_X509_free(certs);
    ASN1_OBJECT_free(policy);
    TS_RESP_CTX_free(ctx);
    BIO_free(in);
    TS_REQ_free(req);
    return out;
}

inline QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace kyso::testpki
