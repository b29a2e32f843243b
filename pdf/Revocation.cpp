#include "pdf/Revocation.h"

#include "core/CertificateInfo.h"
#include "core/HttpClient.h"
#include "pdf/ChainBuilder.h"

#include "core/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kyso::pdf {

namespace {

constexpr long kToleranceSecs = 300;

using X509Ptr = OpenSslPtr<X509>;

X509Ptr parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

QStringList ocspUrls(X509 *cert)
{
    QStringList out;
    STACK_OF(OPENSSL_STRING) *urls = X509_get1_ocsp(cert);
    for (int i = 0; i < sk_OPENSSL_STRING_num(urls); ++i)
        out << QString::fromLatin1(sk_OPENSSL_STRING_value(urls, i));
    X509_email_free(urls);
    return out;
}

QStringList crlUrls(X509 *cert)
{
    QStringList out;
    auto *points = static_cast<STACK_OF(DIST_POINT) *>(X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(points, i);
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, j);
            if (n->type == GEN_URI)
                out << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(n->d.uniformResourceIdentifier)));
        }
    }
    CRL_DIST_POINTS_free(points);
    return out;
}

bool currentlyValid(X509 *cert)
{
    return X509_cmp_current_time(X509_get0_notBefore(cert)) < 0 && X509_cmp_current_time(X509_get0_notAfter(cert)) > 0;
}

// The response's signature verifies with its responder's key (the
// responder's authority is checked by the caller, not here).
bool verifyOcspSignature(OCSP_BASICRESP *basic, STACK_OF(X509) *extra)
{
    X509_STORE *empty = X509_STORE_new();
    const bool ok = OCSP_basic_verify(basic, extra, empty, OCSP_NOVERIFY) == 1;
    X509_STORE_free(empty);
    return ok;
}

// Who signed the response, and may they speak for `issuer`? Empty if yes.
QString authenticateOcsp(OCSP_BASICRESP *basic, X509 *issuer, bool fresh)
{
    STACK_OF(X509) *extra = sk_X509_new_null();
    sk_X509_push(extra, issuer);
    X509 *signer = nullptr;
    QString problem;
    if (OCSP_resp_get0_signer(basic, &signer, extra) != 1 || !signer) {
        problem = QCoreApplication::translate("Revocation", "the responder's certificate is missing");
    } else if (!verifyOcspSignature(basic, extra)) {
        problem = QCoreApplication::translate("Revocation", "the responder's signature does not verify");
    } else if (X509_cmp(signer, issuer) != 0) {
        // A delegated responder: issued by the certificate's issuer, for OCSP signing.
        if (!isIssuerOf(issuer, signer))
            problem = QCoreApplication::translate("Revocation", "the responder \"%1\" was not authorised by the issuer").arg(CertificateInfo::fromX509(signer).commonName);
        else if (!(X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) || !(X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN))
            problem = QCoreApplication::translate("Revocation", "the responder's certificate lacks id-kp-OCSPSigning");
        else if (fresh && !currentlyValid(signer))
            problem = QCoreApplication::translate("Revocation", "the responder's certificate is not valid now");
    }
    sk_X509_free(extra);
    ERR_clear_error();
    return problem;
}

QString checkOcspTimes(ASN1_GENERALIZEDTIME *thisUpd, ASN1_GENERALIZEDTIME *nextUpd, bool fresh)
{
    if (fresh) {
        if (OCSP_check_validity(thisUpd, nextUpd, kToleranceSecs, -1) != 1) {
            ERR_clear_error();
            return nextUpd && X509_cmp_current_time(nextUpd) < 0 ? QCoreApplication::translate("Revocation", "the answer is out of date (nextUpdate has passed)")
                                                                  : QCoreApplication::translate("Revocation", "the answer's thisUpdate/nextUpdate do not hold now");
        }
        return {};
    }
    // Embedded: made at some earlier time, but never in the future.
    if (!thisUpd || X509_cmp_time(thisUpd, nullptr) > 0) {
        const time_t later = time(nullptr) + kToleranceSecs;
        if (!thisUpd || X509_cmp_time(thisUpd, const_cast<time_t *>(&later)) > 0)
            return QCoreApplication::translate("Revocation", "the answer's thisUpdate lies in the future");
    }
    return {};
}

