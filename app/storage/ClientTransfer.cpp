#include "storage/ClientTransfer.h"

#include "storage/AuditLog.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"

bool ClientTransfer::exportAll(QList<ClientDetails>* clients, StorageError* error)
{
    if (!m_database.permits(Action::ClientRights, error))
        return false;
    StorageError readError;
    *clients = ClientRepository(m_database).all(&readError);
    if (readError) {
        *error = readError;
        return false;
    }
    return AuditLog(m_database)
        .appendAlone(m_database.actorName(), QStringLiteral("clients.export_csv"), 0, 0,
                     QStringLiteral("%1 clients").arg(clients->size()), error);
}
