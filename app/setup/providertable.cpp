#include "providertable.h"

#include "emailaddress.h"

#include <QCoreApplication>

#include <initializer_list>

namespace {

using Security = ImapCore::AccountConfig::Security;
using AuthMethod = ImapCore::AccountConfig::AuthMethod;

enum class UserName { FullAddress, LocalPart };

struct Row
{
    const char *name;
    std::initializer_list<const char *> domains;
    const char *host;
    UserName userName = UserName::FullAddress;
    AuthMethod auth = AuthMethod::Password;
    const char *oauthProvider = ""; // "google" / "microsoft" with AuthMethod::XOAuth2
    int idleRenewalMinutes = 0; // 0: the engine's default
    std::initializer_list<const char *> foldersToSkip = {};
    const char *hint = nullptr; // QT_TRANSLATE_NOOP'd source text
    const char *helpUrl = "";
    // For a provider whose preferred sign-in is OAuth: the app-password route that works without
    // an OAuth client id (QT_TRANSLATE_NOOP'd), and the provider's page for it; null where
    // passwords are refused altogether.
    const char *appPasswordHint = nullptr;
    const char *appPasswordUrl = "";
};

constexpr auto context = "ProviderTable";

// One block a provider; keep them alphabetical within a region. All use IMAP over implicit TLS on
// port 993 (RFC 8314); a provider that needs otherwise gets a field, not a special case.
const Row rows[] = {
    {"Gmail",
     {"gmail.com", "googlemail.com"},
     "imap.gmail.com",
     UserName::FullAddress,
     AuthMethod::XOAuth2,
     "google",
     // Gmail drops idle sessions after about 10 minutes.
     9,
     // Every message is in All Mail; Important and Starred repeat the Inbox. Accounts
     // registered as googlemail.com (Germany, the UK) show "[Google Mail]".
     {"[Gmail]/All Mail", "[Gmail]/Important", "[Gmail]/Starred", "[Gmail]/Spam", "[Gmail]/Trash",
      "[Google Mail]/All Mail", "[Google Mail]/Important", "[Google Mail]/Starred",
      "[Google Mail]/Spam", "[Google Mail]/Trash"},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Sign in with Google in your browser, or use an app password; your "
                       "normal Google password will not work."),
     "https://support.google.com/mail/answer/7126229",
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Gmail needs an app password here: turn on 2-Step Verification in your "
                       "Google Account, create an app password, and type it as the password."),
     "https://myaccount.google.com/apppasswords"},
    {"Microsoft Outlook",
     {"outlook.com", "outlook.*", "hotmail.com", "hotmail.*", "live.com", "live.*", "msn.com",
      "passport.com", "*.onmicrosoft.com"},
     "outlook.office365.com",
     UserName::FullAddress,
     AuthMethod::XOAuth2,
     "microsoft",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Outlook.com and Microsoft 365 accept only Microsoft sign-in over IMAP, "
                       "which needs an OAuth client ID: type yours in \u201cOAuth client ID\u201d "
                       "under Server."),
     "https://support.microsoft.com/office/"
     "pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040"},
    {"Yahoo Mail",
     {"yahoo.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.es", "yahoo.it", "yahoo.ca",
      "yahoo.com.au", "yahoo.com.br", "yahoo.in", "ymail.com", "rocketmail.com"},
     "imap.mail.yahoo.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Yahoo needs an app password: Account Info, Account Security, Generate app "
                       "password."),
     "https://help.yahoo.com/kb/SLN4075.html"},
    {"AOL Mail",
     {"aol.com", "aol.co.uk", "aol.de", "aol.fr", "aim.com"},
     "imap.aol.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "AOL needs an app password: Account Info, Account Security, Generate app "
                       "password."),
     "https://help.aol.com/articles/Create-and-manage-app-password"},
    {"iCloud Mail",
     {"icloud.com", "me.com", "mac.com"},
     "imap.mail.me.com",
     UserName::LocalPart,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "iCloud needs an app-specific password (appleid.apple.com, Sign-In and "
                       "Security); the user name is the part of your address before the @."),
     "https://support.apple.com/HT202304"},
    {"Fastmail",
     {"fastmail.com", "fastmail.fm", "fastmail.*", "messagingengine.com", "sent.com", "123mail.org",
      "fastmail.co.uk", "fastmail.com.au"},
     "imap.fastmail.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Fastmail needs an app password: Settings, Privacy & Security, "
                       "Integrations, App passwords."),
     "https://www.fastmail.help/hc/en-us/articles/1500000278342"},
    {"GMX",
     {"gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.li"},
     "imap.gmx.net",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Turn on IMAP access first: GMX settings, POP3/IMAP, \"Allow access via "
                       "POP3 and IMAP\"."),
     "https://hilfe.gmx.net/pop-imap/imap/imap-serverdaten.html"},
    {"GMX",
     {"gmx.com", "gmx.co.uk", "gmx.fr", "gmx.es", "gmx.us", "gmx.ca", "gmx.it"},
     "imap.gmx.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Turn on IMAP access first: GMX settings, POP3/IMAP, \"Allow access via "
                       "POP3 and IMAP\"."),
     "https://support.gmx.com/pop-imap/imap/server.html"},
    {"WEB.DE",
     {"web.de"},
     "imap.web.de",
     UserName::LocalPart,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Turn on IMAP access first: WEB.DE settings, POP3/IMAP, \"Allow access "
                       "via POP3 and IMAP\"."),
     "https://hilfe.web.de/pop-imap/imap/imap-serverdaten.html"},
    {"mailbox.org",
     {"mailbox.org"},
     "imap.mailbox.org",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     nullptr,
     "https://kb.mailbox.org/en/private/e-mail/e-mail-clients"},
    {"Posteo",
     {"posteo.de", "posteo.*"},
     "posteo.de",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     nullptr,
     "https://posteo.de/en/help/"
     "how-do-i-set-up-posteo-in-an-email-client-pop3-imap-and-smtp"},
    {"Zoho Mail",
     {"zoho.com", "zohomail.com"},
     "imap.zoho.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Turn on IMAP access in Zoho Mail's settings; with two-factor sign-in, use "
                       "an app-specific password."),
     "https://www.zoho.com/mail/help/imap-access.html"},
    {"Zoho Mail",
     {"zoho.eu", "zohomail.eu"},
     "imap.zoho.eu",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Turn on IMAP access in Zoho Mail's settings; with two-factor sign-in, use "
                       "an app-specific password."),
     "https://www.zoho.com/mail/help/imap-access.html"},
    {"Yandex Mail",
     {"yandex.com", "yandex.ru", "yandex.by", "yandex.kz", "yandex.ua", "ya.ru", "narod.ru"},
     "imap.yandex.com",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Allow IMAP in Yandex Mail's settings (Email clients) and use an app "
                       "password."),
     "https://yandex.com/support/mail/mail-clients/others.html"},
    {"Mail.ru",
     {"mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru"},
     "imap.mail.ru",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable", "Mail.ru needs a password for external apps."),
     "https://help.mail.ru/mail/mailer/popsmtp"},
    {"Telekom Mail",
     {"t-online.de", "magenta.de"},
     "secureimap.t-online.de",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     QT_TRANSLATE_NOOP("ProviderTable",
                       "Use your email password (set in the Telekom E-Mail Center), not your "
                       "Telekom login password."),
     "https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail/e-mail-server-e-mail-protokolle-und-"
     "e-mail-einrichtung/posteingangsserver-und-postausgangsserver"},
    {"freenet Mail",
     {"freenet.de"},
     "mx.freenet.de",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     nullptr,
     ""},
    {"Comcast Xfinity",
     {"comcast.net"},
     "imap.comcast.net",
     UserName::FullAddress,
     AuthMethod::Password,
     "",
     0,
     {},
     nullptr,
     ""},
};

