// settings.conf: every [notifications] key read into NotificationSettings; a bad value is named
// and keeps its default while the rest applies; unknown keys warn; a missing file is defaults.
#include "settingsfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class Tst_SettingsFile : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &text);
    QTemporaryDir m_dir;
    int m_files = 0;

private slots:
    void missingFileIsDefaults();
    void everyKey();
    void badValuesKeepDefaults_data();
    void badValuesKeepDefaults();
    void unknownKeysWarn();
    void defaultPath();
    void nulAndNotRegularFile();
};

QString Tst_SettingsFile::write(const QByteArray &text)
{
    const QString path = m_dir.filePath(u"settings%1.conf"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

void Tst_SettingsFile::missingFileIsDefaults()
{
    const SettingsFile::Result result = SettingsFile::load(m_dir.filePath(u"none.conf"_s));
    QCOMPARE(result.notifications, NotificationSettings());
    QVERIFY(result.errors.isEmpty());
    QVERIFY(result.warnings.isEmpty());
}

void Tst_SettingsFile::everyKey()
{
    const SettingsFile::Result result =
        SettingsFile::load(write("[notifications]\n"
                                 "enabled = yes\n"
                                 "sound = off\n"
                                 "show-preview = false\n"
                                 "delete-action = true\n"
                                 "burst-threshold = 5\n"
                                 "burst-window-seconds = 10\n"
                                 "quiet-hours = 22:30-7:00\n"
                                 "quiet-days = mon, Tue, wednesday, thu, fri\n"
                                 "quiet-hours-silent = true\n"
                                 "vip = Ada@Example.org, grace@example.org\n"
                                 "muted = work/Lists/Qt, home/Spam\n"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(u'\n')));
    QVERIFY(result.warnings.isEmpty());
    const NotificationSettings &n = result.notifications;
    QCOMPARE(n.enabled, true);
    QCOMPARE(n.sound, false);
    QCOMPARE(n.showPreview, false);
    QCOMPARE(n.deleteAction, true);
    QCOMPARE(n.burstThreshold, 5);
    QCOMPARE(n.burstWindowMs, 10'000);
    QCOMPARE(n.quietHours.enabled, true);
    QCOMPARE(n.quietHours.start, QTime(22, 30));
    QCOMPARE(n.quietHours.end, QTime(7, 0));
    QCOMPARE(n.quietHours.weekdays, (QList<int> {1, 2, 3, 4, 5}));
    QCOMPARE(n.quietHours.showSilently, true);
    QCOMPARE(n.vipSenders, (QStringList {u"ada@example.org"_s, u"grace@example.org"_s}));
    QCOMPARE(n.mutedFolders,
             (QList<MutedFolder> {{u"work"_s, u"Lists/Qt"_s}, {u"home"_s, u"Spam"_s}}));
}

void Tst_SettingsFile::badValuesKeepDefaults_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("key");
    QTest::newRow("bool") << QByteArray("sound = loud") << u"sound"_s;
    QTest::newRow("threshold-zero") << QByteArray("burst-threshold = 0") << u"burst-threshold"_s;
    QTest::newRow("window-text") << QByteArray("burst-window-seconds = soon")
                                 << u"burst-window-seconds"_s;
    QTest::newRow("quiet-hours") << QByteArray("quiet-hours = 25:00-07:00") << u"quiet-hours"_s;
    QTest::newRow("quiet-hours-shape") << QByteArray("quiet-hours = nights") << u"quiet-hours"_s;
    QTest::newRow("quiet-days") << QByteArray("quiet-days = mon, funday") << u"quiet-days"_s;
    QTest::newRow("vip") << QByteArray("vip = not-an-address") << u"vip"_s;
    QTest::newRow("muted") << QByteArray("muted = INBOX") << u"muted"_s;
}

void Tst_SettingsFile::badValuesKeepDefaults()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, key);
    const SettingsFile::Result result =
        SettingsFile::load(write("[notifications]\n" + line + "\nshow-preview = false\n"));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.constFirst().contains(u"[notifications] "_s + key),
             qPrintable(result.errors.constFirst()));
    QVERIFY(result.errors.constFirst().contains(u"the default is used"_s));
    NotificationSettings expected;
    expected.showPreview = false; // the good line still applies
    QCOMPARE(result.notifications, expected);
}

void Tst_SettingsFile::unknownKeysWarn()
{
    const SettingsFile::Result result =
        SettingsFile::load(write("[notifications]\ncolour = red\n[general]\nx = 1\n"));
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.warnings.size(), 2);
    QCOMPARE(result.notifications, NotificationSettings());
}

void Tst_SettingsFile::defaultPath()
{
    qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    QCOMPARE(SettingsFile::defaultPath(), m_dir.path() + u"/mailbell/settings.conf"_s);
}

// A NUL byte is an error naming its line; a FIFO as settings.conf is an error at once (a blocking
// open would hang the tray app's start), and the defaults apply.
void Tst_SettingsFile::nulAndNotRegularFile()
{
    const SettingsFile::Result nul =
        SettingsFile::load(write(QByteArray("[notifications]\nsound = fa\0lse\n", 31)));
    QCOMPARE(nul.errors.size(), 1);
    QVERIFY2(nul.errors.at(0).contains(u":2: the line holds a NUL byte"_s),
             qPrintable(nul.errors.at(0)));
    QCOMPARE(nul.notifications, NotificationSettings());

    const QString fifo = m_dir.filePath(u"fifo.conf"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ::alarm(5); // a blocking open ends the test instead of hanging it
    const SettingsFile::Result result = SettingsFile::load(fifo);
    ::alarm(0);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.at(0).contains(fifo + u" is a named pipe (FIFO), not a regular file"_s),
             qPrintable(result.errors.at(0)));
    QCOMPARE(result.notifications, NotificationSettings());
}

QTEST_GUILESS_MAIN(Tst_SettingsFile)
#include "tst_settingsfile.moc"
