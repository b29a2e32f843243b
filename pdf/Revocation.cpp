#include "pdf/Revocation.h"

#include "core/CertificateInfo.h"
#include "core/HttpClient.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kyso::pdf {

namespace {

struct X509Free {
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

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

// Status of `cert` in a DER OCSPResponse; optionally verifies the response.
RevocationResult statusFromOcsp(const QByteArray &der, X509 *cert, X509 *issuer, X509_STORE *anchors, bool verify)
{
    RevocationResult r;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    OCSP_RESPONSE *resp = d2i_OCSP_RESPONSE(nullptr, &p, der.size());
    OCSP_BASICRESP *basic = resp && OCSP_response_status(resp) == OCSP_RESPONSE_STATUS_SUCCESSFUL ? OCSP_response_get1_basic(resp) : nullptr;
    if (!basic) {
        r.problem = QStringLiteral("OCSP response unusable");
        OCSP_RESPONSE_free(resp);
        return r;
    }
    OCSP_CERTID *id = OCSP_cert_to_id(nullptr, cert, issuer);
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revtime = nullptr, *thisUpd = nullptr, *nextUpd = nullptr;
    const bool found = OCSP_resp_find_status(basic, id, &status, &reason, &revtime, &thisUpd, &nextUpd) == 1;
    bool signatureOk = true;
    if (found && verify) {
        STACK_OF(X509) *extra = sk_X509_new_null();
        sk_X509_push(extra, issuer);
        signatureOk = anchors && OCSP_basic_verify(basic, extra, anchors, 0) == 1;
        sk_X509_free(extra);
    }
    if (!found) {
        r.problem = QStringLiteral("certificate not in the OCSP response");
    } else if (!signatureOk) {
        r.problem = QStringLiteral("OCSP response signature not trusted");
    } else if (status == V_OCSP_CERTSTATUS_GOOD) {
        r.status = RevocationStatus::Good;
    } else if (status == V_OCSP_CERTSTATUS_REVOKED) {
        r.status = RevocationStatus::Revoked;
        r.revokedAt = asn1TimeToDateTime(revtime);
    } else {
        r.status = RevocationStatus::Unknown;
    }
    r.source = QStringLiteral("OCSP");
    OCSP_CERTID_free(id);
    OCSP_BASICRESP_free(basic);
    OCSP_RESPONSE_free(resp);
    ERR_clear_error();
    return r;
}

RevocationResult statusFromCrl(const QByteArray &der, X509 *cert, X509 *issuer)
{
    RevocationResult r;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_CRL *crl = d2i_X509_CRL(nullptr, &p, der.size());
    if (!crl) {
        BIO *bio = BIO_new_mem_buf(der.constData(), der.size());
        crl = PEM_read_bio_X509_CRL(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (!crl || X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_issuer_name(cert)) != 0) {
        r.problem = QStringLiteral("CRL unusable");
        X509_CRL_free(crl);
        return r;
    }
    if (X509_CRL_verify(crl, X509_get0_pubkey(issuer)) != 1) {
        r.problem = QStringLiteral("CRL signature invalid");
        X509_CRL_free(crl);
        return r;
    }
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl, &entry, cert) == 1) {
        r.status = RevocationStatus::Revoked;
        r.revokedAt = asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry));
    } else {
        r.status = RevocationStatus::Good;
    }
    r.source = QStringLiteral("CRL");
    X509_CRL_free(crl);
    ERR_clear_error();
    return r;
}

} // namespace

bool hasRevocationUrls(const QByteArray &certDer)
{
    X509Ptr cert = parse(certDer);
    return cert && (!ocspUrls(cert.get()).isEmpty() || !crlUrls(cert.get()).isEmpty());
}

RevocationResult fetchRevocation(const QList<QByteArray> &chain, RevocationData &data, int timeoutMs)
{
    RevocationResult signerResult;
    for (const QByteArray &c : chain) {
        if (!data.certs.contains(c))
            data.certs << c;
    }
    for (int i = 0; i + 1 < chain.size(); ++i) {
        X509Ptr cert = parse(chain[i]);
        X509Ptr issuer = parse(chain[i + 1]);
        if (!cert || !issuer)
            break;
        RevocationResult r;
        r.problem = QCoreApplication::translate("Revocation", "the certificate names no OCSP responder or CRL");
        for (const QString &url : ocspUrls(cert.get())) {
            OCSP_REQUEST *req = OCSP_REQUEST_new();
            OCSP_request_add0_id(req, OCSP_cert_to_id(nullptr, cert.get(), issuer.get()));
            unsigned char *der = nullptr;
            const int len = i2d_OCSP_REQUEST(req, &der);
            const QByteArray body(reinterpret_cast<const char *>(der), len);
            OPENSSL_free(der);
            OCSP_REQUEST_free(req);
            HttpResponse http;
            if (Error e = httpRequest(url, "POST", "application/ocsp-request", body, http, timeoutMs)) {
                r.problem = e.message();
                continue;
            }
            r = statusFromOcsp(http.body, cert.get(), issuer.get(), nullptr, false);
            if (r.status != RevocationStatus::NotChecked) {
                r.source = QStringLiteral("OCSP %1").arg(url);
                data.ocsps << http.body;
                break;
            }
        }
        if (r.status == RevocationStatus::NotChecked) {
            for (const QString &url : crlUrls(cert.get())) {
                HttpResponse http;
                if (Error e = httpRequest(url, "GET", QByteArray(), QByteArray(), http, timeoutMs)) {
                    r.problem = e.message();
                    continue;
                }
                r = statusFromCrl(http.body, cert.get(), issuer.get());
                if (r.status != RevocationStatus::NotChecked) {
                    r.source = QStringLiteral("CRL %1").arg(url);
                    data.crls << http.body;
                    break;
                }
            }
        }
        if (i == 0)
            signerResult = r;
    }
    return signerResult;
}

RevocationResult checkRevocation(const QByteArray &signerDer, const QList<QByteArray> &candidateIssuers,
                                 const RevocationData &data, X509_STORE *anchors)
{
    RevocationResult r;
    X509Ptr cert = parse(signerDer);
    if (!cert)
        return r;
    X509Ptr issuer;
    for (const QByteArray &c : candidateIssuers) {
        X509Ptr candidate = parse(c);
        if (candidate && X509_check_issued(candidate.get(), cert.get()) == X509_V_OK) {
            issuer = std::move(candidate);
            break;
        }
    }
    if (!issuer) {
        r.problem = QStringLiteral("issuer certificate not available");
        return r;
    }
    for (const QByteArray &ocsp : data.ocsps) {
        RevocationResult o = statusFromOcsp(ocsp, cert.get(), issuer.get(), anchors, true);
        if (o.status != RevocationStatus::NotChecked)
            return o;
    }
    for (const QByteArray &crl : data.crls) {
        RevocationResult c = statusFromCrl(crl, cert.get(), issuer.get());
        if (c.status != RevocationStatus::NotChecked)
            return c;
    }
    r.problem = QCoreApplication::translate("Revocation", "no revocation data for this certificate");
    return r;
}

} // namespace kyso::pdf