// Status of `cert` in a DER OCSPResponse, authenticated. With `request`, its
// nonce must match; `fresh` checks thisUpdate/nextUpdate against now.
RevocationResult statusFromOcsp(const QByteArray &der, X509 *cert, X509 *issuer, OCSP_REQUEST *request, bool fresh)
{
    RevocationResult r;
    r.source = QStringLiteral("OCSP");
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    OpenSslPtr<OCSP_RESPONSE> resp(d2i_OCSP_RESPONSE(nullptr, &p, der.size()));
    OpenSslPtr<OCSP_BASICRESP> basic(
        resp && OCSP_response_status(resp.get()) == OCSP_RESPONSE_STATUS_SUCCESSFUL ? OCSP_response_get1_basic(resp.get()) : nullptr);
    if (!basic) {
        r.problem = QCoreApplication::translate("Revocation", "OCSP response unusable");
        ERR_clear_error();
        return r;
    }
    OpenSslPtr<OCSP_CERTID> id(OCSP_cert_to_id(nullptr, cert, issuer));
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revtime = nullptr, *thisUpd = nullptr, *nextUpd = nullptr;
    if (OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revtime, &thisUpd, &nextUpd) != 1) {
        r.problem = QCoreApplication::translate("Revocation", "certificate not in the OCSP response");
        ERR_clear_error();
        return r;
    }
    QString refusal = authenticateOcsp(basic.get(), issuer, fresh);
    if (refusal.isEmpty() && request && OCSP_check_nonce(request, basic.get()) == 0)
        refusal = QCoreApplication::translate("Revocation", "the nonce does not match the request");
    if (refusal.isEmpty())
        refusal = checkOcspTimes(thisUpd, nextUpd, fresh);
    ERR_clear_error();
    if (!refusal.isEmpty()) {
        r.problem = QCoreApplication::translate("Revocation", "unauthenticated OCSP answer: %1").arg(refusal);
        r.refused << r.problem;
        return r;
    }
    if (status == V_OCSP_CERTSTATUS_GOOD) {
        r.status = RevocationStatus::Good;
    } else if (status == V_OCSP_CERTSTATUS_REVOKED) {
        r.status = RevocationStatus::Revoked;
        r.revokedAt = asn1TimeToDateTime(revtime);
    } else {
        r.status = RevocationStatus::Unknown;
        r.problem = QCoreApplication::translate("Revocation", "the OCSP responder does not know the certificate");
    }
    return r;
}

RevocationResult statusFromCrl(const QByteArray &der, X509 *cert, X509 *issuer, bool fresh)
{
    RevocationResult r;
    r.source = QStringLiteral("CRL");
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    OpenSslPtr<X509_CRL> crl(d2i_X509_CRL(nullptr, &p, der.size()));
    if (!crl) {
        BIO *bio = BIO_new_mem_buf(der.constData(), der.size());
        crl.reset(PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr));
        BIO_free(bio);
    }
    ERR_clear_error();
    if (!crl || X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(cert)) != 0) {
        r.problem = QCoreApplication::translate("Revocation", "CRL unusable");
        return r;
    }
    QString refusal;
    if (X509_CRL_verify(crl.get(), X509_get0_pubkey(issuer)) != 1) {
        refusal = QCoreApplication::translate("Revocation", "CRL signature invalid");
    } else if (fresh) {
        const ASN1_TIME *next = X509_CRL_get0_nextUpdate(crl.get());
        const time_t early = time(nullptr) + kToleranceSecs, late = time(nullptr) - kToleranceSecs;
        if (X509_cmp_time(X509_CRL_get0_lastUpdate(crl.get()), const_cast<time_t *>(&early)) > 0)
            refusal = QCoreApplication::translate("Revocation", "the CRL's thisUpdate lies in the future");
        else if (next && X509_cmp_time(next, const_cast<time_t *>(&late)) < 0)
            refusal = QCoreApplication::translate("Revocation", "the CRL is out of date (nextUpdate has passed)");
    }
    ERR_clear_error();
    if (!refusal.isEmpty()) {
        r.problem = refusal;
        r.refused << refusal;
        return r;
    }
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, cert) == 1) {
        r.status = RevocationStatus::Revoked;
        r.revokedAt = asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry));
    } else {
        r.status = RevocationStatus::Good;
    }
    ERR_clear_error();
    return r;
}

