#include "pdf/TimeStamp.h"

#include "core/CertificateInfo.h"
#include "core/HttpClient.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <memory>

namespace kyso::pdf {

namespace {

// The certificate that signed the token (from the token's own certificates).
X509 *tokenSigner(PKCS7 *token)
{
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    X509 *signer = sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    if (signer)
        X509_up_ref(signer);
    else
        ERR_clear_error(); // not this caller's verification error
    sk_X509_free(signers);
    return signer;
}

QByteArray certDer(X509 *cert)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(cert, &buf);
    QByteArray der(reinterpret_cast<const char *>(buf), std::max(len, 0));
    OPENSSL_free(buf);
    return der;
}

} // namespace

Error requestTimeStamp(const QString &url, const QByteArray &digest, QByteArray &tokenDer, int timeoutMs)
{
    // Request: SHA-256 imprint, a random nonce, and the TSA certificate please.
    TS_REQ *req = TS_REQ_new();
    TS_MSG_IMPRINT *imprint = TS_MSG_IMPRINT_new();
    X509_ALGOR *alg = X509_ALGOR_new();
    X509_ALGOR_set0(alg, OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint, alg);
    TS_MSG_IMPRINT_set_msg(imprint, reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())), digest.size());
    TS_REQ_set_version(req, 1);
    TS_REQ_set_msg_imprint(req, imprint);
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    nonceBytes[0] &= 0x7f;
    ASN1_INTEGER *nonce = ASN1_INTEGER_new();
    BIGNUM *bn = BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr);
    BN_to_ASN1_INTEGER(bn, nonce);
    BN_free(bn);
    TS_REQ_set_nonce(req, nonce);
    TS_REQ_set_cert_req(req, 1);
    unsigned char *der = nullptr;
    const int derLen = i2d_TS_REQ(req, &der);
    const QByteArray body(reinterpret_cast<const char *>(der), derLen);
    OPENSSL_free(der);
    X509_ALGOR_free(alg);
    TS_MSG_IMPRINT_free(imprint);

    HttpResponse http;
    Error e = httpRequest(url, "POST", "application/timestamp-query", body, http, timeoutMs);
    if (e) {
        TS_REQ_free(req);
        ASN1_INTEGER_free(nonce);
        return e;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(http.body.constData());
    TS_RESP *resp = d2i_TS_RESP(nullptr, &p, http.body.size());
    Error result;
    if (!resp) {
        result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the answer is not a time-stamp response"));
    } else if (ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp))) > 1) {
        result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the time-stamp authority refused the request"));
    } else {
        // Imprint and nonce must be ours (no signature/chain check here: the
        // verifier does that against the trust anchors).
        TS_VERIFY_CTX *ctx = TS_REQ_to_TS_VERIFY_CTX(req, nullptr);
        TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
        if (TS_RESP_verify_response(ctx, resp) != 1) {
            result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the time-stamp does not match the request"));
        } else {
            PKCS7 *token = TS_RESP_get_token(resp);
            unsigned char *t = nullptr;
            const int tLen = i2d_PKCS7(token, &t);
            tokenDer = QByteArray(reinterpret_cast<const char *>(t), tLen);
            OPENSSL_free(t);
        }
        TS_VERIFY_CTX_free(ctx);
    }
    TS_RESP_free(resp);
    TS_REQ_free(req);
    ASN1_INTEGER_free(nonce);
    ERR_clear_error();
    return result;
}

