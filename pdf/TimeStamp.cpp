#include "pdf/TimeStamp.h"

#include "core/CertificateInfo.h"
#include "core/HttpClient.h"
#include "core/OpenSslPtr.h"

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

// Request: SHA-256 imprint, a random nonce, and the TSA certificate please.
OpenSslPtr<TS_REQ> timeStampRequest(const QByteArray &digest)
{
    OpenSslPtr<TS_REQ> req(TS_REQ_new());
    OpenSslPtr<TS_MSG_IMPRINT> imprint(TS_MSG_IMPRINT_new());
    OpenSslPtr<X509_ALGOR> alg(X509_ALGOR_new());
    X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    TS_MSG_IMPRINT_set_algo(imprint.get(), alg.get()); // copies
    TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char *>(const_cast<char *>(digest.constData())), digest.size());
    TS_REQ_set_version(req.get(), 1);
    TS_REQ_set_msg_imprint(req.get(), imprint.get()); // copies
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    nonceBytes[0] &= 0x7f;
    OpenSslPtr<BIGNUM> bn(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
    OpenSslPtr<ASN1_INTEGER> nonce(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    TS_REQ_set_nonce(req.get(), nonce.get()); // copies
    TS_REQ_set_cert_req(req.get(), 1);
    return req;
}

// The certificate that signed the token (found by issuer and serial among the
// token's own certificates), not whichever one the token lists first.
OpenSslPtr<X509> tokenSigner(PKCS7 *token)
{
    STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0);
    X509 *signer = sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    if (signer)
        X509_up_ref(signer);
    else
        ERR_clear_error(); // not this caller's verification error
    sk_X509_free(signers); // the stack only, not the certificates it points to
    return OpenSslPtr<X509>(signer);
}

QString lastOpenSslError()
{
    char buf[256];
    ERR_error_string_n(ERR_peek_last_error(), buf, sizeof buf);
    return QString::fromLatin1(buf);
}

} // namespace

Error requestTimeStamp(const QString &url, const QByteArray &digest, QByteArray &tokenDer, int timeoutMs)
{
    const OpenSslPtr<TS_REQ> req = timeStampRequest(digest);
    HttpResponse http;
    if (Error e = httpRequest(url, "POST", "application/timestamp-query", toDer(req.get(), i2d_TS_REQ), http, timeoutMs))
        return e;
    const OpenSslPtr<TS_RESP> resp = fromDer(http.body, d2i_TS_RESP);
    Error result;
    if (!resp) {
        result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the answer is not a time-stamp response"));
    } else if (ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get()))) > 1) {
        result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the time-stamp authority refused the request"));
    } else {
        // Imprint and nonce must be ours (no signature/chain check here: the
        // verifier does that against the trust anchors).
        const OpenSslPtr<TS_VERIFY_CTX> ctx(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
        TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
        if (TS_RESP_verify_response(ctx.get(), resp.get()) != 1)
            result = Error(ErrorCode::TimeStampFailed, QCoreApplication::translate("TimeStamp", "the time-stamp does not match the request"));
        else
            tokenDer = toDer(TS_RESP_get_token(resp.get()), i2d_PKCS7);
    }
    ERR_clear_error();
    return result;
}

