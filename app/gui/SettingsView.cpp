#include "SettingsView.h"

#include "pdf/SignatureVerifier.h"

#include "core/Settings.h"
#include "core/SigningProfile.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <iterator>

namespace kyso::gui {

SettingsView::SettingsView(QWidget *parent)
    : QWidget(parent), m_module(new QLineEdit(Settings::configuredModulePath(), this)), m_anchors(new QListWidget(this)),
      m_tsa(new QLineEdit(Settings::value(SettingKey::TsaUrl).toString(), this)), m_language(new QComboBox(this)),
      m_profiles(new QComboBox(this)), m_profileName(new QLineEdit(this)), m_signer(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_certId(new QLineEdit(this)), m_title(new QLineEdit(this)), m_agency(new QLineEdit(this)),
      m_image(new QLineEdit(this)), m_capacity(new QComboBox(this)), m_role(new QComboBox(this)),
      m_diameter(new QDoubleSpinBox(this)), m_message(new QLabel(this))
{
    m_module->setPlaceholderText(Settings::defaultModulePath());
    m_anchors->addItems(Settings::trustAnchorFiles());
    m_tsa->setPlaceholderText(QStringLiteral("http://ca.gov.vn/tsa"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString lang = Settings::value(SettingKey::UiLanguage).toString();
    m_language->setCurrentIndex(lang == QLatin1String("en") ? 1 : 0);
    for (Capacity c : {Capacity::None, Capacity::KT, Capacity::TM, Capacity::TL, Capacity::TUQ, Capacity::Q})
        m_capacity->addItem(c == Capacity::None ? tr("(none)") : QLatin1String(capacityName(c)), QLatin1String(capacityName(c)));
    for (SigningRole r : {SigningRole::Personal, SigningRole::Agency, SigningRole::Attachment, SigningRole::Copy})
        m_role->addItem(roleLabel(r), QLatin1String(roleName(r)));
    m_diameter->setRange(5, 80);
    m_diameter->setSuffix(QStringLiteral(" mm"));
    m_diameter->setValue(36);

    auto *general = new QGroupBox(tr("General"), this);
    auto *gform = new QFormLayout(general);
    auto *browseModule = new QPushButton(tr("Browse…"), this);
    auto *moduleRow = new QHBoxLayout;
    moduleRow->addWidget(m_module);
    moduleRow->addWidget(browseModule);
    auto *moduleLabel = new QLabel(tr("PKCS#&11 module"), this);
    moduleLabel->setBuddy(m_module);
    gform->addRow(moduleLabel, moduleRow);
    auto *addAnchor = new QPushButton(tr("Add tr&ust anchor…"), this);
    auto *removeAnchor = new QPushButton(tr("Remove"), this);
    auto *anchorButtons = new QHBoxLayout;
    anchorButtons->addWidget(addAnchor);
    anchorButtons->addWidget(removeAnchor);
    gform->addRow(tr("Trust anc&hors"), m_anchors);
    gform->addRow(QString(), anchorButtons);
    gform->addRow(tr("Ti&me-stamp server (TSA)"), m_tsa);
    gform->addRow(tr("&Language (after restart)"), m_language);
    auto *saveGeneral = new QPushButton(tr("S&ave"), this);
    gform->addRow(QString(), saveGeneral);

    auto *profiles = new QGroupBox(tr("Signing profiles"), this);
    auto *pform = new QFormLayout(profiles);
    pform->addRow(tr("Pr&ofile"), m_profiles);
    pform->addRow(tr("&Name"), m_profileName);
    pform->addRow(tr("Si&gner"), m_signer);
    pform->addRow(tr("To&ken (label or serial)"), m_token);
    pform->addRow(tr("Certi&ficate ID"), m_certId);
    pform->addRow(tr("Capacity"), m_capacity);
    pform->addRow(tr("T&itle"), m_title);
    pform->addRow(tr("Agen&cy"), m_agency);
    auto *browseImage = new QPushButton(tr("Browse…"), this);
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image);
    imageRow->addWidget(browseImage);
    auto *imageLabel = new QLabel(tr("Signature or seal image"), this);
    imageLabel->setBuddy(m_image);
    pform->addRow(imageLabel, imageRow);
    pform->addRow(tr("Seal diameter"), m_diameter);
    pform->addRow(tr("Default role"), m_role);
    auto *saveP = new QPushButton(tr("Save &profile"), this);
    auto *deleteP = new QPushButton(tr("&Delete profile"), this);
    auto *pbuttons = new QHBoxLayout;
    pbuttons->addWidget(saveP);
    pbuttons->addWidget(deleteP);
    pform->addRow(QString(), pbuttons);

    // A long message wraps instead of widening the window.
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    // Reading order, down the general column, then down the profile column.
    QWidget *order[] = {m_module, browseModule, m_anchors, addAnchor, removeAnchor, m_tsa, m_language, saveGeneral,
                        m_profiles, m_profileName, m_signer, m_token, m_certId, m_capacity, m_title, m_agency,
                        m_image, browseImage, m_diameter, m_role, saveP, deleteP};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(general, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(profiles);
    right->addWidget(m_message);
    right->addStretch();
    layout->addLayout(right, 1);

    connect(browseModule, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("PKCS#11 module"), QStringLiteral("/usr/lib"), tr("Libraries (*.so)"));
        if (!f.isEmpty())
            m_module->setText(f);
    });
    connect(browseImage, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Image"), QString(), tr("Images (*.png *.jpg)"));
        if (!f.isEmpty())
            m_image->setText(f);
    });
    connect(addAnchor, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Trust anchor"), QString(), tr("Certificates (*.pem *.crt *.cer)"));
        if (!f.isEmpty())
            addTrustAnchor(f);
    });
    connect(removeAnchor, &QPushButton::clicked, this, [this] { delete m_anchors->currentItem(); });
    connect(saveGeneral, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &SettingsView::loadProfile);
    connect(saveP, &QPushButton::clicked, this, &SettingsView::saveProfile);
    connect(deleteP, &QPushButton::clicked, this, &SettingsView::deleteProfile);
    m_profiles->addItem(tr("(new profile)"), QString());
    for (const QString &n : SigningProfile::names())
        m_profiles->addItem(n, n);
}

