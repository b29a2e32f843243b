// The main window's geometry on small screens, remembered geometry, and Qt's
// own strings in Vietnamese.
#include "app/gui/WindowGeometry.h"
#include "core/Localization.h"
#include "core/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace kyso;

class TestWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("KYSO_CONFIG_DIR", m_config.path().toUtf8());
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
    QTemporaryDir m_config;
};

QTEST_MAIN(TestWindow)
#include "TestWindow.moc"
