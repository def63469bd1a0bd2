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

// Everything the desk keeps about one client, for the detail panel and the edit dialog.
struct ClientDetails
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;
    QString language;
    QString notes;
    QString consentVersion;        // version of the consent text agreed to; empty if never
    qint64 consentAt = 0;          // UTC seconds, 0 if never
    qint64 consentBy = 0;          // user id who recorded it, 0 when unknown
    QString consentByName;         // that user's name, empty when unknown
    qint64 consentWithdrawnAt = 0; // UTC seconds, 0 unless withdrawn after it was given
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 version = 0; // the stored version loaded (storage RecordVersion), for the next save

    bool hasConsent() const { return !consentVersion.isEmpty() && consentWithdrawnAt == 0; }
};

// One booking in a client's history. The check-in is its outcome level only (proceed ...
// stop_refer), never the answers: the desk sees no health data here.
struct ClientBooking
{
    qint64 id = 0;
    qint64 startsAt = 0; // UTC seconds
    int minutes = 0;
    QString status; // booked, arrived, in_session, completed, cancelled, no_show, referred
    QString statusReason;
    QString serviceName;
    QString therapistName;
    QString roomName;
    QString checkinOutcome; // empty when no check-in yet
};
