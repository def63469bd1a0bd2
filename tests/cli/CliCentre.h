#pragma once

#include "CliRunner.h"

#include <QVariantList>

// A demo centre for the exchange suites (calendars, CSV), signed in as the manager when the
// demo made accounts, with direct SQL for what no command sets (Sunday hours, a check).
class CliCentre
{
public:
    explicit CliCentre(CliRunner& cli) : m_cli(cli) {}

    // `demo --seed 5` made on 2026-11-25; false with the reason in `problem` when it failed.
    bool makeDemo(QString* problem);
    // The arguments to sign in with, then `arguments`.
    CliResult run(const QStringList& arguments) const;
    qint64 therapistId(const QString& name) const;

    // Rows of a query (each a list of column values); runs statements when `rows` is null.
    static QString sql(const QString& database, const QStringList& statements,
                       QList<QVariantList>* rows = nullptr);

private:
    CliRunner& m_cli;
    QStringList m_signIn;
};
