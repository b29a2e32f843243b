#include "SignController.h"

#include "common/AuthorityCheck.h"

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
    QList<SignRequest> requests;
    std::vector<std::unique_ptr<SigningService>> services;
    std::unique_ptr<Register> book; // numbering at release, opened on this thread
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
        worker->requests = requests;
        worker->services.clear();
        QList<PreparedFile> files;
        std::shared_ptr<pkcs11::TokenSession> session;
        QString failure;
        for (SignRequest r : requests) {
            if (r.release.isSet()) {
                // The outgoing book numbers the release (checked again when signing).
                Error bookError;
                if (!worker->book)
                    worker->book = Register::open(Register::defaultPath(), bookError);
                r.book = worker->book.get();
            }
            auto service = std::make_unique<SigningService>();
            PreparedFile f;
            f.input = r.input;
            f.output = r.output;
            if (Error e = service->prepare(r, f.warnings, session)) {
                f.error = e.message();
                if (!service->session())
                    failure = e.message(); // no token: nothing in the batch can go on
            } else {
                session = service->session();
                f.rect = service->plannedRect();
                f.page = service->plannedPage();
                if (const PlannedRelease &rel = service->plannedRelease(); !rel.stamps.isEmpty())
                    f.release = QCoreApplication::translate("SignController", "Số %1, ngày %2")
                                    .arg(rel.entry.numberAndSymbol(), rel.entry.date.toString(QStringLiteral("dd/MM/yyyy")));
            }
            if (service->session())
                f.authority = describeAuthority(service->documentFacts(), service->certificate(), service->authority());
            files << f;
            worker->services.push_back(std::move(service));
        }
        worker->book.reset(); // only preparation reads the book; closed on the thread that opened it
        pkcs11::PinState state;
        QString label;
        if (session) {
            label = session->tokenLabel();
            if (Error e = session->readPinState(state))
                failure = e.message();
        }
        QMetaObject::invokeMethod(self, [self, files, label, state, failure, session] {
            if (!self)
                return;
            self->m_busy = false;
            if (!session)
                emit self->prepareFailed(failure.isEmpty() ? files.value(0).error : failure);
            else
                emit self->prepared(files, label, int(state.status), state.protectedAuthPath);
        });
    });
}

void SignController::sign(std::shared_ptr<SecureBuffer> pin, bool finalTryConfirmed, const QList<QRectF> &rects)
{
    m_busy = true;
    QPointer<SignController> self(this);
    auto worker = m_worker;
    QMetaObject::invokeMethod(m_context, [self, worker, pin, finalTryConfirmed, rects] {
        PresetPinProvider pins(pin, finalTryConfirmed);
        Error regError;
        std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), regError);
        const int total = int(worker->services.size());
        int signedCount = 0;
        bool stop = false;
        for (int i = 0; i < total; ++i) {
            FileResult result;
            result.input = worker->requests.value(i).input;
            result.output = worker->requests.value(i).output;
            SigningService &service = *worker->services[size_t(i)];
            if (!reg) {
                result.message = regError.message();
            } else if (stop) {
                result.message = QCoreApplication::translate("SignController", "not signed: the batch stopped at an earlier error");
            } else if (!service.session()) {
                result.message = QCoreApplication::translate("SignController", "not prepared");
            } else {
                if (i < rects.size() && !rects[i].isEmpty())
                    service.overrideRect(rects[i]);
                pdf::SignResult sr;
                if (Error e = service.sign(pins, *reg, sr)) {
                    result.message = e.message();
                    // A PIN or token failure ends the batch: never retry a PIN.
                    stop = e.code() == ErrorCode::PinIncorrect || e.code() == ErrorCode::PinLocked
                        || e.code() == ErrorCode::PinFinalTryNotConfirmed || e.code() == ErrorCode::TokenRemoved
                        || e.code() == ErrorCode::TokenTimeout || e.code() == ErrorCode::PinUnavailable;
                } else {
                    result.ok = true;
                    ++signedCount;
                    pdf::SignatureVerifier verifier;
                    for (const QString &pem : worker->requests.value(i).trustAnchors)
                        verifier.addTrustAnchors(pem);
                    result.message = pdf::formatReport(verifier.verify(sr.outputPath));
                }
            }
            QMetaObject::invokeMethod(self, [self, result, i, total] {
                if (self)
                    emit self->fileSigned(result, i + 1, total);
            });
        }
        pin->clear();
        // Log out and unload the module now (here, off the GUI thread), not
        // when the window closes: libp11 keeps a copy of the PIN meanwhile.
        for (auto &service : worker->services)
            service->releaseToken();
        QMetaObject::invokeMethod(self, [self, signedCount, total] {
            if (!self)
                return;
            self->m_busy = false;
            emit self->finished(signedCount, total);
        });
    });
}

} // namespace kyso::gui
