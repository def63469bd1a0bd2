#pragma once

#include "storage/CallRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimeZone>

class QPagedPaintDevice;

// Tomorrow's call list on paper: time, client, phone, service, therapist and a box for what the
// call gave. Contact details only, never health data.
class CallListSheet
{
    Q_DECLARE_TR_FUNCTIONS(CallListSheet)

public:
    static QString html(const QString& centre, const QDate& day, const QTimeZone& zone,
                        const QList<CallListLine>& lines);
    static void render(const QString& html, QPagedPaintDevice* device);
};
