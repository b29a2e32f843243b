#include "SignView.h"

#include "CertificatePicker.h"
#include "PagePreview.h"
#include "PageViewer.h"
#include "PinDialog.h"
#include "core/Settings.h"
#include "core/SigningProfile.h"
#include "common/BatchSigning.h"
#include "common/ReleaseStep.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace kyso::gui {

SignView::SignView(QWidget *parent)
    : QWidget(parent), m_controller(new SignController(this)), m_files(new QListWidget(this)),
      m_profile(new QComboBox(this)), m_role(new QComboBox(this)),
      m_module(new QLineEdit(this)), m_token(new QLineEdit(this)), m_certId(new CertificatePicker(this)),
      m_image(new QLineEdit(this)), m_docNumber(new QLineEdit(this)), m_copyForm(new QComboBox(this)),
      m_prepareButton(new QPushButton(tr("Place signature"), this)), m_signButton(new QPushButton(tr("Sign…"), this)),
      m_status(new QLabel(this)), m_progress(new QProgressBar(this)), m_results(new QTableWidget(0, 3, this)),
      m_report(new QPlainTextEdit(this)), m_ltv(new QCheckBox(tr("Long-term validation data (PAdES B-LT)"), this)),
      m_release(new QCheckBox(tr("Give the number and date (release)"), this)), m_releaseNumber(new QLineEdit(this)),
      m_releaseDate(new QDateEdit(todayInVietnam(), this)), m_releaseButton(new QPushButton(tr("Number and seal…"), this)),
      m_stopButton(new QPushButton(tr("Stop"), this)),
      m_viewer(new PageViewer(this)), m_preview(m_viewer->preview()), m_placementHint(new QLabel(this))
{
    setAcceptDrops(true);
    auto *open = new QPushButton(tr("Add PDF files…"), this);
    auto *clear = new QPushButton(tr("Clear"), this);
    auto *openFolder = new QPushButton(tr("Open folder"), this);
    m_role->addItem(roleLabel(SigningRole::Personal), QStringLiteral("personal"));
    m_role->addItem(roleLabel(SigningRole::Agency), QStringLiteral("agency"));
    m_role->addItem(roleLabel(SigningRole::Attachment), QStringLiteral("attachment"));
    m_role->addItem(roleLabel(SigningRole::Copy), QStringLiteral("copy"));
    m_copyForm->addItems({QStringLiteral("SAO Y"), QStringLiteral("SAO LỤC"), QStringLiteral("TRÍCH SAO")});
    m_module->setText(Settings::defaultModulePath());
    m_module->setObjectName(QStringLiteral("module"));
    m_token->setPlaceholderText(tr("the only token plugged in"));
    // The certificate list follows the module and token fields.
    for (QLineEdit *field : {m_module, m_token})
        connect(field, &QLineEdit::editingFinished, this, [this] { m_certId->setModule(m_module->text(), m_token->text()); });
    if (!m_module->text().isEmpty())
        m_certId->setModule(m_module->text(), m_token->text());
    m_signButton->setEnabled(false);
    m_signButton->setObjectName(QStringLiteral("signButton"));
    m_prepareButton->setObjectName(QStringLiteral("prepareButton"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true); // a long failure wraps instead of widening the window (1366x768)
    m_progress->setVisible(false);
    m_results->setHorizontalHeaderLabels({tr("File"), tr("Result"), tr("Output")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setTabKeyNavigation(false); // Tab leaves the table (keyboard users)
    m_report->setReadOnly(true);
    m_report->setObjectName(QStringLiteral("report"));
    m_profile->setObjectName(QStringLiteral("profile"));

    auto *form = new QFormLayout;
    form->addRow(tr("Profile"), m_profile);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("PKCS#11 module"), m_module);
    form->addRow(tr("Token"), m_token);
    form->addRow(tr("Certificate"), m_certId);
    form->addRow(tr("Image"), m_image);
    form->addRow(tr("Number and symbol"), m_docNumber);
    form->addRow(tr("Copy form"), m_copyForm);
    form->addRow(QString(), m_ltv);
    // Release step (agency role): number and date written into the draft's blanks under the seal.
    m_release->setObjectName(QStringLiteral("release"));
    m_releaseNumber->setObjectName(QStringLiteral("releaseNumber"));
    m_releaseNumber->setPlaceholderText(tr("next free number"));
    m_releaseDate->setObjectName(QStringLiteral("releaseDate"));
    m_releaseDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_releaseDate->setCalendarPopup(true);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));
    m_releaseButton->setEnabled(false);
    form->addRow(QString(), m_release);
    form->addRow(tr("Number"), m_releaseNumber);
    form->addRow(tr("Date"), m_releaseDate);
    // Only the fields the role needs: the image for a signature or a seal,
    // the main document's number for an attachment, the copy form for a copy,
    // the release (number and date) for the agency seal.
    m_image->setObjectName(QStringLiteral("image"));
    m_docNumber->setObjectName(QStringLiteral("docNumber"));
    m_copyForm->setObjectName(QStringLiteral("copyForm"));
    const auto showRoleFields = [this, form] {
        SigningRole role = SigningRole::Personal;
        parseRole(m_role->currentData().toString(), role);
        const bool agency = role == SigningRole::Agency;
        form->setRowVisible(m_image, role == SigningRole::Personal || agency);
        form->setRowVisible(m_docNumber, role == SigningRole::Attachment);
        form->setRowVisible(m_copyForm, role == SigningRole::Copy);
        form->setRowVisible(m_release, agency);
        form->setRowVisible(m_releaseNumber, agency && m_release->isChecked());
        form->setRowVisible(m_releaseDate, agency && m_release->isChecked());
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, showRoleFields);
    connect(m_release, &QCheckBox::toggled, this, showRoleFields);
    showRoleFields();

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(open);
    fileButtons->addWidget(clear);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(fileButtons);
    leftLayout->addWidget(m_files, 1);
    leftLayout->addLayout(form);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_prepareButton);
    actions->addWidget(m_signButton);
    actions->addWidget(m_releaseButton);
    actions->addWidget(m_stopButton);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop after the file being signed; the others are not signed."));
    m_stopButton->setVisible(false);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_controller->stop();
        m_stopButton->setEnabled(false);
        m_status->setText(tr("Stopping after the file being signed…"));
    });
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_progress);

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *resultsBox = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_results);
    resultsLayout->addWidget(openFolder);
    right->addWidget(resultsBox);
    right->addWidget(m_report);

    // The page with its navigation and zoom; above it, what to do when the
    // box must be drawn by hand.
    m_placementHint->setObjectName(QStringLiteral("placementHint"));
    m_placementHint->setWordWrap(true);
    m_placementHint->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 4px; }"));
    m_placementHint->setVisible(false);
    auto *pageBox = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pageBox);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_placementHint);
    pageLayout->addWidget(m_viewer, 1);

    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("signSplitter"));
    m_split->addWidget(left);
    m_split->addWidget(pageBox);
    m_split->addWidget(right);
    m_split->setStretchFactor(1, 2);
    m_split->restoreState(Settings::value(SettingKey::UiSignSplitter).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_split);

    connect(open, &QPushButton::clicked, this, &SignView::chooseFiles);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_files->clear();
        m_prepared.clear();
        m_signButton->setEnabled(false);
    });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow() >= 0 ? m_results->currentRow() : 0;
        if (QTableWidgetItem *item = m_results->item(row, 2))
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(item->text()).absolutePath()));
    });
    connect(m_files, &QListWidget::currentRowChanged, this, &SignView::showFile);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { m_report->setPlainText(m_reports.value(row)); });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SignView::applyProfile);
    connect(m_prepareButton, &QPushButton::clicked, this, &SignView::prepare);
    connect(m_signButton, &QPushButton::clicked, this, [this] {
        // The PIN state was read during preparation (off the GUI thread).
        m_signButton->setEnabled(false);
        m_pinDialog->open();
    });
    connect(m_preview, &PagePreview::boxChanged, this, &SignView::onBoxChanged);
    connect(m_controller, &SignController::prepared, this, &SignView::onPrepared);
    connect(m_controller, &SignController::prepareFailed, this, &SignView::onPrepareFailed);
    connect(m_controller, &SignController::fileSigned, this, &SignView::onFileSigned);
    connect(m_controller, &SignController::pinRejected, this, &SignView::onPinRejected);
    connect(m_controller, &SignController::tokenLocked, this, &SignView::onTokenLocked);
    connect(m_releaseButton, &QPushButton::clicked, this, &SignView::startRelease);
    connect(m_controller, &SignController::finished, this, [this](int ok, int total) {
        m_status->setText(tr("%1 of %2 files signed.").arg(ok).arg(total));
        // After personal signatures: offer the release step on the files just signed.
        m_releaseButton->setEnabled(m_role->currentData().toString() == QLatin1String("personal") && !m_justSigned.isEmpty());
        showSigning(false);
        m_prepareButton->setEnabled(true);
        emit batchFinished(ok, total);
    });
    reloadProfiles();
    if (m_profile->currentIndex() <= 0)
        m_certId->setCertIdHex(Settings::value(SettingKey::UiLastCertificate).toString());
}

