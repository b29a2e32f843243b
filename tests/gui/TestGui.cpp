// Widget tests under QT_QPA_PLATFORM=offscreen, with a SoftHSM demo token and
// the PKCS#11 test module: the sign flow end to end, the PIN dialog's
// final-try warning, and a responsive GUI while the token is slow.
//
// Every wait is on a condition with a generous deadline (kDeadline): the
// first run on a fresh machine builds the font cache and loads the token
// stack cold, and CI machines are shared. No fixed sleeps.
#include "CertificatePicker.h"
#include "PagePreview.h"
#include "PageViewer.h"
#include "MainWindow.h"
#include "SettingsView.h"
#include "core/SigningProfile.h"
#include "PinDialog.h"
#include "RegisterView.h"
#include "RegisterForms.h"
#include "core/RegisterExport.h"
#include "common/ReleaseStep.h"
#include "SignController.h"
#include "SignView.h"
#include "core/OutgoingBook.h"
#include "core/Register.h"
#include "core/Settings.h"
#include "pdf/ReleaseDraft.h"
#include "TokensView.h"
#include "core/Register.h"
#include "VerifyView.h"
#include "pdf/SignatureVerifier.h"
#include "../unit/PdfFixtures.h"

#include <QComboBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QDateEdit>
#include <QDir>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QTimeZone>
#include <QTranslator>
#include <QTreeWidget>

using namespace kyso;
using namespace kyso::gui;

namespace {
constexpr int kDeadline = 90000; // ms; a condition that holds returns at once

// Three A4 pages without text (so without a signature block), each with a
// coloured square somewhere else.
QByteArray threePagesWithoutBlock()
{
    return test::makePdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 28 >>\nstream\n0 0 1 rg 50 600 200 150 re f\nendstream",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>",
        "<< /Length 29 >>\nstream\n1 0 0 rg 300 100 200 150 re f\nendstream",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R >>",
        "<< /Length 29 >>\nstream\n0 1 0 rg 300 500 200 150 re f\nendstream",
    });
}
} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void signFlowEndToEnd();
    void pinDialogWarnsOnFinalTry();
    void lockedTokenOffersNoPinField();
    void previewOnRotatedOffsetPage();
    void uiStaysResponsiveWhileTokenIsSlow();
    void tokensViewShowsHotPlug();
    void registerViewListsTheSignature();
    void registerViewAddsAHandover();
    void registerViewAddsARequest();
    void registerViewExportsCsvForAVietnameseSpreadsheet();
    void releaseAfterPersonalSignature();
    void verifyViewListsChangesAfterSigning();
    void verifyViewShowsACardPerSignature();
    void certificatePickerListsTheToken();
    void wrongPinAsksAgainThenLockAlerts();
    void failedFileShowsItsReasonInFull();
    void profileIsRememberedAndSettingsListIt();
    void settingsRefuseAnUnreadableTrustAnchor();
    void closingWhileSigningAsksFirst();
    void manualBoxOnPage2();
    void fileWithoutDrawnBoxSaysWhatToDo();
    void roleShowsOnlyItsFields();
    void certificateAndColumnsAreRemembered();

private:
    void writeState(const QByteArray &content);
    QString copySample(const QString &name);

    QTemporaryDir m_dir;
    QString m_source = QStringLiteral(KYSO_SOURCE_DIR);
    QString m_shim = QStringLiteral(KYSO_TEST_MODULE);
    QString m_softhsm = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
    QString m_root;
    QString m_state;
};

void TestGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(QProcess::execute(m_source + QStringLiteral("/tools/make-demo-token.sh"), {m_dir.filePath(QStringLiteral("token"))}), 0);
    qputenv("SOFTHSM2_CONF", m_dir.filePath(QStringLiteral("token/softhsm2.conf")).toLocal8Bit());
    qputenv("KYSO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("KYSO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    m_root = m_dir.filePath(QStringLiteral("token/pki/root.pem"));
    m_state = m_dir.filePath(QStringLiteral("p11state"));
    writeState("");
    qputenv("KYSO_TEST_P11_STATE", m_state.toLocal8Bit());
    // Views that open the default module get the test module, never the
    // system's p11-kit proxy: that one loads every installed module (OpenSC,
    // p11-kit-trust, a second SoftHSM whose C_Finalize would close the test
    // module's sessions), slowly on a cold machine.
    qputenv("KYSO_PKCS11_MODULE", m_shim.toLocal8Bit());

    // Warm-up outside any deadline: the first font lookup and paint build
    // the font cache on a fresh machine.
    SignView warm;
    warm.resize(800, 600);
    QVERIFY(!warm.grab().isNull());
}

