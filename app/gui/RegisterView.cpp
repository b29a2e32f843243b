#include "RegisterView.h"

#include "Background.h"

#include "common/LifecycleDocuments.h"
#include "common/ReleaseStep.h"
#include "core/LifecycleReport.h"
#include "core/Register.h"
#include "core/RegisterExport.h"
#include "core/SigningRole.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    bool tampered = false;
};

QString RegisterView::resultText(const QString &result)
{
    if (result == QLatin1String("signed"))
        return tr("Signed");
    if (result == QLatin1String("failed"))
        return tr("Failed");
    if (result == QLatin1String("pending"))
        return tr("In progress or interrupted");
    return result;
}

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
                                       QStringLiteral("%1 %2").arg(r.capacity, r.title).trimmed(), r.agency, r.document};
    }
    const QMap<qint64, Annotations> permissions = reg->annotationsOf(QStringLiteral("handovers"));
    for (const Handover &h : reg->handovers()) {
        const Annotations a = permissions.value(h.id);
        const QString permission = a.value(QStringLiteral("permission_number")).isEmpty()
                                       ? QString()
                                       : tr("%1 of %2").arg(a.value(QStringLiteral("permission_number")), a.value(QStringLiteral("permission_date")));
        rows.handovers << QStringList{QString::number(h.id), h.date, h.tokenSerial, h.fromPerson, h.toPerson, h.authorisedBy, permission, h.note};
    }
    for (const RequestView &v : requestViews(*reg, WorkingDays::fromSettings(), today)) {
        if (v.overdue)
            rows.overdueRequests << rows.requests.size();
        rows.requests << QStringList{QString::number(v.request.id), v.request.form, v.request.kind, v.request.subject, v.request.tokenSerial,
                                     v.recipient, v.sentDate.toString(Qt::ISODate), v.deadline.toString(Qt::ISODate),
                                     v.overdue ? tr("%1 — OVERDUE").arg(v.request.status) : v.request.status};
    }
    for (const TokenEvent &e : reg->tokenEvents())
        rows.events << QStringList{QString::number(e.id), localTime(e.createdUtc), QStringLiteral("%1 (%2)").arg(e.tokenLabel, e.tokenSerial), e.event, e.detail};
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
                          tr("Agency"), tr("Document")}, this)),
      m_handovers(table({tr("No."), tr("Date"), tr("Token"), tr("From"), tr("To"), tr("Authorised by"), tr("Permission"), tr("Note")}, this)),
      m_requests(table({tr("No."), tr("Form"), tr("Kind"), tr("Holder"), tr("Token"), tr("Sent to"), tr("Sent on"), tr("Deadline"), tr("Status")}, this)),
      m_events(table({tr("No."), tr("Time"), tr("Token"), tr("Event"), tr("Detail")}, this))
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_signer);
    filters->addWidget(m_role);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addWidget(csv);
    filters->addWidget(report);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_signatures, tr("Signatures"));
    tabs->addTab(m_handovers, tr("Token handovers"));
    tabs->addTab(m_requests, tr("Certificate requests"));
    tabs->addTab(m_events, tr("Token events"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_chain);
    connect(apply, &QPushButton::clicked, this, &RegisterView::reload);
    connect(m_signer, &QLineEdit::returnPressed, this, &RegisterView::reload);
    connect(csv, &QPushButton::clicked, this, &RegisterView::exportCsv);
    connect(report, &QPushButton::clicked, this, &RegisterView::reportPdf);
    reload();
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

void RegisterView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("so-theo-doi-ky-so.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    if (reg)
        error = exportSignaturesCsv(reg->signatures(filterOf(m_signer, m_role, m_from, m_to)), path);
    m_chain->setText(error ? error.desktopMessage() : tr("Exported to %1").arg(path));
}

bool RegisterView::writeReportPdf(const QString &path)
{
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    if (!reg)
        return false;
    // The art. 9.6 report for the chosen period, per unit.
    const QDate today = todayInVietnam();
    const LifecycleReport report = buildLifecycleReport(*reg, WorkingDays::fromSettings(), m_from->date(), m_to->date(), today);
    return !writeLifecycleReportPdf(report, path).isError();
}

void RegisterView::reportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Report (PDF)"), QStringLiteral("bao-cao-ky-so.pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_chain->setText(writeReportPdf(path) ? tr("Report written to %1").arg(path) : tr("The report could not be written."));
}

} // namespace kyso::gui
