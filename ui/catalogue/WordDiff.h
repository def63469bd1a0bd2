#pragma once

#include <QList>
#include <QString>

// A word-level difference between two texts, for the revision history: words, runs of
// spaces and single punctuation marks are compared as units (longest common subsequence), so
// a changed word is marked as a whole and the rest of the sentence stays readable.
namespace WordDiff {

enum class Op
{
    Same,
    Removed,
    Added
};

struct Piece
{
    Op op = Op::Same;
    QString text;
};

// The pieces in reading order: Same and Removed pieces spell `before`, Same and Added pieces
// spell `after`.
QList<Piece> compare(const QString& before, const QString& after);

// HTML of one side: `before` with its removed words marked, or `after` with its added words
// marked. Line breaks are kept.
QString beforeHtml(const QList<Piece>& pieces);
QString afterHtml(const QList<Piece>& pieces);

} // namespace WordDiff