// Asks the OCSP responders of `cert`; NotChecked/Unknown when none gave a
// trusted definite answer.
RevocationResult askOcsp(X509 *cert, X509 *issuer, RevocationData &data, const Deadline &deadline, QStringList &refused)
{
    RevocationResult r;
    r.problem = QCoreApplication::translate("Revocation", "the certificate names no OCSP responder or CRL");
    for (const QString &url : ocspUrls(cert)) {
        OpenSslPtr<OCSP_REQUEST> req(OCSP_REQUEST_new());
        OCSP_request_add0_id(req.get(), OCSP_cert_to_id(nullptr, cert, issuer));
        OCSP_request_add1_nonce(req.get(), nullptr, -1);
        unsigned char *der = nullptr;
        const int len = i2d_OCSP_REQUEST(req.get(), &der);
        const QByteArray body(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        HttpResponse http;
        if (Error e = httpRequest(url, "POST", "application/ocsp-request", body, http, deadline.slice(15000))) {
            r.problem = e.detail();
            r.unreachable = true;
            continue;
        }
        RevocationResult o = statusFromOcsp(http.body, cert, issuer, req.get(), true);
        for (const QString &why : o.refused)
            refused << QStringLiteral("%1: %2").arg(url, why);
        o.source = QStringLiteral("OCSP %1").arg(url);
        if (o.status == RevocationStatus::Good || o.status == RevocationStatus::Revoked) {
            if (!data.ocsps.contains(http.body))
                data.ocsps << http.body;
            return o;
        }
        r = o;
    }
    return r;
}

RevocationResult askCrl(X509 *cert, X509 *issuer, RevocationData &data, const Deadline &deadline, QStringList &refused,
                        RevocationResult r)
{
    for (const QString &url : crlUrls(cert)) {
        HttpResponse http;
        if (Error e = httpRequest(url, "GET", QByteArray(), QByteArray(), http, deadline.slice(15000))) {
            r.problem = e.detail();
            r.unreachable = true;
            continue;
        }
        RevocationResult c = statusFromCrl(http.body, cert, issuer, true);
        for (const QString &why : c.refused)
            refused << QStringLiteral("%1: %2").arg(url, why);
        if (c.status != RevocationStatus::NotChecked) {
            c.source = QStringLiteral("CRL %1").arg(url);
            if (!data.crls.contains(http.body))
                data.crls << http.body;
            return c;
        }
        r.problem = c.problem;
    }
    return r;
}

} // namespace

RevocationResult ocspStatus(const QByteArray &ocspDer, const QByteArray &certDer, const QByteArray &issuerDer, bool fresh,
                            const QByteArray &requestDer)
{
    X509Ptr cert = parse(certDer);
    X509Ptr issuer = parse(issuerDer);
    if (!cert || !issuer)
        return {};
    OpenSslPtr<OCSP_REQUEST> req;
    if (!requestDer.isEmpty()) {
        const auto *p = reinterpret_cast<const unsigned char *>(requestDer.constData());
        req.reset(d2i_OCSP_REQUEST(nullptr, &p, requestDer.size()));
    }
    return statusFromOcsp(ocspDer, cert.get(), issuer.get(), req.get(), fresh);
}

RevocationResult crlStatus(const QByteArray &crlDer, const QByteArray &certDer, const QByteArray &issuerDer, bool fresh)
{
    X509Ptr cert = parse(certDer);
    X509Ptr issuer = parse(issuerDer);
    if (!cert || !issuer)
        return {};
    return statusFromCrl(crlDer, cert.get(), issuer.get(), fresh);
}

bool hasRevocationUrls(const QByteArray &certDer)
{
    X509Ptr cert = parse(certDer);
    return cert && (!ocspUrls(cert.get()).isEmpty() || !crlUrls(cert.get()).isEmpty());
}

