#pragma once

#include <QByteArray>
#include <QString>

// QJsonDocument keeps the last of two equal keys in an object and says nothing, so a file
// with "one_leg_symptoms": true and later false would read as false. This scan finds the
// first key that appears twice in one object, at any depth, comparing keys after their JSON
// escapes are decoded ("a\u0062" equals "ab"). It expects text QJsonDocument already accepted.
namespace JsonDuplicateKeys {

// The path of the first repeated key ("answers.pregnant"), or a null string when every
// object's keys are distinct.
QString firstDuplicate(const QByteArray& json);

} // namespace JsonDuplicateKeys