TimeStampInfo checkTimeStamp(const QByteArray &tokenDer, const QByteArray &signatureValue, X509_STORE *anchors)
{
    TimeStampInfo info;
    info.present = true;
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    PKCS7 *token = d2i_PKCS7(nullptr, &p, tokenDer.size());
    TS_TST_INFO *tst = token ? PKCS7_to_TS_TST_INFO(token) : nullptr;
    if (!tst) {
        info.problem = QCoreApplication::translate("TimeStamp", "unreadable time-stamp token");
        PKCS7_free(token);
        return info;
    }
    info.time = asn1TimeToDateTime(TS_TST_INFO_get_time(tst));
    if (const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(tst); tsa && tsa->type == GEN_DIRNAME)
        info.authority = nameEntry(tsa->d.directoryName, NID_commonName);
    STACK_OF(X509) *certs = token->d.sign ? token->d.sign->cert : nullptr;
    if (info.authority.isEmpty()) {
        // The token's signer, wherever the token lists it.
        if (X509 *signer = tokenSigner(token)) {
            info.authority = CertificateInfo::fromX509(signer).commonName;
            X509_free(signer);
        }
    }

    unsigned char md[32];
    SHA256(reinterpret_cast<const unsigned char *>(signatureValue.constData()), size_t(signatureValue.size()), md);
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    int flags = TS_VFY_VERSION | TS_VFY_IMPRINT;
    TS_VERIFY_CTX_set_imprint(ctx, static_cast<unsigned char *>(OPENSSL_memdup(md, sizeof md)), sizeof md);
    if (anchors) {
        flags |= TS_VFY_SIGNATURE;
        X509_STORE_up_ref(anchors);
        TS_VERIFY_CTX_set_store(ctx, anchors);
        if (certs) {
            STACK_OF(X509) *untrusted = X509_chain_up_ref(certs);
            TS_VERIFY_CTS_set_certs(ctx, untrusted);
        }
    }
    TS_VERIFY_CTX_set_flags(ctx, flags);
    info.valid = TS_RESP_verify_token(ctx, token) == 1;
    if (!info.valid) {
        char buf[256];
        ERR_error_string_n(ERR_peek_last_error(), buf, sizeof buf);
        info.problem = QString::fromLatin1(buf);
    }
    TS_VERIFY_CTX_free(ctx);
    TS_TST_INFO_free(tst);
    PKCS7_free(token);
    ERR_clear_error();
    return info;
}

} // namespace kyso::pdf