// Providers that host mail for their customers' own domains, known by the domain's mail exchanger
// (MX): the row with that IMAP host serves them, always with the full address as user name.
struct HostedMail
{
    const char *mxSuffix; // the MX host is this or a subdomain of it
    const char *imapHost; // picks the row
    const char *providerName;
};

const HostedMail hostedMail[] = {
    {"google.com", "imap.gmail.com", "Google Workspace"}, // aspmx.l.google.com, smtp.google.com
    {"googlemail.com", "imap.gmail.com", "Google Workspace"},
    {"mail.protection.outlook.com", "outlook.office365.com", "Microsoft 365"},
    {"messagingengine.com", "imap.fastmail.com", "Fastmail"},
    {"mailbox.org", "imap.mailbox.org", "mailbox.org"},
    {"zoho.com", "imap.zoho.com", "Zoho Mail"},
    {"zoho.eu", "imap.zoho.eu", "Zoho Mail"},
    {"yandex.net", "imap.yandex.com", "Yandex 360"},
};

DetectedAccount accountFor(const Row &row, const EmailAddress &address)
{
    DetectedAccount account;
    account.source = DetectedAccount::Source::ProviderTable;
    account.providerName = QString::fromUtf8(row.name);
    account.origin =
        QCoreApplication::translate(context, "Built-in settings for %1").arg(account.providerName);
    account.connection.host = QString::fromLatin1(row.host);
    account.connection.security = Security::Tls;
    account.connection.port = ImapCore::AccountConfig::defaultPort(Security::Tls);
    account.connection.user =
        row.userName == UserName::LocalPart ? address.localPart : address.address();
    account.connection.authMethod = row.auth;
    account.oauthProvider = QString::fromLatin1(row.oauthProvider);
    account.idleRenewalMs = row.idleRenewalMinutes * 60 * 1000;
    for (const char *folder : row.foldersToSkip)
        account.foldersToSkip.append(QString::fromUtf8(folder));
    if (row.hint)
        account.hint = QCoreApplication::translate(context, row.hint);
    account.helpUrl = QUrl(QString::fromLatin1(row.helpUrl));
    if (row.appPasswordHint)
        account.appPasswordHint = QCoreApplication::translate(context, row.appPasswordHint);
    account.appPasswordUrl = QUrl(QString::fromLatin1(row.appPasswordUrl));
    return account;
}

} // namespace