void TestGui::writeState(const QByteArray &content)
{
    QFile f(m_state + QStringLiteral(".new"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    // Atomic replace (the test module rewrites this file too).
    QVERIFY(::rename(QFile::encodeName(m_state + QStringLiteral(".new")).constData(), QFile::encodeName(m_state).constData()) == 0);
}

QString TestGui::copySample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::copy(m_source + QStringLiteral("/resources/sample/quyet-dinh-mau.pdf"), path);
    return path;
}

void TestGui::signFlowEndToEnd()
{
    SignView view;
    view.show();
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    const QString input = copySample(QStringLiteral("gui-a.pdf"));
    view.addFiles({input, copySample(QStringLiteral("gui-b.pdf"))});

    // Place: the proposed box comes from the signature block.
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("prepareButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    QVERIFY(!view.preview()->box().isEmpty());
    QVERIFY(view.preview()->box().center().x() > 380 && view.preview()->box().center().x() < 440);
    // What the document says is shown next to the certificate before the PIN.
    const QString status = view.findChild<QLabel *>(QStringLiteral("status"))->text();
    QVERIFY2(status.contains(QStringLiteral("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn An")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("123/QĐ-UBND")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Phó Chủ tịch")), qPrintable(status));

    // The user drags the box 30 pixels to the right in the preview.
    const QRectF before = view.preview()->box();
    const QPoint centre = view.preview()->boxInWidget().center().toPoint();
    QSignalSpy moved(view.preview(), &PagePreview::boxChanged);
    QTest::mousePress(view.preview(), Qt::LeftButton, {}, centre);
    QTest::mouseMove(view.preview(), centre + QPoint(15, 0));
    QTest::mouseMove(view.preview(), centre + QPoint(30, 0));
    QTest::mouseRelease(view.preview(), Qt::LeftButton, {}, centre + QPoint(30, 0));
    QCOMPARE(moved.count(), 1);
    const QRectF after = view.preview()->box();
    QVERIFY(after.x() > before.x() + 5);
    QVERIFY(std::abs(after.y() - before.y()) < 0.5);

    // Sign: one PIN for the batch of two.
    auto *signButton = view.findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(signButton->isEnabled());
    QTest::mouseClick(signButton, Qt::LeftButton);
    PinDialog *dialog = view.pinDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    QSignalSpy finished(&view, &SignView::batchFinished);
    auto *stopButton = view.findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stopButton && !stopButton->isVisible()); // offered only while signing
    dialog->accept();
    QVERIFY(stopButton->isVisible() && stopButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QVERIFY(!stopButton->isVisible());
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(view.results()->rowCount(), 2);

    // The output verifies, with the moved box.
    pdf::SignatureVerifier verifier;
    QVERIFY(!verifier.addTrustAnchors(m_root).isError());
    const pdf::VerificationReport report = verifier.verify(m_dir.filePath(QStringLiteral("gui-a_signed.pdf")));
    QVERIFY(report.allValid());
    QCOMPARE(report.signatures.size(), 1);
    QVERIFY(std::abs(report.signatures.first().widgetRect.x() - after.x()) < 0.5);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("gui-b_signed.pdf"))));

    // The preview draws the signature appearance of the signed file (poppler).
    PagePreview plain, signedPreview;
    plain.resize(420, 594);
    signedPreview.resize(420, 594);
    QVERIFY(plain.load(input));
    QVERIFY(signedPreview.load(m_dir.filePath(QStringLiteral("gui-a_signed.pdf"))));
    QVERIFY(plain.grab().toImage() != signedPreview.grab().toImage());
}

void TestGui::pinDialogWarnsOnFinalTry()
{
    writeState("max_tries=3\ntries_left=1\n");
    SignView view;
    view.setModule(m_shim, QString(), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.addFiles({copySample(QStringLiteral("gui-final.pdf"))});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    QCOMPARE(prepared.first().at(2).toInt(), int(pkcs11::PinStatus::FinalTry));
    PinDialog *dialog = view.pinDialog();
    QVERIFY(dialog);
    dialog->open();
    QVERIFY(dialog->stateText().contains(QStringLiteral("FINAL ATTEMPT")) || dialog->stateText().contains(QStringLiteral("LẦN THỬ CUỐI")));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    QVERIFY(!ok->isEnabled()); // needs the explicit tick
    dialog->findChild<QCheckBox *>(QStringLiteral("confirmFinalTry"))->setChecked(true);
    QVERIFY(ok->isEnabled());
    dialog->reject();
    writeState("");
}

void TestGui::previewOnRotatedOffsetPage()
{
    // CropBox 555.3 × 801.9 starting at (20, 40), turned 90° clockwise.
    const QByteArray pdf = test::makePdf(test::simplePage({}, " /CropBox [20 40 575.303937007874 841.889763779528] /Rotate 90"));
    const QString path = m_dir.filePath(QStringLiteral("rotated-offset.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    PagePreview preview;
    preview.resize(400, 400);
    QVERIFY(preview.load(path));
    // The page-space origin (the CropBox's lower-left corner) is shown at the
    // top-left of the turned page: image 400 × 277 centred vertically.
    preview.setBox(QRectF(0, 0, 100, 40));
    const QRectF w = preview.boxInWidget();
    const double s = 400.0 / 801.889763779528;
    QVERIFY2(std::abs(w.left()) < 1 && std::abs(w.top() - (400 - 555.303937007874 * s) / 2) < 1,
             qPrintable(QStringLiteral("%1,%2").arg(w.left()).arg(w.top())));
    QVERIFY(std::abs(w.width() - 40 * s) < 0.5 && std::abs(w.height() - 100 * s) < 0.5);
    // Dragging the box right on screen moves it up the unrotated page.
    const QPoint centre = w.center().toPoint();
    QTest::mousePress(&preview, Qt::LeftButton, {}, centre);
    QTest::mouseMove(&preview, centre + QPoint(20, 0));
    QTest::mouseMove(&preview, centre + QPoint(40, 0));
    QTest::mouseRelease(&preview, Qt::LeftButton, {}, centre + QPoint(40, 0));
    QVERIFY(std::abs(preview.box().x()) < 0.5);
    QVERIFY(std::abs(preview.box().y() - 40 / s) < 1.5);
}

void TestGui::lockedTokenOffersNoPinField()
{
    pkcs11::PinState locked;
    locked.status = pkcs11::PinStatus::Locked;
    PinDialog dialog(QStringLiteral("KYSO DEMO"), locked);
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("pin"))->isVisible());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog.stateText().contains(QStringLiteral("06")));
}

void TestGui::uiStaysResponsiveWhileTokenIsSlow()
{
    writeState("slow_ms=1500\nslow_calls=GetTokenInfo\n");
    SignView view;
    view.setModule(m_shim, QString(), QStringLiteral("01"));
    view.addFiles({copySample(QStringLiteral("gui-slow.pdf"))});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    QSignalSpy failed(view.controller(), &SignController::prepareFailed);
    QElapsedTimer clock, sinceTick;
    qint64 worstGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        worstGap = std::max(worstGap, sinceTick.restart());
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    view.prepare(); // token calls take 1.5 s each, on the worker thread
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() + failed.count() > 0, kDeadline);
    ticker.stop();
    qInfo() << "token work took" << clock.elapsed() << "ms; longest GUI event-loop gap" << worstGap << "ms";
    QVERIFY(clock.elapsed() >= 1500); // the slow calls really happened
    // The GUI kept painting meanwhile: no gap near the 1.5 s token call (the
    // bound leaves room for a loaded machine's scheduling).
    QVERIFY2(worstGap < 1000, qPrintable(QStringLiteral("GUI blocked for %1 ms").arg(worstGap)));
    writeState("");
}

