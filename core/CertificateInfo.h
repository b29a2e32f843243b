#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

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
    QString locality;
    QString email;
    QString uid;          // UID attribute, e.g. "CMND:..." / "CCCD:..." / "MST:..." on Vietnamese certificates
    QString subjectSerial; // serialNumber attribute of the subject, when present
    QString serialHex;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool isCa = false;
    QStringList keyUsage;   // digitalSignature, nonRepudiation, ...
    QString keyType;        // RSA, EC, ...
    int keyBits = 0;
    QString sha256Hex;      // fingerprint of the DER
    QByteArray der;

    static CertificateInfo fromX509(const X509 *cert);
    static CertificateInfo fromDer(const QByteArray &der);
    bool validAt(const QDateTime &when) const { return when >= notBefore && when <= notAfter; }
};

// Personal certificate of an official, or an agency (organisation) certificate.
enum class CertificateKind { Personal, Agency };

// Agency certificates name the organisation as CN (domain.md §2): an
// upper-case CN with no personal title is taken as an agency. IT staff can
// override the guess per certificate (Settings::certificateKindOverride).
CertificateKind classifyCertificate(const CertificateInfo &info);
const char *certificateKindName(CertificateKind kind);

QString nameEntry(const void *x509Name, int nid);
QDateTime asn1TimeToDateTime(const void *asn1Time);

} // namespace kyso
