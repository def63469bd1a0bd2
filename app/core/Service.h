#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A session type as clients see it: the published revision of a catalogue entry.
struct ServiceDuration
{
    int minutes = 0;
    int priceCents = 0;
};

struct ServiceTexts
{
    QString name;
    QString description;
    QString whatToExpect;
    QString aftercare;
};

struct Service
{
    qint64 id = 0;
    QString code;
    bool archived = false;
    int revision = 0;
    QStringList bodyAreas;
    QString pressure;
    int cleanupMinutes = 10;
    QList<ServiceDuration> durations;
    QString language; // the language of `texts`
    ServiceTexts texts;
};

// Plain "12,50 €" style formatting that does not depend on the system locale.
QString formatEuros(int cents);
