#pragma once

#include "storage/DemoGenerator.h"

#include <QString>

class Clock;

// The figures of issue 13 on a copy of the large centre: sealing it (200,000 check-ins), then
// saving a check-in and opening one for a therapist, with the Argon2id of signing in apart.
struct SealingFigures
{
    double sealSeconds = -1;    // sealing enable: every check-in sealed
    double compactSeconds = -1; // VACUUM and checkpoint afterwards
    double signInMs = -1;       // a therapist's sign-in: password check and key unwrap
    double saveMs = -1;         // a receptionist saves a check-in, sealed, committed (median)
    double openMs = -1;         // a therapist opens a sealed check-in (median)
    qint64 checkins = 0;
};

SealingFigures measureSealing(const DemoGenerator::Options& large, const QString& work,
                              const Clock& clock, int runs);
