#include "CertificatePicker.h"

#include "Background.h"

#include "core/Lifecycle.h"

#include <QTimer>

namespace kyso::gui {

using pkcs11::ModuleEntry;

CertificatePicker::CertificatePicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("certificate"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    addItem(tr("Automatic (the certificate that fits the role)"), QString());
    connect(this, qOverload<int>(&QComboBox::activated), this, [this](int) { m_wanted = certIdHex(); });
}

QString CertificatePicker::certIdHex() const
{
    return currentData().toString();
}

void CertificatePicker::setCertIdHex(const QString &id)
{
    m_wanted = id.trimmed().toLower();
    int i = findData(m_wanted);
    if (i < 0) {
        // Not (yet) listed: keep it as its own entry so that it is used as given.
        addItem(tr("Certificate ID %1").arg(m_wanted), m_wanted);
        i = count() - 1;
    }
    setCurrentIndex(i);
}

void CertificatePicker::setModule(const QString &module, const QString &token)
{
    if (module == m_module && token == m_token && !m_stale)
        return;
    m_module = module;
    m_token = token;
    m_stale = true;
    if (isVisible())
        scheduleRefresh();
}

void CertificatePicker::scheduleRefresh()
{
    // Queued: a module and a token set one after the other (or a module set
    // right after the view is shown) give one read, of the last values.
    QTimer::singleShot(0, this, [this] {
        if (m_stale)
            refresh();
    });
}

void CertificatePicker::showEvent(QShowEvent *e)
{
    QComboBox::showEvent(e);
    if (m_stale)
        scheduleRefresh();
}

void CertificatePicker::showPopup()
{
    if (m_stale)
        refresh(); // the list is filled in as soon as it is read
    QComboBox::showPopup();
}

void CertificatePicker::refresh()
{
    m_stale = false;
    if (m_module.isEmpty())
        return;
    const QString module = m_module, token = m_token;
    const quint64 generation = ++m_generation;
    m_scanning = true;
    runInBackground(this, [module] { return pkcs11::TokenInventory::scan(module, true); },
                    [this, generation, token](const ModuleEntry &entry) {
                        if (generation != m_generation)
                            return; // the module or token changed meanwhile
                        m_scanning = false;
                        fill(token, entry);
                    });
}

void CertificatePicker::fill(const QString &token, const ModuleEntry &entry)
{
    const QString wanted = m_wanted;
    clear();
    addItem(tr("Automatic (the certificate that fits the role)"), QString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int listed = 0;
    for (const pkcs11::TokenEntry &t : entry.tokens) {
        if (!token.isEmpty() && t.info.label != token && t.info.serial != token)
            continue;
        for (const pkcs11::CertificateEntry &c : t.certificates) {
            if (c.isAuthority)
                continue;
            const qint64 days = daysLeftOn(c.info, now);
            const QString kind = c.kind == CertificateKind::Agency ? tr("agency seal") : tr("personal");
            const QString validity = days < 0 ? tr("expired") : tr("%n day(s) left", nullptr, int(days));
            QStringList who{c.info.commonName};
            if (!c.info.title.isEmpty())
                who << c.info.title;
            if (!c.info.organization.isEmpty() && c.info.organization != c.info.commonName)
                who << c.info.organization;
            addItem(QStringLiteral("%1 (%2, %3)").arg(who.join(QStringLiteral(" — ")), kind, validity),
                    QString::fromLatin1(c.id.toHex()));
            setItemData(count() - 1, tr("ID %1 on %2").arg(QString::fromLatin1(c.id.toHex()), t.info.label), Qt::ToolTipRole);
            ++listed;
        }
    }
    if (!wanted.isEmpty())
        setCertIdHex(wanted);
    emit scanned(listed);
}

} // namespace kyso::gui
