#pragma once

#include "core/Permissions.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

class Database;

// Builds a believable centre for demonstrations and benchmarks: therapists with shifts, rooms,
// clients with Catalan and Spanish names, and bookings with check-ins around "today".
// The same seed and the same clock give the same centre, byte for byte.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Size
    {
        Small,
        Large
    };

    struct Options
    {
        Size size = Size::Small;
        quint32 seed = 1;
        // Large centre only: another booking count at the same density, over a history
        // shortened to match (the benchmark compares 20,000 with 200,000). 0: the default.
        qint64 bookings = 0;
        // The demo's user accounts (DESIGN 4): `manager`, `reception` and one per therapist
        // (the first name in lower case, e.g. `marta`), every one with the password kPassword.
        // Off by default: tests and benchmarks build centres nobody has to sign in to.
        bool accounts = false;
        // With the accounts: the health data sealed as it is written (DESIGN 6), from the seed.
        // Both programs' demos do; the CLI's "demo --unsealed" does not.
        bool sealed = false;
        // Large centre only: another client count (the benchmark's centre ten times the large
        // one has 300,000). 0: the default. Last, so the brace-initialised options keep theirs.
        int clients = 0;
    };

    // A demo centre's password for every account, said wherever the demo is offered.
    static constexpr const char* kPassword = "demo";

    struct Account
    {
        QString name;
        Role role = Role::Receptionist;
        qint64 therapistId = 0;
    };

    struct Summary
    {
        int therapists = 0;
        int rooms = 0;
        int clients = 0;
        qint64 bookings = 0;
        qint64 checkins = 0;
        QList<Account> accounts; // empty unless Options::accounts
    };

    static bool parseSize(const QString& text, Size* size);

    // Needs a database that has its catalogue but no therapists, rooms, clients or bookings.
    static bool generate(Database& database, const Options& options, Summary* summary,
                         StorageError* error,
                         const std::function<void(int percent)>& progress = {});
};
