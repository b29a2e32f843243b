#include "core/CertificateInfo.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace kyso {

QString nameEntry(const void *x509Name, int nid)
{
    auto *name = static_cast<const X509_NAME *>(x509Name);
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

static QString nameLine(const X509_NAME *name)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB & ~XN_FLAG_SPC_EQ) | ASN1_STRFLGS_UTF8_CONVERT);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QString out = QString::fromUtf8(data, int(len));
    BIO_free(bio);
    return out;
}

QDateTime asn1TimeToDateTime(const void *asn1Time)
{
    struct tm t {};
    if (!ASN1_TIME_to_tm(static_cast<const ASN1_TIME *>(asn1Time), &t))
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     Qt::UTC);
}

CertificateInfo CertificateInfo::fromX509(const X509 *cert)
{
    CertificateInfo info;
    if (!cert)
        return info;
    const X509_NAME *subj = X509_get_subject_name(cert);
    const X509_NAME *iss = X509_get_issuer_name(cert);
    info.commonName = nameEntry(subj, NID_commonName);
    info.organization = nameEntry(subj, NID_organizationName);
    info.organizationalUnit = nameEntry(subj, NID_organizationalUnitName);
    info.title = nameEntry(subj, NID_title);
    info.locality = nameEntry(subj, NID_localityName);
    info.email = nameEntry(subj, NID_pkcs9_emailAddress);
    info.uid = nameEntry(subj, NID_userId);
    info.subjectSerial = nameEntry(subj, NID_serialNumber);
    info.issuerCommonName = nameEntry(iss, NID_commonName);
    info.subject = nameLine(subj);
    info.issuer = nameLine(iss);
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr);
    if (bn) {
        char *hex = BN_bn2hex(bn);
        info.serialHex = QString::fromLatin1(hex);
        OPENSSL_free(hex);
        BN_free(bn);
    }
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert));
    info.isCa = X509_check_ca(const_cast<X509 *>(cert)) > 0;
    const uint32_t ku = X509_get_key_usage(const_cast<X509 *>(cert));
    if (ku != UINT32_MAX) {
        const std::pair<uint32_t, const char *> bits[] = {
            {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
            {KU_KEY_ENCIPHERMENT, "keyEncipherment"},   {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
            {KU_KEY_AGREEMENT, "keyAgreement"},         {KU_KEY_CERT_SIGN, "keyCertSign"},
            {KU_CRL_SIGN, "cRLSign"}};
        for (const auto &b : bits) {
            if (ku & b.first)
                info.keyUsage << QLatin1String(b.second);
        }
    }
    if (const EVP_PKEY *pub = X509_get0_pubkey(cert)) {
        info.keyBits = EVP_PKEY_get_bits(pub);
        switch (EVP_PKEY_get_base_id(pub)) {
        case EVP_PKEY_RSA: info.keyType = QStringLiteral("RSA"); break;
        case EVP_PKEY_EC: info.keyType = QStringLiteral("EC"); break;
        default: info.keyType = QStringLiteral("other"); break;
        }
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (X509_digest(cert, EVP_sha256(), md, &mdLen))
        info.sha256Hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex());
    const int len = i2d_X509(cert, nullptr);
    if (len > 0) {
        info.der.resize(len);
        auto *p = reinterpret_cast<unsigned char *>(info.der.data());
        i2d_X509(cert, &p);
    }
    return info;
}

CertificateKind classifyCertificate(const CertificateInfo &info)
{
    const QString cn = info.commonName;
    bool hasLetter = false;
    for (const QChar c : cn) {
        if (c.isLetter()) {
            hasLetter = true;
            if (c.isLower())
                return CertificateKind::Personal;
        }
    }
    if (!hasLetter || !info.title.isEmpty())
        return CertificateKind::Personal;
    return CertificateKind::Agency;
}

const char *certificateKindName(CertificateKind kind)
{
    return kind == CertificateKind::Agency ? "agency" : "personal";
}

CertificateInfo CertificateInfo::fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *cert = d2i_X509(nullptr, &p, der.size());
    CertificateInfo info = fromX509(cert);
    X509_free(cert);
    return info;
}

} // namespace kyso
