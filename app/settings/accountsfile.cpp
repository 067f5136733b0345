#include "accountsfile.h"

#include "atomicfile.h"
#include "certificatepin.h"
#include "filekindwords.h"
#include "inidocument.h"
#include "listvalue.h"
#include "localfile.h"
#include "settingskeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSslCertificate>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;
using ImapCore::AccountSpec;
namespace Keys = SettingsKeys::Account;

namespace {

struct Entry
{
    QString value;
    int line = 0;
};

struct Section
{
    QString name;
    int line = 0;
    QList<std::pair<QString, Entry>> entries; // in file order
    QStringList errors;
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.toLower();
    if (t == "true"_L1 || t == "yes"_L1 || t == "on"_L1 || t == "1"_L1)
        return true;
    if (t == "false"_L1 || t == "no"_L1 || t == "off"_L1 || t == "0"_L1)
        return false;
    return std::nullopt;
}

} // namespace

QString AccountsFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/mailbell/accounts.conf"_s;
}

AccountsFile::Result AccountsFile::load(const QString &path)
{
    Result result;
    using ImapCore::LocalFile;
    // Only a regular file is read: a FIFO would block the command forever, a device is not
    // a file anyone writes accounts into.
    const LocalFile::ReadResult read = LocalFile::read(path, maxFileBytes);
    if (read.kind == LocalFile::Kind::Directory) {
        result.errors.append(tr("%1 is a folder, not an accounts file").arg(path));
        return result;
    }
    if (read.kind == LocalFile::Kind::Missing && read.error.isEmpty()) {
        result.errors.append(
            tr("%1: cannot read the accounts file: %2").arg(path, tr("it does not exist")));
        return result;
    }
    if (!read.error.isEmpty()) {
        result.errors.append(tr("%1: cannot read the accounts file: %2").arg(path, read.error));
        return result;
    }
    if (read.kind != LocalFile::Kind::Regular) {
        //: %1 says what the path is instead, e.g. "/x is a folder, not a regular file"
        result.errors.append(tr("cannot read the accounts file: %1")
                                 .arg(FileKindWords::notRegularFile(path, read.kind)));
        return result;
    }
    if (read.tooLarge) {
        result.errors.append(
            tr("%1: the accounts file is larger than %2 bytes; is it the right file?")
                .arg(path)
                .arg(maxFileBytes));
        return result;
    }
    return parse(read.bytes, QFileInfo(path).fileName());
}

