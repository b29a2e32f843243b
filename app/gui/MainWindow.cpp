#include "MainWindow.h"

#include "RegisterView.h"
#include "SettingsView.h"
#include "SignController.h"
#include "SignView.h"
#include "TokensView.h"
#include "VerifyView.h"
#include "WindowGeometry.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QMessageBox>

#include <QTabWidget>

namespace kyso::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_sign(new SignView(this)), m_verify(new VerifyView(this)),
      m_tokens(new TokensView(this)), m_register(new RegisterView(this)), m_settings(new SettingsView(this))
{
    setWindowTitle(tr("KySo — PDF signing for state agencies"));
    m_tabs->addTab(m_sign, tr("&Sign"));
    m_tabs->addTab(m_verify, tr("&Verify"));
    m_tabs->addTab(m_tokens, tr("&Tokens"));
    m_tabs->addTab(m_register, tr("&Register"));
    m_tabs->addTab(m_settings, tr("S&ettings"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_register)
            m_register->reload();
    });
    connect(m_sign, &SignView::batchFinished, m_register, &RegisterView::reload);
    connect(m_settings, &SettingsView::moduleChanged, m_tokens, &TokensView::setModule);
    connect(m_settings, &SettingsView::profilesChanged, m_sign, &SignView::reloadProfiles);
    restoreWindowGeometry(*this, QSize(1280, 800));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // While files are being checked or signed, closing asks first (without a
    // nested event loop: the question is opened, the close is retried on Yes).
    if (m_sign->controller()->isBusy() && !m_closeConfirmed) {
        event->ignore();
        if (findChild<QMessageBox *>(QStringLiteral("closeWhileSigning")))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Signing is in progress"),
                                    tr("KySo is still checking or signing files. If you close now, the file being signed is "
                                       "not written and the rest of the batch is not signed. Close anyway?"),
                                    QMessageBox::Yes | QMessageBox::No, this);
        box->setObjectName(QStringLiteral("closeWhileSigning"));
        box->setDefaultButton(QMessageBox::No);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
            if (box->standardButton(button) != QMessageBox::Yes)
                return;
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    saveWindowGeometry(*this);
    QMainWindow::closeEvent(event);
}

} // namespace kyso::gui
