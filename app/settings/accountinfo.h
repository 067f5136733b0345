#pragma once

#include <QColor>
#include <QString>

// What the UI shows about an account and needs to act on its messages outside the engine: its
// name and colour in lists and notifications, and the coordinates for an RFC 5092 IMAP URL when
// the user opens a message in a mail client. A plain value; the account controller fills it from
// the settings, never with a secret.
struct AccountInfo
{
    QString id; // the ImapCore account id
    QString displayName; // "Work"
    QString emailAddress;
    QColor color; // invalid: the UI picks one from the id
    QString user; // IMAP login name
    QString host;
    quint16 port = 993;
    // How "Open in mail client" opens a message: a command line where %u is the RFC 5092 IMAP URL
    // and %m the Message-ID, or an http(s) webmail URL with the same placeholders. Empty: the
    // action is hidden.
    QString openCommand;

    friend bool operator==(const AccountInfo &, const AccountInfo &) = default;
};
