#pragma once

#include "pdf/SignatureVerifier.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace kyso::pdf {

// A place on a page that the reader must look at: a signature (valid or not)
// or something changed after a signature. An empty rect means the whole page
// (e.g. its content was changed).
struct VerdictMark {
    int page = 0;         // 1-based
    QRectF rect;          // PDF points, origin bottom left (as the page's user space)
    bool problem = false; // drawn as a warning (red) rather than as a signature (green)
    QString label;        // what it is, in the UI language
};

// The one-line answer a clerk needs before reading the details: is this
// document what its signers signed? Built from a VerificationReport, in the
// UI language, without any command-line vocabulary.
struct VerificationVerdict {
    enum class Level {
        Valid,            // every signature valid, nothing changed beyond signatures
        ValidWithChanges, // every signature valid, annotations or form fields changed afterwards
        Invalid,          // at least one signature is not valid
        NoSignatures,     // a PDF without signatures
        Unreadable,       // the file could not be read
    };
    Level level = Level::Unreadable;
    QString headline; // e.g. "Chữ ký KHÔNG hợp lệ: nội dung đã bị thay đổi sau khi ký"
    QString advice;   // what to do next
    QList<VerdictMark> marks;
    int firstMarkedPage() const; // the page to show first: a problem if any, else a signature; 0 if none
};

VerificationVerdict verdictFor(const VerificationReport &report);

// Why one signature is not valid, in a clerk's words (empty when it is valid).
QString invalidReason(const SignatureReport &signature);

} // namespace kyso::pdf
