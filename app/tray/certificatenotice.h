#pragma once

#include "mailengine.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class Notifier;

// What the tray does when a watched account's server shows a certificate other than the one
// pinned for it (ErrorKind::TlsPinMismatch): one urgent notification naming the account, the
// host and both SHA-256 fingerprints. The engine holds such an account and retries it slowly: a
// retry that meets the same certificate says nothing again, a different certificate does, and
// the account coming back online starts afresh. Lives on the UI thread.
class CertificateNotice : public QObject
{
    Q_OBJECT

public:
    // What the notification names about an account.
    struct Account
    {
        QString displayName;
        QString host;
        QByteArray trustedSha256; // the pinned certificate's fingerprint
    };
    using AccountLookup = std::function<Account(const QString &accountId)>;

    CertificateNotice(Notifier *notifier, AccountLookup lookup, QObject *parent = nullptr);

    // The engine's MailEngine::accountStatusChanged.
    void accountStatusChanged(const ImapCore::AccountStatus &status);

private:
    Notifier *m_notifier;
    AccountLookup m_lookup;
    QHash<QString, QByteArray> m_reported; // account -> the changed leaf's SHA-256 shown
};