void TestGui::tokensViewShowsHotPlug()
{
    writeState("");
    TokensView view;
    QSignalSpy refreshed(&view, &TokensView::refreshed);
    view.setModule(m_shim);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, kDeadline);
    QTRY_COMPARE_WITH_TIMEOUT(view.tree()->topLevelItemCount(), 1, kDeadline);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("changePin"))->isEnabled());
    writeState("removed=1\n");
    QTRY_COMPARE_WITH_TIMEOUT(view.tree()->topLevelItemCount(), 0, kDeadline);
    // The empty state says what to do, and nothing can be changed.
    QTRY_VERIFY_WITH_TIMEOUT(view.findChild<QLabel *>(QStringLiteral("tokensStatus"))->text().contains(QStringLiteral("USB")), kDeadline);
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("changePin"))->isEnabled());
    writeState("max_tries=3\ntries_left=0\n");
    QTRY_COMPARE_WITH_TIMEOUT(view.tree()->topLevelItemCount(), 1, kDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(view.form06()->toPlainText().contains(QStringLiteral("06")), kDeadline);
    // A locked PIN cannot be changed; the Form 06 text can be copied.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("changePin"))->isEnabled());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("copyForm06"))->isHidden());
    // The lifecycle advice with its form and recipient, per certificate.
    // Every certificate of the holder (not the CA certificates, listed after them) carries it.
    QTreeWidgetItem *token = view.tree()->topLevelItem(0);
    QVERIFY(token && token->childCount() > 0);
    int holderRows = 0;
    bool authoritySeen = false;
    for (int i = 0; i < token->childCount(); ++i) {
        const QTreeWidgetItem *row = token->child(i);
        if (row->data(0, Qt::UserRole).toBool()) {
            authoritySeen = true;
            continue;
        }
        QVERIFY2(!authoritySeen, "a CA certificate is listed before a holder's certificate");
        ++holderRows;
        const QString advice = row->text(4);
        QVERIFY2(advice.contains(QStringLiteral("Mẫu 06")) && advice.contains(QStringLiteral("Sở Khoa học và Công nghệ")),
                 qPrintable(row->text(0) + QStringLiteral(": ") + advice));
    }
    QVERIFY(holderRows > 0);
    // The register saw the (re-)insertion and the lock (written off the GUI thread).
    auto events = [] {
        Error error;
        QStringList out;
        if (auto reg = Register::open(Register::defaultPath(), error)) {
            for (const TokenEvent &e : reg->tokenEvents())
                out << e.event;
        }
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(events().contains(QStringLiteral("token-inserted")) && events().contains(QStringLiteral("lock-observed")), kDeadline);
    writeState("");
}

void TestGui::registerViewListsTheSignature()
{
    RegisterView view;
    QSignalSpy loaded(&view, &RegisterView::loaded);
    view.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kDeadline); // read off the GUI thread
    QVERIFY(view.signatures()->rowCount() >= 2); // from signFlowEndToEnd
    // Results in the user's words, numbers sorted as numbers.
    const QString result = view.signatures()->item(0, 2)->text();
    QVERIFY2(result == RegisterView::resultText(QStringLiteral("signed")) || result == RegisterView::resultText(QStringLiteral("failed")),
             qPrintable(result));
    QVERIFY(result != QStringLiteral("signed"));
    QCOMPARE(view.signatures()->item(0, 0)->data(Qt::DisplayRole).userType(), int(QMetaType::LongLong));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(view.writeReportPdf(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
}

// Biên bản bàn giao through the form: refused in words (no option named) and
// kept in the form; once right, written off the GUI thread, listed, and in
// the register.
void TestGui::registerViewAddsAHandover()
{
    QString serial;
    qsizetype before = 0;
    {
        Error error;
        auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
        QVERIFY(reg);
        for (const SignatureRecord &r : reg->signatures())
            serial = r.tokenSerial.isEmpty() ? serial : r.tokenSerial;
        before = reg->handovers().size();
    }
    QVERIFY(!serial.isEmpty()); // from signFlowEndToEnd
    RegisterView view;
    view.resize(1366, 700);
    QSignalSpy loaded(&view, &RegisterView::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kDeadline);
    const int rows = view.handovers()->rowCount();
    HandoverForm *form = view.handoverForm();
    // The form opens beside the table; the view still fits a 1366x768 screen.
    view.findChild<QTabWidget *>()->setCurrentIndex(1);
    QVERIFY(!form->isVisibleTo(&view)); // closed until asked for
    view.findChild<QPushButton *>(QStringLiteral("addHandover"))->click();
    QVERIFY(form->isVisibleTo(&view));
    QVERIFY2(view.minimumSizeHint().width() <= 1366 && view.minimumSizeHint().height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(view.minimumSizeHint().width()).arg(view.minimumSizeHint().height())));
    if (!qEnvironmentVariableIsEmpty("KYSO_TEST_SHOT")) { // a look at the layout
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab().save(qEnvironmentVariable("KYSO_TEST_SHOT"));
    }
    auto field = [form](const char *name) { return form->findChild<QLineEdit *>(QLatin1String(name)); };
    auto *token = form->findChild<QComboBox *>(QStringLiteral("handoverToken"));
    QVERIFY(token->findText(serial) >= 0); // offered from the register
    token->setCurrentText(serial);
    field("handoverFrom")->setText(QStringLiteral("Nguyễn Thị Văn Thư"));
    field("handoverTo")->setText(QStringLiteral("nguyễn thị văn thư"));
    field("handoverAuthorisedBy")->setText(QStringLiteral("Chánh Văn phòng"));
    field("handoverPermissionNumber")->setText(QStringLiteral("15/GP-VP"));
    auto *save = form->findChild<QPushButton *>(QStringLiteral("formSave"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(form->message()->text().contains(QStringLiteral("are the same")), kDeadline);
    QVERIFY2(!form->message()->text().contains(QStringLiteral("--")), qPrintable(form->message()->text()));
    QCOMPARE(field("handoverFrom")->text(), QStringLiteral("Nguyễn Thị Văn Thư")); // kept to be corrected
    QCOMPARE(view.handovers()->rowCount(), rows);

    QSignalSpy saved(&view, &RegisterView::recordSaved);
    field("handoverTo")->setText(QStringLiteral("Trần Văn Thay"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 && view.handovers()->rowCount() == rows + 1, kDeadline);
    QVERIFY2(form->message()->text().contains(QStringLiteral("recorded")), qPrintable(form->message()->text()));
    QVERIFY(field("handoverFrom")->text().isEmpty()); // ready for the next one
    const qint64 id = saved.first().first().toLongLong();
    QTableWidget *t = view.handovers();
    int row = -1;
    for (int r = 0; r < t->rowCount(); ++r)
        row = t->item(r, 0)->data(Qt::DisplayRole).toLongLong() == id ? r : row;
    QVERIFY(row >= 0);
    QCOMPARE(t->item(row, 2)->text(), serial);
    QCOMPARE(t->item(row, 4)->text(), QStringLiteral("Trần Văn Thay"));
    QVERIFY(t->item(row, 6)->text().startsWith(QStringLiteral("15/GP-VP")));
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    QVERIFY(reg);
    QCOMPARE(reg->handovers().size(), before + 1);
    QCOMPARE(reg->handovers().last().id, id);
    QCOMPARE(reg->handovers().last().toPerson, QStringLiteral("Trần Văn Thay"));
    QCOMPARE(reg->handovers().last().date, todayInVietnam().toString(Qt::ISODate));
    QCOMPARE(reg->annotations(QStringLiteral("handovers"), id).value(QStringLiteral("permission_number")), QStringLiteral("15/GP-VP"));
    QVERIFY(reg->verifyChain().problems.isEmpty());
}

// Mẫu 06 (token recovery) through the form: only the forms of the kind are
// offered; a missing holder and a sent request without its letter are
// refused in words; the request is listed with its recipient and deadline.
void TestGui::registerViewAddsARequest()
{
    RegisterView view;
    QSignalSpy loaded(&view, &RegisterView::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kDeadline);
    const int rows = view.requests()->rowCount();
    RequestForm *form = view.requestForm();
    view.findChild<QTabWidget *>()->setCurrentIndex(2);
    view.findChild<QPushButton *>(QStringLiteral("addRequest"))->click();
    QVERIFY(form->isVisibleTo(&view));
    QVERIFY(view.minimumSizeHint().width() <= 1366 && view.minimumSizeHint().height() <= 700);
    auto *kind = form->findChild<QComboBox *>(QStringLiteral("requestKind"));
    auto *formNumber = form->findChild<QComboBox *>(QStringLiteral("requestForm"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("issue")));
    QCOMPARE(formNumber->count(), 3); // Mẫu 01, 02, 03
    kind->setCurrentIndex(kind->findData(QStringLiteral("recover")));
    QCOMPARE(formNumber->count(), 1);
    QCOMPARE(formNumber->currentText(), formLabel(6));
    QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("requestCertSerial"))->isEnabled());
    form->findChild<QComboBox *>(QStringLiteral("requestToken"))->setCurrentText(QStringLiteral("TK-GUI-1"));
    auto *save = form->findChild<QPushButton *>(QStringLiteral("formSave"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(form->message()->text().contains(QStringLiteral("certificate holder")), kDeadline);
    form->findChild<QLineEdit *>(QStringLiteral("requestSubject"))->setText(QStringLiteral("Nguyễn Văn An"));
    form->findChild<QCheckBox *>(QStringLiteral("requestSent"))->setChecked(true);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(form->message()->text().contains(QStringLiteral("letter")), kDeadline);
    QVERIFY2(!form->message()->text().contains(QStringLiteral("--")), qPrintable(form->message()->text()));
    QCOMPARE(view.requests()->rowCount(), rows);

    QSignalSpy saved(&view, &RegisterView::recordSaved);
    form->findChild<QLineEdit *>(QStringLiteral("requestLetterNumber"))->setText(QStringLiteral("12/UBND-VP"));
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 && view.requests()->rowCount() == rows + 1, kDeadline);
    QVERIFY2(form->message()->text().contains(QString::fromUtf8(kSoKhcn)), qPrintable(form->message()->text()));
    const qint64 id = saved.first().first().toLongLong();
    QTableWidget *t = view.requests();
    int row = -1;
    for (int r = 0; r < t->rowCount(); ++r)
        row = t->item(r, 0)->data(Qt::DisplayRole).toLongLong() == id ? r : row;
    QVERIFY(row >= 0);
    QCOMPARE(t->item(row, 1)->text(), formLabel(6));
    QCOMPARE(t->item(row, 2)->text(), RequestForm::kindText(QStringLiteral("recover")));
    QCOMPARE(t->item(row, 3)->text(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(t->item(row, 6)->text(), todayInVietnam().toString(Qt::ISODate)); // sent today
    QVERIFY(!t->item(row, 7)->text().isEmpty());                                 // one working day to answer
    QCOMPARE(t->item(row, 8)->text(), RequestForm::statusText(QStringLiteral("sent")));
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    QVERIFY(reg);
    QCOMPARE(reg->requests().last().id, id);
    QCOMPARE(reg->requests().last().tokenSerial, QStringLiteral("TK-GUI-1"));
    QCOMPARE(reg->annotations(QStringLiteral("cert_requests"), id).value(QStringLiteral("letter_number")), QStringLiteral("12/UBND-VP"));
}

// CSV for Excel under a Vietnamese locale: ';', Vietnamese column names and
// results, the register's UTC times as Vietnam local time.
void TestGui::registerViewExportsCsvForAVietnameseSpreadsheet()
{
    QTranslator vi;
    QVERIFY(vi.load(QStringLiteral(":/i18n/kyso_vi.qm")));
    QCoreApplication::installTranslator(&vi);
    RegisterView view;
    QSignalSpy loaded(&view, &RegisterView::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, kDeadline);
    view.separator()->setCurrentIndex(view.separator()->findData(QStringLiteral(";")));
    const QString path = m_dir.filePath(QStringLiteral("so-ky.csv"));
    QString message;
    const bool written = view.writeCsv(path, &message);
    QCoreApplication::removeTranslator(&vi);
    QVERIFY2(written, qPrintable(message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // the header and the signatures of signFlowEndToEnd
    QVERIFY2(lines[0].startsWith(QStringLiteral("\"STT\";\"Thời gian (giờ Việt Nam)\";\"Kết quả\";\"Vai trò\";\"Người ký\"")), qPrintable(lines[0]));
    const QStringList cells = lines[1].split(QStringLiteral("\";\""));
    QVERIFY(cells.size() >= 18);
    const qint64 id = cells[0].mid(1).toLongLong();
    Error error;
    auto reg = Register::open(Register::defaultPath(), error, Register::Access::ReadOnly);
    QVERIFY(reg);
    QDateTime utc;
    for (const SignatureRecord &r : reg->signatures())
        utc = r.id == id ? r.createdUtc : utc;
    QVERIFY(utc.isValid());
    QCOMPARE(cells[1], utc.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    QVERIFY(cells[1] != utc.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    QVERIFY2(cells[2] == QStringLiteral("Đã ký") || cells[2] == QStringLiteral("Không ký được"), qPrintable(cells[2]));
}

// "Cấp số và đóng dấu": after the personal signature, the step on the file just
// signed proposes the next number and today's date, shows them before the PIN
// and seals with one PIN.
void TestGui::releaseAfterPersonalSignature()
{
    SignView view;
    view.show();
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    const QString draft = m_dir.filePath(QStringLiteral("gui-r.pdf"));
    QVERIFY(QFile::copy(m_source + QStringLiteral("/tests/data/du-thao-giua.pdf"), draft));
    view.addFiles({draft});
    auto *releaseButton = view.findChild<QPushButton *>(QStringLiteral("releaseButton"));
    QVERIFY(!releaseButton->isEnabled());

    auto signOnce = [&](const QString &expectSubstring) {
        QSignalSpy prepared(view.controller(), &SignController::prepared);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("prepareButton")), Qt::LeftButton);
        QVERIFY(prepared.wait(20000));
        const QList<PreparedFile> files = prepared.first().at(0).value<QList<PreparedFile>>();
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().error.isEmpty(), qPrintable(files.first().error));
        QVERIFY2(files.first().release.contains(expectSubstring), qPrintable(files.first().release));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
        QVERIFY(view.pinDialog() && view.pinDialog()->isVisible());
        QTest::keyClicks(view.pinDialog()->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
        QSignalSpy finished(&view, &SignView::batchFinished);
        view.pinDialog()->accept();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
    };
    signOnce(QString());
    QVERIFY(releaseButton->isEnabled());

    QTest::mouseClick(releaseButton, Qt::LeftButton);
    const QList<SignRequest> requests = view.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().input, m_dir.filePath(QStringLiteral("gui-r_signed.pdf")));
    QCOMPARE(requests.first().role, SigningRole::Agency);
    QCOMPARE(requests.first().release.number, QStringLiteral("next"));
    QCOMPARE(requests.first().release.date, todayInVietnam());

    // The issuing agency's certificate and its seal; the draft says 2026.
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("07"));
    view.setImage(m_source + QStringLiteral("/resources/demo/con-dau-demo.png"));
    view.findChild<QDateEdit *>(QStringLiteral("releaseDate"))->setDate(QDate(2026, 3, 4));
    signOnce(QStringLiteral("Số 1/QĐ-UBND, ngày 04/03/2026"));

    const QString released = m_dir.filePath(QStringLiteral("gui-r_sealed.pdf"));
    pdf::SignatureVerifier verifier;
    QVERIFY(!verifier.addTrustAnchors(m_root).isError());
    const pdf::VerificationReport report = verifier.verify(released);
    QCOMPARE(report.signatures.size(), 2);
    QVERIFY(report.allValid());
    const pdf::ReleaseBlanks blanks = pdf::findReleaseBlanks(pdf::draftWords(released, 1));
    QCOMPARE(blanks.filledNumber, QStringLiteral("1"));
    QCOMPARE(blanks.filledDay, QStringLiteral("04"));
    QCOMPARE(blanks.filledMonth, QStringLiteral("3"));
    Error error;
    auto reg = Register::open(Register::defaultPath(), error);
    QVERIFY(reg);
    const QList<OutgoingEntry> book = OutgoingBook(*reg).entries(2026);
    QCOMPARE(book.size(), 1);
    QCOMPARE(book.first().numberAndSymbol(), QStringLiteral("1/QĐ-UBND"));
}

// The Verify view shows, per signature, the class of later changes and what
// they were (here a FreeText annotation appended to the signed file).
void TestGui::verifyViewListsChangesAfterSigning()
{
    const QString signedFile = m_dir.filePath(QStringLiteral("gui-a_signed.pdf"));
    QVERIFY(QFile::exists(signedFile)); // made by signFlowEndToEnd
    const QString changed = m_dir.filePath(QStringLiteral("gui-a_annotated.pdf"));
    QProcess gen;
    gen.start(QStringLiteral("python3"), {m_source + QStringLiteral("/tests/integration/pdf_update.py"), signedFile, changed,
                                          QStringLiteral("freetext"), QStringLiteral("1")});
    QVERIFY(gen.waitForFinished(30000));
    QCOMPARE(gen.exitCode(), 0);
    Settings::setTrustAnchorFiles({m_root}); // as IT sets it up once
    VerifyView view;
    QSignalSpy done(&view, &VerifyView::verified);
    view.verifyFile(changed);
    QVERIFY(done.wait(30000));
    const QString text = view.report()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("annotations")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("FreeText")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("page 1")), qPrintable(text));
    // The verdict banner says it before the details, and the preview shows the
    // page with the annotation marked as a problem and the signature as such.
    QVERIFY(view.verdictBanner()->isVisible() || !view.isVisible());
    QVERIFY(!view.verdictBanner()->text().isEmpty());
    QCOMPARE(view.verdict().level, pdf::VerificationVerdict::Level::ValidWithChanges);
    QCOMPARE(view.preview()->page(), 1);
    int problems = 0, signatures = 0;
    for (const pdf::VerdictMark &m : view.preview()->marksOnPage())
        (m.problem ? problems : signatures)++;
    QVERIFY(problems >= 1);
    QVERIFY(signatures >= 1);

    // The untouched signed file: valid, nothing marked as a problem.
    QSignalSpy again(&view, &VerifyView::verified);
    view.verifyFile(signedFile);
    QVERIFY(again.wait(30000));
    QCOMPARE(view.verdict().level, pdf::VerificationVerdict::Level::Valid);
    for (const pdf::VerdictMark &m : view.verdict().marks)
        QVERIFY(!m.problem);

    // A changed page content: NOT valid, the whole page marked.
    const QString painted = m_dir.filePath(QStringLiteral("gui-a_painted.pdf"));
    QProcess paint;
    paint.start(QStringLiteral("python3"), {m_source + QStringLiteral("/tests/integration/pdf_update.py"), signedFile, painted,
                                            QStringLiteral("add-content"), QStringLiteral("1")});
    QVERIFY(paint.waitForFinished(30000));
    QCOMPARE(paint.exitCode(), 0);
    QSignalSpy third(&view, &VerifyView::verified);
    view.verifyFile(painted);
    QVERIFY(third.wait(30000));
    QCOMPARE(third.first().at(0).toBool(), false);
    QCOMPARE(view.verdict().level, pdf::VerificationVerdict::Level::Invalid);
    bool wholePage = false;
    for (const pdf::VerdictMark &m : view.preview()->marksOnPage())
        wholePage = wholePage || (m.problem && m.rect.isEmpty());
    QVERIFY(wholePage);
}

// Under the banner, a card per signature says who signed, when and whether it
// is valid; clicking one shows its page with its box highlighted.
void TestGui::verifyViewShowsACardPerSignature()
{
    const QString sealed = m_dir.filePath(QStringLiteral("gui-r_sealed.pdf"));
    QVERIFY(QFile::exists(sealed)); // signed by the official, then sealed (releaseAfterPersonalSignature)
    Settings::setTrustAnchorFiles({m_root});
    pdf::SignatureVerifier verifier;
    QVERIFY(!verifier.addTrustAnchors(m_root).isError());
    const pdf::VerificationReport expected = verifier.verify(sealed);
    QCOMPARE(expected.signatures.size(), 2);
    const QString first = expected.signatures.at(0).signer.commonName;
    const QString second = expected.signatures.at(1).signer.commonName;
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    QVERIFY(expected.signatures.at(1).page > 0);

    VerifyView view;
    view.resize(1366, 740);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy done(&view, &VerifyView::verified);
    view.verifyFile(sealed);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().at(0).toBool(), true);
    const QList<QLabel *> cards = view.signatureCards();
    QCOMPARE(cards.size(), 2);
    QVERIFY2(cards.at(0)->text().contains(first.toHtmlEscaped()), qPrintable(cards.at(0)->text()));
    QVERIFY2(cards.at(1)->text().contains(second.toHtmlEscaped()), qPrintable(cards.at(1)->text()));
    for (QLabel *card : cards) {
        QVERIFY(card->isVisible());
        QVERIFY2(card->text().contains(QStringLiteral("Valid and trusted")), qPrintable(card->text()));
        QVERIFY(!card->text().contains(QStringLiteral("NOT valid")));
    }
    QCOMPARE(view.preview()->highlightedMark(), -1);

    // Away from the signature's page first when the document has more pages.
    view.preview()->showPage(view.preview()->pageCount());
    QTest::mouseClick(cards.at(1), Qt::LeftButton);
    QCOMPARE(view.preview()->page(), expected.signatures.at(1).page);
    const int highlighted = view.preview()->highlightedMark();
    QVERIFY(highlighted >= 0);
    const pdf::VerdictMark mark = view.preview()->marks().at(highlighted);
    QCOMPARE(mark.page, expected.signatures.at(1).page);
    QCOMPARE(mark.rect, expected.signatures.at(1).widgetRect);
    QVERIFY(mark.label.contains(second));
    QTest::mouseClick(cards.at(0), Qt::LeftButton);
    QVERIFY(view.preview()->highlightedMark() != highlighted);
    QVERIFY(view.preview()->marks().at(view.preview()->highlightedMark()).label.contains(first));

    // A file whose page content was changed after signing: the card says why
    // it is not valid.
    const QString painted = m_dir.filePath(QStringLiteral("gui-a_painted.pdf"));
    QVERIFY(QFile::exists(painted)); // made by verifyViewListsChangesAfterSigning
    QSignalSpy again(&view, &VerifyView::verified);
    view.verifyFile(painted);
    QVERIFY(again.wait(30000));
    QCOMPARE(view.signatureCards().size(), 1);
    const QString text = view.signatureCards().first()->text();
    QVERIFY2(text.contains(QStringLiteral("NOT valid")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("changed after signing")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Valid and trusted")));
    QCOMPARE(view.preview()->highlightedMark(), -1);
}

// The certificate is chosen from the token's list (holder, title, kind, days
// left), not typed as a hex ID; the choice reaches the signing request.
void TestGui::certificatePickerListsTheToken()
{
    SignView view;
    auto *picker = view.findChild<CertificatePicker *>(QStringLiteral("certificate"));
    QVERIFY(picker);
    QSignalSpy scanned(picker, &CertificatePicker::scanned);
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QString());
    QCOMPARE(scanned.count(), 0); // hidden: the token is not read
    view.show();                  // on screen: it is
    QTRY_VERIFY_WITH_TIMEOUT(!picker->isScanning() && scanned.count() > 0, 20000);
    QVERIFY(scanned.last().at(0).toInt() >= 2); // the official's and the agency's certificates at least
    QCOMPARE(picker->certIdHex(), QString()); // automatic until chosen
    int official = -1;
    for (int i = 0; i < picker->count(); ++i) {
        if (picker->itemText(i).contains(QStringLiteral("Nguyễn Văn An")) && picker->itemText(i).contains(QStringLiteral("Phó Chủ tịch")))
            official = i;
        QVERIFY2(!picker->itemText(i).contains(QStringLiteral("CA phục vụ")), qPrintable(picker->itemText(i))); // no CA certificates
    }
    QVERIFY(official > 0);
    picker->setCurrentIndex(official);
    QCOMPARE(picker->certIdHex(), QStringLiteral("01"));
    view.addFiles({copySample(QStringLiteral("gui-picker.pdf"))});
    const QList<SignRequest> requests = view.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().certId, QByteArray::fromHex("01"));

    // An ID given before the list arrives (a profile) is selected once listed.
    SignView second;
    auto *picker2 = second.findChild<CertificatePicker *>(QStringLiteral("certificate"));
    QSignalSpy scanned2(picker2, &CertificatePicker::scanned);
    second.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("07"));
    QCOMPARE(picker2->certIdHex(), QStringLiteral("07"));
    picker2->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(scanned2.count() > 0, 20000);
    QCOMPARE(picker2->certIdHex(), QStringLiteral("07"));
    QVERIFY2(picker2->currentText().contains(QStringLiteral("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")), qPrintable(picker2->currentText()));
}

// A wrong PIN re-opens the PIN dialog on the same prepared batch (no second
// preparation, nothing reported as failed), with the token's attempts; the
// right PIN then signs. A wrong final attempt locks the token and raises an alert.
void TestGui::wrongPinAsksAgainThenLockAlerts()
{
    writeState("max_tries=3\ntries_left=3\n");
    SignView view;
    view.show();
    view.setModule(m_shim, QString(), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    view.addFiles({copySample(QStringLiteral("gui-retry.pdf"))});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    QSignalSpy rejected(view.controller(), &SignController::pinRejected);
    QSignalSpy finished(&view, &SignView::batchFinished);
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    PinDialog *dialog = view.pinDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("999999"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(rejected.count() > 0, kDeadline);
    QCOMPARE(rejected.first().at(1).toInt(), int(pkcs11::PinStatus::CountLow));
    PinDialog *again = view.pinDialog();
    QTRY_VERIFY_WITH_TIMEOUT(again && again->isVisible(), kDeadline);
    QVERIFY(!again->problemText().isEmpty());
    QCOMPARE(view.results()->rowCount(), 0); // no "not signed" row for a PIN typo
    QCOMPARE(finished.count(), 0);
    QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    again->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(prepared.count(), 1); // signed on the first preparation
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("gui-retry_signed.pdf"))));

    // The final attempt, confirmed, with a wrong PIN: locked, and the user is told.
    writeState("max_tries=3\ntries_left=1\n");
    view.addFiles({copySample(QStringLiteral("gui-lock.pdf"))});
    prepared.clear();
    finished.clear();
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    dialog = view.pinDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("999999"));
    dialog->findChild<QCheckBox *>(QStringLiteral("confirmFinalTry"))->setChecked(true);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QTRY_VERIFY_WITH_TIMEOUT(view.findChild<QMessageBox *>(QStringLiteral("tokenLockedAlert")) != nullptr, kDeadline);
    QVERIFY(view.findChild<QMessageBox *>(QStringLiteral("tokenLockedAlert"))->isVisible());
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("signButton"))->isEnabled());
    view.findChild<QMessageBox *>(QStringLiteral("tokenLockedAlert"))->close();
    writeState("");
}

