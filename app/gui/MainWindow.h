#pragma once

#include <QMainWindow>

class QTabWidget;

namespace kyso::gui {

class SignView;
class VerifyView;
class TokensView;
class RegisterView;
class SettingsView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() { return m_tabs; }
    SignView *signView() { return m_sign; }
    VerifyView *verifyView() { return m_verify; }
    TokensView *tokensView() { return m_tokens; }
    RegisterView *registerView() { return m_register; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QTabWidget *m_tabs;
    SignView *m_sign;
    VerifyView *m_verify;
    TokensView *m_tokens;
    RegisterView *m_register;
    SettingsView *m_settings;
    bool m_closeConfirmed = false; // the user chose to close while signing
};

} // namespace kyso::gui
