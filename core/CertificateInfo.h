#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

typedef struct x509_st X509;

namespace kyso {

// Read-only facts about an X.509 certificate, decoded with UTF-8 names.
struct CertificateInfo {
    QString commonName;
    QString subject;     // one line, RFC 2253 order reversed for reading (C=VN, ..., CN=...)
    QString issuer;
    QString issuerCommonName;
    QString organization;
    QString organizationalUnit;
    QString title;
    QString serialHex;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool isCa = false;
    QByteArray der;

    static CertificateInfo fromX509(const X509 *cert);
    static CertificateInfo fromDer(const QByteArray &der);
    bool validAt(const QDateTime &when) const { return when >= notBefore && when <= notAfter; }
};

QString nameEntry(const void *x509Name, int nid);
QDateTime asn1TimeToDateTime(const void *asn1Time);

} // namespace kyso
