#pragma once

#include <QString>

struct ClientSummary
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString language;
    qint64 lastVisit = 0; // UTC seconds of the latest booking start, 0 if none
};