AccountsFile::Result AccountsFile::parse(const QByteArray &text, const QString &fileName)
{
    Result result;
    QList<Section> sections;
    for (const IniLine &line : IniDocument(text).lines()) {
        const QString where = u"%1:%2"_s.arg(fileName).arg(line.number);
        switch (line.kind) {
        case IniLine::Kind::Blank:
        case IniLine::Kind::Comment:
            continue;
        case IniLine::Kind::HasNul: {
            const QString message = tr("%1: the line holds a NUL byte").arg(where);
            if (sections.isEmpty() || sections.last().name.isEmpty())
                result.errors.append(message);
            else
                sections.last().errors.append(message);
            continue;
        }
        case IniLine::Kind::NotUtf8: {
            const QString message = tr("%1: the line is not valid UTF-8").arg(where);
            if (sections.isEmpty())
                result.warnings.append(message);
            else
                sections.last().errors.append(message);
            continue;
        }
        case IniLine::Kind::UnclosedSection:
            result.errors.append(
                tr("%1: a section header must look like [account-id], not \"%2\"; the lines up "
                   "to the next valid section are ignored")
                    .arg(where, line.text));
            sections.append(Section {QString(), line.number, {}, {}});
            continue;
        case IniLine::Kind::Section:
            if (line.name.isEmpty())
                result.errors.append(tr("%1: empty section name []; the lines up to the next "
                                        "section are ignored")
                                         .arg(where));
            sections.append(Section {line.name, line.number, {}, {}});
            continue;
        case IniLine::Kind::KeyValue:
        case IniLine::Kind::Other:
            break;
        }
        if (sections.isEmpty()) {
            result.warnings.append(tr("%1: \"%2\" is outside any [account] section and is ignored")
                                       .arg(where, line.text));
            continue;
        }
        Section &section = sections.last();
        if (section.name.isEmpty())
            continue; // already reported with its broken header
        if (line.kind != IniLine::Kind::KeyValue) {
            section.errors.append(tr("%1: account \"%2\": \"%3\" is not a \"key = value\" line")
                                      .arg(where, section.name, line.text));
            continue;
        }
        section.entries.append({line.key, Entry {line.value, line.number}});
    }

    QStringList ids;
    for (const Section &section : std::as_const(sections)) {
        if (section.name.isEmpty())
            continue;
        QStringList errors = section.errors;
        const auto at = [&](int line) {
            return u"%1:%2"_s.arg(fileName).arg(line);
        };
        const auto problem = [&](const Entry &entry, const QString &key, const QString &what) {
            errors.append(tr("%1: account \"%2\", key \"%3\": %4")
                              .arg(at(entry.line), section.name, key, what));
        };

        QHash<QString, Entry> values;
        for (const auto &[key, entry] : section.entries) {
            if (Keys::secret().contains(key)) {
                problem(entry, key,
                        tr("the accounts file must never hold a password; use password-command "
                           "with a program that prints it"));
                continue;
            }
            if (!Keys::all().contains(key)) {
                result.warnings.append(tr("%1: account \"%2\": unknown key \"%3\" is ignored")
                                           .arg(at(entry.line), section.name, key));
                continue;
            }
            if (values.contains(key)) {
                result.warnings.append(
                    tr("%1: account \"%2\": key \"%3\" is given again; line %4 wins")
                        .arg(at(entry.line), section.name, key)
                        .arg(entry.line));
            }
            values.insert(key, entry);
        }
        const auto missing = [&](const QString &key, const QString &what) {
            errors.append(tr("%1: account \"%2\": key \"%3\" is missing: %4")
                              .arg(at(section.line), section.name, key, what));
        };

        Account account;
        AccountSpec &spec = account.spec;
        AccountConfig &config = spec.connection;
        spec.id = values.contains(Keys::id) ? values.value(Keys::id).value : section.name;
        if (spec.id.isEmpty())
            problem(values.value(Keys::id), Keys::id, tr("must not be empty"));
        spec.displayName = values.value(Keys::name).value;

        config.host = values.value(Keys::host).value;
        if (config.host.isEmpty())
            missing(Keys::host, tr("the IMAP server's host name"));
        config.user = values.value(Keys::user).value;
        if (config.user.isEmpty())
            missing(Keys::user, tr("the login user name"));
        // Without a password command the password is in the keyring (saved by the tray app).
        account.passwordCommand = values.value(Keys::passwordCommand).value;

        if (values.contains(Keys::security)) {
            const Entry entry = values.value(Keys::security);
            if (entry.value == "tls"_L1)
                config.security = AccountConfig::Security::Tls;
            else if (entry.value == "starttls"_L1)
                config.security = AccountConfig::Security::StartTls;
            else if (entry.value == "plain"_L1)
                config.security = AccountConfig::Security::Plain;
            else
                problem(entry, Keys::security,
                        tr("must be tls, starttls or plain, not \"%1\"").arg(entry.value));
        }
        config.port = AccountConfig::defaultPort(config.security);
        const auto number = [&](const QString &key, int low, int high) -> std::optional<int> {
            if (!values.contains(key))
                return std::nullopt;
            const Entry entry = values.value(key);
            bool ok = false;
            const int n = entry.value.toInt(&ok, 10);
            if (!ok || n < low || n > high) {
                problem(entry, key,
                        tr("must be a number from %1 to %2, not \"%3\"")
                            .arg(low)
                            .arg(high)
                            .arg(entry.value));
                return std::nullopt;
            }
            return n;
        };
        const auto flag = [&](const QString &key) -> std::optional<bool> {
            if (!values.contains(key))
                return std::nullopt;
            const Entry entry = values.value(key);
            const std::optional<bool> value = parseBool(entry.value);
            if (!value)
                problem(entry, key, tr("must be true or false, not \"%1\"").arg(entry.value));
            return value;
        };
        if (const auto port = number(Keys::port, 1, 65535))
            config.port = quint16(*port);
        // RFC 2177 3: a client should re-issue IDLE at least every 29 minutes.
        if (const auto minutes = number(Keys::idleRenewalMinutes, 1, 29))
            spec.idleRenewalMs = *minutes * 60 * 1000;
        if (const auto seconds = number(Keys::pollIntervalSeconds, 10, 3600))
            spec.pollIntervalMs = *seconds * 1000;
        if (const auto connections = number(Keys::maxConnections, 1, 20))
            spec.maxConnections = *connections;

        if (const auto enabled = flag(Keys::enabled))
            spec.enabled = *enabled;

        account.openCommand = values.value(Keys::openCommand).value;
        if (values.contains(Keys::color)) {
            const Entry entry = values.value(Keys::color);
            const QColor color(entry.value);
            if (color.isValid())
                account.color = color;
            else
                problem(entry, Keys::color,
                        tr("must be a colour such as #3465a4 or \"teal\", not \"%1\"")
                            .arg(entry.value));
        }

        if (values.contains(Keys::folders)) {
            const Entry entry = values.value(Keys::folders);
            QStringList folders;
            for (const QString &folder : ListValue::split(entry.value))
                folders.append(folder);
            if (folders.contains(QString()))
                problem(entry, Keys::folders,
                        tr("is a comma-separated list of folder names and has an empty one in "
                           "\"%1\"")
                            .arg(entry.value));
            folders.removeDuplicates();
            spec.folders = folders;
        }

        if (values.contains(Keys::caFile)) {
            const Entry entry = values.value(Keys::caFile);
            account.caFile = entry.value;
            const QString path = QDir::cleanPath(entry.value.startsWith(u"~/"_s)
                                                     ? QDir::homePath() + entry.value.mid(1)
                                                     : entry.value);
            const ImapCore::LocalFile::Kind kind = ImapCore::LocalFile::kindOf(path);
            if (kind != ImapCore::LocalFile::Kind::Regular
                && kind != ImapCore::LocalFile::Kind::Missing) {
                // QSslCertificate::fromPath() would block on a FIFO.
                problem(entry, Keys::caFile, FileKindWords::notRegularFile(path, kind));
            } else if (!QFileInfo(path).isReadable()) {
                problem(entry, Keys::caFile, tr("cannot read \"%1\"").arg(path));
            } else {
                const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
                    path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
                if (certificates.isEmpty())
                    problem(entry, Keys::caFile, tr("\"%1\" holds no PEM certificate").arg(path));
                config.caCertificates = certificates;
            }
        }
        config.connectAddress = values.value(Keys::connectAddress).value;

        account.email = values.value(Keys::email).value;
        if (values.contains(Keys::auth)) {
            const Entry entry = values.value(Keys::auth);
            if (entry.value == "password"_L1)
                config.authMethod = AccountConfig::AuthMethod::Password;
            else if (entry.value == "xoauth2"_L1)
                config.authMethod = AccountConfig::AuthMethod::XOAuth2;
            else if (entry.value == "oauthbearer"_L1)
                config.authMethod = AccountConfig::AuthMethod::OAuthBearer;
            else
                problem(
                    entry, Keys::auth,
                    tr("must be password, xoauth2 or oauthbearer, not \"%1\"").arg(entry.value));
        }
        if (values.contains(Keys::passwordStore)) {
            const Entry entry = values.value(Keys::passwordStore);
            if (entry.value == "keyring"_L1)
                account.passwordStore = Account::PasswordStore::Keyring;
            else if (entry.value == "ask"_L1)
                account.passwordStore = Account::PasswordStore::Ask;
            else
                problem(entry, Keys::passwordStore,
                        tr("must be keyring or ask, not \"%1\"").arg(entry.value));
        }
        account.oauthClientId = values.value(Keys::oauthClientId).value;
        if (values.contains(Keys::oauthProvider)) {
            const Entry entry = values.value(Keys::oauthProvider);
            if (entry.value == "google"_L1 || entry.value == "microsoft"_L1)
                account.oauthProvider = entry.value;
            else
                problem(entry, Keys::oauthProvider,
                        tr("must be google or microsoft, not \"%1\"").arg(entry.value));
        }
        if (config.authMethod != AccountConfig::AuthMethod::Password) {
            if (!values.contains(Keys::oauthProvider))
                missing(Keys::oauthProvider, tr("google or microsoft, for OAuth 2 sign-in"));
            if (!account.passwordCommand.isEmpty())
                problem(values.value(Keys::passwordCommand), Keys::passwordCommand,
                        tr("cannot be used with OAuth 2 sign-in (auth = %1)")
                            .arg(values.value(Keys::auth).value));
        }
        if (values.contains(Keys::pinnedSha256)) {
            const Entry entry = values.value(Keys::pinnedSha256);
            if (const std::optional<QByteArray> pin = CertificatePin::parse(entry.value))
                config.pinnedSha256 = *pin;
            else
                problem(entry, Keys::pinnedSha256,
                        tr("must be a SHA-256 fingerprint (64 hex digits, colons allowed), not "
                           "\"%1\"")
                            .arg(entry.value));
        }
        if (const auto show = flag(Keys::showPreview))
            account.showPreview = *show;
        if (!account.showPreview)
            spec.previewLength = 0;
        if (const auto compress = flag(Keys::compress))
            config.compress = *compress;

        if (errors.isEmpty() && ids.contains(spec.id)) {
            errors.append(tr("%1: account \"%2\": the id \"%3\" is already used by an earlier "
                             "account")
                              .arg(at(section.line), section.name, spec.id));
        }
        if (!errors.isEmpty()) {
            for (const QString &error : std::as_const(errors))
                //: %1 is the problem found in the account's section (a whole sentence
                //: without a final period), %2 the section's name
                result.errors.append(tr("%1; account \"%2\" skipped").arg(error, section.name));
            continue;
        }
        ids.append(spec.id);
        result.accounts.append(account);
    }
    return result;
}

