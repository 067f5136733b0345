#pragma once

#include "accountinfo.h"
#include "mailengine.h"
#include "messagesummary.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// Opens a message in the user's mail client from AccountInfo::openCommand. The command is
// either a command line, split into argv (QProcess::splitCommand) and started detached with no
// shell, or an http(s) webmail URL opened with QDesktopServices. In both, %u is the message's
// RFC 5092 IMAP URL, %m its Message-ID and %% a literal '%'. The placeholders are replaced after
// splitting, inside single arguments, so no value from mail can add an argument or reach a
// shell; in a webmail URL the values are percent-encoded.
class MailClientLauncher
{
public:
    struct Plan
    {
        enum class Kind { None, Command, Url };
        Kind kind = Kind::None;
        QString program; // Command
        QStringList arguments; // Command
        QUrl url; // Url
        QString error; // None: why nothing can be opened (empty when no command is set)
    };

    // imap://user@host:port/mailbox;UIDVALIDITY=v/;UID=u (RFC 5092), user and mailbox as UTF-8
    // percent-encoded per RFC 5092 section 6 (enc-user, enc-mailbox).
    static QString imapUrl(const AccountInfo &account, const ImapCore::MessageRef &message);
    static Plan plan(const AccountInfo &account, const ImapCore::MessageSummary &summary);
    // Runs the plan. False with a message in words when nothing could be started.
    static bool open(const AccountInfo &account, const ImapCore::MessageSummary &summary,
                     QString *errorMessage = nullptr);

private:
    static QString substitute(const QString &text, const QString &url, const QString &messageId,
                              bool percentEncode);
};
