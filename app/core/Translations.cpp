#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication& app, const QString& language)
{
    const QString chosen = language.isEmpty() ? QLocale().name().left(2) : language;
    auto* ours = new QTranslator(&app);
    if (chosen != QLatin1String("ca") && chosen != QLatin1String("es")) {
        // English is the source language; its file holds only the plural forms.
        if (ours->load(QStringLiteral(":/i18n/massage-desk_en.qm")))
            QCoreApplication::installTranslator(ours);
        return QStringLiteral("en");
    }
    if (ours->load(QStringLiteral(":/i18n/massage-desk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(chosen == QLatin1String("ca") ? QLocale::Catalan : QLocale::Spanish,
                                QLocale::Spain));
    return chosen;
}

} // namespace Translations
