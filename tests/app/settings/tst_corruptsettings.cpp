// Corrupt or partly invalid settings files: truncated, binary garbage, invalid UTF-8, huge, a
// folder instead of a file, unreadable. Each gives a clear message naming the file and what is
// wrong, never a crash; valid accounts still load; saving over a partly invalid file keeps the
// invalid parts' text byte for byte.
#include "requiretool.h"
#include "settingsstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kUnreadableVariable = "MAILBELL_TEST_UNREADABLE_FOLDER";
const QByteArray kValid = "[ok]\nhost = imap.example.org\nuser = me\n";

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

bool anyContains(const QStringList &messages, const QString &text)
{
    return std::any_of(messages.cbegin(), messages.cend(),
                       [&](const QString &m) { return m.contains(text); });
}

} // namespace

class Tst_CorruptSettings : public QObject
{
    Q_OBJECT

private:
    void checkUnreadable();
    QTemporaryDir m_dir;
    QString m_accounts;
    QString m_settings;
    SettingsStore store() const
    {
        return SettingsStore(m_accounts, m_settings,
                             QFileInfo(m_accounts).absolutePath() + u"/autostart.desktop"_s);
    }

private slots:
    void init();
    void truncated();
    void binaryGarbage();
    void invalidUtf8();
    void hugeFile();
    void folderInsteadOfFile();
    void unreadable();
    void unreadableAsUser();
    void savingKeepsInvalidParts();
};

void Tst_CorruptSettings::init()
{
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(folder));
    m_accounts = folder + u"/accounts.conf"_s;
    m_settings = folder + u"/settings.conf"_s;
}

