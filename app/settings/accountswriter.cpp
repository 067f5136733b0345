#include "accountswriter.h"

#include "atomicfile.h"
#include "filekindwords.h"
#include "inidocument.h"
#include "listvalue.h"
#include "localfile.h"
#include "settingskeys.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;
namespace Keys = SettingsKeys::Account;

namespace {

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\n') || text.contains(u'\r');
}

} // namespace

QList<SettingsField> AccountsWriter::fields(const AccountsFile::Account &account)
{
    const ImapCore::AccountSpec &spec = account.spec;
    const AccountConfig &config = spec.connection;
    const ImapCore::AccountSpec defaults;
    const AccountsFile::Account defaultAccount;

    QString security = u"tls"_s;
    if (config.security == AccountConfig::Security::StartTls)
        security = u"starttls"_s;
    else if (config.security == AccountConfig::Security::Plain)
        security = u"plain"_s;
    QString auth = u"password"_s;
    if (config.authMethod == AccountConfig::AuthMethod::XOAuth2)
        auth = u"xoauth2"_s;
    else if (config.authMethod == AccountConfig::AuthMethod::OAuthBearer)
        auth = u"oauthbearer"_s;
    const QString color = !account.color.isValid() ? QString()
        : account.color.alpha() == 255             ? account.color.name(QColor::HexRgb)
                                                   : account.color.name(QColor::HexArgb);

    const auto text = [](QLatin1StringView key, const QString &value) {
        return SettingsField {key, value, value.isEmpty()};
    };
    const auto number = [](QLatin1StringView key, int value, int fallback) {
        return SettingsField {key, QString::number(value), value == fallback};
    };
    return {
        text(Keys::name, spec.displayName),
        text(Keys::email, account.email),
        text(Keys::host, config.host),
        number(Keys::port, config.port, AccountConfig::defaultPort(config.security)),
        {Keys::security, security, config.security == AccountConfig::Security::Tls},
        text(Keys::user, config.user),
        {Keys::auth, auth, config.authMethod == AccountConfig::AuthMethod::Password},
        text(Keys::passwordCommand, account.passwordCommand),
        {Keys::passwordStore,
         account.passwordStore == AccountsFile::Account::PasswordStore::Ask ? u"ask"_s
                                                                            : u"keyring"_s,
         account.passwordStore == defaultAccount.passwordStore},
        text(Keys::oauthProvider, account.oauthProvider),
        text(Keys::oauthClientId, account.oauthClientId),
        {Keys::folders, ListValue::join(spec.folders), spec.folders == defaults.folders},
        text(Keys::caFile, account.caFile),
        text(Keys::connectAddress, config.connectAddress),
        number(Keys::idleRenewalMinutes, spec.idleRenewalMs / 60'000,
               defaults.idleRenewalMs / 60'000),
        number(Keys::pollIntervalSeconds, spec.pollIntervalMs / 1000,
               defaults.pollIntervalMs / 1000),
        number(Keys::maxConnections, spec.maxConnections, defaults.maxConnections),
        {Keys::enabled, boolText(spec.enabled), spec.enabled == defaults.enabled},
        text(Keys::openCommand, account.openCommand),
        text(Keys::color, color),
        text(Keys::pinnedSha256, QString::fromLatin1(config.pinnedSha256.toHex(':').toUpper())),
        {Keys::showPreview, boolText(account.showPreview),
         account.showPreview == defaultAccount.showPreview},
        {Keys::compress, boolText(config.compress), config.compress == AccountConfig().compress},
    };
}

QString AccountsWriter::edit(const QByteArray &before, const QList<AccountsFile::Account> &accounts,
                             const QString &fileName, QByteArray *after)
{
    // What cannot be written faithfully is refused before anything changes.
    QStringList ids;
    for (const AccountsFile::Account &account : accounts) {
        const QString &id = account.spec.id;
        if (id.isEmpty() || hasLineBreak(id) || id.contains(u'[') || id.contains(u']')
            || id != id.trimmed())
            return tr("The account id \"%1\" cannot be used.").arg(id);
        if (ids.contains(id))
            return tr("Two accounts have the id \"%1\".").arg(id);
        ids.append(id);
        for (const SettingsField &field : fields(account)) {
            if (hasLineBreak(field.value))
                return tr("Account \"%1\": the value of \"%2\" must be one line.")
                    .arg(id, field.key);
        }
    }

    IniDocument document(before);
    // Each loaded account's section, found by parsing each section alone: a section that does
    // not load on its own, or repeats an id already taken, did not load before either; it stays
    // as it is.
    QHash<QString, int> blockOf;
    QHash<QString, AccountsFile::Account> loaded;
    for (int block = 1; block < document.blockCount(); ++block) {
        if (document.sectionName(block).isEmpty())
            continue;
        const AccountsFile::Result result =
            AccountsFile::parse(document.blockText(block), fileName);
        if (result.accounts.size() != 1)
            continue;
        const QString id = result.accounts.constFirst().spec.id;
        if (blockOf.contains(id))
            continue;
        blockOf.insert(id, block);
        loaded.insert(id, result.accounts.constFirst());
    }

    QList<int> removed;
    for (auto it = blockOf.cbegin(); it != blockOf.cend(); ++it) {
        if (!ids.contains(it.key()))
            removed.append(it.value());
    }
    for (const AccountsFile::Account &account : accounts) {
        const QString &id = account.spec.id;
        if (blockOf.contains(id)) {
            applySettingsFields(document, {blockOf.value(id)}, fields(loaded.value(id)),
                                fields(account));
            continue;
        }
        const int block = document.appendSection(id);
        applySettingsFields(document, {block}, {}, fields(account));
    }
    // Appended sections come after every removed one, so removing from the end is safe.
    std::sort(removed.begin(), removed.end(), std::greater<>());
    for (int block : std::as_const(removed))
        document.removeBlock(block);

    // Loading the result back must give exactly these accounts.
    const QByteArray text = document.toBytes();
    const AccountsFile::Result reloaded = AccountsFile::parse(text, fileName);
    for (const AccountsFile::Account &account : accounts) {
        const auto found = std::find_if(
            reloaded.accounts.cbegin(), reloaded.accounts.cend(),
            [&](const AccountsFile::Account &a) { return a.spec.id == account.spec.id; });
        if (found == reloaded.accounts.cend()) {
            for (const QString &error : reloaded.errors) {
                if (error.contains(u'"' + account.spec.id + u'"'))
                    return error;
            }
            return tr("Account \"%1\" would not load back.").arg(account.spec.id);
        }
        const QList<SettingsField> wanted = fields(account);
        const QList<SettingsField> got = fields(*found);
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (wanted.at(i).value != got.at(i).value)
                return tr("Account \"%1\": \"%2\" cannot be stored as \"%3\"; it would read back "
                          "as \"%4\".")
                    .arg(account.spec.id, wanted.at(i).key, wanted.at(i).value, got.at(i).value);
        }
    }
    *after = text;
    return {};
}

QString AccountsWriter::save(const QString &path, const QList<AccountsFile::Account> &accounts)
{
    QByteArray before;
    const QFileInfo info(path);
    using ImapCore::LocalFile;
    const LocalFile::ReadResult read = LocalFile::read(path, AccountsFile::maxFileBytes);
    if (read.kind == LocalFile::Kind::Directory)
        return tr("Cannot save %1: it is a folder, not a file.").arg(path);
    if (read.kind != LocalFile::Kind::Missing) {
        // Never replace what could not be read: its text would be lost.
        if (!read.error.isEmpty())
            return tr("Cannot save %1: cannot read it first: %2").arg(path, read.error);
        if (read.kind != LocalFile::Kind::Regular)
            return tr("Cannot save: %1.").arg(FileKindWords::notRegularFile(path, read.kind));
        if (read.tooLarge)
            return tr("Cannot save %1: it is larger than %2 bytes.")
                .arg(path)
                .arg(AccountsFile::maxFileBytes);
        before = read.bytes;
    }
    QByteArray after;
    if (const QString error = edit(before, accounts, info.fileName(), &after); !error.isEmpty())
        return error;
    if (after == before && (after.isEmpty() || info.exists()))
        return {};
    return AtomicFile::write(path, after);
}
