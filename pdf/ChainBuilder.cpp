#include "pdf/ChainBuilder.h"

#include "core/CertificateInfo.h"
#include "core/HttpClient.h"

#include "core/OpenSslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kyso::pdf {

namespace {

using X509Ptr = OpenSslPtr<X509>;

X509Ptr parse(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &p, der.size()));
}

QByteArray toDer(X509 *cert)
{
    unsigned char *buf = nullptr;
    const int len = i2d_X509(cert, &buf);
    QByteArray der(reinterpret_cast<const char *>(buf), std::max(len, 0));
    OPENSSL_free(buf);
    return der;
}

bool selfSigned(X509 *cert)
{
    const bool ok = X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) == 0
        && X509_verify(cert, X509_get0_pubkey(cert)) == 1;
    ERR_clear_error();
    return ok;
}

QStringList caIssuerUrls(X509 *cert)
{
    QStringList out;
    auto *info = static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(cert, NID_info_access, nullptr, nullptr));
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(info); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(info, i);
        if (OBJ_obj2nid(ad->method) == NID_ad_ca_issuers && ad->location->type == GEN_URI)
            out << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(ad->location->d.uniformResourceIdentifier)));
    }
    AUTHORITY_INFO_ACCESS_free(info);
    return out;
}

void appendPkcs7Certs(PKCS7 *p7, QList<QByteArray> &out)
{
    if (!p7 || OBJ_obj2nid(p7->type) != NID_pkcs7_signed || !p7->d.sign)
        return;
    STACK_OF(X509) *certs = p7->d.sign->cert;
    for (int i = 0; i < sk_X509_num(certs); ++i)
        out << toDer(sk_X509_value(certs, i));
}

// The first certificate among `pool` that issued `child` (CA required).
X509Ptr findIssuer(X509 *child, const QList<QByteArray> &pool, bool anchor)
{
    for (const QByteArray &der : pool) {
        X509Ptr c = parse(der);
        if (c && isIssuerOf(c.get(), child) && (anchor || X509_check_ca(c.get()) == 1))
            return c;
    }
    return nullptr;
}

QString cachePath(const QString &dir, const QString &url)
{
    return dir + QStringLiteral("/aia/")
        + QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex()) + QStringLiteral(".cer");
}

// The issuer of `child` from its AIA caIssuers URLs (cache first).
X509Ptr fetchIssuer(X509 *child, const ChainSources &src, ChainResult &result, QString &problem)
{
    for (const QString &url : caIssuerUrls(child)) {
        const QString cached = src.cacheDir.isEmpty() ? QString() : cachePath(src.cacheDir, url);
        QByteArray body;
        bool fromCache = false;
        if (QFile f(cached); !cached.isEmpty() && f.open(QIODevice::ReadOnly)) {
            body = f.readAll();
            fromCache = true;
        }
        X509Ptr found = findIssuer(child, parseCertificates(body), false);
        if (!found) {
            fromCache = false;
            HttpResponse http;
            const int ms = src.deadline ? src.deadline->slice(15000) : 15000;
            if (Error e = httpRequest(url, "GET", QByteArray(), QByteArray(), http, ms)) {
                problem = src.deadline && src.deadline->expired()
                    ? QCoreApplication::translate("ChainBuilder", "%1: no answer within the %2 s allowed for this operation")
                          .arg(url)
                          .arg(src.deadline->totalMs() / 1000.0)
                    : e.detail();
                continue;
            }
            body = http.body;
            found = findIssuer(child, parseCertificates(body), false);
        }
        if (!found) {
            problem = QCoreApplication::translate("ChainBuilder", "%1 holds no certificate that issued this one").arg(url);
            continue;
        }
        if (!fromCache && !cached.isEmpty() && QDir().mkpath(QFileInfo(cached).absolutePath())) {
            QSaveFile out(cached);
            if (out.open(QIODevice::WriteOnly)) {
                out.write(body);
                out.commit();
            }
        }
        result.fetched << url;
        return found;
    }
    return nullptr;
}

} // namespace

bool isIssuerOf(X509 *issuer, X509 *child)
{
    if (!issuer || !child)
        return false;
    const bool ok = X509_check_issued(issuer, child) == X509_V_OK && X509_verify(child, X509_get0_pubkey(issuer)) == 1
        && X509_check_ca(issuer) != 0;
    ERR_clear_error();
    return ok;
}