SignView::~SignView()
{
    Settings::setValue(SettingKey::UiSignSplitter, m_split->saveState());
}

void SignView::reloadProfiles()
{
    // Keeps the profile in use (or the one of the last signing on a new start).
    const QString keep = m_profile->count() > 0 ? m_profile->currentData().toString()
                                                : Settings::value(SettingKey::UiLastProfile).toString();
    const QSignalBlocker quiet(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(none)"), QString());
    for (const QString &name : SigningProfile::names())
        m_profile->addItem(name, name);
    const int index = std::max(0, m_profile->findData(keep));
    m_profile->setCurrentIndex(index);
    if (index > 0)
        applyProfile();
}

void SignView::applyProfile()
{
    Settings::setValue(SettingKey::UiLastProfile, m_profile->currentData().toString());
    SigningProfile p;
    if (!SigningProfile::load(m_profile->currentData().toString(), p))
        return;
    if (!p.modulePath.isEmpty())
        m_module->setText(p.modulePath);
    m_token->setText(p.token);
    m_certId->setCertIdHex(p.certId);
    m_certId->setModule(m_module->text(), m_token->text());
    m_image->setText(p.imagePath);
    setRole(QLatin1String(roleName(p.defaultRole)));
    m_sealDiameter = p.sealDiameterMm;
    m_signerName = p.signer;
    m_title = p.title;
    m_capacity = QLatin1String(capacityName(p.capacity));
    m_agency = p.agency;
}

void SignView::setModule(const QString &module, const QString &token, const QString &certId)
{
    m_module->setText(module);
    m_token->setText(token);
    m_certId->setCertIdHex(certId);
    m_certId->setModule(module, token);
}

void SignView::setRole(const QString &role)
{
    const int i = m_role->findData(role);
    if (i >= 0)
        m_role->setCurrentIndex(i);
}

void SignView::setImage(const QString &path)
{
    m_image->setText(path);
}

void SignView::chooseFiles()
{
    const QString lastFolder = Settings::value(SettingKey::UiLastFolder).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add PDF files"), lastFolder, tr("PDF documents (*.pdf)"));
    if (!files.isEmpty())
        Settings::setValue(SettingKey::UiLastFolder, QFileInfo(files.first()).absolutePath());
    addFiles(files);
}

void SignView::addFiles(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (m_files->findItems(p, Qt::MatchExactly).isEmpty())
            m_files->addItem(p);
    }
    if (m_files->currentRow() < 0 && m_files->count() > 0)
        m_files->setCurrentRow(0);
    m_prepared.clear();
    m_signButton->setEnabled(false);
}