QString AccountsFile::appendAccount(const QString &path, const QString &id,
                                    const QList<std::pair<QString, QString>> &keys)
{
    auto hasLineBreak = [](const QString &text) {
        return text.contains(u'\n') || text.contains(u'\r') || text.contains(QChar(0));
    };
    if (id.isEmpty() || hasLineBreak(id) || id.contains(u']') || id.contains(u'['))
        return tr("The account id \"%1\" cannot be used.").arg(id);
    QByteArray section = "\n[" + id.toUtf8() + "]\n";
    for (const auto &[key, value] : keys) {
        if (Keys::secret().contains(key.toLower()))
            return tr("The accounts file never holds a secret (key \"%1\").").arg(key);
        if (!Keys::all().contains(key.toLower()))
            return tr("Unknown key \"%1\".").arg(key);
        if (hasLineBreak(value))
            return tr("The value of \"%1\" must be one line without NUL characters.").arg(key);
        section += key.toUtf8() + " = " + value.trimmed().toUtf8() + '\n';
    }

    QByteArray text;
    const ImapCore::LocalFile::ReadResult existing = ImapCore::LocalFile::read(path, maxFileBytes);
    if (!existing.error.isEmpty())
        return tr("Cannot read %1: %2").arg(path, existing.error);
    if (existing.kind != ImapCore::LocalFile::Kind::Missing) {
        if (existing.kind != ImapCore::LocalFile::Kind::Regular)
            return tr("Cannot add an account: %1.")
                .arg(FileKindWords::notRegularFile(path, existing.kind));
        text = existing.bytes;
    }
    const QString fileName = QFileInfo(path).fileName();
    const Result before = parse(text, fileName);
    for (const Account &account : before.accounts) {
        if (account.spec.id == id)
            return tr("An account with the id \"%1\" already exists.").arg(id);
    }
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    text += section;
    const Result after = parse(text, fileName);
    if (after.accounts.size() != before.accounts.size() + 1)
        return after.errors.isEmpty() ? tr("The new account would not load.")
                                      : after.errors.constLast();

    return AtomicFile::write(path, text);
}
