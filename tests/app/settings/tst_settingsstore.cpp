// The settings facade: every field of both files survives save then load; the writers edit
// rather than replace (comments, unknown keys, sections that did not load stay; unchanged lines
// keep their spelling; defaults are not written); values that cannot be stored are refused with
// nothing written; files are 0600 in a 0700 folder; "start at login" is the autostart entry.
#include "autostartentry.h"
#include "listvalue.h"
#include "settingsstore.h"

#include <QFile>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using ImapCore::AccountConfig;
using Account = AccountsFile::Account;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

int modeOf(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

Account minimal(const QString &id)
{
    Account account;
    account.spec.id = id;
    account.spec.connection.host = u"imap.example.org"_s;
    account.spec.connection.user = id + u"@example.org"_s;
    return account;
}

// Every field the file stores, compared one by one so a failure names it.
void compareAccounts(const Account &got, const Account &want)
{
    const ImapCore::AccountSpec &g = got.spec;
    const ImapCore::AccountSpec &w = want.spec;
    QCOMPARE(g.id, w.id);
    QCOMPARE(g.displayName, w.displayName);
    QCOMPARE(g.connection.host, w.connection.host);
    QCOMPARE(g.connection.port, w.connection.port);
    QCOMPARE(g.connection.security, w.connection.security);
    QCOMPARE(g.connection.user, w.connection.user);
    QCOMPARE(g.connection.authMethod, w.connection.authMethod);
    QCOMPARE(g.connection.pinnedSha256, w.connection.pinnedSha256);
    QCOMPARE(g.connection.connectAddress, w.connection.connectAddress);
    QCOMPARE(g.connection.compress, w.connection.compress);
    QCOMPARE(g.connection.caCertificates, w.connection.caCertificates);
    QCOMPARE(g.folders, w.folders);
    QCOMPARE(g.enabled, w.enabled);
    QCOMPARE(g.maxConnections, w.maxConnections);
    QCOMPARE(g.idleRenewalMs, w.idleRenewalMs);
    QCOMPARE(g.pollIntervalMs, w.pollIntervalMs);
    QCOMPARE(g.previewLength, w.previewLength);
    QCOMPARE(got.email, want.email);
    QCOMPARE(got.passwordCommand, want.passwordCommand);
    QCOMPARE(got.passwordStore, want.passwordStore);
    QCOMPARE(got.oauthProvider, want.oauthProvider);
    QCOMPARE(got.oauthClientId, want.oauthClientId);
    QCOMPARE(got.caFile, want.caFile);
    QCOMPARE(got.showPreview, want.showPreview);
    QCOMPARE(got.openCommand, want.openCommand);
    QCOMPARE(got.color, want.color);
}

} // namespace

class Tst_SettingsStore : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    SettingsStore store() const
    {
        return SettingsStore(path(u"cfg/mailbell/accounts.conf"_s),
                             path(u"cfg/mailbell/settings.conf"_s),
                             path(u"cfg/autostart/org.mailbell.Mailbell.desktop"_s));
    }
    QTemporaryDir m_dir;

private slots:
    void init();
    void listValue_data();
    void listValue();
    void accountsRoundTripEveryField();
    void notificationsAndGeneralRoundTrip();
    void editKeepsCommentsUnknownKeysAndBrokenSections();
    void unchangedLinesKeepTheirSpelling();
    void defaultsAreNotWritten();
    void refusesWhatCannotBeStored();
    void permissions();
    void autostartEntry();
};

void Tst_SettingsStore::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir.path()));
}

void Tst_SettingsStore::listValue_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::newRow("plain") << QStringList {u"INBOX"_s, u"Lists/Qt"_s};
    QTest::newRow("comma") << QStringList {u"INBOX"_s, u"Lists, Qt"_s};
    QTest::newRow("quote-backslash") << QStringList {u"say \"hi\""_s, u"a\\b"_s};
    QTest::newRow("spaces") << QStringList {u" padded "_s, u"x"_s};
    QTest::newRow("unicode") << QStringList {u"Entwürfe"_s, u"受信箱"_s, u"Ünïcødé, too"_s};
}

void Tst_SettingsStore::listValue()
{
    QFETCH(QStringList, items);
    QCOMPARE(ListValue::split(ListValue::join(items)), items);
}