bool SettingsView::addTrustAnchor(const QString &file)
{
    // Checked now: an unreadable anchor would otherwise be saved and then
    // make every signature refused as untrusted.
    pdf::SignatureVerifier check;
    if (check.addTrustAnchors(file)) {
        m_message->setText(tr("\"%1\" holds no certificate KySo can read; ask the IT officer for the root certificate "
                              "of the certification authority as a .pem or .crt file. It was not added.")
                               .arg(QFileInfo(file).fileName()));
        return false;
    }
    if (m_anchors->findItems(file, Qt::MatchExactly).isEmpty())
        m_anchors->addItem(file);
    m_message->setText(tr("Trust anchor added; press Save to keep it."));
    return true;
}

void SettingsView::save()
{
    Settings::setConfiguredModulePath(m_module->text());
    QStringList anchors;
    for (int i = 0; i < m_anchors->count(); ++i)
        anchors << m_anchors->item(i)->text();
    Settings::setTrustAnchorFiles(anchors);
    auto s = Settings::store();
    s.setValue(Settings::keyName(SettingKey::TsaUrl), m_tsa->text());
    s.setValue(Settings::keyName(SettingKey::UiLanguage), m_language->currentData());
    m_message->setText(tr("Settings saved."));
    emit moduleChanged(Settings::defaultModulePath());
}

void SettingsView::loadProfile()
{
    SigningProfile p;
    if (!SigningProfile::load(m_profiles->currentData().toString(), p))
        p = SigningProfile();
    m_profileName->setText(p.name);
    m_signer->setText(p.signer);
    m_token->setText(p.token);
    m_certId->setText(p.certId);
    m_title->setText(p.title);
    m_agency->setText(p.agency);
    m_image->setText(p.imagePath);
    m_diameter->setValue(p.sealDiameterMm);
    m_capacity->setCurrentIndex(std::max(0, m_capacity->findData(QLatin1String(capacityName(p.capacity)))));
    m_role->setCurrentIndex(std::max(0, m_role->findData(QLatin1String(roleName(p.defaultRole)))));
}

void SettingsView::saveProfile()
{
    if (m_profileName->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give the profile a name."));
        return;
    }
    SigningProfile p;
    p.name = m_profileName->text().trimmed();
    p.signer = m_signer->text();
    p.token = m_token->text();
    p.certId = m_certId->text();
    p.title = m_title->text();
    p.agency = m_agency->text();
    p.imagePath = m_image->text();
    p.sealDiameterMm = m_diameter->value();
    parseCapacity(m_capacity->currentData().toString(), p.capacity);
    parseRole(m_role->currentData().toString(), p.defaultRole);
    p.save();
    if (m_profiles->findData(p.name) < 0)
        m_profiles->addItem(p.name, p.name);
    m_message->setText(tr("Profile \"%1\" saved.").arg(p.name));
    emit profilesChanged();
}

void SettingsView::deleteProfile()
{
    const QString name = m_profiles->currentData().toString();
    if (name.isEmpty() || !SigningProfile::remove(name))
        return;
    m_profiles->removeItem(m_profiles->currentIndex());
    m_message->setText(tr("Profile \"%1\" deleted.").arg(name));
    emit profilesChanged();
}

} // namespace kyso::gui
