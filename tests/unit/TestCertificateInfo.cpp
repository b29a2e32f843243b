#include "core/CertificateInfo.h"

#include "CatchQt.h"
#include "TestPki.h"

#include <QCryptographicHash>

using namespace kyso;

namespace {

// Adds subject attributes to a test certificate and re-signs it.
void addSubject(testpki::Entity &e, const testpki::Entity &issuer, std::initializer_list<std::pair<const char *, const char *>> entries)
{
    X509_NAME *name = X509_get_subject_name(e.cert);
    for (const auto &[field, value] : entries)
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
    X509_sign(e.cert, issuer.key, EVP_sha256());
}

} // namespace

TEST_CASE("certificate facts: names in UTF-8, serial, validity, usage, key, fingerprint", "[CertificateInfo]")
{
    const auto ca = testpki::makeCa("CA Ban Cơ yếu Chính phủ", nullptr);
    auto leaf = testpki::make("Nguyễn Văn An", ca.get(),
                              {{NID_key_usage, "critical,digitalSignature,nonRepudiation"}}, 0x1234abcd, -60, 3600);
    addSubject(*leaf, *ca, {{"O", "Sở Tài chính"}, {"OU", "Phòng Kế hoạch"}, {"title", "Phó Giám đốc"}, {"L", "Phú Thọ"},
                            {"UID", "CCCD:001234567890"}, {"serialNumber", "MST:0101234567"}});
    const QByteArray der = leaf->der();
    const CertificateInfo info = CertificateInfo::fromDer(der);

    CHECK(info.commonName == QStringLiteral("Nguyễn Văn An"));
    CHECK(info.organization == QStringLiteral("Sở Tài chính"));
    CHECK(info.organizationalUnit == QStringLiteral("Phòng Kế hoạch"));
    CHECK(info.title == QStringLiteral("Phó Giám đốc"));
    CHECK(info.locality == QStringLiteral("Phú Thọ"));
    CHECK(info.uid == QStringLiteral("CCCD:001234567890"));
    CHECK(info.subjectSerial == QStringLiteral("MST:0101234567"));
    CHECK(info.email.isEmpty());
    CHECK(info.issuerCommonName == QStringLiteral("CA Ban Cơ yếu Chính phủ"));
    CHECK(info.subject.contains(QStringLiteral("CN=Nguyễn Văn An")));     // readable, not \xC3 escapes
    CHECK(info.subject.contains(QStringLiteral("O=Sở Tài chính")));
    CHECK(info.issuer == QStringLiteral("CN=CA Ban Cơ yếu Chính phủ"));
    CHECK(info.serialHex == QStringLiteral("1234ABCD"));
    CHECK(info.keyUsage == QStringList({QStringLiteral("digitalSignature"), QStringLiteral("nonRepudiation")}));
    CHECK_FALSE(info.isCa);
    CHECK(info.keyType == QStringLiteral("EC"));
    CHECK(info.keyBits == 256);
    CHECK(info.der == der);
    CHECK(info.sha256Hex == QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(std::abs(info.notBefore.secsTo(now) - 60) <= 2);
    CHECK(std::abs(now.secsTo(info.notAfter) - 3600) <= 2);
    CHECK(info.notBefore.timeSpec() == Qt::UTC);
    CHECK(info.validAt(now));
    CHECK(info.validAt(info.notBefore));
    CHECK(info.validAt(info.notAfter));
    CHECK_FALSE(info.validAt(info.notBefore.addSecs(-1)));
    CHECK_FALSE(info.validAt(info.notAfter.addSecs(1)));

    const CertificateInfo caInfo = CertificateInfo::fromX509(ca->cert);
    CHECK(caInfo.isCa);
    CHECK(caInfo.keyUsage == QStringList({QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));
    CHECK(caInfo.serialHex == QStringLiteral("01"));

    testpki::SoftwareKey rsa;
    const CertificateInfo rsaInfo = CertificateInfo::fromDer(rsa.certificateDer());
    CHECK(rsaInfo.keyType == QStringLiteral("RSA"));
    CHECK(rsaInfo.keyBits == 2048);
    CHECK(rsaInfo.keyUsage.isEmpty()); // no extension: nothing claimed
}

TEST_CASE("unreadable certificates give empty facts", "[CertificateInfo]")
{
    const CertificateInfo none = CertificateInfo::fromDer("not a certificate");
    CHECK(none.commonName.isEmpty());
    CHECK(none.der.isEmpty());
    CHECK(none.sha256Hex.isEmpty());
    CHECK_FALSE(none.notAfter.isValid());
    CHECK_FALSE(none.validAt(QDateTime::currentDateTimeUtc()));
    CHECK(CertificateInfo::fromX509(nullptr).subject.isEmpty());
}

TEST_CASE("personal or agency certificate from the common name", "[CertificateInfo]")
{
    auto kind = [](const char *cn, const char *title = "") {
        CertificateInfo info;
        info.commonName = QString::fromUtf8(cn);
        info.title = QString::fromUtf8(title);
        return classifyCertificate(info);
    };
    CHECK(kind("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ") == CertificateKind::Agency);
    CHECK(kind("SỞ TÀI CHÍNH") == CertificateKind::Agency);
    CHECK(kind("Nguyễn Văn An") == CertificateKind::Personal);
    CHECK(kind("NGUYỄN VĂN AN", "Phó Chủ tịch") == CertificateKind::Personal); // a person's title
    CHECK(kind("0101234567") == CertificateKind::Personal);                   // no letters: no guess
    CHECK(kind("") == CertificateKind::Personal);
    CHECK(QLatin1String(certificateKindName(CertificateKind::Agency)) == QLatin1String("agency"));
    CHECK(QLatin1String(certificateKindName(CertificateKind::Personal)) == QLatin1String("personal"));
}
