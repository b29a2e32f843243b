#include "SignController.h"

#include "Background.h"

#include "common/AuthorityCheck.h"
#include "common/BatchSigning.h"

#include "core/Register.h"
#include "pdf/SignatureVerifier.h"
#include "pdf/VerificationReport.h"
#include "pkcs11/TokenSession.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace kyso::gui {

namespace {

// Hands the PIN typed in the dialog to the token layer, once.
class PresetPinProvider : public pkcs11::PinProvider
{
public:
    PresetPinProvider(std::shared_ptr<SecureBuffer> pin, bool confirmed) : m_pin(std::move(pin)), m_confirmed(confirmed) {}
    Error providePin(const pkcs11::PinRequest &, SecureBuffer &pin) override
    {
        if (!m_pin || m_pin->isEmpty())
            return Error(ErrorCode::PinUnavailable);
        pin.assign(m_pin->c_str(), m_pin->size());
        m_pin->clear();
        return {};
    }
    bool confirmFinalTry(const pkcs11::PinRequest &) override { return m_confirmed; }

private:
    std::shared_ptr<SecureBuffer> m_pin;
    bool m_confirmed;
};

} // namespace

struct SignController::Worker {
    BatchSigning batch; // the same service as kyso-cli's batch
};

namespace {

struct PrepareOutcome {
    QList<PreparedFile> files;
    QString label;
    pkcs11::PinState state;
    QString failure;
    bool ready = false; // the token is open and the PIN state read
};

struct SignOutcome {
    bool retryLogin = false; // the PIN was refused before anything was signed
    pkcs11::PinState state;  // for the PIN dialog, when retryLogin
    QString message;         // why the batch stopped
    bool locked = false;
    int signedCount = 0;
    int total = 0;
};

PreparedFile preparedFile(const BatchSigning::File &f)
{
    PreparedFile pf;
    pf.input = f.request.input;
    pf.output = f.request.output;
    pf.warnings = f.warnings;
    if (f.error) {
        pf.error = f.error.desktopMessage();
    } else {
        pf.rect = f.service->plannedRect();
        pf.page = f.service->plannedPage();
        pf.needsBox = f.service->needsPlacement();
        if (const PlannedRelease &rel = f.service->plannedRelease(); !rel.stamps.isEmpty())
            pf.release = QCoreApplication::translate("SignController", "Số %1, ngày %2")
                             .arg(rel.entry.numberAndSymbol(), rel.entry.date.toString(QStringLiteral("dd/MM/yyyy")));
    }
    if (f.service && f.service->session())
        pf.authority = describeAuthority(f.service->documentFacts(), f.service->certificate(), f.service->authority());
    return pf;
}

// What the view shows for a file the batch has finished with.
FileResult fileResult(const BatchSigning::File &f, bool stoppedByUser)
{
    FileResult result{f.request.input, f.request.output, f.status == BatchSigning::Status::Signed, QString()};
    if (result.ok) {
        pdf::SignatureVerifier verifier;
        for (const QString &pem : f.request.trustAnchors)
            verifier.addTrustAnchors(pem);
        result.message = pdf::formatReport(verifier.verify(f.result.outputPath));
    } else if (f.status == BatchSigning::Status::NotAttempted && stoppedByUser) {
        result.message = QCoreApplication::translate("SignController", "not signed: signing was stopped before this file");
    } else if (f.status == BatchSigning::Status::NotAttempted) {
        result.message = QCoreApplication::translate("SignController", "not signed: the batch stopped at an earlier error");
    } else if (f.service && f.service->needsPlacement()) {
        result.message = QCoreApplication::translate(
            "SignController", "no signature box was drawn for this file (it has no standard signature block): "
                              "press Place signature, draw the box on the page, then sign");
    } else {
        result.message = f.error.desktopMessage();
    }
    return result;
}

} // namespace

SignController::SignController(QObject *parent) : QObject(parent), m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<PreparedFile>();
    qRegisterMetaType<FileResult>();
    qRegisterMetaType<QList<kyso::gui::PreparedFile>>();
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SignController::~SignController()
{
    m_pool.waitForDone();
}

