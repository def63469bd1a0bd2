#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Centre-wide settings and where the data lives.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    void setDatabase(Database* database) override;
    QString title() const override { return tr("Settings"); }

signals:
    void settingsSaved();

private:
    void save();
    void markDirty();

    Database* m_database = nullptr;
    QLineEdit* m_centreName;
    QComboBox* m_timeZone;
    QPushButton* m_save;
    QLabel* m_databaseInfo;
    QLabel* m_hours;
};
