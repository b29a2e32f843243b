#pragma once

#include "common/SigningService.h"
#include "core/SecureBuffer.h"
#include "pkcs11/PinState.h"

#include <QList>
#include <QObject>
#include <QRectF>
#include <QStringList>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace kyso::gui {

struct PreparedFile {
    QString input;
    QString output;
    QRectF rect;   // page space (PagePreview::box()); empty: none yet
    int page = 0;
    bool needsBox = false; // no signature block found: the user draws the box by hand
    QStringList warnings;
    QString error;
    QStringList authority; // what was read next to the certificate, mismatch in words
    QString release; // "Số 5/QĐ-UBND, ngày 25/11/2026" when the file is numbered at release
};

struct FileResult {
    QString input;
    QString output;
    bool ok = false;
    QString message; // error, or the verification report
};

// Runs the signing workflow for a batch in the background (runInBackground on
// its own one-thread pool, so the batch's open token stays on one thread):
// prepare every file (token opened once, no PIN), read the PIN state, then one
// login and all signatures. The GUI talks to it only through these methods and
// signals; token calls never run on the GUI thread.
class SignController : public QObject
{
    Q_OBJECT
public:
    explicit SignController(QObject *parent = nullptr);
    ~SignController() override;

    // All asynchronous; results arrive as signals on the caller's thread.
    void prepare(const QList<SignRequest> &requests);
    // `files` as prepared, with the boxes the user may have moved.
    void sign(std::shared_ptr<SecureBuffer> pin, bool finalTryConfirmed, const QList<PreparedFile> &files);

    // Stops a running sign() before its next file (the file being signed is
    // finished; the others are reported as not signed). Safe at any time.
    void stop();

    bool isBusy() const { return m_busy; }

signals:
    void prepared(const QList<kyso::gui::PreparedFile> &files, const QString &tokenLabel, int pinStatus, bool pinPad);
    void prepareFailed(const QString &message);
    void fileSigned(const kyso::gui::FileResult &result, int done, int total);
    void finished(int signedCount, int total);
    // The PIN was refused before anything was signed; the batch stays
    // prepared and the token open: call sign() again with another PIN.
    void pinRejected(const QString &message, int pinStatus, bool pinPad);
    // The batch ended because the token's PIN is now locked (emitted before finished()).
    void tokenLocked(const QString &message);

private:
    struct Worker;
    QThreadPool m_pool; // one thread, never expires
    std::shared_ptr<Worker> m_worker; // touched only in m_pool's thread
    bool m_busy = false;
};

} // namespace kyso::gui

Q_DECLARE_METATYPE(kyso::gui::PreparedFile)
Q_DECLARE_METATYPE(kyso::gui::FileResult)
