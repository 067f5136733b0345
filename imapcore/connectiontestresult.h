#pragma once

#include "foldercounts.h"
#include "folderinfo.h"
#include "imaperror.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>

namespace ImapCore {

// What MailEngine::testConnection found out: an error (kind None when the server let us in and
// answered what the request asked), the folders it listed, the folders it counted, and what it
// offers. Also the stages a test passes through, for the settings dialog's progress text.
class ConnectionTestResult
{
    Q_GADGET

public:
    enum class Stage {
        Resolving, // looking up the host name
        Connecting, // TCP connect
        Securing, // implicit TLS handshake, or STARTTLS and its handshake
        LoggingIn,
        ListingFolders, // only when the request lists folders (counting has no stage of its own)
    };
    Q_ENUM(Stage)

    ImapError error;
    QList<FolderInfo> folders; // in the server's order; at most maxListedFolders
    // One per ConnectionTestRequest::countFolders, in its order, each counted or saying why not;
    // empty when the test ended before it could ask (error says why).
    QList<FolderCounts> folderCounts;
    QList<QByteArray> capabilities; // after login
    bool hasIdle = false; // IDLE (RFC 2177) or IMAP4rev2: new mail is pushed, not polled
    bool foldersTruncated = false; // the server listed more than maxListedFolders; we stopped
    int undecodableFolders = 0; // names that are not valid modified UTF-7 / UTF-8: left out

    // A folder tree larger than this is cut (a hostile or broken server must not make the
    // dialog build an endless tree); the dialog says so.
    static constexpr qsizetype maxListedFolders = 10'000;
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::ConnectionTestResult)