QList<QByteArray> ocspResponseCertificates(const QByteArray &ocspDer)
{
    QList<QByteArray> out;
    const auto *p = reinterpret_cast<const unsigned char *>(ocspDer.constData());
    OpenSslPtr<OCSP_RESPONSE> resp(d2i_OCSP_RESPONSE(nullptr, &p, ocspDer.size()));
    OpenSslPtr<OCSP_BASICRESP> basic(resp ? OCSP_response_get1_basic(resp.get()) : nullptr);
    if (basic) {
        const STACK_OF(X509) *certs = OCSP_resp_get0_certs(basic.get());
        for (int i = 0; i < sk_X509_num(certs); ++i) {
            unsigned char *buf = nullptr;
            const int len = i2d_X509(sk_X509_value(certs, i), &buf);
            out << QByteArray(reinterpret_cast<const char *>(buf), std::max(len, 0));
            OPENSSL_free(buf);
        }
    }
    ERR_clear_error();
    return out;
}

RevocationResult fetchCertificateStatus(const QByteArray &certDer, const QByteArray &issuerDer, RevocationData &data,
                                        const Deadline &deadline)
{
    X509Ptr cert = parse(certDer);
    X509Ptr issuer = parse(issuerDer);
    RevocationResult r;
    if (!cert || !issuer || !isIssuerOf(issuer.get(), cert.get())) {
        r.problem = QCoreApplication::translate("Revocation", "issuer certificate not available");
        return r;
    }
    QStringList refused;
    r = askOcsp(cert.get(), issuer.get(), data, deadline, refused);
    if (r.status != RevocationStatus::Good && r.status != RevocationStatus::Revoked)
        r = askCrl(cert.get(), issuer.get(), data, deadline, refused, r);
    r.refused = refused;
    if (r.status == RevocationStatus::NotChecked && deadline.expired()) {
        r.problem = QCoreApplication::translate("Revocation", "no answer within the %1 s allowed for this operation").arg(deadline.totalMs() / 1000.0);
        r.unreachable = true;
    }
    return r;
}

RevocationResult fetchPathRevocation(const QList<QByteArray> &path, RevocationData &data, const Deadline &deadline,
                                     QList<RevocationResult> *results)
{
    RevocationResult leaf;
    for (const QByteArray &c : path) {
        if (!data.certs.contains(c))
            data.certs << c;
    }
    for (int i = 0; i + 1 < path.size(); ++i) {
        if (path[i] == path[i + 1])
            break;
        const RevocationResult r = fetchCertificateStatus(path[i], path[i + 1], data, deadline);
        if (results)
            *results << r;
        if (i == 0)
            leaf = r;
    }
    return leaf;
}

RevocationResult checkRevocation(const QByteArray &signerDer, const QList<QByteArray> &candidateIssuers,
                                 const RevocationData &data, X509_STORE *)
{
    RevocationResult r;
    X509Ptr cert = parse(signerDer);
    if (!cert)
        return r;
    X509Ptr issuer;
    for (const QByteArray &c : candidateIssuers) {
        X509Ptr candidate = parse(c);
        if (candidate && isIssuerOf(candidate.get(), cert.get())) {
            issuer = std::move(candidate);
            break;
        }
    }
    if (!issuer) {
        r.problem = QCoreApplication::translate("Revocation", "issuer certificate not available");
        return r;
    }
    QStringList refused;
    for (const QByteArray &ocsp : data.ocsps) {
        RevocationResult o = statusFromOcsp(ocsp, cert.get(), issuer.get(), nullptr, false);
        refused << o.refused;
        if (o.status == RevocationStatus::Good || o.status == RevocationStatus::Revoked) {
            o.refused = refused;
            return o;
        }
    }
    for (const QByteArray &crl : data.crls) {
        RevocationResult c = statusFromCrl(crl, cert.get(), issuer.get(), false);
        refused << c.refused;
        if (c.status != RevocationStatus::NotChecked) {
            c.refused = refused;
            return c;
        }
    }
    r.problem = QCoreApplication::translate("Revocation", "no revocation data for this certificate");
    r.refused = refused;
    return r;
}

} // namespace kyso::pdf
