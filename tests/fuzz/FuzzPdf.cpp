// libFuzzer target: whatever bytes a user drops on KySo go through the same
// path as a real file: input checks, loading for an incremental update, the
// signing checks, the document's authority facts, and full verification of every signature (ByteRange, CMS,
// time-stamp). Built by `./run.sh fuzz` with clang (-fsanitize=fuzzer,address,undefined).
#include "pdf/DocumentFacts.h"
#include "pdf/PdfInput.h"
#include "pdf/PdfSigner.h"
#include "pdf/SignatureVerifier.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/tmp/kyso-fuzz-%1.pdf").arg(::getpid());
    static const QString out = QStringLiteral("/tmp/kyso-fuzz-%1-out.pdf").arg(::getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    kyso::pdf::SignatureVerifier verifier;
    const kyso::pdf::VerificationReport report = verifier.verify(path);
    (void)report.allValid();

    kyso::pdf::PdfSigner signer;
    if (!signer.open(path)) {
        kyso::pdf::SignOptions options;
        options.outputPath = out;
        options.page = signer.pageCount();
        (void)signer.check(options);
        // The document's authority facts (header, blocks) as signing reads them.
        (void)kyso::pdf::readDocumentFacts(path).notRead();
    }
    return 0;
}