// A file that cannot be signed: the table says so briefly; the reason is in
// full in the tooltip and, on selecting the row, in the report pane.
void TestGui::failedFileShowsItsReasonInFull()
{
    writeState("");
    SignView view;
    view.show();
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    const QString good = copySample(QStringLiteral("gui-good.pdf"));
    const QString broken = m_dir.filePath(QStringLiteral("gui-broken.pdf"));
    {
        QFile in(good), out(broken);
        QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
        const QByteArray bytes = in.readAll();
        out.write(bytes.left(bytes.size() / 2));
    }
    view.addFiles({good, broken});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    QSignalSpy finished(&view, &SignView::batchFinished);
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("signButton")), Qt::LeftButton);
    QTest::keyClicks(view.pinDialog()->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    view.pinDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(view.results()->rowCount(), 2);
    const QString reason = Error::describeForDesktop(ErrorCode::DamagedPdf);
    QVERIFY2(view.results()->item(1, 1)->toolTip().contains(reason), qPrintable(view.results()->item(1, 1)->toolTip()));
    QVERIFY(view.results()->item(1, 1)->text().size() < 60); // fits its cell; the reason is elsewhere
    view.results()->setCurrentCell(1, 0);
    QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText().contains(reason));
    QVERIFY(!view.results()->tabKeyNavigation()); // Tab leaves the table
}

