#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;
class QLabel;

namespace kyso {
struct SignatureFilter;
}

namespace kyso::gui {

// The signing register: signatures (searchable, filterable), custody
// handovers and certificate requests; CSV export and the periodic report as
// a printable PDF. Local SQLite only: no token I/O here.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(QWidget *parent = nullptr);
    // Reads the register on a worker thread; loaded() when shown.
    void reload();
    QTableWidget *signatures() { return m_signatures; }
    bool writeReportPdf(const QString &path);

    // A register result ("signed", "failed", "pending") in the user's words.
    static QString resultText(const QString &result);

signals:
    void loaded();

private:
    struct Rows;
    static Rows read(const SignatureFilter &filter, const QDate &today);
    void showRows(const Rows &rows);
    void exportCsv();
    void reportPdf();

    QLineEdit *m_signer;
    QComboBox *m_role;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_chain;
    QTableWidget *m_signatures;
    QTableWidget *m_handovers;
    QTableWidget *m_requests;
    QTableWidget *m_events;
    int m_generation = 0;
};

} // namespace kyso::gui
