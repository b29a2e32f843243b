#include "TokensView.h"

#include "Background.h"
#include "ChangePinDialog.h"
#include "core/LifecycleRecords.h"
#include "core/Settings.h"
#include "pkcs11/TokenMonitor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kyso::gui {

using namespace pkcs11;

TokensView::TokensView(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_changePin(new QPushButton(tr("Change &PIN…"), this)), m_form06(new QPlainTextEdit(this)),
      m_copyForm06(new QPushButton(tr("&Copy the Form 06 text"), this)), m_pinResult(new QLabel(this))
{
    m_tree->setHeaderLabels({tr("Token / certificate"), tr("State"), tr("Valid until"), tr("Details"), tr("What to file")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_form06->setReadOnly(true);
    m_form06->setVisible(false);
    m_form06->setObjectName(QStringLiteral("form06"));
    m_copyForm06->setObjectName(QStringLiteral("copyForm06"));
    m_copyForm06->setVisible(false);
    m_changePin->setObjectName(QStringLiteral("changePin"));
    m_pinResult->setObjectName(QStringLiteral("pinChangeResult"));
    m_status->setObjectName(QStringLiteral("tokensStatus"));
    m_pinResult->setWordWrap(true);
    m_status->setWordWrap(true);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_form06);
    layout->addWidget(m_copyForm06);
    layout->addWidget(m_pinResult);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_changePin);
    buttons->addStretch();
    layout->addLayout(buttons);
    // Reading order: the list, the Form 06 text, then the buttons.
    setTabOrder(m_tree, m_form06);
    setTabOrder(m_form06, m_copyForm06);
    setTabOrder(m_copyForm06, refreshButton);
    setTabOrder(refreshButton, m_changePin);
    connect(refreshButton, &QPushButton::clicked, this, &TokensView::refresh);
    connect(m_changePin, &QPushButton::clicked, this, &TokensView::changePin);
    connect(m_copyForm06, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_form06->toPlainText()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TokensView::updateChangePin);
    setModule(Settings::defaultModulePath());
}

TokensView::~TokensView() = default;

void TokensView::setModule(const QString &module)
{
    m_module = module;
    delete m_monitor;
    m_monitor = new TokenMonitor(module, 1000, this);
    // Hot-plug: any change reloads the view (off the GUI thread).
    connect(m_monitor, &TokenMonitor::tokenInserted, this, [this](const QString &serial, const QString &label) {
        recordEvent(serial, label, QStringLiteral("token-inserted"));
        refresh();
    });
    connect(m_monitor, &TokenMonitor::tokenRemoved, this, [this](const QString &serial, const QString &label) {
        recordEvent(serial, label, QStringLiteral("token-removed"));
        refresh();
    });
    connect(m_monitor, &TokenMonitor::pinStateChanged, this, &TokensView::refresh);
    connect(m_monitor, &TokenMonitor::moduleError, this, [this](const QString &m) { m_status->setText(m); });
    // What the monitor compares against may differ from the first read below.
    connect(m_monitor, &TokenMonitor::baselineTaken, this, &TokensView::refresh);
    m_monitor->start();
    refresh();
}

void TokensView::refresh()
{
    if (m_refreshing) {
        m_again = true;
        return;
    }
    m_refreshing = true;
    m_status->setText(tr("Reading the tokens…"));
    const QString module = m_module;
    runInBackground(this, [module] { return read(module); }, [this, module](const Snapshot &snapshot) {
        m_refreshing = false;
        if (module == m_module) // not a stale answer for a module no longer shown
            showSnapshot(snapshot);
        else
            m_again = true;
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

namespace {

QString adviceKey(const QString &serial, const QByteArray &certId)
{
    return serial + QLatin1Char('/') + QString::fromLatin1(certId.toHex());
}

} // namespace

// Off the GUI thread: the tokens, then what the register (not the token)
// knows about renewals, revocations and custody, as lifecycle advice.
TokensView::Snapshot TokensView::read(const QString &module)
{
    Snapshot out;
    out.entry = TokenInventory::scan(module, true);
    out.now = QDateTime::currentDateTimeUtc();
    if (out.entry.status != ModuleEntry::Status::Loaded)
        return out;
    Error regError;
    const std::unique_ptr<Register> reg = Register::open(Register::defaultPath(), regError);
    for (const TokenEntry &t : out.entry.tokens) {
        const bool locked = t.pin.status == PinStatus::Locked;
        for (const CertificateEntry &c : t.certificates) {
            if (c.isAuthority)
                continue;
            if (reg)
                noteCertificate(*reg, c.info, c.kind, t.info.serial);
            out.advice.insert(adviceKey(t.info.serial, c.id),
                              adviseLifecycle(lifecycleFacts(reg.get(), c.info, c.kind, locked, t.info.serial,
                                                             QString::fromLatin1(c.id.toHex()), out.now)));
        }
        if (locked && reg)
            noteLockObserved(*reg, t.info.serial, t.info.label);
    }
    return out;
}

void TokensView::showSnapshot(const Snapshot &snapshot)
{
    const ModuleEntry &entry = snapshot.entry;
    m_tree->clear();
    m_form06->clear();
    m_form06->setVisible(false);
    m_copyForm06->setVisible(false);
    if (entry.status != ModuleEntry::Status::Loaded) {
        m_status->setText(tr("Module %1: %2").arg(entry.path, entry.error.isEmpty() ? tr("not installed") : entry.error));
        emit refreshed(0);
        return;
    }
    m_status->setText(entry.tokens.isEmpty()
                          ? tr("No token is plugged in. Plug the USB token into this computer: it appears here by itself.")
                          : tr("Module %1: %n token(s)", nullptr, entry.tokens.size()).arg(entry.path));
    const QDateTime now = snapshot.now;
    for (const TokenEntry &t : entry.tokens) {
        auto *item = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(t.info.label, t.info.serial), t.pin.describe(),
                                                  QString(), QStringLiteral("%1 %2").arg(t.info.manufacturer, t.info.model)});
        item->setData(0, Qt::UserRole, t.info.serial);
        item->setData(1, Qt::UserRole, int(t.pin.status));
        if (t.pin.status == PinStatus::Locked || t.pin.status == PinStatus::FinalTry)
            item->setForeground(1, QColor(176, 0, 0));
        // The holder's certificates first, the CA certificates after them: the token's own object order is
        // arbitrary (SoftHSM's is the order of its files on disk), the list must not change between insertions.
        std::vector<const CertificateEntry *> ordered;
        for (const CertificateEntry &c : t.certificates)
            ordered.push_back(&c);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const CertificateEntry *a, const CertificateEntry *b) { return !a->isAuthority && b->isAuthority; });
        for (const CertificateEntry *entryPtr : ordered) {
            const CertificateEntry &c = *entryPtr;
            const qint64 days = now.daysTo(c.info.notAfter);
            QString kind = c.isAuthority ? tr("CA") : (c.kind == CertificateKind::Agency ? tr("agency") : tr("personal"));
            QString state = days < 0 ? tr("expired") : tr("%n day(s) left", nullptr, int(days));
            auto *ci = new QTreeWidgetItem(item, {QStringLiteral("%1 [%2]").arg(c.info.commonName, kind), state,
                                                  c.info.notAfter.date().toString(Qt::ISODate), c.info.issuerCommonName});
            ci->setData(0, Qt::UserRole, c.isAuthority);
            if (c.isAuthority)
                continue;
            const LifecycleAdvice advice = snapshot.advice.value(adviceKey(t.info.serial, c.id));
            if (advice.action == LifecycleAction::None)
                continue;
            // The form and where it goes, in the row; the whole advice as tooltip.
            const QString label = lifecycleActionLabel(advice.action);
            if (advice.form == 0)
                ci->setText(4, label);
            else if (advice.copyTo.isEmpty())
                ci->setText(4, tr("%1: %2 → %3").arg(label, advice.formText(), advice.sendTo));
            else
                ci->setText(4, tr("%1: %2 → %3 (copy: %4)").arg(label, advice.formText(), advice.sendTo, advice.copyTo));
            ci->setToolTip(4, advice.text());
            ci->setToolTip(1, advice.text());
            const bool urgent = advice.action != LifecycleAction::Renew && advice.action != LifecycleAction::ChangeInformation;
            ci->setForeground(1, urgent ? QColor(176, 0, 0) : QColor(160, 90, 0));
            ci->setForeground(4, urgent ? QColor(176, 0, 0) : QColor(160, 90, 0));
        }
        item->setExpanded(true);
        if (t.pin.status == PinStatus::Locked) {
            QString holder;
            for (const CertificateEntry &c : t.certificates) {
                if (!c.isAuthority)
                    holder = c.info.commonName + (c.info.organization.isEmpty() ? QString() : QStringLiteral(", ") + c.info.organization);
            }
            m_form06->setPlainText(tr("REQUEST TO UNLOCK A TOKEN (Form 06)\n"
                                      "To: Department of Science and Technology\n"
                                      "Token: %1, serial %2 (%3 %4)\n"
                                      "Certificate holder: %5\n"
                                      "Reason: the user PIN is locked after too many wrong entries.\n"
                                      "The managing agency signs and sends this request; it is handled within 1 working day.")
                                       .arg(t.info.label, t.info.serial, t.info.manufacturer, t.info.model, holder));
            m_form06->setVisible(true);
            m_copyForm06->setVisible(true);
        }
    }
    updateChangePin();
    emit refreshed(entry.tokens.size());
}

