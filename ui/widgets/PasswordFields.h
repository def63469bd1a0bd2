#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// A new password typed twice, with the strength check (UserRepository::passwordProblem) shown
// as the person types: a symbol and words, never colour alone. The fields go into the
// caller's form so labels line up with the rest of it.
class PasswordFields : public QObject
{
    Q_OBJECT

public:
    explicit PasswordFields(QObject* parent = nullptr);
    void addTo(QFormLayout* form);
    // The user name the password must not contain.
    void setUserName(const QString& name);
    // Empty when the password is strong enough and typed the same twice.
    QString problem() const;
    QString password() const;
    void clear();

    QLineEdit* first() const { return m_first; }
    QLineEdit* second() const { return m_second; }
    QLabel* feedback() const { return m_feedback; }

signals:
    void changed(bool acceptable);

private:
    void update();

    QString m_userName;
    QLineEdit* m_first;
    QLineEdit* m_second;
    QLabel* m_feedback;
};
