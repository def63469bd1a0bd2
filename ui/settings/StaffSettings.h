#pragma once

#include <QWidget>

class AbsenceEditor;
class ChangedElsewhereBar;
class Database;
struct FieldDifference;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class WaitingSave;
class WeekHoursEditor;

// Therapists (services they perform, weekly shifts, absences) or rooms (services they suit):
// a list on the left, the selected one's details on the right, saved with one button.
class StaffSettings : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Therapists,
        Rooms
    };
    explicit StaffSettings(Kind kind, QWidget* parent = nullptr);
    void setDatabase(Database* database);

    // For tests and keyboard users: the actions behind the buttons.
    bool addNamed(const QString& name);
    // The new one's name as typed, added (the field cleared) or waiting for the server.
    bool addTyped();
    QLineEdit* newNameEdit() const { return m_newName; }
    bool select(const QString& name);
    bool save();
    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QList<QCheckBox*> serviceBoxes() const { return m_services; }
    WeekHoursEditor* shifts() const { return m_shifts; }
    bool addAbsence(const QDateTime& from, const QDateTime& to, const QString& reason);
    // Therapists only (null for rooms).
    AbsenceEditor* absences() const { return m_absences; }
    // Shown when another desk saved the selected one after it was shown here.
    ChangedElsewhereBar* changedElsewhereBar() const { return m_changed; }
    // The selected one's save waiting for the server (WaitingSave).
    WaitingSave* waitingSave() const { return m_waiting; }
    // A new therapist's or room's name waiting for the server.
    WaitingSave* addWaiting() const { return m_addWaiting; }

signals:
    void message(const QString& text);

private:
    void reload(qint64 keep);
    void showSelected();
    QString table() const;
    qint64 selectedId() const;
    // The stored name, active flag, services and version of the therapist or room `id`.
    struct Stored
    {
        QString name;
        bool active = true;
        QStringList codes;
        qint64 version = 0;
    };
    Stored stored(qint64 id) const;
    QList<FieldDifference> differences() const;
    // The one shown has a change waiting for the server (its details or its absences).
    bool detailWaits() const;

    Kind m_kind;
    Database* m_database = nullptr;
    QListWidget* m_list;
    QLineEdit* m_newName;
    QLineEdit* m_name;
    QCheckBox* m_active;
    QVBoxLayout* m_servicesLayout;
    QList<QCheckBox*> m_services;
    WeekHoursEditor* m_shifts = nullptr;
    AbsenceEditor* m_absences = nullptr;
    QPushButton* m_save;
    QWidget* m_detail;
    ChangedElsewhereBar* m_changed;
    qint64 m_loadedVersion = -1; // of the one shown, for its save
    WaitingSave* m_waiting;
    WaitingSave* m_addWaiting;
};