// The profile chosen at the last signing is chosen again on the next start,
// and a profile saved in Settings is listed in Sign at once.
void TestGui::profileIsRememberedAndSettingsListIt()
{
    SigningProfile p;
    p.name = QStringLiteral("Phó Chủ tịch An");
    p.signer = QStringLiteral("Nguyễn Văn An");
    p.save();
    {
        SignView first;
        auto *profiles = first.findChild<QComboBox *>(QStringLiteral("profile"));
        const int index = profiles->findData(p.name);
        QVERIFY(index > 0);
        profiles->setCurrentIndex(index);
    }
    SignView again;
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("profile"))->currentData().toString(), p.name);

    MainWindow window;
    auto *settingsProfiles = window.findChild<SettingsView *>();
    QVERIFY(settingsProfiles);
    SigningProfile q;
    q.name = QStringLiteral("Văn thư");
    q.save();
    emit settingsProfiles->profilesChanged();
    auto *signProfiles = window.findChild<SignView *>()->findChild<QComboBox *>(QStringLiteral("profile"));
    QVERIFY(signProfiles->findData(q.name) > 0);
    QCOMPARE(signProfiles->currentData().toString(), p.name); // the choice is kept
    SigningProfile::remove(p.name);
    SigningProfile::remove(q.name);
    Settings::setValue(SettingKey::UiLastProfile, QString());
}

