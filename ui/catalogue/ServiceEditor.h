#pragma once

#include "storage/ServiceContent.h"

#include <QDialog>
#include <functional>

class Database;
class ChangedElsewhereBar;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class ServiceForm;
class WaitingSave;

// The manager's editor for one service: every field, the claims check while typing (the
// words underlined in the texts, and a list of every finding beside them), undo and redo,
// "Save draft" and "Publish". Publishing text with open findings needs a written override
// reason, which the revision and the audit log keep. Unsaved changes are never thrown away
// without asking.
class ServiceEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Edit,      // the service's latest revision
        New,       // an empty service with a code still to choose
        Duplicate, // a new service starting as a copy of `serviceId`
    };

    ServiceEditor(Database& database, Mode mode, qint64 serviceId, QWidget* parent = nullptr);

    // Asked before unsaved changes are thrown away (Close, Escape, closing the window); returns
    // true to discard. Default: a question box. Tests replace it.
    std::function<bool(const QString& title, const QString& text)> confirmDiscard;
    // Recorded as the author of the revisions saved here ("desk" until people sign in).
    QString userName;

    qint64 serviceId() const { return m_serviceId; }
    int baseRevision() const { return m_baseRevision; }
    bool hasUnsavedChanges() const;
    int openFindings() const { return int(m_findings.size()); }
    QString problem() const; // the message under the form, if any

    ServiceForm* form() const { return m_form; }
    QLineEdit* codeEdit() const { return m_code; }
    QListWidget* findingsList() const { return m_findingsList; }
    QLabel* findingDetail() const { return m_findingDetail; }
    QGroupBox* overrideBox() const { return m_overrideBox; }
    QPlainTextEdit* overrideReasonEdit() const { return m_overrideReason; }
    QPushButton* saveDraftButton() const { return m_saveDraft; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* undoButton() const { return m_undoButton; }
    QPushButton* redoButton() const { return m_redoButton; }
    // Shown when another desk saved a revision after this editor opened.
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changed; }
    // A save or publish waiting for the server (WaitingSave).
    WaitingSave* waitingSave() const { return m_waiting; }

    bool saveDraft();
    bool publish();
    // Undo and redo: the text field with the focus when it has something to undo, else the
    // form's own history (body areas, durations, ...).
    void undo();
    void redo();
    void jumpToFinding(int row);

public slots:
    void reject() override;

signals:
    void saved(qint64 serviceId);

private:
    bool load(Mode mode, qint64 serviceId);
    bool save(bool publish);
    void updateFindings();
    void showFindingDetail();
    void updateButtons();
    void updateHeader();
    void showProblem(const QString& text);
    QString currentCode() const;

    Database& m_database;
    Mode m_mode;
    qint64 m_serviceId = 0;
    qint64 m_sourceId = 0; // Duplicate: the service copied
    QString m_sourceName;
    QString m_serviceCode;
    int m_baseRevision = 0;
    int m_publishedRevision = 0;
    bool m_latestIsDraft = false;
    ServiceContent m_saved; // normalised, as last loaded or saved
    QString m_savedCode;
    QList<ServiceTextFinding> m_findings;

    ChangedElsewhereBar* m_changed;
    WaitingSave* m_waiting = nullptr;
    bool m_waitingPublish = false; // what the waiting save does: publish, or save a draft
    QLabel* m_header;
    QLineEdit* m_code;
    QWidget* m_codeRow;
    ServiceForm* m_form;
    QLabel* m_findingsTitle;
    QListWidget* m_findingsList;
    QLabel* m_findingDetail;
    QLabel* m_noFindings;
    QGroupBox* m_overrideBox;
    QLabel* m_overrideText;
    QPlainTextEdit* m_overrideReason;
    QLabel* m_overrideCount;
    QLabel* m_status;
    QLabel* m_problem;
    QPushButton* m_undoButton;
    QPushButton* m_redoButton;
    QPushButton* m_saveDraft;
    QPushButton* m_publish;
};
