#pragma once

#include "pdf/VerificationVerdict.h"

#include <QWidget>

class QTextBrowser;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QScrollArea;

namespace kyso::gui {

class PagePreview;

// The signatures of any PDF: a verdict banner first (valid, valid but
// annotated afterwards, NOT valid, no signature, unreadable) with what to do,
// then the details in plain language, next to the page as poppler draws it
// with the signatures and the changes after signing marked. Verification runs
// off the GUI thread.
class VerifyView : public QWidget
{
    Q_OBJECT
public:
    explicit VerifyView(QWidget *parent = nullptr);
    void verifyFile(const QString &path);
    QTextBrowser *report() { return m_report; }
    QLabel *verdictBanner() { return m_verdict; }
    PagePreview *preview() { return m_preview; }
    const pdf::VerificationVerdict &verdict() const { return m_lastVerdict; }
    // One card per signature (who, as what, when, valid and trusted, what
    // changed after it); clicking one shows its page with its box highlighted.
    QList<QLabel *> signatureCards() const { return m_cards; }
    void selectCard(int index);

signals:
    void verified(bool allValid);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *) override;
    void dropEvent(QDropEvent *) override;

private:
    void showVerdict(const pdf::VerificationVerdict &verdict);
    void showCards(const pdf::VerificationReport &report);
    void clearCards();
    void fitCards();

    QLabel *m_file;
    QLabel *m_verdict;
    QTextBrowser *m_report;
    PagePreview *m_preview;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_pageLabel;
    QWidget *m_cardsBox;
    QScrollArea *m_cardsScroll;
    QVBoxLayout *m_cardsLayout;
    QList<QLabel *> m_cards;
    QList<int> m_cardMark;  // per card: its index in the preview's marks, -1 when it has no box
    QList<int> m_cardPage;  // per card: the page of its box, 0 when unknown
    QList<bool> m_cardValid;
    int m_selectedCard = -1;
    pdf::VerificationVerdict m_lastVerdict;
    quint64 m_generation = 0; // a newer file makes an older, still running check irrelevant
};

} // namespace kyso::gui
