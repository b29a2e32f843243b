#include "RegisterView.h"

#include "Background.h"
#include "RegisterForms.h"

#include "common/LifecycleDocuments.h"
#include "common/ReleaseStep.h"
#include "core/LifecycleReport.h"
#include "core/Register.h"
#include "core/RegisterExport.h"
#include "core/SigningRole.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kyso::gui {

namespace {
QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, headers.size(), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSortingEnabled(true);
    return t;
}

// Column 0 holds the record number: sorted as a number, not as text.
void addRow(QTableWidget *t, const QStringList &cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int i = 0; i < cells.size(); ++i) {
        auto *item = new QTableWidgetItem;
        bool numeric = false;
        const qlonglong n = i == 0 ? cells[i].toLongLong(&numeric) : 0;
        if (numeric)
            item->setData(Qt::DisplayRole, n);
        else
            item->setText(cells[i]);
        t->setItem(row, i, item);
    }
}

QString localTime(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

// What the view shows, read off the GUI thread (opening the register may
// migrate it and reconcile crashed attempts, which hashes whole files).
struct RegisterView::Rows {
    QString error;
    QList<QStringList> signatures, handovers, requests, events;
    QList<int> overdueRequests; // row indexes in `requests`
    QString chain;
    QStringList tokens; // every token serial the register knows
    bool tampered = false;
};

QString RegisterView::resultText(const QString &result)
{
    return signatureResultText(result);
}

// What a write of a handover or request came to (on a worker thread).
struct RegisterView::Saved {
    qint64 id = 0;
    QString message; // the error, or what was recorded
};

RegisterView::Rows RegisterView::read(const SignatureFilter &filter, const QDate &today)
{
    Rows rows;
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    if (!reg) {
        rows.error = error.desktopMessage();
        return rows;
    }
    for (const SignatureRecord &r : reg->signatures(filter)) {
        SigningRole role;
        rows.signatures << QStringList{QString::number(r.id), localTime(r.createdUtc), resultText(r.result),
                                       parseRole(r.role, role) ? roleLabel(role) : r.role, r.signerName,
                                       QStringLiteral("%1 %2").arg(r.capacity, r.title).trimmed(), r.agency, r.document, r.error};
    }
    QSet<QString> tokens;
    for (const SignatureRecord &r : reg->signatures())
        tokens << r.tokenSerial;
    for (const KnownCertificate &c : reg->certificates())
        tokens << c.tokenSerial;
    for (const TokenEvent &e : reg->tokenEvents())
        tokens << e.tokenSerial;
    const QMap<qint64, Annotations> permissions = reg->annotationsOf(QStringLiteral("handovers"));
    for (const Handover &h : reg->handovers()) {
        const Annotations a = permissions.value(h.id);
        const QString permission = a.value(QStringLiteral("permission_number")).isEmpty()
                                       ? QString()
                                       : tr("%1 of %2").arg(a.value(QStringLiteral("permission_number")), a.value(QStringLiteral("permission_date")));
        tokens << h.tokenSerial;
        rows.handovers << QStringList{QString::number(h.id), h.date, h.tokenSerial, h.fromPerson, h.toPerson, h.authorisedBy, permission, h.note};
    }
    for (const RequestView &v : requestViews(*reg, WorkingDays::fromSettings(), today)) {
        if (v.overdue)
            rows.overdueRequests << rows.requests.size();
        tokens << v.request.tokenSerial;
        const QString status = RequestForm::statusText(v.request.status);
        rows.requests << QStringList{QString::number(v.request.id), v.request.form, RequestForm::kindText(v.request.kind), v.request.subject,
                                     v.request.tokenSerial, v.recipient, v.sentDate.toString(Qt::ISODate), v.deadline.toString(Qt::ISODate),
                                     v.overdue ? tr("%1 — OVERDUE").arg(status) : status};
    }
    for (const TokenEvent &e : reg->tokenEvents())
        rows.events << QStringList{QString::number(e.id), localTime(e.createdUtc), QStringLiteral("%1 (%2)").arg(e.tokenLabel, e.tokenSerial), tokenEventText(e.event), e.detail};
    tokens.remove(QString());
    rows.tokens = QStringList(tokens.cbegin(), tokens.cend());
    rows.tokens.sort();
    const ChainCheck check = reg->verifyChain();
    rows.tampered = !check.problems.isEmpty();
    rows.chain = check.problems.isEmpty()
                     ? tr("Register intact: %n entries, hash chain verified.", nullptr, check.entries)
                     : tr("REGISTER TAMPERED: %1").arg(check.problems.join(QStringLiteral("; ")));
    return rows;
}

RegisterView::RegisterView(QWidget *parent)
    : QWidget(parent), m_signer(new QLineEdit(this)), m_role(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_chain(new QLabel(this)),
      m_signatures(table({tr("No."), tr("Time"), tr("Result"), tr("Role"), tr("Signer"), tr("Capacity and title"),
                          tr("Agency"), tr("Document"), tr("Error")}, this)),
      m_handovers(table({tr("No."), tr("Date"), tr("Token"), tr("From"), tr("To"), tr("Authorised by"), tr("Permission"), tr("Note")}, this)),
      m_requests(table({tr("No."), tr("Form"), tr("Kind"), tr("Holder"), tr("Token"), tr("Sent to"), tr("Sent on"), tr("Deadline"), tr("Status")}, this)),
      m_events(table({tr("No."), tr("Time"), tr("Token"), tr("Event"), tr("Detail")}, this)),
      m_separator(new QComboBox(this)), m_handoverForm(new HandoverForm(this)), m_requestForm(new RequestForm(this))
{
    m_signer->setPlaceholderText(tr("Signer"));
    m_role->addItem(tr("All roles"), QString());
    for (SigningRole r : {SigningRole::Personal, SigningRole::Agency, SigningRole::Attachment, SigningRole::Copy})
        m_role->addItem(roleLabel(r), QLatin1String(roleName(r)));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    // The filter's dates are Vietnam dates (+07:00, see filterOf), so "today"
    // is today in Vietnam, not on the machine's clock (UTC after 17:00).
    const QDate today = todayInVietnam();
    m_from->setDate(today.addMonths(-3));
    m_to->setDate(today);
    auto *apply = new QPushButton(tr("Filter"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *report = new QPushButton(tr("Report (PDF)…"), this);
    // Excel under a Vietnamese locale (decimal comma) splits on ';'.
    m_separator->addItem(tr("Separator ; (Excel)"), QStringLiteral(";"));
    m_separator->addItem(tr("Separator ,"), QStringLiteral(","));
    m_separator->setCurrentIndex(QLocale().decimalPoint() == QLatin1String(",") ? 0 : 1);
    m_separator->setToolTip(tr("How the columns of the CSV file are separated"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_signer);
    filters->addWidget(m_role);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addWidget(m_separator);
    filters->addWidget(csv);
    filters->addWidget(report);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_signatures, tr("Signatures"));
    tabs->addTab(page(m_handovers, m_handoverForm, tr("&Add a handover…")), tr("Token handovers"));
    tabs->addTab(page(m_requests, m_requestForm, tr("&Add a request…")), tr("Certificate requests"));
    tabs->addTab(m_events, tr("Token events"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_chain);
    connect(apply, &QPushButton::clicked, this, &RegisterView::reload);
    connect(m_signer, &QLineEdit::returnPressed, this, &RegisterView::reload);
    connect(csv, &QPushButton::clicked, this, &RegisterView::exportCsv);
    connect(report, &QPushButton::clicked, this, &RegisterView::reportPdf);
    connect(m_handoverForm, &RecordForm::saveRequested, this, &RegisterView::saveHandover);
    connect(m_requestForm, &RecordForm::saveRequested, this, &RegisterView::saveRequest);
    reload();
}

// A tab: the table, and beside it the form that adds a record (hidden until
// asked for, scrollable so that it fits a 1366x768 screen).
QWidget *RegisterView::page(QTableWidget *table, RecordForm *form, const QString &addText)
{
    auto *page = new QWidget(this);
    auto *add = new QPushButton(addText, page);
    add->setObjectName(form == static_cast<RecordForm *>(m_handoverForm) ? QStringLiteral("addHandover") : QStringLiteral("addRequest"));
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int width = qMax(380, form->sizeHint().width()) + scroll->verticalScrollBar()->sizeHint().width() + 4;
    scroll->setFixedWidth(width);
    scroll->setVisible(false);
    form->show();
    auto *left = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addStretch(1);
    left->addLayout(buttons);
    left->addWidget(table, 1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(scroll);
    connect(add, &QPushButton::clicked, scroll, [scroll, form] {
        scroll->setVisible(true);
        form->show();
        form->setFocus();
    });
    connect(form, &RecordForm::closeRequested, scroll, &QWidget::hide);
    return page;
}

static SignatureFilter filterOf(QLineEdit *signer, QComboBox *role, QDateEdit *from, QDateEdit *to)
{
    SignatureFilter f;
    f.signer = signer->text();
    f.role = role->currentData().toString();
    f.from = QDateTime(from->date(), QTime(0, 0), QTimeZone(7 * 3600)).toUTC();
    f.to = QDateTime(to->date(), QTime(23, 59, 59, 999), QTimeZone(7 * 3600)).toUTC();
    return f;
}

void RegisterView::reload()
{
    const SignatureFilter filter = filterOf(m_signer, m_role, m_from, m_to);
    const QDate today = todayInVietnam();
    const int generation = ++m_generation;
    m_chain->setText(tr("Reading the register…"));
    runInBackground(this, [filter, today] { return read(filter, today); },
                    [this, generation](const Rows &rows) {
                        if (generation == m_generation) // a newer reload supersedes this one
                            showRows(rows);
                    });
}

void RegisterView::watchSave(RecordForm *form, std::function<Saved()> work)
{
    form->setBusy(true);
    runInBackground(this, std::move(work), [this, form](const Saved &saved) {
        form->setBusy(false);
        form->showResult(saved.message, saved.id == 0);
        if (saved.id) {
            reload();
            emit recordSaved(saved.id);
        }
    });
}

void RegisterView::saveHandover()
{
    const HandoverInput in = m_handoverForm->input();
    const QDate today = todayInVietnam();
    watchSave(m_handoverForm, [in, today] {
        Saved saved;
        Error error;
        auto reg = Register::open(Register::defaultPath(), error);
        // The register knows the token, or it is refused: this view does no
        // token I/O, and an agency token is recognised from the register.
        if (reg)
            saved.id = addHandover(*reg, in, {}, false, today, error);
        saved.message = saved.id ? tr("Handover %1 recorded: %2 to %3.").arg(saved.id).arg(in.fromPerson, in.toPerson)
                                 : error.desktopMessage();
        return saved;
    });
}

void RegisterView::saveRequest()
{
    const RequestInput in = m_requestForm->input();
    const QDate today = todayInVietnam();
    watchSave(m_requestForm, [in, today] {
        Saved saved;
        Error error;
        auto reg = Register::open(Register::defaultPath(), error);
        if (!reg) {
            saved.message = error.desktopMessage();
            return saved;
        }
        // A renewal or change is checked against the certificate as the
        // register noted it (when its token was listed or signed with).
        RequestInput withCertificate = in;
        CertificateInfo certificate;
        if (knownCertificate(*reg, in.certSerial, certificate))
            withCertificate.certificate = &certificate;
        const WorkingDays days = WorkingDays::fromSettings();
        saved.id = addRequest(*reg, withCertificate, days, today, error);
        if (!saved.id) {
            saved.message = error.desktopMessage();
            return saved;
        }
        const RequestView v = requestViews(*reg, days, today).last();
        saved.message = v.copyTo.isEmpty() ? tr("Request %1 recorded (%2): send it to %3.").arg(saved.id).arg(v.request.form, v.recipient)
                                           : tr("Request %1 recorded (%2): send it to %3, with a copy to %4.")
                                                 .arg(saved.id)
                                                 .arg(v.request.form, v.recipient, v.copyTo);
        return saved;
    });
}

void RegisterView::showRows(const Rows &rows)
{
    if (!rows.error.isEmpty()) {
        m_chain->setText(rows.error);
        emit loaded();
        return;
    }
    const QList<QPair<QTableWidget *, const QList<QStringList> *>> tables{
        {m_signatures, &rows.signatures}, {m_handovers, &rows.handovers}, {m_requests, &rows.requests}, {m_events, &rows.events}};
    for (const auto &[t, list] : tables) {
        t->setSortingEnabled(false);
        t->setRowCount(0);
        for (const QStringList &cells : *list)
            addRow(t, cells);
    }
    m_handoverForm->setTokens(rows.tokens);
    m_requestForm->setTokens(rows.tokens);
    for (int row : rows.overdueRequests)
        m_requests->item(row, 8)->setForeground(QColor(176, 0, 0));
    for (const auto &entry : tables) {
        entry.first->setSortingEnabled(true);
        entry.first->resizeColumnsToContents();
    }
    m_chain->setText(rows.chain);
    m_chain->setStyleSheet(rows.tampered ? QStringLiteral("color: #b00000; font-weight: bold") : QString());
    emit loaded();
}

namespace {

// The exports read the whole register and write a file: done by a worker
// (the buttons) or directly (the tests), never with the widgets.
struct Exported {
    bool ok = false;
    QString message;
};

Exported csvExport(const SignatureFilter &filter, QChar separator, const QString &path)
{
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    if (reg)
        error = exportSignaturesCsv(reg->signatures(filter), path, CsvStyle{separator, true});
    return {!error, error ? error.desktopMessage() : QCoreApplication::translate("kyso::gui::RegisterView", "Exported to %1").arg(path)};
}

Exported reportExport(const QDate &from, const QDate &to, const QString &path)
{
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    if (reg) {
        // The art. 9.6 report for the chosen period, per unit.
        LifecycleReport report = buildLifecycleReport(*reg, WorkingDays::fromSettings(), from, to, todayInVietnam());
        report.agency = reportingAgency(report); // the report's heading
        error = writeLifecycleReportPdf(report, path);
    }
    return {!error, error ? QCoreApplication::translate("kyso::gui::RegisterView", "The report could not be written: %1").arg(error.desktopMessage())
                          : QCoreApplication::translate("kyso::gui::RegisterView", "Report written to %1").arg(path)};
}

} // namespace

void RegisterView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("so-theo-doi-ky-so.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const SignatureFilter filter = filterOf(m_signer, m_role, m_from, m_to);
    const QChar separator = m_separator->currentData().toString().at(0);
    runInBackground(this, [filter, separator, path] { return csvExport(filter, separator, path); },
                    [this](const Exported &done) { m_chain->setText(done.message); });
}

bool RegisterView::writeCsv(const QString &path, QString *message)
{
    const Exported done = csvExport(filterOf(m_signer, m_role, m_from, m_to), m_separator->currentData().toString().at(0), path);
    if (message)
        *message = done.message;
    return done.ok;
}

bool RegisterView::writeReportPdf(const QString &path)
{
    return reportExport(m_from->date(), m_to->date(), path).ok;
}

void RegisterView::reportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Report (PDF)"), QStringLiteral("bao-cao-ky-so.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QDate from = m_from->date(), to = m_to->date();
    runInBackground(this, [from, to, path] { return reportExport(from, to, path); },
                    [this](const Exported &done) { m_chain->setText(done.message); });
}

} // namespace kyso::gui