void Tst_SettingsStore::accountsRoundTripEveryField()
{
    Account full = minimal(u"work"_s);
    ImapCore::AccountSpec &spec = full.spec;
    spec.displayName = u"Wörk ✉"_s;
    spec.connection.port = 1993;
    spec.connection.security = AccountConfig::Security::StartTls;
    spec.connection.pinnedSha256 = QByteArray(32, '\xAB');
    spec.connection.connectAddress = u"127.0.0.1"_s;
    spec.connection.compress = false;
    spec.folders = {u"INBOX"_s, u"Lists, Qt"_s, u"Entwürfe"_s, u"受信箱"_s, u"say \"hi\""_s};
    spec.enabled = false;
    spec.maxConnections = 3;
    spec.idleRenewalMs = 9 * 60'000;
    spec.pollIntervalMs = 45'000;
    spec.previewLength = 0;
    full.email = u"jörg@example.org"_s;
    full.passwordCommand = u"pass show mail/work"_s;
    full.passwordStore = Account::PasswordStore::Ask;
    full.showPreview = false;
    full.openCommand = u"thunderbird -mail"_s;
    full.color = QColor(u"#3465a4"_s);
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (!system.isEmpty()) {
        const QString ca = path(u"ca.pem"_s);
        QVERIFY(writeAll(ca, system.constFirst().toPem()));
        full.caFile = ca;
        spec.connection.caCertificates = {system.constFirst()};
    }

    Account oauth = minimal(u"gmail"_s);
    oauth.spec.connection.authMethod = AccountConfig::AuthMethod::XOAuth2;
    oauth.oauthProvider = u"google"_s;
    oauth.oauthClientId = u"1234-abc.apps.googleusercontent.com"_s;
    oauth.color = QColor(10, 20, 30, 128); // with alpha

    Account bearer = minimal(u"ms"_s);
    bearer.spec.connection.authMethod = AccountConfig::AuthMethod::OAuthBearer;
    bearer.spec.connection.security = AccountConfig::Security::Plain;
    bearer.spec.connection.port = 143;
    bearer.oauthProvider = u"microsoft"_s;

    const QList<Account> accounts {full, oauth, bearer, minimal(u"plain"_s)};
    SettingsStore settings = store();
    QCOMPARE(settings.saveAccounts(accounts), QString());
    const SettingsStore::Snapshot loaded = settings.load();
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
    QCOMPARE(loaded.accounts.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        compareAccounts(loaded.accounts.at(i), accounts.at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"account "_s + accounts.at(i).spec.id));
    }
    // Saving what was loaded changes nothing.
    const QByteArray text = readAll(settings.accountsPath());
    QCOMPARE(settings.saveAccounts(loaded.accounts), QString());
    QCOMPARE(readAll(settings.accountsPath()), text);
}

void Tst_SettingsStore::notificationsAndGeneralRoundTrip()
{
    NotificationSettings n;
    n.enabled = false;
    n.sound = false;
    n.showPreview = false;
    n.deleteAction = true;
    n.burstThreshold = 7;
    n.burstWindowMs = 12'000;
    n.quietHours.enabled = true;
    n.quietHours.start = QTime(22, 30);
    n.quietHours.end = QTime(6, 45);
    n.quietHours.weekdays = {1, 3, 7};
    n.quietHours.showSilently = true;
    n.vipSenders = {u"ada@example.org"_s, u"jörg@例え.jp"_s};
    n.mutedFolders = {{u"work"_s, u"Lists/Qt, dev"_s}, {u"home"_s, u"Spam"_s}};
    SettingsStore settings = store();
    QCOMPARE(settings.saveNotifications(n), QString());
    QCOMPARE(settings.saveGeneral({u"de"_s, true}), QString());
    SettingsStore::Snapshot loaded = settings.load();
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(u'\n')));
    QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
    QCOMPARE(loaded.notifications, n);
    QCOMPARE(loaded.general, (GeneralSettings {u"de"_s, true}));

    QCOMPARE(settings.saveGeneral({QString(), false}), QString());
    loaded = settings.load();
    QCOMPARE(loaded.general, GeneralSettings());
    QCOMPARE(loaded.notifications, n); // the other group is untouched
    QVERIFY(!readAll(settings.settingsPath()).contains("language"));
    QCOMPARE(settings.saveNotifications(NotificationSettings()), QString());
    QCOMPARE(settings.load().notifications, NotificationSettings());
}

