#include "headlesspassword.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

CredentialBroker::Options HeadlessPassword::brokerOptions()
{
    CredentialBroker::Options options;
    options.frontend = CredentialBroker::Frontend::Headless;
    options.keyringTimeoutMs = PasswordCommand::defaultTimeoutMs;
    return options;
}

QString HeadlessPassword::advice(CredentialBroker::Need need, const QString &detail)
{
    using Need = CredentialBroker::Need;
    switch (need) {
    case Need::AskAtStart:
        return tr("The account's password is asked at each start of the tray app and kept "
                  "nowhere; give --password-command, or add a password-command to the account "
                  "(see docs/config.md).");
    case Need::NotSaved:
        return tr("The account has no password-command and no password is saved in the keyring "
                  "for it; add a password-command (see docs/config.md), give --password-command, "
                  "or save the password from the tray app.");
    case Need::KeyringUnavailable:
    case Need::KeyringFailed:
        return tr("The account has no password-command and the keyring could not be read: %1")
            .arg(detail);
    case Need::KeyringSilent:
        return detail;
    case Need::SavedRejected:
    case Need::Rejected:
        break;
    }
    return tr("The server rejected the password and nobody can type another one here; add a "
              "password-command to the account (see docs/config.md), or give "
              "--password-command.");
}

QString HeadlessPassword::errorKind(CredentialBroker::Source source)
{
    switch (source) {
    case CredentialBroker::Source::Command:
        return u"password-command"_s;
    case CredentialBroker::Source::OAuth:
        return u"oauth"_s;
    case CredentialBroker::Source::Keyring:
    case CredentialBroker::Source::Memory:
    case CredentialBroker::Source::Ask:
        break;
    }
    return u"keyring"_s;
}

HeadlessPassword::Result HeadlessPassword::fetch(const CredentialBroker::Account &account)
{
    // OAuth accounts get tokens, not passwords: check refuses them before asking.
    Q_ASSERT(account.source != CredentialBroker::Source::OAuth);
    CredentialStore keyring;
    CredentialBroker broker(&keyring, brokerOptions());
    broker.setAccount(account);
    Result result;
    bool answered = false;
    QEventLoop loop;
    const auto answer = [&](const QString &password, const QString &error) {
        result.password = password;
        result.error = error;
        answered = true;
        loop.quit();
    };
    QObject::connect(&broker, &CredentialBroker::passwordReady, &loop,
                     [&](const QString &, const QString &password) { answer(password, {}); });
    QObject::connect(&broker, &CredentialBroker::passwordNeeded, &loop,
                     [&](const QString &, CredentialBroker::Need need, const QString &detail) {
                         answer({}, advice(need, detail));
                     });
    QObject::connect(&broker, &CredentialBroker::passwordProblem, &loop,
                     [&](const QString &, const QString &message) { answer({}, message); });
    broker.requestPassword(account.id);
    if (!answered) // "ask" answers at once
        loop.exec();
    return result;
}
