#pragma once

#include <QCoreApplication>
#include <QStringList>

class Clock;
class QApplication;

// The GUI's composition root: reads the command line, opens (or creates) the database with the
// one-window lock, builds the main window. main.cpp only sets up the application around it.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)

public:
    static int run(QApplication& app, const Clock& clock);
};
