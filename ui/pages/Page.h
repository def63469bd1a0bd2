#pragma once

#include "core/Permissions.h"

#include <QWidget>

#include <optional>

class Database;
struct Change;

// A screen hosted by the main window. Pages get the open database (or nullptr while none is
// open) and reload what they show; they never own it.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual void setDatabase(Database* database) = 0;
    virtual QString title() const = 0;
    // Who is signed in; nullopt while the database has no users (everything allowed then).
    virtual void setRole(std::optional<Role> role) { m_role = role; }
    bool may(Action action) const { return !m_role || Permissions::allows(*m_role, action); }
    // Another desk or program changed the centre (storage/ChangeFeed): pages that show live
    // data reload what is visible, keeping selection, scroll position and open dialogs.
    virtual void databaseChanged(const Change& change) { Q_UNUSED(change) }

protected:
    std::optional<Role> m_role;

signals:
    void statusMessage(const QString& text);
};
