#pragma once

#include "core/Booking.h"
#include "core/Permissions.h"
#include "core/PrecautionEngine.h"
#include "storage/SessionRepository.h"

#include <QWidget>

#include <functional>
#include <optional>

class Database;
class OutcomeBanner;
class QLabel;
class QPagedPaintDevice;
class QPushButton;

// The therapist's side of one session on the Check-ins page: what stands between the client and
// the session (check-in, clearance, sign-off), the answers on request (an audited read), and the
// steps: record clearance, sign off, start, finish with a note.
class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPanel(QWidget* parent = nullptr);
    void setDatabase(Database* database) { m_database = database; }
    // Who is signed in (nullopt: no users yet, everything allowed). Receptionists see outcome
    // levels only and take none of the therapist's steps.
    void setRole(std::optional<Role> role)
    {
        m_role = role;
        refresh();
    }
    void setBooking(const AgendaEntry* entry);

    // The actions behind the buttons (the dialogs call these; so can tests).
    bool reviewAnswers();
    bool recordClearance(const QString& confirmedBy, const QDateTime& at, const QString& advice);
    bool signOff();
    bool startSession();
    bool finishSession(const QString& note, const QString& reaction);
    bool postpone(const QDateTime& newStart);
    // Writes the check-in as a one-page PDF to show or give to the client (an audited read).
    bool printCheckin(const QString& pdfPath);
    // The print preview of that sheet (printers, or "Save as PDF…" through choosePdfPath).
    bool previewCheckin();
    static bool renderCheckinSheet(const QString& html, QPagedPaintDevice* device);
    static QString checkinSheetHtml(const QString& centre, const AgendaEntry& entry,
                                    const QString& when, Outcome outcome,
                                    const QStringList& reasons, const QString& avoidAreas,
                                    const QString& language,
                                    const std::optional<OpenReferral>& referral = std::nullopt);

    // Where "Save as PDF…" saves (default: a file dialog). Tests answer it without a modal loop.
    std::function<QString(const QString& suggested)> choosePdfPath;

    const SessionState& state() const { return m_state; }
    QString startBlockedBecause() const;
    OutcomeBanner* banner() const { return m_banner; }
    QLabel* details() const { return m_details; }

signals:
    void checkinRequested();
    void changed(const QString& message);

private:
    void refresh();
    // The check-in sheet of the session shown (an audited read); empty with *error.
    QString checkinSheet(StorageError* error) const;
    bool report(bool ok, const StorageError& error, const QString& done);
    void askClearance();
    void askFinish();
    void askPostpone();

    bool may(Action action) const { return !m_role || Permissions::allows(*m_role, action); }

    Database* m_database = nullptr;
    std::optional<Role> m_role;
    AgendaEntry m_entry;
    SessionState m_state;
    QLabel* m_title;
    QLabel* m_status;
    OutcomeBanner* m_banner;
    QLabel* m_details;
    QLabel* m_blocked;
    QPushButton* m_checkin;
    QPushButton* m_review;
    QPushButton* m_clearance;
    QPushButton* m_signOff;
    QPushButton* m_start;
    QPushButton* m_finish;
    QPushButton* m_postpone;
    QPushButton* m_print;
};