void Tst_SettingsStore::editKeepsCommentsUnknownKeysAndBrokenSections()
{
    SettingsStore settings = store();
    QVERIFY(QDir().mkpath(QFileInfo(settings.accountsPath()).absolutePath()));
    const QByteArray before = "# my accounts\n"
                              "[work]\n"
                              "# the office\n"
                              "host = imap.work.example\n"
                              "user = me\n"
                              "x-future-key = keep me\n"
                              "\n"
                              "[broken]\n"
                              "host = imap.broken.example\n"
                              "port = lots\n"
                              "user = me\n"
                              "\n"
                              "[gone]\n"
                              "host = imap.gone.example\n"
                              "user = me\n"
                              "\n"
                              "# about the next one\n"
                              "[bad header\n"
                              "host = whatever\n";
    QVERIFY(writeAll(settings.accountsPath(), before));
    SettingsStore::Snapshot loaded = settings.load();
    QCOMPARE(loaded.accounts.size(), 2);
    QCOMPARE(loaded.errors.size(), 2); // broken's port, the bad header

    Account work = loaded.accounts.at(0);
    QCOMPARE(work.spec.id, u"work"_s);
    work.spec.connection.host = u"imap2.work.example"_s;
    work.spec.folders = {u"INBOX"_s, u"Team"_s};
    QCOMPARE(settings.saveAccounts({work, minimal(u"new"_s)}), QString());

    const QByteArray after = readAll(settings.accountsPath());
    QCOMPARE(after,
             "# my accounts\n"
             "[work]\n"
             "# the office\n"
             "host = imap2.work.example\n"
             "user = me\n"
             "x-future-key = keep me\n"
             "folders = INBOX, Team\n"
             "\n"
             "[broken]\n"
             "host = imap.broken.example\n"
             "port = lots\n"
             "user = me\n"
             "\n"
             "# about the next one\n"
             "[bad header\n"
             "host = whatever\n"
             "\n"
             "[new]\n"
             "host = imap.example.org\n"
             "user = new@example.org\n");
    loaded = settings.load();
    QCOMPARE(loaded.accounts.size(), 2);
    compareAccounts(loaded.accounts.at(0), work);
    compareAccounts(loaded.accounts.at(1), minimal(u"new"_s));
}

void Tst_SettingsStore::unchangedLinesKeepTheirSpelling()
{
    SettingsStore settings = store();
    QVERIFY(QDir().mkpath(QFileInfo(settings.accountsPath()).absolutePath()));
    QVERIFY(writeAll(settings.accountsPath(),
                     "[a]\nHOST = h\nuser = u\nenabled = yes\nsecurity = tls\n"
                     "security = starttls\nport = 143\n"));
    QVERIFY(writeAll(settings.settingsPath(),
                     "; mine\n[notifications]\nsound = off\n\n[elsewhere]\nkey = v\n"));
    SettingsStore::Snapshot loaded = settings.load();
    QCOMPARE(loaded.accounts.size(), 1);
    Account a = loaded.accounts.constFirst();
    QCOMPARE(a.spec.connection.port, 143);
    // Back to TLS: the explicit port 143 must stay (it is no longer the default).
    a.spec.connection.security = AccountConfig::Security::Tls;
    QCOMPARE(settings.saveAccounts({a}), QString());
    QCOMPARE(readAll(settings.accountsPath()),
             "[a]\nHOST = h\nuser = u\nenabled = yes\nport = 143\n");
    compareAccounts(settings.load().accounts.constFirst(), a);

    NotificationSettings n = loaded.notifications;
    n.burstThreshold = 9;
    QCOMPARE(settings.saveNotifications(n), QString());
    QCOMPARE(readAll(settings.settingsPath()),
             "; mine\n[notifications]\nsound = off\nburst-threshold = 9\n\n[elsewhere]\nkey = v\n");
}

void Tst_SettingsStore::defaultsAreNotWritten()
{
    SettingsStore settings = store();
    QCOMPARE(settings.saveAccounts({minimal(u"a"_s)}), QString());
    QCOMPARE(readAll(settings.accountsPath()),
             "[a]\nhost = imap.example.org\nuser = a@example.org\n");
    QCOMPARE(settings.saveNotifications(NotificationSettings()), QString());
    QCOMPARE(settings.saveGeneral(GeneralSettings()), QString());
    QVERIFY(!QFileInfo::exists(settings.settingsPath())); // nothing to say, no file
    QCOMPARE(settings.saveAccounts({}), QString());
    QCOMPARE(readAll(settings.accountsPath()), QByteArray());
}

