#pragma once

#include "credentialbroker.h"

#include <QCoreApplication>
#include <QString>

// The credential side of a front end with nobody to type a password (watch, check): the broker
// options it runs with, and the words for CredentialBroker::passwordNeeded, which say what to
// configure instead ("password-store = ask" has no one to ask without a display; the keyring is
// where the tray app saved the password).
class HeadlessPassword
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessPassword)

public:
    struct Result
    {
        QString password;
        QString error; // translated; empty on success
        bool isOk() const { return error.isEmpty(); }
    };

    // Headless; the keyring is waited for with a bound, as a locked keyring may prompt.
    static CredentialBroker::Options brokerOptions();
    // What to configure instead, for passwordNeeded.
    static QString advice(CredentialBroker::Need need, const QString &detail);
    // The kind of a password error event of `watch --json`: "password-command", "keyring" (also
    // for "ask") or "oauth".
    static QString errorKind(CredentialBroker::Source source);

    // One password account's password for a one-shot command (check): the broker's first answer,
    // awaited in an event loop that keeps turning; the broker's bounds (command and keyring
    // timeouts) end the wait.
    static Result fetch(const CredentialBroker::Account &account);
};
