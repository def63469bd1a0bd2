#pragma once

#include "core/ClientImport.h"

#include <QDate>
#include <QObject>
#include <functional>

class Database;
class QMenu;
class QWidget;

// The File menu's exchange with other programs: calendars out (iCalendar), clients and bookings
// out as CSV, clients in from CSV with a preview. The same storage calls as the CLI. Every
// dialog goes through a replaceable hook so GUI tests answer it without a modal loop.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(QWidget* parent, std::function<Database*()> database);
    void addTo(QMenu* menu);

    bool exportCalendar();
    bool exportClients();
    bool exportBookings();
    bool importClients();

    struct Range
    {
        QDate from;
        QDate to;
        qint64 therapistId = 0; // 0: everyone
    };

    // Hooks (defaults: QFileDialog, a small range dialog, ImportPreviewDialog, QMessageBox).
    std::function<QString(const QString& title, const QString& suggested, const QString& filter)>
        chooseFileToSave;
    std::function<QString(const QString& title, const QString& filter)> chooseFileToOpen;
    std::function<bool(const QString& title, bool withTherapist, Range* range)> chooseRange;
    // Shows the preview (first rows as stored, each problem, likely duplicates) and the dry
    // run's counts; false when the person cancels. `duplicates` is what they chose.
    std::function<bool(const ClientImport::Plan& plan, const ClientImport::Report& dryRun,
                       ClientImport::Duplicates* duplicates)>
        confirmImport;
    std::function<void(const QString& title, const QString& text)> inform;
    std::function<void(const QString& title, const QString& text)> warn;

signals:
    void clientsChanged();
    void message(const QString& text);

private:
    bool save(const QString& title, const QString& suggested, const QString& filter,
              const QByteArray& bytes);

    QWidget* m_parent;
    std::function<Database*()> m_database;
};
