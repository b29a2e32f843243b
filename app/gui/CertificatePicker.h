#pragma once

#include "pkcs11/TokenInventory.h"

#include <QComboBox>

namespace kyso::gui {

// The signing certificate chosen from the token's own list (holder, title,
// agency, personal or agency, days left) instead of a typed hex ID. The list
// is read off the GUI thread, never logs in, and the first entry is
// "automatic" (the signer picks the certificate that fits the role). An ID set
// before the list arrives (a profile, a test) is kept and selected when found.
class CertificatePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit CertificatePicker(QWidget *parent = nullptr);

    // The certificates of `token` (label or serial; empty: every token)
    // through `module`: read in the background when the picker is on screen
    // (now, or when it is shown or opened), never while it is hidden.
    void setModule(const QString &module, const QString &token);
    void refresh(); // read the list now
    QString certIdHex() const;         // empty: automatic
    void setCertIdHex(const QString &id);
    bool isScanning() const { return m_scanning; }

    void showPopup() override;

signals:
    void scanned(int certificates); // the list was (re)filled

protected:
    void showEvent(QShowEvent *) override;

private:
    void fill(const QString &token, const pkcs11::ModuleEntry &entry);
    void scheduleRefresh();

    QString m_wanted; // the ID to select once listed
    QString m_module;
    QString m_token;
    bool m_stale = false; // module or token changed since the last read
    quint64 m_generation = 0;
    bool m_scanning = false;
};

} // namespace kyso::gui
