#pragma once

#include <QCoreApplication>
#include <QString>

class QFile;

// Files the program reads from a person (answers, catalogues, client lists): an ordinary file
// only. A pipe or a device is refused from its type alone, never opened, since opening a pipe
// with nobody writing to it waits for ever.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Why `path` cannot be read, for a person; empty when it can. Looks without opening.
    static QString refusal(const QString& path);
    // Opens `file` (its name set) for reading; false with `problem` set when it could not.
    static bool open(QFile& file, QString* problem);
};
