#pragma once

#include "cli/CliApp.h"

#include <QStringList>

// The CLI's door: once a database has users, every command except the read-only catalogue ones
// needs --user NAME and that user's password (MASSAGE_DESK_PASSWORD, or typed at a prompt),
// and the user's role must allow the command (core/Permissions).
namespace SignIn {

// Fills context.userName on success; otherwise prints why and sets exitCode (1).
bool authorize(CliContext& context, const QStringList& commandWords, const QString& userOption,
               int* exitCode);

// Reads a password from `variable`, or asks for it without echo on a terminal.
QString password(CliContext& context, const char* variable, const QString& prompt);

} // namespace SignIn
