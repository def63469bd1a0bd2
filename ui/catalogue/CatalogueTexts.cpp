#include "catalogue/CatalogueTexts.h"

#include "storage/ServiceRevisions.h"

QString CatalogueTexts::fieldName(const QString& field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("what_to_expect"))
        return tr("What to expect");
    if (field == QLatin1String("aftercare"))
        return tr("Afterwards");
    if (field == QLatin1String("body_areas"))
        return tr("Body areas");
    if (field == QLatin1String("pressure"))
        return tr("Pressure");
    if (field == QLatin1String("cleanup_minutes"))
        return tr("Cleanup time");
    if (field == QLatin1String("durations"))
        return tr("Durations and prices");
    if (field == QLatin1String("precautions"))
        return tr("Check-in questions");
    return field;
}

QString CatalogueTexts::changeName(const QString& key)
{
    const int dot = int(key.indexOf(QLatin1Char('.')));
    if (dot > 0) {
        return tr("%1 (%2)").arg(fieldName(key.left(dot)),
                                 ServiceContent::languageName(key.mid(dot + 1)));
    }
    return fieldName(key);
}

QString CatalogueTexts::changesText(const QStringList& changes)
{
    QString event;
    QStringList fields;
    for (const QString& key : changes) {
        if (key == QLatin1String("created"))
            event = tr("New service");
        else if (key == QLatin1String("imported"))
            event = tr("Imported");
        else if (key.startsWith(QLatin1String("duplicated:")))
            event = tr("Copied from %1").arg(key.mid(11));
        else if (key.startsWith(QLatin1String("published:")))
            event = tr("Draft revision %1 published as it was").arg(key.mid(10));
        else if (key.startsWith(QLatin1String("restored:")))
            event = tr("Restored from revision %1").arg(key.mid(9));
        else
            fields << changeName(key);
    }
    if (fields.isEmpty())
        return event.isEmpty() ? tr("No changes") : event;
    const QString list = fields.join(QStringLiteral(", "));
    return event.isEmpty() ? list : tr("%1: %2").arg(event, list);
}

QString CatalogueTexts::stateText(const ServiceRevision& revision)
{
    if (!revision.isPublished())
        return tr("Draft");
    return revision.overrideReason.isEmpty() ? tr("Published") : tr("Published with an override");
}
