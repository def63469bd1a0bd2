#include "core/Service.h"

QString formatEuros(int cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const int absolute = cents < 0 ? -cents : cents;
    return sign + QString::number(absolute / 100) + QLatin1Char(',') +
           QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0')) +
           QStringLiteral(" \u20AC");
}