void SignView::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls())
        e->acceptProposedAction();
}

void SignView::dropEvent(QDropEvent *e)
{
    QStringList paths;
    for (const QUrl &url : e->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            paths << url.toLocalFile();
    }
    addFiles(paths);
}

QList<SignRequest> SignView::requests() const
{
    QList<SignRequest> out;
    SigningRole role = SigningRole::Personal;
    parseRole(m_role->currentData().toString(), role);
    for (int i = 0; i < m_files->count(); ++i) {
        SignRequest r;
        r.input = m_files->item(i)->text();
        r.output = BatchSigning::desktopOutputFor(r.input, role);
        r.role = role;
        r.modulePath = m_module->text();
        r.token = m_token->text();
        r.certId = QByteArray::fromHex(m_certId->certIdHex().toLatin1());
        r.imagePath = role == SigningRole::Personal || role == SigningRole::Agency ? m_image->text() : QString();
        r.docNumber = m_docNumber->text();
        r.copyForm = m_copyForm->currentText();
        r.signerName = m_signerName;
        r.title = m_title;
        r.capacity = m_capacity;
        r.agency = m_agency;
        r.sealDiameterMm = m_sealDiameter;
        r.trustAnchors = Settings::trustAnchorFiles() + m_trust;
        r.tsaUrl = Settings::value(SettingKey::TsaUrl).toString();
        r.ltv = m_ltv->isChecked();
        r.manualPlacement = true; // without a block, the box is drawn by hand in the preview
        if (role == SigningRole::Agency && m_release->isChecked()) {
            r.release.number = m_releaseNumber->text().trimmed().isEmpty() ? QStringLiteral("next") : m_releaseNumber->text().trimmed();
            r.release.date = m_releaseDate->date();
        }
        out << r;
    }
    return out;
}

