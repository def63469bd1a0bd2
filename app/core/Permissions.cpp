#include "core/Permissions.h"

namespace {

struct Cell
{
    Action action;
    bool receptionist;
    bool therapist;
    bool manager;
};

// DESIGN 2.5, row by row.
constexpr Cell kMatrix[] = {
    {Action::Book, true, true, true},
    {Action::EnterCheckin, true, true, true},
    {Action::ReadCheckinOutcome, true, true, true},
    {Action::ReadCheckinAnswers, false, true, true},
    {Action::TherapistSteps, false, true, false},
    {Action::EditCentre, false, false, true},
    {Action::ReadAudit, false, false, true},
    {Action::ClientRights, false, false, true},
    {Action::ReadReports, false, false, true},
};

} // namespace

bool Permissions::allows(Role role, Action action)
{
    for (const Cell& cell : kMatrix) {
        if (cell.action == action) {
            switch (role) {
            case Role::Receptionist:
                return cell.receptionist;
            case Role::Therapist:
                return cell.therapist;
            case Role::Manager:
                return cell.manager;
            }
        }
    }
    return false;
}

QString Permissions::refusal(Role role, Action action)
{
    if (allows(role, action))
        return {};
    switch (action) {
    case Action::ReadCheckinAnswers:
        return tr("A %1 sees the outcome of a check-in, not the answers.").arg(roleName(role));
    case Action::TherapistSteps:
        return tr("Only the therapist signs off, starts and writes the note of a session.");
    case Action::EditCentre:
        return tr("Only a manager changes the catalogue, staff, rooms, hours and users.");
    case Action::ReadAudit:
        return tr("Only a manager reads the audit log.");
    case Action::ClientRights:
        return tr("Only a manager exports or erases a client's data.");
    case Action::ReadReports:
        return tr("Only a manager reads the reports.");
    default:
        return tr("A %1 may not do this.").arg(roleName(role));
    }
}

QString Permissions::roleCode(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::Therapist:
        return QStringLiteral("therapist");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> Permissions::roleFromCode(const QString& code)
{
    for (Role role : {Role::Receptionist, Role::Therapist, Role::Manager}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Receptionist:
        return tr("receptionist");
    case Role::Therapist:
        return tr("therapist");
    case Role::Manager:
        return tr("manager");
    }
    return {};
}
