// RecentMessagesStore: the recent list read at start, written a moment after it changes (one
// write for a burst), when asked and when the store goes; owner-only; a corrupt file is an
// empty list and a warning, replaced by the next save.
#include "recentmessagesmodel.h"
#include "recentmessagesstore.h"
#include "uitestdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;

class TestRecentMessagesStore : public QObject
{
    Q_OBJECT

private:
    static QList<quint32> uids(const RecentMessagesModel &model)
    {
        QList<quint32> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.refAt(row).uid);
        return result;
    }

    static ino_t inode(const QString &path)
    {
        struct stat info
        { };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
    }

    static QList<quint32> uidsIn(const QString &path)
    {
        RecentMessagesModel model;
        return model.load(path) ? uids(model) : QList<quint32> {9999};
    }

private Q_SLOTS:
    // A change is written saveDelayMs later, a burst of changes in one write, to a file only the
    // owner can read; a new store reads it back.
    void changesAreWrittenAfterADelayAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state/recent.json"_s); // its folder is made too
        RecentMessagesModel model;
        RecentMessagesStore store(&model, path);
        store.load();
        QElapsedTimer clock;
        clock.start();
        model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"one"_s)});
        model.addMessages({message(u"a"_s, 2, u"Bob"_s, u"two"_s)});
        model.applyFlags(UiTestData::refOf(message(u"a"_s, 1, u"Ann"_s, u"one"_s)),
                         MessageFlags(MessageFlags::Seen, {}));
        QTest::qWait(RecentMessagesStore::saveDelayMs / 2);
        store.waitForWrites();
        QVERIFY2(!QFile::exists(path) || clock.elapsed() >= RecentMessagesStore::saveDelayMs,
                 "written before the delay");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), RecentMessagesStore::saveDelayMs * 3);
        store.waitForWrites();
        QCOMPARE(uidsIn(path), (QList<quint32> {2, 1}));
        QCOMPARE(QFile::permissions(path),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                     | QFileDevice::WriteUser);

        RecentMessagesModel again;
        RecentMessagesStore reader(&again, path);
        reader.load();
        QCOMPARE(uids(again), (QList<quint32> {2, 1}));
        QVERIFY(!again.index(1).data(RecentMessagesModel::UnreadRole).toBool()); // flags kept
    }

    // Quitting must not lose what arrived in the last two seconds.
    void saveNowAndOnDestructionWriteWhatIsPending()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        RecentMessagesModel model;
        {
            RecentMessagesStore store(&model, path);
            model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"one"_s)});
            store.save();
            store.waitForWrites();
            QCOMPARE(uidsIn(path), (QList<quint32> {1}));
            model.addMessages({message(u"a"_s, 2, u"Bob"_s, u"two"_s)});
        }
        QCOMPARE(uidsIn(path), (QList<quint32> {2, 1}));
    }

    // Quitting saves, and so does the store when it goes: the list is written once, not twice
    // (nor is an unchanged list rewritten by a later save()).
    void unchangedListIsNotWrittenAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        RecentMessagesModel model;
        ino_t written = 0;
        {
            RecentMessagesStore store(&model, path);
            model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"one"_s)});
            store.save();
            store.waitForWrites();
            written = inode(path);
            QVERIFY(written != 0);
            store.save();
            store.waitForWrites();
            QCOMPARE(inode(path), written); // a write replaces the file (a new inode)
        }
        QCOMPARE(inode(path), written);
        QCOMPARE(uidsIn(path), (QList<quint32> {1}));
    }

    void corruptFileIsAnEmptyListThenReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 7, u"Old"_s, u"in memory"_s)});
        RecentMessagesStore store(&model, path);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^mailbell: .*recent.json.*empty list"_s));
        store.load();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(QFile::exists(path)); // left as it was until the next save
        model.addMessages({message(u"a"_s, 3, u"New"_s, u"three"_s)});
        store.save();
        store.waitForWrites();
        QCOMPARE(uidsIn(path), (QList<quint32> {3}));
    }

    void emptyPathKeepsTheListInMemory()
    {
        QTemporaryDir dir;
        RecentMessagesModel model;
        {
            RecentMessagesStore store(&model, QString());
            store.load();
            model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"one"_s)});
            store.save();
        }
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentMessagesStore)
#include "tst_recentmessagesstore.moc"
