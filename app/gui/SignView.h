#pragma once

#include "SignController.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace kyso::gui {

class PagePreview;
class PageViewer;
class CertificatePicker;
class PinDialog;

// Open or drop PDFs, pick a profile and a role, see where the signature goes
// (drag it to move, corner to resize, or draw a box by hand on any page, the
// only way for a document without the standard signature block), enter the
// PIN once, sign the batch.
class SignView : public QWidget
{
    Q_OBJECT
public:
    explicit SignView(QWidget *parent = nullptr);
    ~SignView() override; // remembers the column widths

    void addFiles(const QStringList &paths);
    // Starts preparation (token opened off the GUI thread, no PIN).
    void prepare();
    SignController *controller() { return m_controller; }
    PagePreview *preview() { return m_preview; }
    PageViewer *viewer() { return m_viewer; }
    PinDialog *pinDialog() const { return m_pinDialog; }
    QTableWidget *results() { return m_results; }
    void setModule(const QString &module, const QString &token, const QString &certId);
    void setTrustAnchors(const QStringList &pems) { m_trust = pems; }
    void setRole(const QString &role);
    void setImage(const QString &path);
    // "Cấp số và đóng dấu": the files just signed personally, as agency
    // signatures that also write the number (next free) and today's date.
    void startRelease();
    QList<SignRequest> requests() const;
    // Lists the saved profiles again (after Settings saved or deleted one).
    void reloadProfiles();

signals:
    void batchFinished(int signedCount, int total);

protected:
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;

private:
    void chooseFiles();
    void applyProfile();
    void onPrepared(const QList<PreparedFile> &files, const QString &tokenLabel, int pinStatus, bool pinPad);
    void onPrepareFailed(const QString &message);
    void onFileSigned(const FileResult &result, int done, int total);
    void onPinRejected(const QString &message, int pinStatus, bool pinPad);
    void onTokenLocked(const QString &message);
    void makePinDialog(const pkcs11::PinState &state, const QString &problem);
    // "Signing… 2 / 5", naming the servers each file waits for (time-stamp,
    // revocation data) when the batch uses them.
    QString signingStatus(int done, int total) const;
    void showSigning(bool running);
    // The prepared state of the file listed at `row` (matched by path), or nullptr.
    PreparedFile *preparedFor(int row);
    void showFile(int row);
    // The box drawn or moved by hand for the file shown.
    void onBoxChanged(const QRectF &rect, int page);
    void showPlacementHint(const PreparedFile *f);
    void refreshSignButton();
    // "n of m files ready to sign." and what to know of each file.
    QString preparedSummary() const;

    SignController *m_controller;
    QListWidget *m_files;
    QComboBox *m_profile;
    QComboBox *m_role;
    QLineEdit *m_module;
    QLineEdit *m_token;
    CertificatePicker *m_certId;
    QLineEdit *m_image;
    QLineEdit *m_docNumber;
    QComboBox *m_copyForm;
    QPushButton *m_prepareButton;
    QPushButton *m_signButton;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableWidget *m_results;
    QPlainTextEdit *m_report;
    QCheckBox *m_ltv;
    QCheckBox *m_release;
    QLineEdit *m_releaseNumber;
    QDateEdit *m_releaseDate;
    QPushButton *m_releaseButton;
    QPushButton *m_stopButton;
    QSplitter *m_split = nullptr;
    // After the form and its buttons: the Tab key reaches the page's controls last.
    PageViewer *m_viewer;
    PagePreview *m_preview;
    QLabel *m_placementHint;
    QStringList m_justSigned;   // outputs of the last personal batch
    PinDialog *m_pinDialog = nullptr;
    QString m_tokenLabel;
    bool m_pinLocked = false;
    bool m_awaitingSign = false; // prepared, the PIN not given yet (a drawn box may enable Sign)
    QList<PreparedFile> m_prepared;
    QStringList m_trust;
    QStringList m_reports;
    double m_sealDiameter = 36.0;
    QString m_signerName, m_title, m_capacity, m_agency;
};

} // namespace kyso::gui
