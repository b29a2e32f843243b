#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QLabel;

namespace kyso::gui {

// PKCS#11 module, trust anchors, time-stamp server, signing profiles (with
// signature or seal image and the seal's real diameter), language.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsView(QWidget *parent = nullptr);
    // Adds a trust anchor file to the list if it holds a readable certificate;
    // otherwise says so in the view's message line and adds nothing.
    bool addTrustAnchor(const QString &file);

signals:
    void moduleChanged(const QString &module);
    // A profile was saved or deleted: the Sign view lists profiles at once.
    void profilesChanged();

private:
    void save();
    void loadProfile();
    void saveProfile();
    void deleteProfile();

    QLineEdit *m_module;
    QListWidget *m_anchors;
    QLineEdit *m_tsa;
    QComboBox *m_language;
    QComboBox *m_profiles;
    QLineEdit *m_profileName, *m_signer, *m_token, *m_certId, *m_title, *m_agency, *m_image;
    QComboBox *m_capacity, *m_role;
    QDoubleSpinBox *m_diameter;
    QLabel *m_message;
};

} // namespace kyso::gui