// A file that holds no certificate is not added as a trust anchor (it would
// make every later signature refused); a real root certificate is.
void TestGui::settingsRefuseAnUnreadableTrustAnchor()
{
    SettingsView view;
    auto *anchors = view.findChild<QListWidget *>();
    QVERIFY(anchors);
    const int before = anchors->count();
    const QString junk = m_dir.filePath(QStringLiteral("not-a-cert.pem"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    f.close();
    QVERIFY(!view.addTrustAnchor(junk));
    QCOMPARE(anchors->count(), before);
    QVERIFY(!view.addTrustAnchor(m_dir.filePath(QStringLiteral("missing.pem"))));
    QCOMPARE(anchors->count(), before);
    const QString root = m_dir.filePath(QStringLiteral("anchor-root.pem"));
    QVERIFY(QFile::copy(m_root, root));
    QVERIFY(view.addTrustAnchor(root));
    QCOMPARE(anchors->count(), before + 1);
    QVERIFY(view.addTrustAnchor(root)); // listed once
    QCOMPARE(anchors->count(), before + 1);
}

// Closing the window while files are being checked asks first; No keeps the
// window, Yes closes it.
void TestGui::closingWhileSigningAsksFirst()
{
    writeState("slow_ms=1500\nslow_calls=GetTokenInfo\n");
    MainWindow window;
    window.show();
    window.signView()->setModule(m_shim, QString(), QStringLiteral("01"));
    window.signView()->addFiles({copySample(QStringLiteral("gui-close.pdf"))});
    QSignalSpy prepared(window.signView()->controller(), &SignController::prepared);
    QSignalSpy failed(window.signView()->controller(), &SignController::prepareFailed);
    window.signView()->prepare();
    QVERIFY(window.signView()->controller()->isBusy());
    QVERIFY(!window.close()); // refused for now
    QVERIFY(window.isVisible());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("closeWhileSigning"));
    QVERIFY(box && box->isVisible());
    box->button(QMessageBox::No)->click();
    QVERIFY(window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() + failed.count() > 0, kDeadline);
    QVERIFY(window.close()); // nothing running: closes without asking
    writeState("");
}

// A document without the standard signature block: the Sign view asks for a
// box drawn by hand; the user goes through the pages (the last one first),
// zooms, draws a box on page 1, then one on page 2: the signature goes in the
// last one drawn (not on the last page, the automatic one).
void TestGui::manualBoxOnPage2()
{
    writeState("");
    const QString input = m_dir.filePath(QStringLiteral("gui-noblock.pdf"));
    QVERIFY(test::writeBytes(input, threePagesWithoutBlock()));

    SignView view;
    view.resize(1366, 700);
    view.show();
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    view.addFiles({input});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    QSignalSpy failed(view.controller(), &SignController::prepareFailed);
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() + failed.count() > 0, kDeadline);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    // Not a failure: the file waits for a box drawn by hand, and says so.
    const QList<PreparedFile> files = prepared.first().at(0).value<QList<PreparedFile>>();
    QCOMPARE(files.size(), 1);
    QVERIFY2(files.first().error.isEmpty(), qPrintable(files.first().error));
    QVERIFY(files.first().needsBox);
    auto *hint = view.findChild<QLabel *>(QStringLiteral("placementHint"));
    QVERIFY(hint && hint->isVisible() && !hint->text().isEmpty());
    auto *signButton = view.findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(!signButton->isEnabled()); // no box yet
    auto *status = view.findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(QStringLiteral("gui-noblock.pdf")), qPrintable(status->text()));
    PagePreview *preview = view.preview();
    QVERIFY(preview->box().isEmpty());
    QCOMPARE(preview->page(), 3); // the last page first
    auto *pageNumber = view.findChild<QSpinBox *>(QStringLiteral("pageNumber"));
    QVERIFY(pageNumber);
    QCOMPARE(pageNumber->value(), 3);
    QCOMPARE(pageNumber->maximum(), 3);
    QVERIFY(pageNumber->text().contains(QStringLiteral("/ 3")));

    // Page navigation changes the page shown.
    auto button = [&view](const char *name) { return view.findChild<QToolButton *>(QLatin1String(name)); };
    QVERIFY(!button("nextPage")->isEnabled());
    const QImage page3 = preview->grab().toImage();
    QTest::mouseClick(button("previousPage"), Qt::LeftButton);
    QCOMPARE(preview->page(), 2);
    QCOMPARE(pageNumber->value(), 2);
    const QImage page2 = preview->grab().toImage();
    QVERIFY(page2 != page3);
    pageNumber->setValue(1); // the spin box goes there too
    QCOMPARE(preview->page(), 1);
    QVERIFY(!button("previousPage")->isEnabled());
    QVERIFY(preview->grab().toImage() != page2);

    // Zoom: + renders the page larger, fit page brings it back.
    QTest::mouseClick(button("fitPage"), Qt::LeftButton);
    const QSizeF fitted = preview->imageRect().size();
    auto *percent = view.findChild<QLabel *>(QStringLiteral("zoomPercent"));
    const QString fittedPercent = percent->text();
    QTest::mouseClick(button("zoomIn"), Qt::LeftButton);
    QVERIFY2(preview->imageRect().width() > fitted.width() * 1.2, qPrintable(QStringLiteral("%1 → %2").arg(fitted.width()).arg(preview->imageRect().width())));
    QVERIFY(preview->imageRect().height() > fitted.height() * 1.2);
    QVERIFY(percent->text() != fittedPercent);
    QTest::mouseClick(button("fitWidth"), Qt::LeftButton);
    QVERIFY(preview->imageRect().width() >= fitted.width());
    QTest::mouseClick(button("fitPage"), Qt::LeftButton);
    QVERIFY(std::abs(preview->imageRect().width() - fitted.width()) < 1);
    // The keyboard does it too (Ctrl + PageDown / PageUp turn the page).
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    pageNumber->setFocus();
    QTest::keyClick(pageNumber, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(preview->page(), 2);
    QTest::keyClick(pageNumber, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(preview->page(), 1);

    // A box drawn on page 1 ...
    auto draw = [preview](QPointF from, QPointF to) {
        const QRectF img = preview->imageRect();
        const QPoint a = (img.topLeft() + QPointF(from.x() * img.width(), from.y() * img.height())).toPoint();
        const QPoint b = (img.topLeft() + QPointF(to.x() * img.width(), to.y() * img.height())).toPoint();
        QTest::mousePress(preview, Qt::LeftButton, {}, a);
        QTest::mouseMove(preview, (a + b) / 2);
        QTest::mouseMove(preview, b);
        QTest::mouseRelease(preview, Qt::LeftButton, {}, b);
    };
    QSignalSpy boxChanged(preview, &PagePreview::boxChanged);
    draw({0.2, 0.2}, {0.5, 0.3});
    QCOMPARE(boxChanged.count(), 1);
    QCOMPARE(preview->boxPage(), 1);
    QVERIFY(signButton->isEnabled());
    QVERIFY2(!status->text().contains(QStringLiteral("gui-noblock.pdf")), qPrintable(status->text())); // no longer waiting
    // ... then the user goes to page 2 and draws there: that box counts.
    QTest::mouseClick(button("nextPage"), Qt::LeftButton);
    QCOMPARE(preview->page(), 2);
    QCOMPARE(pageNumber->value(), 2);
    draw({0.55, 0.7}, {0.9, 0.8});
    QCOMPARE(boxChanged.count(), 2);
    QCOMPARE(boxChanged.last().at(1).toInt(), 2);
    QCOMPARE(preview->boxPage(), 2);
    const QRectF drawn = preview->box();
    // 35 % × 10 % of an A4 page, in page space (points from the lower-left corner, y up).
    QVERIFY2(std::abs(drawn.width() - 0.35 * 595) < 3 && std::abs(drawn.height() - 0.1 * 842) < 3,
             qPrintable(QStringLiteral("%1 × %2").arg(drawn.width()).arg(drawn.height())));
    QVERIFY2(std::abs(drawn.left() - 0.55 * 595) < 3 && std::abs(drawn.top() - 0.2 * 842) < 3,
             qPrintable(QStringLiteral("%1, %2").arg(drawn.left()).arg(drawn.top())));
    QVERIFY(hint->text().contains(QLatin1Char('2')));
    QVERIFY(view.minimumSizeHint().width() <= 1366 && view.minimumSizeHint().height() <= 740);

    // Sign: the signature goes into the box drawn on page 2.
    QVERIFY(signButton->isEnabled());
    QTest::mouseClick(signButton, Qt::LeftButton);
    QTest::keyClicks(view.pinDialog()->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    QSignalSpy finished(&view, &SignView::batchFinished);
    view.pinDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QVERIFY2(finished.first().at(0).toInt() == 1, qPrintable(view.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText()));
    pdf::SignatureVerifier verifier;
    QVERIFY(!verifier.addTrustAnchors(m_root).isError());
    const pdf::VerificationReport report = verifier.verify(m_dir.filePath(QStringLiteral("gui-noblock_signed.pdf")));
    QVERIFY(report.allValid());
    QCOMPARE(report.signatures.size(), 1);
    const pdf::SignatureReport &sig = report.signatures.first();
    QCOMPARE(sig.page, 2);
    const QRectF w = sig.widgetRect;
    QVERIFY2(std::abs(w.left() - drawn.left()) < 2 && std::abs(w.top() - drawn.top()) < 2
                 && std::abs(w.width() - drawn.width()) < 2 && std::abs(w.height() - drawn.height()) < 2,
             qPrintable(QStringLiteral("widget %1,%2 %3×%4; drawn %5,%6 %7×%8").arg(w.left()).arg(w.top()).arg(w.width())
                            .arg(w.height()).arg(drawn.left()).arg(drawn.top()).arg(drawn.width()).arg(drawn.height())));
}

// In a batch, a file without the block whose box was not drawn is not
// signed, and its reason says to draw the box (no command-line wording); the
// other file is signed.
void TestGui::fileWithoutDrawnBoxSaysWhatToDo()
{
    writeState("");
    const QString noBlock = m_dir.filePath(QStringLiteral("gui-nobox.pdf"));
    QVERIFY(test::writeBytes(noBlock, threePagesWithoutBlock()));
    SignView view;
    view.show();
    view.setModule(m_softhsm, QStringLiteral("KYSO DEMO"), QStringLiteral("01"));
    view.setImage(m_source + QStringLiteral("/resources/demo/chu-ky-demo.png"));
    view.setTrustAnchors({m_root});
    view.addFiles({copySample(QStringLiteral("gui-withblock.pdf")), noBlock});
    QSignalSpy prepared(view.controller(), &SignController::prepared);
    view.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(prepared.count() > 0, kDeadline);
    auto *signButton = view.findChild<QPushButton *>(QStringLiteral("signButton"));
    QVERIFY(signButton->isEnabled()); // the first file is ready
    QTest::mouseClick(signButton, Qt::LeftButton);
    QTest::keyClicks(view.pinDialog()->findChild<QLineEdit *>(QStringLiteral("pin")), QStringLiteral("123456"));
    QSignalSpy finished(&view, &SignView::batchFinished);
    view.pinDialog()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, kDeadline);
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(view.results()->rowCount(), 2);
    const QString reason = view.results()->item(1, 1)->toolTip();
    QVERIFY2(reason.contains(QStringLiteral("no signature box was drawn")) || reason.contains(QStringLiteral("chưa vẽ khung chữ ký")),
             qPrintable(reason));
    QVERIFY2(!reason.contains(QStringLiteral("--")), qPrintable(reason));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("gui-nobox_signed.pdf"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("gui-withblock_signed.pdf"))));
    // The refused file is as it was, and no temporary file is left beside it.
    QCOMPARE(test::readBytes(noBlock), threePagesWithoutBlock());
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".*kyso*")}, QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_MAIN(TestGui)
#include "TestGui.moc"