TimeStampInfo checkTimeStamp(const QByteArray &tokenDer, const QByteArray &signatureValue, X509_STORE *anchors)
{
    TimeStampInfo info;
    info.present = true;
    const OpenSslPtr<PKCS7> token = fromDer(tokenDer, d2i_PKCS7);
    const OpenSslPtr<TS_TST_INFO> tst(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!tst) {
        info.problem = QCoreApplication::translate("TimeStamp", "unreadable time-stamp token");
        ERR_clear_error();
        return info;
    }
    info.time = asn1TimeToDateTime(TS_TST_INFO_get_time(tst.get()));
    if (const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(tst.get()); tsa && tsa->type == GEN_DIRNAME)
        info.authority = nameEntry(tsa->d.directoryName, NID_commonName);
    STACK_OF(X509) *certs = token->d.sign ? token->d.sign->cert : nullptr;
    if (info.authority.isEmpty()) {
        if (const OpenSslPtr<X509> signer = tokenSigner(token.get()))
            info.authority = CertificateInfo::fromX509(signer.get()).commonName;
    }

    unsigned char md[32];
    SHA256(reinterpret_cast<const unsigned char *>(signatureValue.constData()), size_t(signatureValue.size()), md);
    const OpenSslPtr<TS_VERIFY_CTX> ctx(TS_VERIFY_CTX_new());
    int flags = TS_VFY_VERSION | TS_VFY_IMPRINT;
    TS_VERIFY_CTX_set_imprint(ctx.get(), static_cast<unsigned char *>(OPENSSL_memdup(md, sizeof md)), sizeof md);
    if (anchors) {
        flags |= TS_VFY_SIGNATURE;
        X509_STORE_up_ref(anchors);
        TS_VERIFY_CTX_set_store(ctx.get(), anchors);
        if (certs)
            TS_VERIFY_CTS_set_certs(ctx.get(), X509_chain_up_ref(certs));
    }
    TS_VERIFY_CTX_set_flags(ctx.get(), flags);
    info.valid = TS_RESP_verify_token(ctx.get(), token.get()) == 1;
    if (!info.valid)
        info.problem = lastOpenSslError();
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
    OpenSslPtr<X509_STORE> store(X509_STORE_new());
    for (const QByteArray &a : anchors) {
        if (const OpenSslPtr<X509> c = fromDer(a, d2i_X509))
            X509_STORE_add_cert(store.get(), c.get()); // takes its own reference
    }
    X509StackPtr chain(sk_X509_new_null());
    for (const QByteArray &c : path) {
        if (OpenSslPtr<X509> x = fromDer(c, d2i_X509); x && sk_X509_push(chain.get(), x.get()) > 0)
            x.release(); // owned by the stack now
    }
    const OpenSslPtr<TS_VERIFY_CTX> ctx(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_imprint(ctx.get(), static_cast<unsigned char *>(OPENSSL_memdup(digest.constData(), size_t(digest.size()))),
                              long(digest.size()));
    TS_VERIFY_CTX_set_store(ctx.get(), store.release()); // owned by ctx now
    TS_VERIFY_CTS_set_certs(ctx.get(), chain.release()); // owned by ctx now
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    const bool ok = TS_RESP_verify_token(ctx.get(), token) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace

Error verifyTimeStampToken(const QByteArray &tokenDer, const QByteArray &sha256Digest, const ChainSources &trust,
                           QList<QByteArray> *tsaPath)
{
    const OpenSslPtr<PKCS7> token = fromDer(tokenDer, d2i_PKCS7);
    if (!token || !PKCS7_type_is_signed(token.get()))
        return untrusted(QCoreApplication::translate("TimeStamp", "unreadable time-stamp token"));
    const OpenSslPtr<X509> signer = tokenSigner(token.get());
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
        sources.candidates << toDer(sk_X509_value(carried, i), i2d_X509);
    const ChainResult chain = buildChain(toDer(signer.get(), i2d_X509), sources);
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
    const OpenSslPtr<PKCS7> token = fromDer(tokenDer, d2i_PKCS7);
    const OpenSslPtr<TS_TST_INFO> tst(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!tst) {
        out.info.problem = QCoreApplication::translate("TimeStamp", "unreadable time-stamp token");
        ERR_clear_error();
        return out;
    }
    out.readable = true;
    out.info.time = asn1TimeToDateTime(TS_TST_INFO_get_time(tst.get()));
    STACK_OF(X509) *certs = token->d.sign ? token->d.sign->cert : nullptr;
    // The TSA is the token's signer, not whichever certificate it lists first.
    if (const OpenSslPtr<X509> tsa = tokenSigner(token.get())) {
        out.info.authority = CertificateInfo::fromX509(tsa.get()).commonName;
        out.tsaCertificate = toDer(tsa.get(), i2d_X509);
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
    const OpenSslPtr<TS_VERIFY_CTX> ctx(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_imprint(ctx.get(), static_cast<unsigned char *>(OPENSSL_memdup(digest.constData(), size_t(digest.size()))),
                              long(digest.size()));
    X509_STORE_up_ref(anchors);
    TS_VERIFY_CTX_set_store(ctx.get(), anchors);
    if (certs)
        TS_VERIFY_CTS_set_certs(ctx.get(), X509_chain_up_ref(certs));
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    out.verified = TS_RESP_verify_token(ctx.get(), token.get()) == 1;
    if (!out.verified)
        out.info.problem = lastOpenSslError();
    out.info.valid = out.verified;
    ERR_clear_error();
    return out;
}

} // namespace kyso::pdf