void SignController::stop()
{
    m_worker->batch.requestStop(); // an atomic flag: read by the worker between files
}

void SignController::prepare(const QList<SignRequest> &requests)
{
    m_busy = true;
    auto worker = m_worker;
    const auto work = [worker, requests] {
        BatchSigning &batch = worker->batch;
        const Error fatal = batch.prepare(requests); // token opened once, no PIN
        PrepareOutcome out;
        for (int i = 0; i < batch.size(); ++i)
            out.files << preparedFile(batch.file(i));
        const std::shared_ptr<pkcs11::TokenSession> session = fatal ? nullptr : batch.session();
        out.failure = fatal ? fatal.desktopMessage() : out.files.value(0).error;
        if (session) {
            out.label = session->tokenLabel();
            if (Error e = session->readPinState(out.state))
                out.failure = e.desktopMessage();
        }
        out.ready = session != nullptr;
        return out;
    };
    runInBackground(
        this, work,
        [this](const PrepareOutcome &out) {
            m_busy = false;
            if (!out.ready)
                emit prepareFailed(out.failure);
            else
                emit prepared(out.files, out.label, int(out.state.status), out.state.protectedAuthPath);
        },
        &m_pool);
}

void SignController::sign(std::shared_ptr<SecureBuffer> pin, bool finalTryConfirmed, const QList<PreparedFile> &files)
{
    m_busy = true;
    QPointer<SignController> self(this);
    auto worker = m_worker;
    const auto work = [self, worker, pin, finalTryConfirmed, files] {
        BatchSigning &batch = worker->batch;
        PresetPinProvider pins(pin, finalTryConfirmed);
        SignOutcome out;
        out.total = batch.size();
        // Per-file progress, queued to the GUI thread before the outcome.
        auto report = [self, total = out.total](int i, const FileResult &result) {
            QMetaObject::invokeMethod(self, [self, result, i, total] {
                if (self)
                    emit self->fileSigned(result, i + 1, total);
            });
        };
        Error regError;
        std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), regError);
        Error stoppedBy;
        if (!reg) {
            for (int i = 0; i < out.total; ++i)
                report(i, FileResult{batch.file(i).request.input, batch.file(i).request.output, false, regError.desktopMessage()});
        } else {
            // The box the user may have moved or drawn (on any page), matched
            // by file (not by position).
            for (const PreparedFile &pf : files) {
                for (int i = 0; i < out.total; ++i) {
                    BatchSigning::File &f = batch.file(i);
                    if (f.request.input == pf.input && f.prepared() && !pf.rect.isEmpty())
                        f.service->overridePlacement(pf.page, pf.rect);
                }
            }
            // One login, files in order; a PIN or token failure ends the batch.
            // A wrong PIN before anything was signed is not reported per file:
            // the PIN dialog opens again on the same prepared batch.
            const BatchSigning::Summary summary = batch.signAll(pins, *reg, [&](int i, const BatchSigning::File &f) {
                if (f.status != BatchSigning::Status::Signed && batch.canRetryLogin())
                    return;
                report(i, fileResult(f, batch.stopRequested()));
            });
            out.signedCount = summary.signedCount;
            stoppedBy = summary.stoppedBy;
        }
        pin->clear();
        out.message = stoppedBy.desktopMessage();
        out.retryLogin = batch.canRetryLogin();
        if (out.retryLogin) {
            // The token stays open; its PIN state is read again for the dialog.
            batch.prepareLoginRetry();
            if (const auto session = batch.session())
                session->readPinState(out.state);
            return out;
        }
        // Log out and unload the module now (here, off the GUI thread), not
        // when the window closes: libp11 keeps a copy of the PIN meanwhile.
        batch.releaseToken();
        out.locked = stoppedBy.code() == ErrorCode::PinLocked;
        return out;
    };
    runInBackground(
        this, work,
        [this](const SignOutcome &out) {
            m_busy = false;
            if (out.retryLogin) {
                emit pinRejected(out.message, int(out.state.status), out.state.protectedAuthPath);
                return;
            }
            if (out.locked)
                emit tokenLocked(out.message);
            emit finished(out.signedCount, out.total);
        },
        &m_pool);
}

} // namespace kyso::gui
