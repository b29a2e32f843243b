#include "RegisterForms.h"

#include "common/ReleaseStep.h"
#include "core/Lifecycle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kyso::gui {

RecordForm::RecordForm(const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_fields(new QFormLayout(this)), m_save(new QPushButton(tr("Re&cord"), this)),
      m_message(new QLabel(this))
{
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_save->setObjectName(QStringLiteral("formSave"));
    connect(m_save, &QPushButton::clicked, this, &RecordForm::saveRequested);
}

void RecordForm::finish()
{
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    m_fields->addRow(buttons);
    m_fields->addRow(m_message);
    connect(close, &QPushButton::clicked, this, &RecordForm::closeRequested);
}

void RecordForm::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    if (busy) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Saving in the register…"));
    }
}

void RecordForm::showResult(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000") : QStringLiteral("color: #006400"));
    m_message->setText(text);
    if (!error)
        clear();
}

void RecordForm::fillTokens(QComboBox *box, const QStringList &serials)
{
    const QString current = box->currentText();
    box->clear();
    box->addItems(serials);
    box->setCurrentText(current);
}

QDateEdit *RecordForm::dateField(QWidget *parent)
{
    auto *d = new QDateEdit(todayInVietnam(), parent);
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    return d;
}

HandoverForm::HandoverForm(QWidget *parent)
    : RecordForm(tr("New token handover"), parent), m_date(dateField(this)), m_permissionDate(dateField(this)),
      m_token(new QComboBox(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_authorisedBy(new QLineEdit(this)),
      m_permissionNumber(new QLineEdit(this)), m_note(new QLineEdit(this))
{
    m_token->setEditable(true);
    const QList<QPair<QWidget *, QString>> rows{{m_date, tr("Handover date")}, {m_token, tr("Token serial")},
                                                {m_from, tr("Handed over by")}, {m_to, tr("Received by")},
                                                {m_authorisedBy, tr("Authorised by")}, {m_permissionNumber, tr("Permission number")},
                                                {m_permissionDate, tr("Permission date")}, {m_note, tr("Note")}};
    const QStringList names{QStringLiteral("handoverDate"), QStringLiteral("handoverToken"), QStringLiteral("handoverFrom"),
                            QStringLiteral("handoverTo"), QStringLiteral("handoverAuthorisedBy"), QStringLiteral("handoverPermissionNumber"),
                            QStringLiteral("handoverPermissionDate"), QStringLiteral("handoverNote")};
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].first->setObjectName(names[i]);
        m_fields->addRow(rows[i].second, rows[i].first);
    }
    m_permissionNumber->setPlaceholderText(tr("Required for the agency's token"));
    finish();
}

HandoverInput HandoverForm::input() const
{
    HandoverInput in;
    in.tokenSerial = m_token->currentText().trimmed();
    in.fromPerson = m_from->text().simplified();
    in.toPerson = m_to->text().simplified();
    in.authorisedBy = m_authorisedBy->text().simplified();
    in.date = m_date->date().toString(Qt::ISODate);
    in.note = m_note->text().trimmed();
    in.permissionNumber = m_permissionNumber->text().trimmed();
    // A permission date without its number is no permission.
    if (!in.permissionNumber.isEmpty())
        in.permissionDate = m_permissionDate->date().toString(Qt::ISODate);
    return in;
}

void HandoverForm::setTokens(const QStringList &serials)
{
    fillTokens(m_token, serials);
}

void HandoverForm::clear()
{
    for (QLineEdit *e : {m_from, m_to, m_authorisedBy, m_permissionNumber, m_note})
        e->clear();
    m_token->setCurrentText(QString());
    m_date->setDate(todayInVietnam());
    m_permissionDate->setDate(todayInVietnam());
}

QString RequestForm::kindText(const QString &kind)
{
    if (kind == QLatin1String("issue"))
        return tr("New certificate");
    if (kind == QLatin1String("renew"))
        return tr("Renewal");
    if (kind == QLatin1String("change"))
        return tr("Change of information");
    if (kind == QLatin1String("revoke"))
        return tr("Revocation");
    if (kind == QLatin1String("recover"))
        return tr("Token recovery (unlock)");
    return kind;
}

QString RequestForm::statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("done"))
        return tr("Done");
    return status;
}