void SignView::prepare()
{
    if (m_files->count() == 0) {
        m_status->setText(tr("Add at least one PDF file."));
        return;
    }
    m_prepareButton->setEnabled(false);
    m_signButton->setEnabled(false);
    m_status->setText(tr("Checking the files and the token…"));
    m_controller->prepare(requests());
}

void SignView::onPrepareFailed(const QString &message)
{
    m_prepareButton->setEnabled(true);
    m_status->setText(message);
}

void SignView::onPrepared(const QList<PreparedFile> &files, const QString &tokenLabel, int pinStatus, bool pinPad)
{
    m_prepared = files;
    m_prepareButton->setEnabled(true);
    m_status->setText(preparedSummary());
    m_status->setWordWrap(true);
    showFile(m_files->currentRow());
    pkcs11::PinState state;
    state.status = pkcs11::PinStatus(pinStatus);
    state.protectedAuthPath = pinPad;
    m_tokenLabel = tokenLabel;
    makePinDialog(state, QString());
    m_pinLocked = state.status == pkcs11::PinStatus::Locked;
    m_awaitingSign = true;
    refreshSignButton();
    if (state.status == pkcs11::PinStatus::Locked)
        m_status->setText(m_status->text() + QLatin1Char('\n') + m_pinDialog->stateText());
}