void Tst_SettingsStore::refusesWhatCannotBeStored()
{
    SettingsStore settings = store();
    QCOMPARE(settings.saveAccounts({minimal(u"a"_s)}), QString());
    const QByteArray before = readAll(settings.accountsPath());

    Account injected = minimal(u"b"_s);
    injected.spec.connection.host = u"h\npassword = hunter2"_s;
    QVERIFY(settings.saveAccounts({injected}).contains(u"one line"_s));
    Account badId = minimal(u"bad]id"_s);
    QVERIFY(!settings.saveAccounts({badId}).isEmpty());
    QVERIFY(settings.saveAccounts({minimal(u"x"_s), minimal(u"x"_s)}).contains(u"Two accounts"_s));
    Account noHost = minimal(u"c"_s);
    noHost.spec.connection.host.clear();
    const QString error = settings.saveAccounts({noHost});
    QVERIFY2(error.contains(u"host"_s), qPrintable(error));
    Account tooLong = minimal(u"d"_s);
    tooLong.spec.idleRenewalMs = 45 * 60'000; // RFC 2177 allows at most 29 minutes
    QVERIFY(!settings.saveAccounts({tooLong}).isEmpty());
    QCOMPARE(readAll(settings.accountsPath()), before); // nothing written

    QVERIFY(!settings.saveGeneral({u"de\n[x]"_s, false}).isEmpty());
    QVERIFY(!settings.saveGeneral({u"not a language"_s, false}).isEmpty());
    QVERIFY(!QFileInfo::exists(settings.settingsPath()));
    NotificationSettings n;
    n.vipSenders = {u"a@b\nc"_s};
    QVERIFY(!settings.saveNotifications(n).isEmpty());
    QVERIFY(!QFileInfo::exists(settings.settingsPath()));
}

void Tst_SettingsStore::permissions()
{
    SettingsStore settings = store();
    QCOMPARE(settings.saveAccounts({minimal(u"a"_s)}), QString());
    QCOMPARE(settings.saveGeneral({u"fr"_s, false}), QString());
    QCOMPARE(modeOf(settings.accountsPath()), 0600);
    QCOMPARE(modeOf(settings.settingsPath()), 0600);
    QCOMPARE(modeOf(QFileInfo(settings.accountsPath()).absolutePath()), 0700);
    // A folder made earlier with wider permissions is tightened; a looser file is replaced 0600.
    const QString folder = QFileInfo(settings.accountsPath()).absolutePath();
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(settings.accountsPath()).constData(), 0644) == 0);
    QCOMPARE(settings.saveAccounts({minimal(u"a"_s), minimal(u"b"_s)}), QString());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(settings.accountsPath()), 0600);
    // No temporary file is left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
             (QStringList {u"accounts.conf"_s, u"settings.conf"_s}));
}

void Tst_SettingsStore::autostartEntry()
{
    const QString config = path(u"xdg-config"_s);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QCOMPARE(AutostartEntry::defaultPath(), config + u"/autostart/org.mailbell.Mailbell.desktop"_s);
    SettingsStore settings(path(u"a.conf"_s), path(u"s.conf"_s));
    QCOMPARE(settings.load().general.startAtLogin, false);
    QCOMPARE(settings.saveGeneral({QString(), true}), QString());
    QVERIFY(settings.load().general.startAtLogin);
    const QByteArray entry = readAll(AutostartEntry::defaultPath());
    QVERIFY(entry.startsWith("[Desktop Entry]\n"));
    QVERIFY(entry.contains("\nType=Application\n"));
    QVERIFY(entry.contains("\nX-GNOME-Autostart-enabled=true\n"));
    QVERIFY(entry.contains(QByteArray(
                "\nExec=" + QFile::encodeName(AutostartEntry::defaultExecutable()) + "\n"))
            || entry.contains("\nExec=\""));
    QCOMPARE(QDir(config + u"/autostart"_s).entryList(QDir::Files | QDir::Hidden).size(), 1);

    QCOMPARE(settings.saveGeneral({QString(), false}), QString());
    QVERIFY(!QFileInfo::exists(AutostartEntry::defaultPath()));
    QCOMPARE(settings.load().general.startAtLogin, false);

    // Exec quoting (Desktop Entry Specification): spaces and reserved characters quoted.
    const AutostartEntry odd(path(u"odd.desktop"_s), u"/opt/my apps/mail$bell"_s);
    QVERIFY(odd.content().contains("\nExec=\"/opt/my apps/mail\\$bell\"\n"));
    // An entry the user disabled by hand reads as off.
    QVERIFY(writeAll(path(u"off.desktop"_s), "[Desktop Entry]\nHidden=true\n"));
    QVERIFY(!AutostartEntry(path(u"off.desktop"_s)).isEnabled());
}

QTEST_GUILESS_MAIN(Tst_SettingsStore)
#include "tst_settingsstore.moc"
