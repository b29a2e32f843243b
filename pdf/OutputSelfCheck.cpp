#include "pdf/OutputSelfCheck.h"

#include "core/CrashPoint.h"
#include "pdf/SignatureVerifier.h"

#include <QCoreApplication>
#include <QFile>

namespace kyso::pdf {

Error checkSignedOutput(const QString &path, const QString &fieldName)
{
    if (failurePoint("corrupt-before-publish")) {
        // Test hook: damage one signed byte so that the check must fail.
        QFile f(path);
        if (f.open(QIODevice::ReadWrite) && f.seek(20)) {
            char c = 0;
            f.getChar(&c);
            f.seek(20);
            f.putChar(char(c ^ 0x20));
        }
    }
    SignatureVerifier verifier;
    verifier.setOnline(false);
    const VerificationReport report = verifier.verify(path);
    if (report.readError)
        return Error(ErrorCode::OutputSelfCheckFailed, report.readError.message());
    for (const SignatureReport &s : report.signatures) {
        if (s.fieldName != fieldName)
            continue;
        if (s.integrity != Integrity::Intact)
            return Error(ErrorCode::OutputSelfCheckFailed,
                         s.integrityDetail.isEmpty()
                             ? QCoreApplication::translate("OutputSelfCheck", "the new signature does not match the file")
                             : s.integrityDetail);
        return {};
    }
    return Error(ErrorCode::OutputSelfCheckFailed,
                 QCoreApplication::translate("OutputSelfCheck", "the new signature %1 is not found in the file").arg(fieldName));
}

} // namespace kyso::pdf