RequestForm::RequestForm(QWidget *parent)
    : RecordForm(tr("New certificate request"), parent), m_kind(new QComboBox(this)), m_form(new QComboBox(this)),
      m_token(new QComboBox(this)), m_reason(new QComboBox(this)), m_subject(new QLineEdit(this)), m_certSerial(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_letterNumber(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_sent(new QCheckBox(tr("Already sent"), this)), m_sentDate(dateField(this)), m_letterDate(dateField(this))
{
    for (RequestKind k : {RequestKind::Issue, RequestKind::Renew, RequestKind::Change, RequestKind::Revoke, RequestKind::Recover})
        m_kind->addItem(kindText(QLatin1String(requestKindName(k))), QLatin1String(requestKindName(k)));
    m_reason->addItem(tr("Lost"), QStringLiteral("lost"));
    m_reason->addItem(tr("Key compromised"), QStringLiteral("compromised"));
    m_reason->addItem(tr("Change of post"), QStringLiteral("post-changed"));
    m_reason->addItem(tr("Other"), QStringLiteral("other"));
    m_token->setEditable(true);
    m_certSerial->setPlaceholderText(tr("As shown in the Tokens view"));
    const QList<QPair<QWidget *, QString>> rows{
        {m_kind, tr("Kind")},          {m_form, tr("Form")},       {m_subject, tr("Certificate holder")},
        {m_token, tr("Token serial")}, {m_certSerial, tr("Certificate serial")}, {m_reason, tr("Reason for revocation")},
        {m_unit, tr("Unit filing it")}, {m_sent, QString()},        {m_sentDate, tr("Sent on")},
        {m_letterNumber, tr("Letter number")}, {m_letterDate, tr("Letter date")}, {m_note, tr("Note")}};
    const QStringList names{QStringLiteral("requestKind"), QStringLiteral("requestForm"), QStringLiteral("requestSubject"),
                            QStringLiteral("requestToken"), QStringLiteral("requestCertSerial"), QStringLiteral("requestReason"),
                            QStringLiteral("requestUnit"), QStringLiteral("requestSent"), QStringLiteral("requestSentDate"),
                            QStringLiteral("requestLetterNumber"), QStringLiteral("requestLetterDate"), QStringLiteral("requestNote")};
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].first->setObjectName(names[i]);
        m_fields->addRow(rows[i].second, rows[i].first);
    }
    finish();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RequestForm::kindChanged);
    for (QWidget *w : {static_cast<QWidget *>(m_sentDate), static_cast<QWidget *>(m_letterNumber), static_cast<QWidget *>(m_letterDate)})
        connect(m_sent, &QCheckBox::toggled, w, &QWidget::setEnabled);
    m_sent->setChecked(false);
    for (QWidget *w : {static_cast<QWidget *>(m_sentDate), static_cast<QWidget *>(m_letterNumber), static_cast<QWidget *>(m_letterDate)})
        w->setEnabled(false);
    kindChanged();
}

// Only the forms of the kind are offered; the certificate and the reason
// only where the kind needs them.
void RequestForm::kindChanged()
{
    RequestKind kind = RequestKind::Issue;
    parseRequestKind(m_kind->currentData().toString(), kind);
    m_form->clear();
    for (int n = 1; n <= 6; ++n) {
        if (formFitsKind(kind, n))
            m_form->addItem(formLabel(n), n);
    }
    m_certSerial->setEnabled(kind == RequestKind::Renew || kind == RequestKind::Change || kind == RequestKind::Revoke);
    m_reason->setEnabled(kind == RequestKind::Revoke);
}

RequestInput RequestForm::input() const
{
    RequestInput in;
    in.kind = m_kind->currentData().toString();
    in.form = m_form->currentData().toInt();
    in.subject = m_subject->text().simplified();
    in.tokenSerial = m_token->currentText().trimmed();
    in.note = m_note->text().trimmed();
    in.unit = m_unit->text().simplified();
    if (m_certSerial->isEnabled())
        in.certSerial = m_certSerial->text().trimmed();
    if (m_reason->isEnabled())
        in.reason = m_reason->currentData().toString();
    if (m_sent->isChecked()) {
        in.sentDate = m_sentDate->date().toString(Qt::ISODate);
        in.letterNumber = m_letterNumber->text().trimmed();
        in.letterDate = m_letterDate->date().toString(Qt::ISODate);
    }
    return in;
}

void RequestForm::setTokens(const QStringList &serials)
{
    fillTokens(m_token, serials);
}

void RequestForm::clear()
{
    for (QLineEdit *e : {m_subject, m_certSerial, m_unit, m_letterNumber, m_note})
        e->clear();
    m_token->setCurrentText(QString());
    m_sent->setChecked(false);
    m_sentDate->setDate(todayInVietnam());
    m_letterDate->setDate(todayInVietnam());
}

} // namespace kyso::gui
