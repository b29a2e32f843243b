#pragma once

// Small PDFs built in memory for the writer tests.

#include "core/Register.h"
#include "core/SigningKey.h"
#include "pdf/Appearance.h"
#include "pdf/PdfSigner.h"
#include "pdf/SignatureBlockLocator.h"
#include "pdf/SignatureVerifier.h"
#include "pkcs11/PinProvider.h"

#include "TestPki.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <podofo/podofo.h>

#include <cstring>
#include <memory>

namespace kyso::test {

// A one-page PDF. `objects` are the bodies of objects 1..n (1 = catalog).
// xrefStream: the cross-reference data is a stream with /W [1 width 2]
// (uncompressed), else a classic table.
inline QByteArray makePdf(const QList<QByteArray> &objects, bool xrefStream = false, int width = 4)
{
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qint64 xref = out.size();
    const int size = int(objects.size()) + (xrefStream ? 2 : 1);
    const QByteArray id = "[<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]";
    if (!xrefStream) {
        out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
        for (qint64 o : offsets)
            out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R /ID " + id + " >>\n";
    } else {
        offsets << xref;
        QByteArray data;
        auto row = [&](int type, qint64 f2, int f3) {
            data += char(type);
            for (int k = width - 1; k >= 0; --k)
                data += char((f2 >> (8 * k)) & 0xff);
            data += char((f3 >> 8) & 0xff);
            data += char(f3 & 0xff);
        };
        row(0, 0, 65535);
        for (qint64 o : offsets)
            row(1, o, 0);
        out += QByteArray::number(size - 1) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(size)
            + " /W [1 " + QByteArray::number(width) + " 2] /Root 1 0 R /ID " + id + " /Length "
            + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\n";
    }
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// Catalog, pages, a page with long reals in its MediaBox, its content.
inline QList<QByteArray> simplePage(const QByteArray &catalogExtra = {}, const QByteArray &pageExtra = {})
{
    return {"<< /Type /Catalog /Pages 2 0 R" + catalogExtra + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<</Type/Page/Parent 2 0 R/MediaBox [0 0 595.303937007874 841.889763779528]/Contents 4 0 R" + pageExtra + ">>",
            "<< /Length 9 >>\nstream\nBT ET q Q\nendstream"};
}

// Sets (or, with a null value, unsets) an environment variable for the
// scope, then restores what was there.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QString &value) : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, QFile::encodeName(value));
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

#ifdef KYSO_DEMO_TOKEN_DIR // defined for the unit tests (tests/CMakeLists.txt)
// A private copy of the SoftHSM demo token that the build makes once with
// tools/make-demo-token.sh (KYSO_DEMO_TOKEN_DIR: PIN 123456; id 01 the
// personal certificate, 02 and 07 agency ones). SOFTHSM2_CONF points at the
// copy and KYSO_TEST_P11_STATE is unset for the scope: a case may change its
// token without touching another's, and pays a file copy, not the key
// generation (seconds).
class DemoToken
{
public:
    DemoToken()
    {
        const QDir from(QStringLiteral(KYSO_DEMO_TOKEN_DIR "/tokens"));
        REQUIRE(QFileInfo::exists(from.absolutePath()));
        QDirIterator it(from.absolutePath(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = m_dir.filePath(QStringLiteral("tokens/") + from.relativeFilePath(source));
            if (it.fileInfo().isDir())
                REQUIRE(QDir().mkpath(target));
            else
                REQUIRE((QDir().mkpath(QFileInfo(target).path()) && QFile::copy(source, target)));
        }
        QFile conf(m_dir.filePath(QStringLiteral("softhsm2.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("directories.tokendir = " + QFile::encodeName(m_dir.filePath(QStringLiteral("tokens")))
                   + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        conf.close();
        m_conf = std::make_unique<ScopedEnv>("SOFTHSM2_CONF", conf.fileName());
    }
    static QString module() { return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"); }
    // A file of the demo PKI (pki/personal.der, pki/ca.der, ...).
    static QString pki(const char *name) { return QStringLiteral(KYSO_DEMO_TOKEN_DIR "/pki/") + QLatin1String(name); }

private:
    QTemporaryDir m_dir;
    ScopedEnv m_noState{"KYSO_TEST_P11_STATE", QString()};
    std::unique_ptr<ScopedEnv> m_conf;
};
#endif

// An empty register in a temporary directory, with KYSO_CONFIG_DIR pointing
// there for the scope.
struct TempRegister {
    QTemporaryDir dir;
    ScopedEnv config{"KYSO_CONFIG_DIR", dir.path()};
    std::unique_ptr<kyso::Register> reg;
    TempRegister()
    {
        kyso::Error error;
        reg = kyso::Register::open(dir.filePath(QStringLiteral("register.sqlite")), error);
        REQUIRE(reg);
    }
};

// Gives the same PIN every time it is asked, and counts the asks; never
// confirms a final try.
class FixedPin : public kyso::pkcs11::PinProvider
{
public:
    explicit FixedPin(const char *pin) : m_pin(pin) {}
    kyso::Error providePin(const kyso::pkcs11::PinRequest &, kyso::SecureBuffer &pin) override
    {
        ++asked;
        pin.assign(m_pin, std::strlen(m_pin));
        return {};
    }
    bool confirmFinalTry(const kyso::pkcs11::PinRequest &) override { return false; }
    int asked = 0;

private:
    const char *m_pin;
};

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Changes one byte of the simplePage content ("BT ET q Q" to "BT ET q q") in
// the file: same length, still a readable PDF. The offset, or -1.
inline qsizetype damageContent(const QString &path)
{
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.indexOf("BT ET q Q");
    if (at < 0)
        return -1;
    bytes[at + 7] = 'q';
    return writeBytes(path, bytes) ? at + 7 : -1;
}

// Signs `input` into `options.outputPath` with `key` (PdfSigner, in process).
inline kyso::Error signPdf(const QString &input, kyso::SigningKey &key, const kyso::pdf::SignOptions &options,
                           kyso::pdf::SignResult *result = nullptr)
{
    kyso::pdf::PdfSigner signer;
    if (kyso::Error e = signer.open(input))
        return e;
    kyso::pdf::SignResult ignored;
    return signer.sign(key, options, result ? *result : ignored);
}

// The verifier's report, offline, with `anchors` (a PEM file) if given.
inline kyso::pdf::VerificationReport verifyOffline(const QString &path, const QString &anchors = {})
{
    kyso::pdf::SignatureVerifier verifier;
    verifier.setOnline(false);
    if (!anchors.isEmpty() && verifier.addTrustAnchors(anchors).isError())
        return {};
    return verifier.verify(path);
}

// A CA, a signer it issued, and a one-page PDF signed by that signer.
struct SignedPdf {
    QTemporaryDir dir;
    std::unique_ptr<kyso::testpki::Entity> ca = kyso::testpki::makeCa("KySo Test Root CA", nullptr);
    std::unique_ptr<kyso::testpki::SoftwareKey> key;
    kyso::pdf::SignOptions options;
    kyso::pdf::SignResult result;
    QString anchors = dir.filePath(QStringLiteral("anchors.pem"));
    QString input = dir.filePath(QStringLiteral("in.pdf"));

    explicit SignedPdf(long notAfterSecs = 86400, int certify = 0)
    {
        key = std::make_unique<kyso::testpki::SoftwareKey>(ca.get(), "Nguyễn Văn An", -3600, notAfterSecs);
        REQUIRE(writeBytes(input, makePdf(simplePage())));
        REQUIRE(kyso::testpki::writePem(anchors, {ca.get()}));
        options.outputPath = dir.filePath(QStringLiteral("signed.pdf"));
        options.rect = QRectF(300, 100, 200, 80);
        options.reason = QStringLiteral("Phê duyệt");
        options.location = QStringLiteral("Phú Thọ");
        // Whole seconds: /M has no fractions.
        options.signingTime = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
        options.certifyPermission = certify;
        const kyso::Error e = signPdf(input, *key, options, &result);
        INFO(e.message().toStdString());
        REQUIRE_FALSE(e.isError());
    }
    QString path() const { return options.outputPath; }
};

// The decoded data of a stream object (PoDoFo).
inline QByteArray streamData(const PoDoFo::PdfObject *object)
{
    char *buf = nullptr;
    PoDoFo::pdf_long len = 0;
    const_cast<PoDoFo::PdfObject *>(object)->GetStream()->GetFilteredCopy(&buf, &len);
    const QByteArray out(buf, int(len));
    PoDoFo::podofo_free(buf);
    return out;
}

// The numbers of an array object (empty if it is none).
inline QList<double> numbersOf(const PoDoFo::PdfObject *array)
{
    QList<double> out;
    if (array && array->IsArray()) {
        for (const PoDoFo::PdfObject &v : array->GetArray())
            out << v.GetReal();
    }
    return out;
}

// Words of one printed line as PageWords: left edge x, box top at `top` (PDF
// y, upwards), Liberation-like widths (0.5 em a letter, 0.25 em a space).
inline void addLine(QList<kyso::pdf::PageWord> &words, const QString &text, double x, double top, double size = 13)
{
    const double h = size * 1.3;
    for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const double width = w.size() * size * 0.5;
        words << kyso::pdf::PageWord{w, QRectF(x, top - h, width, h)};
        x += width + size * 0.25;
    }
}

// One line of real text for textPdf: baseline at (x, y) in PDF points.
struct TextLine {
    QString text;
    double x = 0, y = 0, size = 13;
};

// A one-page A4 PDF with the lines drawn in the embedded Liberation Serif
// (Vietnamese text that poppler can read back), made with PoDoFo.
inline bool textPdf(const QString &path, const QList<TextLine> &lines)
{
    try {
        PoDoFo::PdfMemDocument doc;
        PoDoFo::PdfPage *page = doc.CreatePage(PoDoFo::PdfRect(0, 0, 595, 842));
        PoDoFo::PdfFont *font = doc.CreateFontSubset("Liberation Serif", false, false, false,
                                                     PoDoFo::PdfEncodingFactory::GlobalIdentityEncodingInstance(),
                                                     QFile::encodeName(kyso::pdf::serifFontPath()).constData());
        if (!page || !font)
            return false;
        PoDoFo::PdfPainter painter;
        painter.SetPage(page);
        for (const TextLine &l : lines) {
            font->SetFontSize(float(l.size));
            painter.SetFont(font);
            const QByteArray utf8 = l.text.toUtf8();
            painter.DrawText(l.x, l.y, PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8 *>(utf8.constData())));
        }
        painter.FinishPage();
        doc.EmbedSubsetFonts();
        doc.Write(QFile::encodeName(path).constData());
        return true;
    } catch (const PoDoFo::PdfError &) {
        return false;
    }
}

} // namespace kyso::test