QList<QByteArray> parseCertificates(const QByteArray &data)
{
    QList<QByteArray> out;
    if (data.isEmpty())
        return out;
    if (X509Ptr one = parse(data)) {
        out << toDer(one.get());
        return out;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    if (PKCS7 *p7 = d2i_PKCS7(nullptr, &p, data.size())) {
        appendPkcs7Certs(p7, out);
        PKCS7_free(p7);
        return out;
    }
    BIO *bio = BIO_new_mem_buf(data.constData(), data.size());
    while (X509 *c = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        out << toDer(c);
        X509_free(c);
    }
    BIO_free(bio);
    if (out.isEmpty()) {
        bio = BIO_new_mem_buf(data.constData(), data.size());
        if (PKCS7 *p7 = PEM_read_bio_PKCS7(bio, nullptr, nullptr, nullptr)) {
            appendPkcs7Certs(p7, out);
            PKCS7_free(p7);
        }
        BIO_free(bio);
    }
    ERR_clear_error();
    return out;
}

Error loadCertificateFiles(const QStringList &files, QList<QByteArray> &out)
{
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(ErrorCode::FileNotFound, file);
        const QList<QByteArray> certs = parseCertificates(f.readAll());
        if (certs.isEmpty())
            return Error(ErrorCode::Usage, QCoreApplication::translate("ChainBuilder", "no certificate in %1").arg(file));
        out << certs;
    }
    return {};
}

QList<QByteArray> storeCertificates(X509_STORE *store)
{
    QList<QByteArray> out;
    if (!store)
        return out;
    STACK_OF(X509_OBJECT) *objects = X509_STORE_get0_objects(store);
    for (int i = 0; i < sk_X509_OBJECT_num(objects); ++i) {
        if (X509 *c = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objects, i)))
            out << toDer(c);
    }
    return out;
}

ChainResult buildChain(const QByteArray &leafDer, const ChainSources &src)
{
    ChainResult result;
    X509Ptr current = parse(leafDer);
    if (!current) {
        result.problem = QCoreApplication::translate("ChainBuilder", "unreadable certificate");
        return result;
    }
    result.path << leafDer;
    for (int depth = 0; depth < 12; ++depth) {
        const QString name = CertificateInfo::fromX509(current.get()).commonName;
        if (src.anchors.contains(result.path.last())) {
            result.reachesAnchor = true; // trusted directly
            result.endsAtRoot = selfSigned(current.get());
            return result;
        }
        if (selfSigned(current.get())) {
            result.endsAtRoot = true;
            result.reachesAnchor = src.anchors.contains(result.path.last());
            if (!result.reachesAnchor)
                result.problem = QCoreApplication::translate("ChainBuilder", "the chain ends at \"%1\", which is not a trust anchor").arg(name);
            return result;
        }
        if (X509Ptr anchor = findIssuer(current.get(), src.anchors, true)) {
            result.path << toDer(anchor.get());
            result.reachesAnchor = true;
            result.endsAtRoot = selfSigned(anchor.get());
            return result;
        }
        X509Ptr issuer = findIssuer(current.get(), src.candidates + src.intermediates, false);
        QString fetchProblem;
        if (!issuer && src.online)
            issuer = fetchIssuer(current.get(), src, result, fetchProblem);
        if (!issuer) {
            result.problem = QCoreApplication::translate("ChainBuilder", "the issuer of \"%1\" was not found").arg(name);
            if (!fetchProblem.isEmpty())
                result.problem += QStringLiteral(" (%1)").arg(fetchProblem);
            else if (!src.online && !caIssuerUrls(current.get()).isEmpty())
                result.problem += QCoreApplication::translate("ChainBuilder", " (offline: its AIA address was not asked)");
            return result;
        }
        const QByteArray der = toDer(issuer.get());
        if (result.path.contains(der)) {
            result.problem = QCoreApplication::translate("ChainBuilder", "the chain loops at \"%1\"").arg(name);
            return result;
        }
        result.path << der;
        current = std::move(issuer);
    }
    result.problem = QCoreApplication::translate("ChainBuilder", "the chain is too long");
    return result;
}

} // namespace kyso::pdf
