#pragma once

#include "credentialbroker.h"
#include "settings/accountsfile.h"

// The credential side of an account of the accounts file, for CredentialBroker: OAuth for
// "auth = xoauth2 / oauthbearer" (with the provider the file names; none when unknown), else its
// password-command, else "password-store": ask or the keyring.
CredentialBroker::Account credentialsOf(const AccountsFile::Account &account);
