#pragma once

#include "core/PrecautionRules.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Fixtures of test_core_precautions: DESIGN 2.2's table and a set of broken rule files.

// The five service codes of the default catalogue.
extern const QStringList kServices;

// DESIGN 2.2, written out here on purpose rather than read from the rule file: the file is
// what is under test. skin_problems ("services covering that area") applies to every service,
// since every service works on the skin of some area.
struct DesignRow
{
    QString id;
    bool trigger;
    QString outcome;
    QStringList services;
    bool avoidsArea;
};

const QList<DesignRow>& designTable();
// The answer that triggers the row `id`.
bool triggerOf(const QString& id);
// Every question of `service` answered so that nothing triggers.
QHash<QString, bool> calmAnswers(const QString& service);
QStringList idsOf(const QList<PrecautionQuestion>& questions);
// The built-in rule file with one change applied.
QByteArray mutated(const std::function<void(QJsonObject&)>& change);

struct BadFile
{
    const char* name;
    QByteArray json;
    QString expected; // a fragment of the refusal message
};

// Broken rule files, each a different kind of mistake.
QList<BadFile> badFiles();
