#include "SignController.h"

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

SignController::SignController(QObject *parent) : QObject(parent), m_context(new QObject), m_worker(std::make_shared<Worker>())
{
    qRegisterMetaType<PreparedFile>();
    qRegisterMetaType<FileResult>();
    qRegisterMetaType<QList<kyso::gui::PreparedFile>>();
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("kyso-sign"));
    m_thread.start();
}

SignController::~SignController()
{
    m_thread.quit();
    m_thread.wait();
}

void SignController::prepare(const QList<SignRequest> &requests)
{
    m_busy = true;
    QPointer<SignController> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker, requests] {
        BatchSigning &batch = worker->batch;
        const Error fatal = batch.prepare(requests); // token opened once, no PIN
        QList<PreparedFile> files;
        for (int i = 0; i < batch.size(); ++i) {
            const BatchSigning::File &f = batch.file(i);
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
            files << pf;
        }
        const std::shared_ptr<pkcs11::TokenSession> session = fatal ? nullptr : batch.session();
        QString failure = fatal ? fatal.desktopMessage() : files.value(0).error;
        pkcs11::PinState state;
        QString label;
        if (session) {
            label = session->tokenLabel();
            if (Error e = session->readPinState(state))
                failure = e.desktopMessage();
        }
        QMetaObject::invokeMethod(self, [self, files, label, state, failure, session] {
            if (!self)
                return;
            self->m_busy = false;
            if (!session)
                emit self->prepareFailed(failure);
            else
                emit self->prepared(files, label, int(state.status), state.protectedAuthPath);
        });
    });
}

void SignController::sign(std::shared_ptr<SecureBuffer> pin, bool finalTryConfirmed, const QList<PreparedFile> &files)
{
    m_busy = true;
    QPointer<SignController> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker, pin, finalTryConfirmed, files] {
        BatchSigning &batch = worker->batch;
        PresetPinProvider pins(pin, finalTryConfirmed);
        const int total = batch.size();
        auto report = [self, total](int i, const FileResult &result) {
            QMetaObject::invokeMethod(self, [self, result, i, total] {
                if (self)
                    emit self->fileSigned(result, i + 1, total);
            });
        };
        Error regError;
        std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), regError);
        int signedCount = 0;
        Error stoppedBy;
        if (!reg) {
            for (int i = 0; i < total; ++i)
                report(i, FileResult{batch.file(i).request.input, batch.file(i).request.output, false, regError.desktopMessage()});
        } else {
            // The box the user may have moved or drawn (on any page), matched
            // by file (not by position).
            for (const PreparedFile &pf : files) {
                for (int i = 0; i < total; ++i) {
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
                FileResult result{f.request.input, f.request.output, f.status == BatchSigning::Status::Signed, QString()};
                if (result.ok) {
                    pdf::SignatureVerifier verifier;
                    for (const QString &pem : f.request.trustAnchors)
                        verifier.addTrustAnchors(pem);
                    result.message = pdf::formatReport(verifier.verify(f.result.outputPath));
                } else if (f.status == BatchSigning::Status::NotAttempted) {
                    result.message = QCoreApplication::translate("SignController", "not signed: the batch stopped at an earlier error");
                } else if (f.service && f.service->needsPlacement()) {
                    result.message = QCoreApplication::translate(
                        "SignController", "no signature box was drawn for this file (it has no standard signature block): "
                                          "press Place signature, draw the box on the page, then sign");
                } else {
                    result.message = f.error.desktopMessage();
                }
                report(i, result);
            });
            signedCount = summary.signedCount;
            stoppedBy = summary.stoppedBy;
        }
        pin->clear();
        if (batch.canRetryLogin()) {
            // The token stays open; its PIN state is read again for the dialog.
            batch.prepareLoginRetry();
            pkcs11::PinState state;
            if (const auto session = batch.session())
                session->readPinState(state);
            const QString message = stoppedBy.desktopMessage();
            QMetaObject::invokeMethod(self, [self, message, state] {
                if (!self)
                    return;
                self->m_busy = false;
                emit self->pinRejected(message, int(state.status), state.protectedAuthPath);
            });
            return;
        }
        // Log out and unload the module now (here, off the GUI thread), not
        // when the window closes: libp11 keeps a copy of the PIN meanwhile.
        batch.releaseToken();
        const bool locked = stoppedBy.code() == ErrorCode::PinLocked;
        const QString stopMessage = stoppedBy.desktopMessage();
        QMetaObject::invokeMethod(self, [self, signedCount, total, locked, stopMessage] {
            if (!self)
                return;
            self->m_busy = false;
            if (locked)
                emit self->tokenLocked(stopMessage);
            emit self->finished(signedCount, total);
        });
    });
}

} // namespace kyso::gui
