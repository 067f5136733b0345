#pragma once

#include "mailengine.h"

#include <QDateTime>
#include <QString>

// Connection states and errors in words a user can act on, for the tray tooltip and windows.
// Never server text: only our own translated sentences.
namespace AccountStatusWords {

QString state(ImapCore::AccountStatus::State state);
QString error(const ImapCore::ImapError &error);
// One line for an account: "online", "reconnecting at 14:03 (the server refused the connection)".
QString describe(const ImapCore::AccountStatus &status);
// True for states where the account is not delivering mail and the user may need to act.
bool isTrouble(ImapCore::AccountStatus::State state);

} // namespace AccountStatusWords