QString SignView::preparedSummary() const
{
    QStringList notes;
    int ready = 0;
    for (const PreparedFile &f : m_prepared) {
        const QString name = QFileInfo(f.input).fileName();
        if (f.error.isEmpty() && (!f.needsBox || !f.rect.isEmpty()))
            ++ready;
        if (f.needsBox && f.rect.isEmpty())
            notes << tr("%1: the standard signature block was not found; draw the signature box by hand on the page.").arg(name);
        else if (!f.error.isEmpty())
            notes << QStringLiteral("%1: %2").arg(name, f.error);
        for (const QString &w : f.warnings)
            notes << tr("Warning: %1").arg(w);
        // What the document says next to the certificate (issue 10).
        if (!f.authority.isEmpty())
            notes << (m_prepared.size() > 1 ? name + QStringLiteral(": ") : QString()) + f.authority.join(QLatin1Char('\n'));
        if (!f.release.isEmpty())
            notes << tr("%1: will be released as %2").arg(name, f.release);
    }
    notes.removeDuplicates();
    return tr("%1 of %2 files ready to sign.").arg(ready).arg(m_prepared.size())
           + (notes.isEmpty() ? QString() : QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
}

void SignView::makePinDialog(const pkcs11::PinState &state, const QString &problem)
{
    delete m_pinDialog;
    m_pinDialog = new PinDialog(m_tokenLabel, state, this);
    m_pinDialog->setProblem(problem);
    connect(m_pinDialog, &QDialog::accepted, this, [this] {
        m_awaitingSign = false;
        m_results->setRowCount(0);
        m_reports.clear();
        m_progress->setRange(0, m_prepared.size());
        m_progress->setValue(0);
        showSigning(true);
        m_prepareButton->setEnabled(false);
        m_status->setText(signingStatus(0, m_prepared.size()));
        // Without a profile, the certificate of this signing is offered next time.
        if (m_profile->currentIndex() <= 0)
            Settings::setValue(SettingKey::UiLastCertificate, m_certId->certIdHex());
        m_controller->sign(m_pinDialog->takePin(), m_pinDialog->finalTryConfirmed(), m_prepared);
    });
    connect(m_pinDialog, &QDialog::rejected, this, [this] {
        m_signButton->setEnabled(true);
        m_prepareButton->setEnabled(true);
    });
}

QString SignView::signingStatus(int done, int total) const
{
    const QString progress = tr("Signing… %1 / %2").arg(done).arg(total);
    const QString tsa = QUrl(Settings::value(SettingKey::TsaUrl).toString()).host();
    if (!tsa.isEmpty() && m_ltv->isChecked())
        return tr("%1 — each file waits for the time-stamp server %2 and the certificate status servers").arg(progress, tsa);
    if (!tsa.isEmpty())
        return tr("%1 — each file waits for the time-stamp server %2").arg(progress, tsa);
    if (m_ltv->isChecked())
        return tr("%1 — each file waits for the certificate status servers").arg(progress);
    return progress;
}

void SignView::showSigning(bool running)
{
    m_progress->setVisible(running);
    m_stopButton->setVisible(running);
    m_stopButton->setEnabled(running);
}

void SignView::onPinRejected(const QString &message, int pinStatus, bool pinPad)
{
    // Nothing was signed; the batch stays prepared: ask again, with the
    // attempts the token has left.
    pkcs11::PinState state;
    state.status = pkcs11::PinStatus(pinStatus);
    state.protectedAuthPath = pinPad;
    showSigning(false);
    m_status->setText(tr("The PIN was not accepted; nothing was signed. %1").arg(message));
    m_awaitingSign = true;
    makePinDialog(state, message);
    if (state.status == pkcs11::PinStatus::Locked) {
        m_signButton->setEnabled(false);
        m_prepareButton->setEnabled(true);
        return;
    }
    m_pinDialog->open();
}

void SignView::onTokenLocked(const QString &message)
{
    // Not modal in the event-loop sense: open(), never exec().
    auto *box = new QMessageBox(QMessageBox::Critical, tr("The token is locked"),
                                tr("The token's PIN is now locked; no further file was signed.\n\n%1").arg(message),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("tokenLockedAlert"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    m_signButton->setEnabled(false);
}

PreparedFile *SignView::preparedFor(int row)
{
    if (row < 0 || row >= m_files->count())
        return nullptr;
    const QString input = m_files->item(row)->text();
    for (PreparedFile &f : m_prepared) {
        if (f.input == input)
            return &f;
    }
    return nullptr;
}

void SignView::showFile(int row)
{
    if (row < 0 || row >= m_files->count())
        return;
    m_preview->load(m_files->item(row)->text());
    const PreparedFile *f = preparedFor(row);
    if (f && f->error.isEmpty()) {
        if (f->page > 0)
            m_preview->showPage(f->page);
        m_preview->setBox(f->rect, f->page);
    } else {
        m_preview->setBox({});
        f = nullptr;
    }
    // A box can be drawn once the file is prepared (the role is known).
    m_preview->setDrawingEnabled(f != nullptr);
    showPlacementHint(f);
}

void SignView::onBoxChanged(const QRectF &rect, int page)
{
    PreparedFile *f = preparedFor(m_files->currentRow());
    if (!f || !f->error.isEmpty())
        return;
    const bool wasMissing = f->needsBox && f->rect.isEmpty();
    f->rect = rect;
    f->page = page;
    showPlacementHint(f);
    if (wasMissing && m_awaitingSign && !m_pinLocked)
        m_status->setText(preparedSummary()); // one more file ready
    refreshSignButton();
}

void SignView::showPlacementHint(const PreparedFile *f)
{
    if (!f || !f->needsBox) {
        m_placementHint->setVisible(false);
        return;
    }
    m_placementHint->setText(f->rect.isEmpty()
        ? tr("The standard signature block (title and name of the signer) was not found in this document. Go to the page "
             "where the signature belongs and draw the signature box there: press the mouse button and drag.")
        : tr("The signature will be placed in the box drawn on page %1. To change it, drag the box or draw a new one "
             "(also on another page).").arg(f->page));
    m_placementHint->setVisible(true);
}

void SignView::refreshSignButton()
{
    // A file is ready when it is prepared and has its box (found or drawn).
    const bool any = std::any_of(m_prepared.cbegin(), m_prepared.cend(), [](const PreparedFile &f) {
        return f.error.isEmpty() && (!f.needsBox || !f.rect.isEmpty());
    });
    m_signButton->setEnabled(any && m_awaitingSign && m_pinDialog && !m_pinLocked && !m_controller->isBusy() && !m_pinDialog->isVisible());
}

void SignView::onFileSigned(const FileResult &result, int done, int total)
{
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    m_results->setItem(row, 0, new QTableWidgetItem(QFileInfo(result.input).fileName()));
    // A failure: the reason in full in the report pane (selected at once) and
    // as the cell's tooltip, not cut off in a narrow cell.
    auto *outcome = new QTableWidgetItem(result.ok ? tr("Signed") : tr("Not signed — select the row for the reason"));
    if (!result.ok) {
        outcome->setForeground(QColor(176, 0, 0));
        outcome->setToolTip(result.message);
    }
    m_results->setItem(row, 1, outcome);
    m_results->setItem(row, 2, new QTableWidgetItem(result.ok ? result.output : QString()));
    m_reports << (result.ok ? result.message : tr("Not signed: %1").arg(result.message));
    if (done == 1)
        m_justSigned.clear();
    if (result.ok)
        m_justSigned << result.output;
    m_progress->setValue(done);
    if (m_stopButton->isEnabled())
        m_status->setText(signingStatus(done, total));
    if (row == 0 || (!result.ok && m_results->currentRow() < 0)) {
        m_results->setCurrentCell(row, 0);
        m_report->setPlainText(m_reports.value(row));
    }
}

void SignView::startRelease()
{
    // The files just signed, sealed by the agency with the next number and today's date.
    const QStringList files = m_justSigned;
    m_files->clear();
    m_prepared.clear();
    addFiles(files);
    setRole(QStringLiteral("agency"));
    m_release->setChecked(true);
    m_releaseNumber->clear();
    m_releaseDate->setDate(todayInVietnam());
    m_releaseButton->setEnabled(false);
    m_signButton->setEnabled(false);
    m_status->setText(tr("Choose the agency certificate and the seal image, then place the seal: the next free number and today's date are proposed."));
}

} // namespace kyso::gui