// Each role shows only the fields it needs; outputs are named once per step.
void TestGui::roleShowsOnlyItsFields()
{
    SignView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *image = view.findChild<QLineEdit *>(QStringLiteral("image"));
    auto *docNumber = view.findChild<QLineEdit *>(QStringLiteral("docNumber"));
    auto *copyForm = view.findChild<QComboBox *>(QStringLiteral("copyForm"));
    auto *release = view.findChild<QCheckBox *>(QStringLiteral("release"));
    auto *releaseNumber = view.findChild<QLineEdit *>(QStringLiteral("releaseNumber"));
    QVERIFY(image && docNumber && copyForm && release && releaseNumber);
    const auto shown = [&view](QWidget *w) { return w->isVisibleTo(&view); };

    view.setRole(QStringLiteral("personal"));
    QVERIFY(shown(image));
    QVERIFY(!shown(docNumber) && !shown(copyForm) && !shown(release) && !shown(releaseNumber));
    view.setRole(QStringLiteral("agency"));
    QVERIFY(shown(image) && shown(release));
    QVERIFY(!shown(docNumber) && !shown(copyForm));
    QCOMPARE(shown(releaseNumber), release->isChecked());
    release->setChecked(!release->isChecked());
    QCOMPARE(shown(releaseNumber), release->isChecked());
    view.setRole(QStringLiteral("attachment"));
    QVERIFY(shown(docNumber));
    QVERIFY(!shown(image) && !shown(copyForm) && !shown(release) && !shown(releaseNumber));
    view.setRole(QStringLiteral("copy"));
    QVERIFY(shown(copyForm));
    QVERIFY(!shown(image) && !shown(docNumber) && !shown(release));

    // Sealing what the official signed gives NAME_sealed.pdf.
    const QString signedFile = m_dir.filePath(QStringLiteral("roles_signed.pdf"));
    QVERIFY(QFile::copy(m_source + QStringLiteral("/resources/sample/quyet-dinh-mau.pdf"), signedFile));
    view.addFiles({signedFile});
    view.setRole(QStringLiteral("agency"));
    QCOMPARE(view.requests().value(0).output, m_dir.filePath(QStringLiteral("roles_sealed.pdf")));
    view.setRole(QStringLiteral("personal"));
    QCOMPARE(view.requests().value(0).output, m_dir.filePath(QStringLiteral("roles_signed_signed.pdf")));
}

