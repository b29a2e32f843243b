#pragma once

#include "core/Lifecycle.h"
#include "pkcs11/TokenInventory.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace kyso::pkcs11 {
class TokenMonitor;
}

namespace kyso::gui {

// For IT staff: tokens and their live PIN state, certificates with type,
// expiry countdown and 60/30-day warnings, change PIN, hot-plug updates, and
// for a locked token a prefilled Form 06 summary. Never logs in to look.
class TokensView : public QWidget
{
    Q_OBJECT
public:
    explicit TokensView(QWidget *parent = nullptr);
    ~TokensView() override;

    void setModule(const QString &module);
    void refresh();
    QTreeWidget *tree() { return m_tree; }
    QPlainTextEdit *form06() { return m_form06; }

signals:
    void refreshed(int tokenCount);

private:
    // What the view shows, read off the GUI thread.
    struct Snapshot {
        pkcs11::ModuleEntry entry;
        QDateTime now;
        QHash<QString, LifecycleAdvice> advice; // "serial/certIdHex" of each holder certificate
    };
    static Snapshot read(const QString &module);
    void showSnapshot(const Snapshot &snapshot);
    void changePin();
    QTreeWidgetItem *selectedToken() const;
    void updateChangePin();
    // Token events for the register (regulation art. 9.6 report).
    void recordEvent(const QString &serial, const QString &label, const QString &event);

    QString m_module;
    pkcs11::TokenMonitor *m_monitor = nullptr;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QPushButton *m_changePin;
    QPlainTextEdit *m_form06;
    QPushButton *m_copyForm06;
    QLabel *m_pinResult;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace kyso::gui