namespace kyso::pdf {

namespace {

Error untrusted(const QString &why)
{
    return Error(ErrorCode::TimeStampUntrusted, why);
}

// CMS signature and imprint, with the path's certificates as untrusted
// intermediates and `anchors` as the only trust.
bool verifyTokenSignature(PKCS7 *token, const QByteArray &digest, const QList<QByteArray> &path,
                          const QList<QByteArray> &anchors)
{
    X509_STORE *store = X509_STORE_new();
    for (const QByteArray &a : anchors) {
        const auto *p = reinterpret_cast<const unsigned char *>(a.constData());
        if (X509 *c = d2i_X509(nullptr, &p, a.size())) {
            X509_STORE_add_cert(store, c);
            X509_free(c);
        }
    }
    STACK_OF(X509) *chain = sk_X509_new_null();
    for (const QByteArray &c : path) {
        const auto *p = reinterpret_cast<const unsigned char *>(c.constData());
        if (X509 *x = d2i_X509(nullptr, &p, c.size()))
            sk_X509_push(chain, x);
    }
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    TS_VERIFY_CTX_set_imprint(ctx, static_cast<unsigned char *>(OPENSSL_memdup(digest.constData(), size_t(digest.size()))),
                              long(digest.size()));
    TS_VERIFY_CTX_set_store(ctx, store); // owned by ctx now
    TS_VERIFY_CTS_set_certs(ctx, chain); // owned by ctx now
    TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    const bool ok = TS_RESP_verify_token(ctx, token) == 1;
    TS_VERIFY_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

} // namespace

Error verifyTimeStampToken(const QByteArray &tokenDer, const QByteArray &sha256Digest, const ChainSources &trust,
                           QList<QByteArray> *tsaPath)
{
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> token(d2i_PKCS7(nullptr, &p, tokenDer.size()), PKCS7_free);
    if (!token || !PKCS7_type_is_signed(token.get()))
        return untrusted(QCoreApplication::translate("TimeStamp", "unreadable time-stamp token"));
    std::unique_ptr<X509, decltype(&X509_free)> signer(tokenSigner(token.get()), X509_free);
    ERR_clear_error();
    if (!signer)
        return untrusted(QCoreApplication::translate("TimeStamp", "the token does not carry its TSA certificate"));
    const int eku = X509_get_ext_by_NID(signer.get(), NID_ext_key_usage, -1);
    if (X509_get_extended_key_usage(signer.get()) != XKU_TIMESTAMP || eku < 0
        || !X509_EXTENSION_get_critical(X509_get_ext(signer.get(), eku)))
        return untrusted(QCoreApplication::translate("TimeStamp", "the TSA certificate lacks the critical timeStamping key usage"));
    if (trust.anchors.isEmpty())
        return untrusted(QCoreApplication::translate("TimeStamp", "no trust anchor for time-stamp authorities is configured (--tsa-trust)"));
    ChainSources sources = trust;
    STACK_OF(X509) *carried = token->d.sign->cert;
    for (int i = 0; i < sk_X509_num(carried); ++i)
        sources.candidates << certDer(sk_X509_value(carried, i));
    const ChainResult chain = buildChain(certDer(signer.get()), sources);
    if (!chain.reachesAnchor)
        return untrusted(QCoreApplication::translate("TimeStamp", "the TSA \"%1\" is not trusted: %2")
                             .arg(CertificateInfo::fromX509(signer.get()).commonName, chain.problem));
    if (!verifyTokenSignature(token.get(), sha256Digest, chain.path, trust.anchors))
        return untrusted(QCoreApplication::translate("TimeStamp", "the time-stamp's signature or imprint does not verify"));
    if (tsaPath)
        *tsaPath = chain.path;
    return {};
}

DocumentTimeStampCheck checkDocumentTimeStamp(const QByteArray &tokenDer,
                                              const std::function<bool(const EVP_MD *, QByteArray &)> &digestOf,
                                              X509_STORE *anchors)
{
    DocumentTimeStampCheck out;
    out.info.present = true;
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(tokenDer.constData());
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> token(d2i_PKCS7(nullptr, &p, tokenDer.size()), PKCS7_free);
    std::unique_ptr<TS_TST_INFO, decltype(&TS_TST_INFO_free)> tst(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr,
                                                                  TS_TST_INFO_free);
    if (!tst) {
        out.info.problem = QCoreApplication::translate("TimeStamp", "unreadable time-stamp token");
        ERR_clear_error();
        return out;
    }
    out.readable = true;
    out.info.time = asn1TimeToDateTime(TS_TST_INFO_get_time(tst.get()));
    STACK_OF(X509) *certs = token->d.sign ? token->d.sign->cert : nullptr;
    // The TSA is the token's signer (found by issuer and serial), not
    // whichever certificate the token happens to list first.
    if (X509 *tsa = tokenSigner(token.get())) {
        out.info.authority = CertificateInfo::fromX509(tsa).commonName;
        out.tsaCertificate = certDer(tsa);
        X509_free(tsa);
    }
    if (const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(tst.get()); out.info.authority.isEmpty() && tsa && tsa->type == GEN_DIRNAME)
        out.info.authority = nameEntry(tsa->d.directoryName, NID_commonName);

    // The imprint, with its own algorithm, against the signed bytes.
    TS_MSG_IMPRINT *imprint = TS_TST_INFO_get_msg_imprint(tst.get());
    const ASN1_OBJECT *algObj = nullptr;
    X509_ALGOR_get0(&algObj, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
    const EVP_MD *md = EVP_get_digestbyobj(algObj);
    const ASN1_OCTET_STRING *msg = TS_MSG_IMPRINT_get_msg(imprint);
    QByteArray digest;
    if (!md || !digestOf(md, digest)) {
        out.info.problem = QCoreApplication::translate("TimeStamp", "the time-stamped bytes cannot be read");
        return out;
    }
    out.imprintMatches = digest == QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(msg)), ASN1_STRING_length(msg));
    if (!out.imprintMatches) {
        out.info.problem = QCoreApplication::translate("TimeStamp", "the time-stamped content was changed");
        return out;
    }
    if (!anchors) {
        out.info.problem = QCoreApplication::translate("TimeStamp", "no trust anchor for time-stamp authorities");
        return out;
    }
    // Signature and the TSA's chain (timeStamping usage) to the anchors.
    TS_VERIFY_CTX *ctx = TS_VERIFY_CTX_new();
    TS_VERIFY_CTX_set_imprint(ctx, static_cast<unsigned char *>(OPENSSL_memdup(digest.constData(), size_t(digest.size()))),
                              long(digest.size()));
    X509_STORE_up_ref(anchors);
    TS_VERIFY_CTX_set_store(ctx, anchors);
    if (certs)
        TS_VERIFY_CTS_set_certs(ctx, X509_chain_up_ref(certs));
    TS_VERIFY_CTX_set_flags(ctx, TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    out.verified = TS_RESP_verify_token(ctx, token.get()) == 1;
    if (!out.verified) {
        char buf[256];
        ERR_error_string_n(ERR_peek_last_error(), buf, sizeof buf);
        out.info.problem = QString::fromLatin1(buf);
    }
    out.info.valid = out.verified;
    TS_VERIFY_CTX_free(ctx);
    ERR_clear_error();
    return out;
}

} // namespace kyso::pdf