void Tst_CorruptSettings::truncated()
{
    // Cut in the middle of the second account's key and in a group header.
    QVERIFY(writeAll(m_accounts, kValid + "\n[cut]\nhost = imap.cut.example\nus"));
    QVERIFY(writeAll(m_settings, "[notifications]\nsound = false\n[gene"));
    const SettingsStore::Snapshot snapshot = store().load();
    QCOMPARE(snapshot.accounts.size(), 1);
    QCOMPARE(snapshot.accounts.constFirst().spec.id, u"ok"_s);
    QVERIFY2(anyContains(snapshot.errors, u"accounts.conf:7: account \"cut\": \"us\" is not"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, u"settings.conf:3: a group header"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QCOMPARE(snapshot.notifications.sound, false);
}

void Tst_CorruptSettings::binaryGarbage()
{
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int round = 0; round < 20; ++round) {
        QByteArray garbage(int(random.bounded(1, 20'000)), Qt::Uninitialized);
        for (char &c : garbage)
            c = char(random.bounded(256));
        QVERIFY(writeAll(m_accounts, garbage + "\n" + kValid));
        QVERIFY(writeAll(m_settings, garbage + "\n[notifications]\nsound = false\n"));
        const SettingsStore::Snapshot snapshot = store().load();
        const QString context = u"seed %1 round %2"_s.arg(seed).arg(round);
        // The valid section after the garbage still loads (a garbage line that looks like a
        // header may take the next lines with it only up to the next valid header).
        QVERIFY2(std::any_of(snapshot.accounts.cbegin(), snapshot.accounts.cend(),
                             [](const AccountsFile::Account &a) { return a.spec.id == u"ok"_s; }),
                 qPrintable(context));
        QCOMPARE(snapshot.notifications.sound, false);
        QVERIFY(snapshot.errors.size() <= SettingsStore::maxMessages + 1);
        QVERIFY(snapshot.warnings.size() <= SettingsStore::maxMessages + 1);
        for (const QString &message : snapshot.errors + snapshot.warnings)
            QVERIFY2(message.contains(u"accounts.conf"_s) || message.contains(u"settings.conf"_s)
                         || message.contains(u"more like these"_s),
                     qPrintable(context + u": "_s + message));
    }
}

void Tst_CorruptSettings::invalidUtf8()
{
    QVERIFY(writeAll(m_accounts, kValid + "\n[latin1]\nhost = imap.example.org\nuser = j\xF6rg\n"));
    QVERIFY(writeAll(m_settings, "[notifications]\nvip = j\xF6rg@example.org\nsound = false\n"));
    const SettingsStore::Snapshot snapshot = store().load();
    QCOMPARE(snapshot.accounts.size(), 1);
    QVERIFY2(anyContains(snapshot.errors, u"accounts.conf:7: the line is not valid UTF-8"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, u"account \"latin1\" skipped"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, u"settings.conf:2: the line is not valid UTF-8"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QCOMPARE(snapshot.notifications.sound, false);
    QVERIFY(snapshot.notifications.vipSenders.isEmpty());
}

void Tst_CorruptSettings::hugeFile()
{
    QByteArray huge = kValid;
    while (huge.size() <= AccountsFile::maxFileBytes)
        huge += "# padding padding padding padding padding padding padding padding padding\n";
    QVERIFY(writeAll(m_accounts, huge));
    QVERIFY(writeAll(m_settings, huge));
    const SettingsStore::Snapshot snapshot = store().load();
    QCOMPARE(snapshot.accounts.size(), 0);
    QVERIFY2(anyContains(snapshot.errors, m_accounts + u": the accounts file is larger than"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, m_settings + u": the settings file is larger than"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    // Refused rather than cut: saving would lose the part that was never read.
    SettingsStore settings = store();
    QVERIFY(settings.saveAccounts({}).contains(u"larger than"_s));
    QCOMPARE(readAll(m_accounts), huge);
}

void Tst_CorruptSettings::folderInsteadOfFile()
{
    QVERIFY(QDir().mkpath(m_accounts));
    QVERIFY(QDir().mkpath(m_settings));
    SettingsStore settings = store();
    const SettingsStore::Snapshot snapshot = settings.load();
    QVERIFY2(anyContains(snapshot.errors, m_accounts + u" is a folder"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, m_settings + u" is a folder"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY(settings.saveAccounts({}).contains(u"it is a folder"_s));
    QVERIFY(settings.saveGeneral({u"de"_s, false}).contains(u"it is a folder"_s));
    QVERIFY(QFileInfo(m_accounts).isDir());
}

void Tst_CorruptSettings::unreadable()
{
    if (qEnvironmentVariableIsSet(kUnreadableVariable))
        QSKIP("the parent's part");
    QVERIFY(writeAll(m_accounts, kValid));
    QVERIFY(writeAll(m_settings, "[notifications]\nsound = false\n"));
    QVERIFY(::chmod(QFile::encodeName(m_accounts).constData(), 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_settings).constData(), 0) == 0);
    if (::geteuid() != 0) {
        checkUnreadable();
        return;
    }
    // Root reads anything: the checks run in a child of this binary as nobody.
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
    MAILBELL_REQUIRE_TOOL(setpriv.isEmpty() ? u"running as root without setpriv (Debian: "
                                              u"util-linux) to drop to nobody"_s
                                            : QString());
    const QString folder = QFileInfo(m_accounts).absolutePath();
    for (const QString &path : {m_dir.path(), folder})
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kUnreadableVariable), folder);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(setpriv,
                {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                 QCoreApplication::applicationFilePath(), u"unreadableAsUser"_s});
    QVERIFY2(child.waitForFinished(60'000), qPrintable(child.errorString()));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : Tst_CorruptSettings::unreadableAsUser()"_s),
             qPrintable(output));
    QVERIFY(::chmod(QFile::encodeName(m_accounts).constData(), 0600) == 0);
    QCOMPARE(readAll(m_accounts), kValid); // never overwritten
}

void Tst_CorruptSettings::unreadableAsUser()
{
    const QString folder = qEnvironmentVariable(kUnreadableVariable);
    if (folder.isEmpty())
        QSKIP("runs as nobody in the child that unreadable starts when run as root");
    m_accounts = folder + u"/accounts.conf"_s;
    m_settings = folder + u"/settings.conf"_s;
    checkUnreadable();
}

void Tst_CorruptSettings::checkUnreadable()
{
    SettingsStore settings = store();
    const SettingsStore::Snapshot snapshot = settings.load();
    QVERIFY2(anyContains(snapshot.errors, m_accounts + u": cannot read the accounts file"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QVERIFY2(anyContains(snapshot.errors, m_settings + u": cannot read the settings file"_s),
             qPrintable(snapshot.errors.join(u'\n')));
    QCOMPARE(snapshot.notifications, NotificationSettings());
    // Never overwrite what could not be read.
    QVERIFY(settings.saveAccounts({}).contains(u"cannot read it first"_s));
    QVERIFY(settings.saveGeneral({u"de"_s, false}).contains(u"cannot read it first"_s));
}

void Tst_CorruptSettings::savingKeepsInvalidParts()
{
    const QByteArray invalid = "# before\n"
                               "\xFF\xFE garbage line\n"
                               "[latin1]\nhost = imap.example.org\nuser = j\xF6rg\n\n"
                               "[badport]\nhost = h\nuser = u\nport = 99999\n\n";
    QVERIFY(writeAll(m_accounts, invalid + kValid));
    QVERIFY(writeAll(m_settings,
                     "[notifications]\nsound = maybe\n\xFF\xFF\n[general]\nlanguage = de\n"));
    SettingsStore settings = store();
    SettingsStore::Snapshot snapshot = settings.load();
    QCOMPARE(snapshot.accounts.size(), 1);
    AccountsFile::Account ok = snapshot.accounts.constFirst();
    ok.spec.folders = {u"INBOX"_s, u"Archive"_s};
    QCOMPARE(settings.saveAccounts({ok}), QString());
    QCOMPARE(readAll(m_accounts), invalid + kValid + "folders = INBOX, Archive\n");

    NotificationSettings n = snapshot.notifications;
    n.enabled = false;
    QCOMPARE(settings.saveNotifications(n), QString());
    QCOMPARE(settings.saveGeneral({u"fr"_s, false}), QString());
    QCOMPARE(
        readAll(m_settings),
        "[notifications]\nsound = maybe\nenabled = false\n\xFF\xFF\n[general]\nlanguage = fr\n");
    snapshot = settings.load();
    QCOMPARE(snapshot.general.language, u"fr"_s);
    QCOMPARE(snapshot.notifications.enabled, false);
}

QTEST_GUILESS_MAIN(Tst_CorruptSettings)
#include "tst_corruptsettings.moc"
