#pragma once

#include "pages/Page.h"

#include <QDate>
#include <QTimeZone>
#include <functional>

class CallListModel;
class Clock;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// Tomorrow's call list (issue 12 §3): for the chosen day (tomorrow by default) each client's
// name, phone, time, service and therapist; per call the receptionist records confirmed, left a
// message, no answer or cancelled (which cancels the booking with a reason). Printable as a PDF.
class CallListPage : public Page
{
    Q_OBJECT

public:
    explicit CallListPage(const Clock& clock, QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    QString title() const override { return tr("Calls"); }

    // Hooks, so tests need no modal loop. askReason: the cancellation's reason, empty when the
    // person gave up (default: an input dialog); print: the print preview (default: PrintPreview).
    std::function<QString(const QString& client)> askReason;
    std::function<bool(const QString& html, QString* error)> print;

    CallListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QDateEdit* dayEdit() const { return m_day; }
    QPushButton* statusButton(const QString& status) const;
    QPushButton* printButton() const { return m_print; }
    QLabel* summaryLabel() const { return m_summary; }

    void showDay(const QDate& day);
    bool recordSelected(const QString& status);
    bool selectBooking(qint64 bookingId);
    QString sheetHtml() const;
    bool printList();

private:
    void updateButtons();

    const Clock& m_clock;
    Database* m_database = nullptr;
    QTimeZone m_zone;
    CallListModel* m_model;
    QDateEdit* m_day;
    QTableView* m_view;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_print;
    QLabel* m_summary;
};
