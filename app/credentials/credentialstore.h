#pragma once

#include "mailbellversion.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

// Account passwords in the desktop's Secret Service (GNOME Keyring, KWallet, KeePassXC) through
// QtKeychain: service = the app id, key = the account id. Asynchronous, because unlocking a
// keyring may show a prompt. "Not found" is an answer, not an error. There is no insecure
// fallback: without a Secret Service the caller asks the user (kept in memory only) or uses a
// password command.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr auto service = MAILBELL_APP_ID;

    struct Result
    {
        enum class Status { Found, NotFound, Unavailable, Failed };
        Status status = Status::Failed;
        QString password; // Found only
        QString error; // translated; Unavailable / Failed
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // Whether a Secret Service is running or can be started on the session bus; a synchronous
    // look (two blocking D-Bus calls): for tests and tools, never the UI thread.
    static bool secretServiceAvailable();
    // The same answer without blocking, for telling the user before asking for a password that
    // could not be saved: done(available) runs at once when there is no session bus at all,
    // else later in context's thread (not at all once context is gone). The calls below still
    // give the final answer.
    static void probeSecretService(QObject *context, const std::function<void(bool)> &done);

    // Each callback runs once, later, in this object's thread (never from inside the call).
    void read(const QString &accountId, Callback done);
    void write(const QString &accountId, const QString &password, Callback done);
    void remove(const QString &accountId, Callback done);
};
