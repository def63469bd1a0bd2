#include "pages/SettingsPage.h"

#include "core/AppPaths.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

SettingsPage::SettingsPage(QWidget* parent)
    : Page(parent), m_centreName(new QLineEdit), m_timeZone(new QComboBox),
      m_save(new QPushButton(tr("&Save settings"))), m_databaseInfo(new QLabel), m_hours(new QLabel)
{
    m_centreName->setMaxLength(120);
    m_timeZone->setEditable(false);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id.startsWith("Europe/") || id.startsWith("Atlantic/") || id == "UTC")
            m_timeZone->addItem(QString::fromLatin1(id));
    }
    m_save->setEnabled(false);

    auto* centre = new QGroupBox(tr("Centre"));
    auto* form = new QFormLayout(centre);
    form->addRow(tr("Centre &name:"), m_centreName);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(), m_save);

    auto* data = new QGroupBox(tr("Data"));
    auto* dataLayout = new QVBoxLayout(data);
    m_databaseInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseInfo->setWordWrap(true);
    dataLayout->addWidget(m_databaseInfo);

    auto* hours = new QGroupBox(tr("Opening hours"));
    auto* hoursLayout = new QVBoxLayout(hours);
    hoursLayout->addWidget(m_hours);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(centre);
    layout->addWidget(hours);
    layout->addWidget(data);
    layout->addStretch();

    connect(m_centreName, &QLineEdit::textEdited, this, &SettingsPage::markDirty);
    connect(m_timeZone, &QComboBox::activated, this, &SettingsPage::markDirty);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
}

void SettingsPage::markDirty()
{
    m_save->setEnabled(m_database != nullptr);
}

void SettingsPage::setDatabase(Database* database)
{
    m_database = database;
    setEnabled(database != nullptr);
    if (!database)
        return;
    SettingsRepository settings(*database);
    m_centreName->setText(settings.value(SettingKeys::kCentreName));
    m_timeZone->setCurrentText(settings.value(SettingKeys::kTimeZone));
    m_save->setEnabled(false);
    m_databaseInfo->setText(
        tr("Database file: %1\nData version: %2 \u00B7 SQLite %3\nLogs: %4\nBackups: %5")
            .arg(QDir::toNativeSeparators(database->path()))
            .arg(database->schemaVersion())
            .arg(database->sqliteVersion(), QDir::toNativeSeparators(AppPaths::logFolder()),
                 QDir::toNativeSeparators(AppPaths::backupFolder())));
    StorageError error;
    const QList<OpeningHours> hours = settings.openingHours(&error);
    QStringList lines;
    const auto hhmm = [](int minutes) {
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QStringList spans;
        for (const OpeningHours& h : hours) {
            if (h.weekday == weekday)
                spans
                    << QStringLiteral("%1\u2013%2").arg(hhmm(h.opensMinute), hhmm(h.closesMinute));
        }
        lines << QStringLiteral("%1: %2").arg(QLocale().dayName(weekday),
                                              spans.isEmpty() ? tr("closed")
                                                              : spans.join(QStringLiteral(", ")));
    }
    m_hours->setText(error ? error.message : lines.join(QLatin1Char('\n')));
}

void SettingsPage::save()
{
    if (!m_database)
        return;
    SettingsRepository settings(*m_database);
    StorageError error;
    const QString name = m_centreName->text().trimmed();
    if (name.isEmpty()) {
        emit statusMessage(tr("The centre needs a name."));
        return;
    }
    if (!settings.setValue(SettingKeys::kCentreName, name, &error) ||
        !settings.setValue(SettingKeys::kTimeZone, m_timeZone->currentText(), &error)) {
        emit statusMessage(error.message);
        return;
    }
    m_save->setEnabled(false);
    emit statusMessage(tr("Settings saved."));
    emit settingsSaved();
}
