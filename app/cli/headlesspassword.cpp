#include "headlesspassword.h"

#include "credentialstore.h"
#include "passwordcommand.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

HeadlessPassword::Result HeadlessPassword::fetch(const AccountsFile::Account &account)
{
    Result result;
    if (!account.passwordCommand.isEmpty()) {
        result.source = u"password-command"_s;
        PasswordCommand::Result password = PasswordCommand::run(account.passwordCommand);
        result.password = std::exchange(password.password, {});
        result.error = password.error;
        return result;
    }
    result.source = u"keyring"_s;
    if (account.passwordStore == AccountsFile::Account::PasswordStore::Ask) {
        result.error = tr("The account's password is asked at each start of the tray app and "
                          "kept nowhere; give --password-command, or add a password-command to "
                          "the account (see docs/config.md).");
        return result;
    }
    // A headless command has nothing better to do meanwhile; a locked keyring may prompt, so
    // the wait is bounded.
    CredentialStore store;
    QEventLoop loop;
    std::optional<CredentialStore::Result> answer;
    store.read(account.spec.id, [&](const CredentialStore::Result &read) {
        answer = read;
        loop.quit();
    });
    QTimer::singleShot(PasswordCommand::defaultTimeoutMs, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    if (!answer) {
        result.error = tr("The keyring did not answer within %n second(s).", nullptr,
                          PasswordCommand::defaultTimeoutMs / 1000);
        return result;
    }
    switch (answer->status) {
    case CredentialStore::Result::Status::Found:
        result.password = answer->password;
        answer->password.fill(u'\0');
        return result;
    case CredentialStore::Result::Status::NotFound:
        result.error = tr("The account has no password-command and no password is saved in the "
                          "keyring for it; add a password-command (see docs/config.md), give "
                          "--password-command, or save the password from the tray app.");
        return result;
    case CredentialStore::Result::Status::Unavailable:
    case CredentialStore::Result::Status::Failed:
        result.error = tr("The account has no password-command and the keyring could not be "
                          "read: %1")
                           .arg(answer->error);
        return result;
    }
    return result;
}
