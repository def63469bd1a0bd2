#pragma once

#include <QByteArray>
#include <QString>

// A client list as a Spanish Excel writes it (semicolons, CRLF, accents in the header), with
// `clients` distinct people and then `repeats` rows that repeat the first ones (same name and
// phone): the 30,000-row file of the import test and the benchmark.
inline QByteArray spanishExcelClients(int clients, int repeats)
{
    QByteArray file = "Nombre;Apellidos;Móvil;Correo electrónico;Fecha consentimiento\r\n";
    file.reserve((clients + repeats) * 70);
    for (int i = 0; i < clients; ++i) {
        file += QStringLiteral("Clienta %1;García López;6%2;c%1@example.com;2024-01-15\r\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    for (int i = 0; i < repeats; ++i) {
        file += QStringLiteral("Clienta %1;García López;6%2;;\r\n")
                    .arg(i)
                    .arg(i, 8, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    return file;
}
