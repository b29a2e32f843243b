#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;
class QLabel;

namespace kyso::gui {

// The signing register: signatures (searchable, filterable), custody
// handovers and certificate requests; CSV export and the periodic report as
// a printable PDF. Local SQLite only: no token I/O here.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(QWidget *parent = nullptr);
    void reload();
    QTableWidget *signatures() { return m_signatures; }
    bool writeReportPdf(const QString &path);

private:
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
};

} // namespace kyso::gui
