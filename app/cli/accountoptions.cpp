#include "accountoptions.h"

#include "certificatepin.h"
#include "filekindwords.h"
#include "localfile.h"
#include "mailengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

#include <optional>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;

void AccountOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"account"_s,
         tr("Use this account of the accounts file, by its [section] name or the name the "
            "tray app shows: its server, security, user, folders, trusted certificate and "
            "password source (password-command or keyring). Options given too override the "
            "account's values."),
         //: placeholder for the option's value, shown in --help as <name>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("name")},
        {u"config"_s,
         tr("Accounts file to read (default %1; format in docs/config.md).")
             .arg(AccountsFile::defaultPath()),
         //: placeholder for the option's value, shown in --help as <file>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("file")},
        {u"host"_s, tr("IMAP server host name (also the name checked in its certificate)."),
         //: placeholder for the option's value, shown in --help as <host>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("host")},
        {u"port"_s, tr("IMAP server port (default 993 for tls, 143 for starttls and plain)."),
         //: placeholder for the option's value, shown in --help as <port>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("port")},
        {u"security"_s, tr("Connection security: tls (default), starttls or plain."),
         //: placeholder for the option's value, shown in --help as <mode>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("mode")},
        {u"user"_s, tr("Login user name."),
         //: placeholder for the option's value, shown in --help as <user>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("user")},
        {u"password-command"_s,
         tr("Program that prints the password on its first line of output. Run without a "
            "shell: words are split at spaces, double quotes group them, nothing is "
            "expanded."),
         //: placeholder for the option's value, shown in --help as <command>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("command")},
        {u"folder"_s, tr("Folder to look at; repeat for several (default INBOX)."),
         //: placeholder for the option's value, shown in --help as <folder>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("folder")},
        {u"cafile"_s, tr("Also trust the CA certificates in this PEM file."),
         //: placeholder for the option's value, shown in --help as <file>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("file")},
        {u"pin-sha256"_s,
         tr("Trust the server certificate with this SHA-256 fingerprint, whoever issued it (64 "
            "hex digits, colons allowed, as an untrusted certificate's error shows it). Check "
            "it with the server's administrator first."),
         //: placeholder for the option's value, shown in --help as <fingerprint>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("fingerprint")},
        {u"connect-address"_s,
         tr("Connect to this address instead of resolving the host name; the certificate "
            "must still be valid for --host (tests, split-horizon DNS)."),
         //: placeholder for the option's value, shown in --help as <address>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("address")},
        {u"protocol-log"_s,
         tr("Append the IMAP dialog to this file, with passwords and tokens redacted. At "
            "%1 MiB the file is renamed to <file>.1 (replacing an older <file>.1) and a new one "
            "begins; a FIFO, device or symlink (e.g. /dev/stderr) is written to, never "
            "renamed. If writing fails (disk full, ...), a warning says so once and the "
            "command runs on without the log.")
             .arg(ImapCore::MailEngine::protocolLogFileMaxBytes / (1024 * 1024)),
         //: placeholder for the option's value, shown in --help as <file>; texts that
         //: mention one write it the same way ("--account <name>", "<file>.1")
         tr("file")},
    });
}

QString AccountOptions::passwordNote()
{
    return tr("There is no --password option on purpose: other users could read it in the "
              "process list. Use --password-command, e.g. --password-command 'pass show mail', "
              "or --account with an account whose password is in the keyring or comes from its "
              "password-command.");
}

AccountOptions::Result AccountOptions::parse(const QCommandLineParser &parser,
                                             const AccountsFile::Account *base)
{
    Result result;
    const auto fail = [&result](const QString &error) {
        result.error = error;
        return result;
    };
    if (base)
        result.account = *base;
    AccountConfig &config = result.account.spec.connection;

    if (parser.isSet(u"host"_s) || !base)
        config.host = parser.value(u"host"_s).trimmed();
    if (config.host.isEmpty())
        return fail(tr("--host is required: the IMAP server's host name."));

    const AccountConfig::Security baseSecurity = config.security;
    if (parser.isSet(u"security"_s)) {
        const QString security = parser.value(u"security"_s);
        if (security == "tls"_L1)
            config.security = AccountConfig::Security::Tls;
        else if (security == "starttls"_L1)
            config.security = AccountConfig::Security::StartTls;
        else if (security == "plain"_L1)
            config.security = AccountConfig::Security::Plain;
        else
            return fail(tr("--security must be tls, starttls or plain, not \"%1\".").arg(security));
    }

    // A port of its own stays with another security; the usual one follows the security.
    if (!base || config.port == AccountConfig::defaultPort(baseSecurity))
        config.port = AccountConfig::defaultPort(config.security);
    if (parser.isSet(u"port"_s)) {
        const QString text = parser.value(u"port"_s);
        bool ok = false;
        const uint port = text.toUInt(&ok, 10);
        if (!ok || port < 1 || port > 65535)
            return fail(tr("--port must be a number from 1 to 65535, not \"%1\".").arg(text));
        config.port = quint16(port);
    }

    if (parser.isSet(u"user"_s) || !base)
        config.user = parser.value(u"user"_s);
    if (config.user.isEmpty())
        return fail(tr("--user is required: the login user name."));

    if (parser.isSet(u"password-command"_s) || !base) {
        result.account.passwordCommand = parser.value(u"password-command"_s);
        if (result.account.passwordCommand.trimmed().isEmpty())
            return fail(tr("--password-command is required: a program that prints the password."));
        config.authMethod = AccountConfig::AuthMethod::Password;
    }

    if (parser.isSet(u"folder"_s) || !base) {
        QStringList folders = parser.values(u"folder"_s);
        if (folders.isEmpty())
            folders = {u"INBOX"_s};
        for (const QString &folder : std::as_const(folders)) {
            if (folder.isEmpty())
                return fail(tr("--folder needs a folder name, not an empty string."));
        }
        folders.removeDuplicates();
        result.account.spec.folders = folders;
    }

    for (const QString &path : parser.values(u"cafile"_s)) {
        // QSslCertificate::fromPath() would block on a FIFO: only a regular file is read.
        const ImapCore::LocalFile::Kind kind = ImapCore::LocalFile::kindOf(path);
        if (kind != ImapCore::LocalFile::Kind::Regular
            && kind != ImapCore::LocalFile::Kind::Missing)
            return fail(tr("--cafile: %1.").arg(FileKindWords::notRegularFile(path, kind)));
        if (!QFileInfo(path).isReadable())
            return fail(tr("--cafile: cannot read \"%1\".").arg(path));
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            return fail(tr("--cafile: \"%1\" holds no PEM certificate.").arg(path));
        config.caCertificates += certificates;
    }

    if (parser.isSet(u"pin-sha256"_s)) {
        const QString text = parser.value(u"pin-sha256"_s);
        const std::optional<QByteArray> pin = CertificatePin::parse(text);
        if (!pin)
            return fail(tr("--pin-sha256 must be a SHA-256 fingerprint: 64 hex digits, colons "
                           "allowed (AB:CD:...), not \"%1\".")
                            .arg(text));
        config.pinnedSha256 = *pin;
    }

    if (parser.isSet(u"connect-address"_s)) {
        config.connectAddress = parser.value(u"connect-address"_s).trimmed();
        if (config.connectAddress.isEmpty())
            return fail(tr("--connect-address needs an address."));
    }

    if (!base)
        result.account.spec.id = config.user + u'@' + config.host;

    if (parser.isSet(u"protocol-log"_s)) {
        result.protocolLogPath = parser.value(u"protocol-log"_s);
        if (result.protocolLogPath.isEmpty())
            return fail(tr("--protocol-log needs a file name."));
    }
    return result;
}

namespace {

// The options that describe one account: with several --account, or with every account of the
// file, they would apply to which?
const QStringList kAccountValueOptions {
    u"host"_s,   u"port"_s,   u"security"_s,        u"user"_s,
    u"folder"_s, u"cafile"_s, u"connect-address"_s, u"pin-sha256"_s};

QString namesOf(const QList<AccountsFile::Account> &accounts)
{
    QStringList names;
    for (const AccountsFile::Account &account : accounts)
        names.append(account.spec.id);
    return names.join(u", "_s);
}

} // namespace

AccountOptions::Selection AccountOptions::select(const QCommandLineParser &parser, Count count)
{
    Selection selection;
    const auto fail = [&selection](const QString &error) {
        selection.error = error;
        return selection;
    };
    const QStringList names = parser.values(u"account"_s);
    const bool adHoc =
        parser.isSet(u"host"_s) || parser.isSet(u"user"_s) || parser.isSet(u"password-command"_s);
    const QString path =
        parser.isSet(u"config"_s) ? parser.value(u"config"_s) : AccountsFile::defaultPath();
    const auto addFileNotes = [&selection](const AccountsFile::Result &loaded) {
        for (const QString &warning : loaded.warnings)
            selection.notes.append(tr("warning: %1").arg(warning));
        selection.notes.append(loaded.errors);
    };

    if (!names.isEmpty()) {
        if (count == Count::One && names.size() > 1)
            return fail(tr("give one --account; run the command once per account."));
        if (names.size() > 1) {
            for (const QString &option : kAccountValueOptions) {
                if (parser.isSet(option))
                    return fail(tr("--%1 cannot apply to several accounts; give one --account "
                                   "with it, or put it in the accounts file.")
                                    .arg(option));
            }
        }
        if (!QFileInfo::exists(path)) {
            return fail(tr("--account: the accounts file %1 does not exist. Set up the account "
                           "in the tray app (run mailbell), or give --config <file>.")
                            .arg(path));
        }
        const AccountsFile::Result loaded = AccountsFile::load(path);
        selection.fromFile = true;
        for (const QString &name : names) {
            const AccountsFile::Account *found = nullptr;
            for (const AccountsFile::Account &account : loaded.accounts) {
                if (account.spec.id == name)
                    found = &account;
            }
            for (const AccountsFile::Account &account : loaded.accounts) {
                if (!found && !account.spec.displayName.isEmpty()
                    && account.spec.displayName == name)
                    found = &account;
            }
            if (!found) {
                addFileNotes(loaded);
                if (loaded.accounts.isEmpty())
                    return fail(tr("--account: no account \"%1\": %2 has no usable account.")
                                    .arg(name, path));
                return fail(tr("--account: no account \"%1\" in %2; its accounts are: %3.")
                                .arg(name, path, namesOf(loaded.accounts)));
            }
            bool duplicate = false;
            for (const AccountsFile::Account &chosen : std::as_const(selection.accounts))
                duplicate = duplicate || chosen.spec.id == found->spec.id;
            if (duplicate)
                continue;
            Result account = parse(parser, found);
            if (!account.isOk())
                return fail(account.error);
            account.account.spec.enabled = true; // named on purpose
            selection.accounts.append(account.account);
            selection.protocolLogPath = account.protocolLogPath;
        }
        return selection;
    }

    if (adHoc || count == Count::One) {
        if (parser.isSet(u"config"_s))
            return fail(tr("--config names the accounts file for --account: give --account <name> "
                           "too, or use --host, --user and --password-command without "
                           "--config."));
        const Result account = parse(parser);
        if (!account.isOk()) {
            QString error = account.error;
            // Nothing on the command line: point to the accounts the tray app set up.
            if (!adHoc && QFileInfo::exists(path)) {
                const AccountsFile::Result loaded = AccountsFile::load(path);
                if (!loaded.accounts.isEmpty())
                    error += u' '
                        + tr("Or use --account <name>, one of the accounts in %1: %2.")
                              .arg(path, namesOf(loaded.accounts));
            }
            return fail(error);
        }
        selection.accounts.append(account.account);
        selection.protocolLogPath = account.protocolLogPath;
        return selection;
    }

    // watch without --account or --host: every enabled account of the accounts file.
    for (const QString &option : kAccountValueOptions) {
        if (parser.isSet(option))
            return fail(tr("--%1 belongs to one account: give --account <name> (or --host, "
                           "--user and --password-command) too, or put it in the accounts "
                           "file.")
                            .arg(option));
    }
    if (!QFileInfo::exists(path)) {
        return fail(tr("no accounts: the accounts file %1 does not exist.\n"
                       "Set up an account in the tray app (run mailbell), or create the file "
                       "with one [section] per account (see docs/config.md), e.g.\n"
                       "  [work]\n  host = imap.example.org\n  user = alice\n"
                       "  password-command = pass show mail/work\n"
                       "or give one account with --host, --user and --password-command.")
                        .arg(path));
    }
    const AccountsFile::Result loaded = AccountsFile::load(path);
    addFileNotes(loaded);
    selection.fromFile = true;
    for (const AccountsFile::Account &account : loaded.accounts) {
        if (account.spec.enabled)
            selection.accounts.append(account);
    }
    if (selection.accounts.isEmpty()) {
        return fail(tr("no usable account in %1. Add a [section] with host, user and "
                       "password-command (see docs/config.md), or fix the errors above.")
                        .arg(path));
    }
    if (parser.isSet(u"protocol-log"_s)) {
        selection.protocolLogPath = parser.value(u"protocol-log"_s);
        if (selection.protocolLogPath.isEmpty())
            return fail(tr("--protocol-log needs a file name."));
    }
    return selection;
}
