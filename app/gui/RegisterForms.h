#pragma once

#include "core/LifecycleRecords.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kyso::gui {

// A form of the register view that adds one record: its fields, a save and a
// close button, and a line saying what happened. The view writes the record
// off the GUI thread (setBusy while it does) and reports back with showResult.
class RecordForm : public QGroupBox
{
    Q_OBJECT
public:
    void setBusy(bool busy);
    // `error`: red, the fields are kept; otherwise the fields are cleared.
    void showResult(const QString &text, bool error);
    // Token serials the register knows, offered in the token field.
    virtual void setTokens(const QStringList &serials) = 0;
    QLabel *message() { return m_message; }

signals:
    void saveRequested();
    void closeRequested();

protected:
    RecordForm(const QString &title, QWidget *parent);
    // Adds the buttons and the message line under the fields.
    void finish();
    virtual void clear() = 0;
    static void fillTokens(QComboBox *box, const QStringList &serials);
    static QDateEdit *dateField(QWidget *parent);

    QFormLayout *m_fields;
    QPushButton *m_save;
    QLabel *m_message;
};

// A token handover (biên bản bàn giao, regulation art. 7.1.b).
class HandoverForm : public RecordForm
{
    Q_OBJECT
public:
    explicit HandoverForm(QWidget *parent = nullptr);
    HandoverInput input() const;
    void setTokens(const QStringList &serials) override;

protected:
    void clear() override;

private:
    QDateEdit *m_date, *m_permissionDate;
    QComboBox *m_token;
    QLineEdit *m_from, *m_to, *m_authorisedBy, *m_permissionNumber, *m_note;
};

// A certificate request (Mẫu 01-06, regulation arts. 4-6).
class RequestForm : public RecordForm
{
    Q_OBJECT
public:
    explicit RequestForm(QWidget *parent = nullptr);
    RequestInput input() const; // `certificate` left unset: the view looks it up
    void setTokens(const QStringList &serials) override;
    static QString kindText(const QString &kind);
    static QString statusText(const QString &status);

protected:
    void clear() override;

private:
    void kindChanged();

    QComboBox *m_kind, *m_form, *m_token, *m_reason;
    QLineEdit *m_subject, *m_certSerial, *m_unit, *m_letterNumber, *m_note;
    QCheckBox *m_sent;
    QDateEdit *m_sentDate, *m_letterDate;
};

} // namespace kyso::gui
