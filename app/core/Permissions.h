#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Who may do what: DESIGN 2.5 as one table, checked by the storage operations that the GUI and
// the CLI both call, so hiding a button is never the only guard.
enum class Role
{
    Receptionist,
    Therapist,
    Manager
};

enum class Action
{
    Book,               // book, move, cancel, mark arrived (therapists: their own sessions)
    EnterCheckin,       // enter check-in answers with the client
    ReadCheckinOutcome, // see the outcome level of a check-in
    ReadCheckinAnswers, // read the answers afterwards
    TherapistSteps,     // sign off, start the session, write the session note
    EditCentre,         // catalogue, staff, rooms, hours, users
    ReadAudit,          // the audit log
    ClientRights,       // export or erase a client's data
    ReadReports,        // the manager's figures: sessions, occupancy, outcome counts, revenue
};

// Who is signed in on a database connection. Storage operations check it against the matrix
// below, so the GUI and the CLI cannot do more than the person's role allows.
struct Actor
{
    qint64 userId = 0;
    QString name;
    Role role = Role::Receptionist;
    qint64 therapistId = 0; // the therapist record of a therapist, else 0
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Action action);
    // Empty when allowed; otherwise why not, for the person who tried.
    static QString refusal(Role role, Action action);

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString& code);
    static QString roleName(Role role);
};
