#include "pdf/LtvCollector.h"

#include "core/CertificateInfo.h"
#include "pdf/ChainBuilder.h"

#include <QCoreApplication>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kyso::pdf {

namespace {

bool hasNoCheck(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, der.size());
    const bool noCheck = cert && X509_get_ext_by_NID(cert, NID_id_pkix_OCSP_noCheck, -1) >= 0;
    X509_free(cert);
    return noCheck;
}

Error failureFor(const QByteArray &certDer, const RevocationResult &r, const Deadline &deadline)
{
    const QString who = CertificateInfo::fromDer(certDer).commonName;
    if (r.status == RevocationStatus::Revoked)
        return Error(ErrorCode::CertificateRevoked, QCoreApplication::translate("LtvCollector", "\"%1\" revoked on %2 (%3)")
                                                        .arg(who, r.revokedAt.toString(Qt::ISODate), r.source));
    const QString why = QStringLiteral("\"%1\": %2").arg(who, r.problem);
    if (!r.refused.isEmpty())
        return Error(ErrorCode::RevocationUnauthenticated, QStringLiteral("\"%1\": %2").arg(who, r.refused.join(QStringLiteral("; "))));
    if (deadline.expired() || r.unreachable)
        return Error(ErrorCode::NetworkFailed, why);
    return Error(ErrorCode::RevocationMissing, why);
}

// Status of every non-root certificate of `path`; the first failure is returned.
Error collectPath(const QList<QByteArray> &path, const Deadline &deadline, RevocationData &data, QStringList &notes)
{
    QList<RevocationResult> results;
    fetchPathRevocation(path, data, deadline, &results);
    for (int i = 0; i < results.size(); ++i) {
        const RevocationResult &r = results[i];
        for (const QString &why : r.refused)
            notes << QCoreApplication::translate("LtvCollector", "not trusted and ignored: %1").arg(why);
        if (r.status != RevocationStatus::Good)
            return failureFor(path[i], r, deadline);
    }
    if (results.size() + 1 < path.size())
        return Error(ErrorCode::RevocationMissing, QCoreApplication::translate("LtvCollector", "the chain of \"%1\" is incomplete")
                                                       .arg(CertificateInfo::fromDer(path.first()).commonName));
    return {};
}

// Delegated OCSP responders that lack id-pkix-ocsp-nocheck need their own status.
void collectResponders(const QList<QByteArray> &paths, const Deadline &deadline, RevocationData &data)
{
    const QList<QByteArray> answers = data.ocsps;
    for (const QByteArray &ocsp : answers) {
        for (const QByteArray &responder : ocspResponseCertificates(ocsp)) {
            if (!data.certs.contains(responder))
                data.certs << responder;
            if (paths.contains(responder) || hasNoCheck(responder))
                continue;
            ChainSources src;
            src.candidates = paths;
            src.online = false;
            const ChainResult chain = buildChain(responder, src);
            if (chain.path.size() >= 2)
                fetchCertificateStatus(chain.path[0], chain.path[1], data, deadline);
        }
    }
}

} // namespace

Error collectValidationData(const QList<QByteArray> &signerPath, const QList<QByteArray> &tsaPath,
                            const Deadline &deadline, RevocationData &data, QStringList &notes)
{
    if (Error e = collectPath(signerPath, deadline, data, notes))
        return e;
    if (!tsaPath.isEmpty()) {
        if (Error e = collectPath(tsaPath, deadline, data, notes))
            return e;
    }
    collectResponders(signerPath + tsaPath, deadline, data);
    return {};
}

} // namespace kyso::pdf