namespace ProviderTable {

bool domainMatches(QStringView pattern, QStringView domain)
{
    if (pattern.startsWith(u"*.")) {
        const QStringView parent = pattern.mid(1); // ".onmicrosoft.com"
        return domain.size() > parent.size() && domain.endsWith(parent);
    }
    if (pattern.endsWith(u".*")) {
        // "hotmail.*": the name and then a public suffix of one or two labels (.de, .co.uk).
        const QStringView name = pattern.chopped(1); // "hotmail."
        if (!domain.startsWith(name))
            return false;
        const QStringView suffix = domain.mid(name.size());
        return !suffix.isEmpty() && !suffix.startsWith(u'.') && !suffix.endsWith(u'.')
            && !suffix.contains(u"..") && suffix.count(u'.') <= 1;
    }
    return pattern == domain;
}

std::optional<DetectedAccount> lookup(const EmailAddress &address)
{
    const QString domain = address.domain.toLower();
    // Exact domains first, so that a row's explicit entry beats another row's pattern.
    for (const bool exactPass : {true, false}) {
        for (const Row &row : rows) {
            for (const char *entry : row.domains) {
                const QString pattern = QString::fromLatin1(entry);
                const bool isPattern = pattern.contains(u'*');
                if (isPattern == exactPass)
                    continue;
                if (domainMatches(pattern, domain))
                    return accountFor(row, address);
            }
        }
    }
    return std::nullopt;
}

std::optional<DetectedAccount> lookupByMailExchanger(const QString &mailExchanger,
                                                     const EmailAddress &address)
{
    QString exchanger = mailExchanger.toLower();
    if (exchanger.endsWith(u'.'))
        exchanger.chop(1);
    for (const HostedMail &hosted : hostedMail) {
        const QString suffix = QString::fromLatin1(hosted.mxSuffix);
        if (exchanger != suffix && !exchanger.endsWith(u'.' + suffix))
            continue;
        for (const Row &row : rows) {
            if (qstrcmp(row.host, hosted.imapHost) != 0)
                continue;
            DetectedAccount account = accountFor(row, address);
            account.providerName = QString::fromUtf8(hosted.providerName);
            account.origin = QCoreApplication::translate(
                                 context, "Built-in settings for %1 (mail for %2 goes to %3)")
                                 .arg(account.providerName, address.domain, exchanger);
            account.connection.user = address.address();
            return account;
        }
    }
    return std::nullopt;
}

} // namespace ProviderTable