void TokensView::recordEvent(const QString &serial, const QString &label, const QString &event)
{
    // Written off the GUI thread (opening the register may reconcile).
    runInBackground(
        this,
        [serial, label, event] {
            Error error;
            if (auto reg = Register::open(Register::defaultPath(), error))
                reg->addTokenEvent(TokenEvent{{}, serial, label, event, QString()});
        },
        [] {});
}

QTreeWidgetItem *TokensView::selectedToken() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item && m_tree->topLevelItemCount() > 0)
        item = m_tree->topLevelItem(0);
    return item;
}

// A locked token's PIN cannot be changed (it must be unlocked first, Form 06).
void TokensView::updateChangePin()
{
    const QTreeWidgetItem *item = selectedToken();
    const bool locked = item && item->data(1, Qt::UserRole).toInt() == int(PinStatus::Locked);
    m_changePin->setEnabled(item && !locked);
    m_changePin->setToolTip(locked ? tr("The PIN is locked: it cannot be changed before the token is unlocked (Form 06).") : QString());
}

void TokensView::changePin()
{
    QTreeWidgetItem *item = selectedToken();
    if (!item)
        return;
    auto *dialog = new ChangePinDialog(m_module, item->data(0, Qt::UserRole).toString(), this);
    connect(dialog, &ChangePinDialog::done, this, [this](const QString &message) {
        // Kept on screen (the status line is rewritten by every refresh).
        m_pinResult->setText(message);
        refresh();
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kyso::gui
