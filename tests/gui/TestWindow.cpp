// The main window's geometry on small screens, remembered geometry, Qt's own
// strings in Vietnamese, the window and dialogs on a 1366x768 screen after a
// long error, mnemonics, tab order and Enter in the PIN dialog.
#include "app/gui/ChangePinDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PinDialog.h"
#include "app/gui/SettingsView.h"
#include "app/gui/SignView.h"
#include "app/gui/TokensView.h"
#include "app/gui/VerifyView.h"
#include "app/gui/WindowGeometry.h"
#include "core/Localization.h"
#include "core/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kyso;

namespace {

// An office laptop: 1366x768; the window manager's title bar and frame need
// about 30 px of the height.
const QRect kLaptop(0, 0, 1366, 768);
constexpr int kFrameHeight = 30;

// A long error as the token, the time-stamp server or the file system word
// them, with a long path in it (about 600 characters).
QString longError()
{
    QString text = QStringLiteral("Chưa ký /home/van-thu/Tài liệu/Văn bản đi/2026/quyet-dinh-phe-duyet-ke-hoach-cong-tac.pdf: ");
    while (text.size() < 600)
        text += QStringLiteral("máy chủ dấu thời gian không trả lời trong 30 giây, token báo lỗi CKR_DEVICE_ERROR; ");
    return text;
}

bool fitsTheLaptop(const QWidget &w)
{
    return w.width() <= kLaptop.width() && w.height() + kFrameHeight <= kLaptop.height() &&
           w.minimumSizeHint().width() <= kLaptop.width() && w.minimumSizeHint().height() + kFrameHeight <= kLaptop.height();
}

void settleLayouts()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The mnemonic letter of a text ("Kiểm &tra" -> 't'), or a null QChar.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// A mnemonic, the text that carries it, and the pages of stacked widgets
// (inner tabs) it lives on: two pages of one stack are never shown together.
struct Mnemonic {
    QChar letter;
    QString text;
    QList<QPair<const QStackedWidget *, const QWidget *>> pages;
};

QList<QPair<const QStackedWidget *, const QWidget *>> pagesOf(const QWidget *w, const QWidget *root)
{
    QList<QPair<const QStackedWidget *, const QWidget *>> out;
    for (const QWidget *child = w; child && child != root; child = child->parentWidget()) {
        if (auto *stack = qobject_cast<const QStackedWidget *>(child->parentWidget()))
            out.append({stack, child});
    }
    return out;
}

// Every mnemonic of the buttons and buddy labels under root.
QList<Mnemonic> mnemonicsUnder(const QWidget *root)
{
    QList<Mnemonic> out;
    for (const QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (const QChar c = mnemonicOf(b->text()); !c.isNull())
            out.append({c, b->text(), pagesOf(b, root)});
    }
    for (const QLabel *l : root->findChildren<QLabel *>()) {
        if (const QChar c = mnemonicOf(l->text()); !c.isNull() && l->buddy())
            out.append({c, l->text(), pagesOf(l, root)});
    }
    return out;
}

// Whether a and b can be on screen together: no stack shows both their pages.
bool shownTogether(const Mnemonic &a, const Mnemonic &b)
{
    for (const auto &[stack, page] : a.pages) {
        for (const auto &[otherStack, otherPage] : b.pages) {
            if (stack == otherStack && page != otherPage)
                return false;
        }
    }
    return true;
}

// Empty when no letter is used twice among what is shown together; otherwise
// the clashing texts.
QString clashes(const QList<Mnemonic> &mnemonics)
{
    QString out;
    for (int i = 0; i < mnemonics.size(); ++i) {
        for (int j = i + 1; j < mnemonics.size(); ++j) {
            const Mnemonic &a = mnemonics[i], &b = mnemonics[j];
            if (a.letter == b.letter && shownTogether(a, b))
                out += QStringLiteral("'%1': \"%2\" and \"%3\"; ").arg(QString(a.letter), a.text, b.text);
        }
    }
    return out;
}

int countWithMnemonic(const QList<QAbstractButton *> &buttons)
{
    int n = 0;
    for (const QAbstractButton *b : buttons)
        n += mnemonicOf(b->text()).isNull() ? 0 : 1;
    return n;
}

// The object names met along the Tab focus chain from root, in order.
QStringList focusChainNames(QWidget *root)
{
    QStringList names;
    QWidget *w = root;
    for (int guard = 0; guard < 500; ++guard) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() && root->isAncestorOf(w))
            names << w->objectName();
    }
    return names;
}

} // namespace

