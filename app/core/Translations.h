#pragma once

#include <QString>

class QCoreApplication;

// Installs the Catalan or Spanish translation (ours and Qt's own) for `language`
// ("ca", "es"; empty means the system's). English needs none. Returns the language in use.
namespace Translations {
QString install(QCoreApplication& app, const QString& language = {});
}
