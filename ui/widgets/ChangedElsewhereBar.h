#pragma once

#include <QFrame>
#include <QList>
#include <functional>

class QDialog;
class QLabel;
class QPushButton;

// One field an editor shows, as stored by the other desk and as typed here.
struct FieldDifference
{
    QString field;
    QString theirs;
    QString yours;
};

// Adds the field to `list` when the two values differ.
void addIfDifferent(QList<FieldDifference>* list, const QString& field, const QString& theirs,
                    const QString& yours);

// Shown in an editor whose save was refused because another desk saved the record first
// ("Changed by Anna at 10:42 since you opened it."): Reload takes the other desk's version,
// Compare lists the fields that differ (theirs against yours) and can keep yours for the next
// save. Nothing typed is lost until the person chooses.
class ChangedElsewhereBar : public QFrame
{
    Q_OBJECT

public:
    explicit ChangedElsewhereBar(QWidget* parent = nullptr);

    void showRefusal(const QString& sentence);
    // Called by Compare: the stored values against what is typed now.
    std::function<QList<FieldDifference>()> differences;

    QLabel* sentenceLabel() const { return m_sentence; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* compareButton() const { return m_compare; }
    // The compare dialog while it is open (for tests), else null.
    QDialog* compareDialog() const { return m_dialog; }

signals:
    // Take the other desk's version (what was typed here is replaced).
    void reloadRequested();
    // Keep what is typed here: the editor adopts the other desk's version so that the next save
    // replaces it, knowingly.
    void keepMineRequested();

private:
    void compare();

    QLabel* m_sentence;
    QPushButton* m_reload;
    QPushButton* m_compare;
    QDialog* m_dialog = nullptr;
};
