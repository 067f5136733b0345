#pragma once

#include <QStringList>

namespace ImapCore {

// What a connection test (MailEngine::testConnection) asks the server once it is logged in:
// the folder list (the settings dialog), the counts of named folders (`mailbell check`), or
// both. Neither: it only logs in and out.
struct ConnectionTestRequest
{
    bool listFolders = true; // LIST "" "*" into ConnectionTestResult::folders
    // STATUS (MESSAGES UNSEEN) of each, in this order, into ConnectionTestResult::folderCounts.
    QStringList countFolders;
};

} // namespace ImapCore
