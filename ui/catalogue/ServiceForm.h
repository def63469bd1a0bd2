#pragma once

#include "storage/ServiceContent.h"

#include <QHash>
#include <QWidget>

class ClaimsTextEdit;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

// The durations a service offers, one row each: minutes and price, with a button to remove
// the row and one to add another.
class DurationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DurationsEditor(QWidget* parent = nullptr);
    void setDurations(const QList<ServiceDuration>& durations);
    QList<ServiceDuration> durations() const;
    int rowCount() const { return int(m_rows.size()); }
    QSpinBox* minutesBox(int row) const { return m_rows.at(row).minutes; }
    QDoubleSpinBox* priceBox(int row) const { return m_rows.at(row).price; }
    void addRow(int minutes, int priceCents);

signals:
    void changed(const QString& source);

private:
    struct Row
    {
        QWidget* widget;
        QSpinBox* minutes;
        QDoubleSpinBox* price;
        QToolButton* remove;
    };
    void removeRow(QWidget* row);

    QVBoxLayout* m_rowsLayout;
    QList<Row> m_rows;
};

// Every field of a service revision: the client texts in English, Catalan and Spanish (one tab
// each, with the claims underlined), then the session (body areas, pressure, cleanup,
// durations and prices) and the check-in questions. Changes to the non-text fields go on the
// form's undo stack; each text field keeps its own undo history.
class ServiceForm : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        SessionTab = 3,
        PrecautionsTab = 4
    };

    explicit ServiceForm(QWidget* parent = nullptr);

    void setContent(const ServiceContent& content); // clears every undo history
    ServiceContent content() const;

    QTabWidget* tabs() const { return m_tabs; }
    QLineEdit* nameEdit(const QString& language) const { return m_names.value(language); }
    ClaimsTextEdit* textEdit(const QString& language, const QString& field) const;
    QCheckBox* bodyAreaBox(const QString& key) const { return m_areas.value(key); }
    QCheckBox* precautionBox(const QString& id) const { return m_precautions.value(id); }
    QComboBox* pressureBox() const { return m_pressure; }
    QSpinBox* cleanupBox() const { return m_cleanup; }
    DurationsEditor* durations() const { return m_durations; }
    QUndoStack* undoStack() const { return m_undo; }

    // Shows the text and selects `length` characters from `start`.
    void showText(const QString& language, const QString& field, int start, int length);
    // Marks each language's tab with its number of claims findings.
    void setFindingCounts(const QHash<QString, int>& counts);

signals:
    void changed();
    void textsChanged();

private:
    QWidget* buildTextsTab(const QString& language);
    QWidget* buildSessionTab();
    QWidget* buildPrecautionsTab();
    void setFormPart(const ServiceContent& content); // the non-text fields
    void recordFormChange(const QString& source);

    QTabWidget* m_tabs;
    QHash<QString, QLineEdit*> m_names;
    QHash<QString, ClaimsTextEdit*> m_texts; // "language/field"
    QHash<QString, QCheckBox*> m_areas;
    QHash<QString, QCheckBox*> m_precautions;
    QComboBox* m_pressure = nullptr;
    QSpinBox* m_cleanup = nullptr;
    DurationsEditor* m_durations = nullptr;
    QUndoStack* m_undo;
    ServiceContent m_formState; // the non-text fields as last recorded
    bool m_applying = false;
};