class TestWindow : public QObject
{
    Q_OBJECT
private:
    static pkcs11::PinState finalTry()
    {
        pkcs11::PinState state;
        state.status = pkcs11::PinStatus::FinalTry;
        return state;
    }
    // Shows the dialog and types the demo PIN; the PIN field (null if the
    // dialog did not show).
    static QLineEdit *showWithPinTyped(QDialog &dialog)
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return nullptr;
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("pin"));
        if (pin)
            QTest::keyClicks(pin, QStringLiteral("123456"));
        return pin;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("KYSO_CONFIG_DIR", m_config.path().toUtf8());
        QVERIFY(m_data.isValid());
        qputenv("KYSO_DATA_DIR", m_data.path().toUtf8());
        // No token library: the views show their "not installed" state.
        qputenv("KYSO_PKCS11_MODULE", QByteArrayLiteral("/nonexistent/libpkcs11.so"));
        QSettings s = Settings::store();
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("vi"));
        s.sync();
        QCOMPARE(installTranslation(*qApp), QStringLiteral("vi"));
    }

    void fitsAnOfficeLaptop()
    {
        // 1366×768 with a 28 px panel: the window and its frame stay on screen.
        const QRect available(0, 28, 1366, 740);
        const QRect r = gui::fittedGeometry(available, QSize(1280, 800), QSize(900, 600));
        QVERIFY(available.contains(r));
        QVERIFY(r.height() <= available.height() - 30);
        QCOMPARE(r.width(), 1280);
    }

    void keepsThePreferredSizeOnLargeScreens()
    {
        const QRect available(0, 0, 1920, 1050);
        const QRect r = gui::fittedGeometry(available, QSize(1280, 800), QSize(900, 600));
        QCOMPARE(r.size(), QSize(1280, 800));
        QCOMPARE(r.center(), available.center());
    }

    void neverSmallerThanTheMinimum()
    {
        const QRect r = gui::fittedGeometry(QRect(0, 0, 800, 600), QSize(1280, 800), QSize(760, 580));
        QVERIFY(r.width() >= 760 && r.height() >= 580);
        QVERIFY(r.top() >= 0 && r.left() >= 0);
    }

    void remembersTheGeometry()
    {
        QWidget first;
        first.setGeometry(40, 50, 640, 420);
        gui::saveWindowGeometry(first);
        QWidget second;
        gui::restoreWindowGeometry(second, QSize(1280, 800));
        QCOMPARE(second.size(), QSize(640, 420));
    }

    void mainWindowFitsAfterALongError()
    {
        gui::MainWindow window;
        window.setGeometry(gui::fittedGeometry(kLaptop, QSize(1280, 800), window.minimumSizeHint().boundedTo(QSize(1280, 800))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settleLayouts();
        QVERIFY2(fitsTheLaptop(window), qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
        const QSize before = window.size();
        // Every status and message line of the views at once, as after a failure.
        const QStringList lines{QStringLiteral("status"), QStringLiteral("verifyFile"), QStringLiteral("verdict"),
                                QStringLiteral("tokensStatus"), QStringLiteral("pinChangeResult"), QStringLiteral("settingsMessage")};
        for (const QString &name : lines) {
            auto *label = window.findChild<QLabel *>(name);
            QVERIFY2(label, qPrintable(name));
            label->setText(longError());
            label->setVisible(true);
        }
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            settleLayouts();
            QVERIFY2(fitsTheLaptop(window), qPrintable(QStringLiteral("view %1: %2x%3, minimum %4x%5")
                                                           .arg(i)
                                                           .arg(window.width())
                                                           .arg(window.height())
                                                           .arg(window.minimumSizeHint().width())
                                                           .arg(window.minimumSizeHint().height())));
            QCOMPARE(window.width(), before.width()); // the layout does not jump sideways
        }
    }

    void pinDialogFitsAfterALongError()
    {
        pkcs11::PinState state;
        state.status = pkcs11::PinStatus::FinalTry;
        gui::PinDialog dialog(QStringLiteral("KYSO DEMO"), state);
        dialog.setProblem(longError());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settleLayouts();
        QVERIFY2(fitsTheLaptop(dialog), qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinProblem"))->isVisible());
    }

    void changePinDialogFitsAfterALongError()
    {
        gui::ChangePinDialog dialog(QStringLiteral("/nonexistent/libpkcs11.so"), QStringLiteral("0123456789ABCDEF"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int width = dialog.width();
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("changePinMessage"));
        QVERIFY(message);
        message->setText(longError());
        settleLayouts();
        QVERIFY2(fitsTheLaptop(dialog), qPrintable(QStringLiteral("%1x%2").arg(dialog.width()).arg(dialog.height())));
        QCOMPARE(dialog.width(), width);
    }

    void pinDialogEnterConfirmsOnlyFromThePinField()
    {
        gui::PinDialog dialog(QStringLiteral("KYSO DEMO"), finalTry());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QLineEdit *pin = showWithPinTyped(dialog);
        QVERIFY(pin);
        auto *confirm = dialog.findChild<QCheckBox *>(QStringLiteral("confirmFinalTry"));
        confirm->setChecked(true);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // Enter on the tick box (just ticked) does not send the PIN.
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Return);
        QTest::keyClick(confirm, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        // Enter in the PIN field does.
        pin->setFocus();
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
    }

    void pinDialogEnterWithoutTheTickDoesNothing()
    {
        gui::PinDialog dialog(QStringLiteral("KYSO DEMO"), finalTry());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QLineEdit *pin = showWithPinTyped(dialog);
        QVERIFY(pin);
        QTest::keyClick(pin, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0); // the final try needs the explicit tick
    }

    // In Vietnamese (installed) and in English (the source texts): in each
    // view, together with the tab titles, and in each dialog, every mnemonic
    // letter is used once.
    void mnemonicsAreUniquePerView()
    {
        // The check itself: a clash on one page is found, the same letter on
        // two pages of inner tabs is not a clash.
        QWidget sample;
        new QPushButton(QStringLiteral("&Add"), &sample);
        auto *inner = new QTabWidget(&sample);
        inner->addTab(new QPushButton(QStringLiteral("&Apply")), QStringLiteral("one"));
        inner->addTab(new QPushButton(QStringLiteral("A&ccept")), QStringLiteral("two"));
        auto *third = new QWidget;
        new QPushButton(QStringLiteral("&Copy"), third);
        inner->addTab(third, QStringLiteral("three"));
        QVERIFY(clashes(mnemonicsUnder(&sample)).contains(QStringLiteral("&Apply")));
        QVERIFY(!clashes(mnemonicsUnder(&sample)).contains(QStringLiteral("&Copy")));
        checkMnemonics(QStringLiteral("vi"));
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        checkMnemonics(QStringLiteral("en"));
        for (QTranslator *t : translators)
            QCoreApplication::installTranslator(t);
    }

    void tabOrderFollowsTheReadingOrder()
    {
        gui::VerifyView verify;
        const QStringList names = focusChainNames(&verify);
        const QStringList expected{QStringLiteral("openPdf"), QStringLiteral("verifyReport"), QStringLiteral("previousPage"),
                                   QStringLiteral("nextPage")};
        QStringList met;
        for (const QString &n : names) {
            if (expected.contains(n))
                met << n;
        }
        QCOMPARE(met, expected);
        gui::ChangePinDialog dialog(QStringLiteral("/nonexistent/libpkcs11.so"), QStringLiteral("1"));
        QStringList pins;
        for (const QString &n : focusChainNames(&dialog)) {
            if (!pins.contains(n))
                pins << n;
        }
        QCOMPARE(pins, (QStringList{QStringLiteral("currentPin"), QStringLiteral("newPin"), QStringLiteral("newPinAgain"),
                                    QStringLiteral("changePinButton")}));
    }

    void qtButtonsAreVietnamese()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Có"));
    }

    void qtFileDialogIsVietnamese()
    {
        QFileDialog dialog(nullptr, QString(), m_config.path());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("&Tên tệp:"));
        auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
        QVERIFY(lookIn);
        QCOMPARE(lookIn->text(), QStringLiteral("Tìm trong:"));
    }

private:
    void checkMnemonics(const QString &language)
    {
        gui::MainWindow window;
        QList<Mnemonic> tabs;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            const QString title = window.tabs()->tabText(i);
            QVERIFY2(!mnemonicOf(title).isNull(), qPrintable(language + QStringLiteral(": tab ") + title));
            tabs.append({mnemonicOf(title), title, {}});
        }
        // A view's mnemonics are live together with the tab titles'.
        for (int i = 0; i < window.tabs()->count(); ++i) {
            const QString problem = clashes(tabs + mnemonicsUnder(window.tabs()->widget(i)));
            QVERIFY2(problem.isEmpty(), qPrintable(language + QStringLiteral(", view ") + window.tabs()->tabText(i) + QStringLiteral(": ") + problem));
        }
        // The main buttons carry one.
        QCOMPARE(countWithMnemonic(window.verifyView()->findChildren<QAbstractButton *>()), 3);
        QCOMPARE(countWithMnemonic(window.tokensView()->findChildren<QAbstractButton *>()), 3);
        QVERIFY(mnemonicsUnder(window.findChild<gui::SettingsView *>()).size() >= 15);

        pkcs11::PinState state;
        state.status = pkcs11::PinStatus::FinalTry;
        gui::PinDialog pin(QStringLiteral("KYSO DEMO"), state);
        const auto pinMnemonics = mnemonicsUnder(&pin);
        QVERIFY2(clashes(pinMnemonics).isEmpty(), qPrintable(language + QStringLiteral(", PIN dialog: ") + clashes(pinMnemonics)));
        QVERIFY(pinMnemonics.size() >= 2); // the PIN field's label and the final-try tick
        gui::ChangePinDialog change(QStringLiteral("/nonexistent/libpkcs11.so"), QStringLiteral("1"));
        const auto changeMnemonics = mnemonicsUnder(&change);
        QVERIFY2(clashes(changeMnemonics).isEmpty(), qPrintable(language + QStringLiteral(", change PIN: ") + clashes(changeMnemonics)));
        QCOMPARE(changeMnemonics.size(), 4); // the three fields' labels and the button
    }

    QTemporaryDir m_config;
    QTemporaryDir m_data;
};

QTEST_MAIN(TestWindow)
#include "TestWindow.moc"
