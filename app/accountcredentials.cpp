#include "accountcredentials.h"

#include "oauthprovider.h"

CredentialBroker::Account credentialsOf(const AccountsFile::Account &account)
{
    using Source = CredentialBroker::Source;
    CredentialBroker::Account credentials;
    credentials.id = account.spec.id;
    if (account.spec.connection.authMethod != ImapCore::AccountConfig::AuthMethod::Password) {
        credentials.source = Source::OAuth;
        credentials.oauthProvider =
            OAuthProvider::forAccount(account.oauthProvider, account.oauthClientId);
    } else if (!account.passwordCommand.isEmpty()) {
        credentials.source = Source::Command;
        credentials.passwordCommand = account.passwordCommand;
    } else if (account.passwordStore == AccountsFile::Account::PasswordStore::Ask) {
        credentials.source = Source::Ask;
    } else {
        credentials.source = Source::Keyring;
    }
    return credentials;
}
