#pragma once

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;
class QDateEdit;
class QLineEdit;
class QTableWidget;
class QLabel;

namespace kyso {
struct SignatureFilter;
}

namespace kyso::gui {

class HandoverForm;
class RecordForm;
class RequestForm;

// The signing register: signatures (searchable, filterable, with the error of
// a failed one), custody handovers and certificate requests (each with a form
// that adds one, written off the GUI thread), token events; CSV export in the
// user's language and the periodic report as a printable PDF. Local SQLite
// only: no token I/O here.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(QWidget *parent = nullptr);
    // Reads the register on a worker thread; loaded() when shown.
    void reload();
    QTableWidget *signatures() { return m_signatures; }
    QTableWidget *handovers() { return m_handovers; }
    QTableWidget *requests() { return m_requests; }
    QTableWidget *events() { return m_events; }
    HandoverForm *handoverForm() { return m_handoverForm; }
    RequestForm *requestForm() { return m_requestForm; }
    QComboBox *separator() { return m_separator; }
    bool writeReportPdf(const QString &path);
    // The filtered signatures as CSV for a spreadsheet, with the separator
    // chosen; the message for the status line.
    bool writeCsv(const QString &path, QString *message = nullptr);

    // A register result ("signed", "failed", "pending") in the user's words.
    static QString resultText(const QString &result);

signals:
    void loaded();
    // A handover or request was written (the tables reload after it).
    void recordSaved(qint64 id);

private:
    struct Rows;
    static Rows read(const SignatureFilter &filter, const QDate &today);
    void showRows(const Rows &rows);
    void exportCsv();
    void reportPdf();
    QWidget *page(QTableWidget *table, RecordForm *form, const QString &addText);
    void saveHandover();
    void saveRequest();
    struct Saved;
    void watchSave(RecordForm *form, std::function<Saved()> work);

    QLineEdit *m_signer;
    QComboBox *m_role;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_chain;
    QTableWidget *m_signatures;
    QTableWidget *m_handovers;
    QTableWidget *m_requests;
    QTableWidget *m_events;
    QComboBox *m_separator;
    HandoverForm *m_handoverForm;
    RequestForm *m_requestForm;
    int m_generation = 0;
};

} // namespace kyso::gui
