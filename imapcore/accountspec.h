#pragma once

#include "accountconfig.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ImapCore {

// Everything MailEngine needs to run one account, as a plain value: the connection settings,
// the folders to watch and the per-account policies. No secret: the password reaches the
// engine through MailEngine::setPassword and stays in the worker's memory only.
struct AccountSpec
{
    QString id; // stable id: keys the SeenStore and every signal; never shown to users
    QString displayName; // "Work"; defaults to user@host where empty
    AccountConfig connection;
    QStringList folders = {QStringLiteral("INBOX")};
    bool enabled = true;
    int maxConnections = 5; // one connection per folder, at most this many per account
    // RFC 2177 3: re-issue IDLE at least every 29 minutes. Gmail drops idle sessions after about
    // 10 minutes: on servers advertising X-GM-EXT-1 the watcher caps this at 9 minutes.
    int idleRenewalMs = 29 * 60 * 1000;
    int pollIntervalMs = 2 * 60 * 1000; // NOOP interval for servers without IDLE
    int previewLength = 200;
};

} // namespace ImapCore

Q_DECLARE_METATYPE(ImapCore::AccountSpec)