// The certificate of the last signing without a profile, and the Sign view's
// column widths, are offered again on the next start.
void TestGui::certificateAndColumnsAreRemembered()
{
    Settings::setValue(SettingKey::UiLastProfile, QString());
    Settings::setValue(SettingKey::UiLastCertificate, QStringLiteral("07"));
    QList<int> sizes;
    {
        SignView view;
        view.resize(1300, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.findChild<CertificatePicker *>()->certIdHex(), QStringLiteral("07"));
        auto *split = view.findChild<QSplitter *>(QStringLiteral("signSplitter"));
        QVERIFY(split);
        split->setSizes({500, 400, 400});
        sizes = split->sizes();
    }
    SignView again;
    again.resize(1300, 700);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("signSplitter"))->sizes(), sizes);
    Settings::setValue(SettingKey::UiLastCertificate, QString());
}

void TestGui::cleanup()
{
    // The background token reads of the case just ended (a certificate
    // picker's list, the tokens view, possibly slowed down by the shim) end
    // before the next case loads a module: the shim and the direct SoftHSM
    // module share one SoftHSM library, and finalising one under the other
    // made the next case's preparation fail now and then.
    QThreadPool::globalInstance()->waitForDone();
}

void TestGui::cleanupTestCase()
{
    // Background token reads (a certificate picker's list, the tokens view)
    // may still run when the last case ends: they finish before the token's
    // files go away with m_dir (SoftHSM crashes on a token deleted under it).
    QThreadPool::globalInstance()->waitForDone();
}
