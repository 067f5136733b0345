// SettingsFileWatcher: read() gives the file's settings, and changed() follows the file on disk
// as people change it: written in place, replaced the way editors save (a new file renamed over
// the old one, which a plain file watch loses), created after the start. Other files in the
// folder say nothing.
#include "settingsfilewatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

// What editors do: write a new file beside it, then rename it over the old one.
bool replaceFile(const QString &path, const QByteArray &text)
{
    const QString fresh = path + u".new"_s;
    return writeFile(fresh, text)
        && ::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) == 0;
}

constexpr int kTimeoutMs = 5'000;

} // namespace

class TestSettingsFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readGivesTheFilesSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.conf"_s);
        QVERIFY(writeFile(path, "[notifications]\nsound = false\n"));
        SettingsFileWatcher watcher;
        watcher.setPath(path);
        QCOMPARE(watcher.path(), path);
        const SettingsFile::Result result = watcher.read();
        QVERIFY(!result.notifications.sound);
        QVERIFY(result.errors.isEmpty());
    }

    void writtenInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.conf"_s);
        QVERIFY(writeFile(path, "[notifications]\nsound = false\n"));
        SettingsFileWatcher watcher;
        watcher.setPath(path);
        QSignalSpy changed(&watcher, &SettingsFileWatcher::changed);
        watcher.read();
        QVERIFY(writeFile(path, "[notifications]\nsound = true\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeoutMs);
        QVERIFY(watcher.read().notifications.sound);
    }

    // Each replacement is seen, the second too: read() watches the new file.
    void replacedTwiceTheWayEditorsSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.conf"_s);
        QVERIFY(writeFile(path, "[notifications]\nsound = false\n"));
        SettingsFileWatcher watcher;
        watcher.setPath(path);
        QSignalSpy changed(&watcher, &SettingsFileWatcher::changed);
        watcher.read();
        QVERIFY(replaceFile(path, "[notifications]\nsound = true\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeoutMs);
        QVERIFY(watcher.read().notifications.sound);
        QTest::qWait(100); // the rename's late events
        changed.clear();
        QVERIFY(replaceFile(path, "[notifications]\nsound = false\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeoutMs);
        QVERIFY(!watcher.read().notifications.sound);
    }

    void createdAfterTheStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.conf"_s);
        SettingsFileWatcher watcher;
        watcher.setPath(path);
        QSignalSpy changed(&watcher, &SettingsFileWatcher::changed);
        QVERIFY(watcher.read().notifications.sound); // no file: the defaults
        QVERIFY(writeFile(path, "[notifications]\nsound = false\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kTimeoutMs);
        QVERIFY(!watcher.read().notifications.sound);
    }

    void otherFilesInTheFolderSayNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.conf"_s);
        QVERIFY(writeFile(path, "[notifications]\nsound = false\n"));
        SettingsFileWatcher watcher;
        watcher.setPath(path);
        QSignalSpy changed(&watcher, &SettingsFileWatcher::changed);
        watcher.read();
        QVERIFY(writeFile(dir.filePath(u"accounts.conf"_s), "[work]\n"));
        QVERIFY(replaceFile(dir.filePath(u"other.conf"_s), "x\n"));
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSettingsFileWatcher)
#include "tst_settingsfilewatcher.moc"
