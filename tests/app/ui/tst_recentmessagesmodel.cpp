#include "recentmessagesmodel.h"
#include "uitestdata.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;
using UiTestData::refOf;

class TestRecentMessagesModel : public QObject
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

private Q_SLOTS:
    void newestArrivalFirst()
    {
        RecentMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addMessages(
            {message(u"a"_s, 1, u"Ann"_s, u"one"_s), message(u"a"_s, 2, u"Bob"_s, u"two"_s)});
        model.addMessages({message(u"a"_s, 3, u"Cy"_s, u"three"_s)});
        QCOMPARE(uids(model), (QList<quint32> {3, 2, 1}));
        QCOMPARE(model.index(0).data(RecentMessagesModel::SenderRole).toString(), u"Cy"_s);
        QCOMPARE(model.index(0).data(RecentMessagesModel::SubjectRole).toString(), u"three"_s);
    }

    // Unread mail that was there before the start: below what arrived while the app ran (newer
    // dates), newest first, a listed message updated in place, nothing beyond the limit.
    void backlogPlacedByDate()
    {
        RecentMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.addMessages(
            {message(u"a"_s, 5, u"Bob"_s, u"listed before"_s, {}, true, now.addDays(-2))});
        model.addMessages({message(u"a"_s, 20, u"Ann"_s, u"arrived"_s, {}, false, now)});
        // Ascending UIDs as the engine sends them; one of them is listed already.
        model.addBacklog(
            {message(u"a"_s, 3, u"Cy"_s, u"old"_s, {}, false, now.addDays(-3)),
             message(u"a"_s, 5, u"Bob"_s, u"listed before"_s, {}, false, now.addDays(-2)),
             message(u"a"_s, 7, u"Di"_s, u"newer"_s, {}, false, now.addDays(-1)),
             message(u"b"_s, 9, u"Ed"_s, u"other account"_s, {}, false, now.addSecs(-3600))});
        QCOMPARE(uids(model), (QList<quint32> {20, 9, 7, 5, 3}));
        QVERIFY(model.index(3).data(RecentMessagesModel::UnreadRole).toBool()); // updated
        QCOMPARE(model.unreadMessages().size(), 5);

        model.setLimit(3);
        model.addBacklog({message(u"a"_s, 1, u"Fay"_s, u"oldest"_s, {}, false, now.addDays(-9))});
        QCOMPARE(uids(model), (QList<quint32> {20, 9, 7}));
    }

    void boundedDropsOldest()
    {
        RecentMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.limit(), 200);
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 250; ++uid)
            batch.append(message(u"a"_s, uid, u"Ann"_s, u"s"_s));
        model.addMessages(batch);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.refAt(0).uid, 250u);
        QCOMPARE(model.refAt(199).uid, 51u);
        // One more arrival pushes the oldest out.
        model.addMessages({message(u"a"_s, 251, u"Ann"_s, u"s"_s)});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.refAt(0).uid, 251u);
        QCOMPARE(model.refAt(199).uid, 52u);
        model.setLimit(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.refAt(9).uid, 242u);
    }

    void sameMessageNotDuplicated()
    {
        RecentMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const MessageSummary first = message(u"a"_s, 7, u"Ann"_s, u"old subject"_s);
        model.addMessages({first, message(u"a"_s, 8, u"Bob"_s, u"x"_s)});
        MessageSummary again = first;
        again.subject = u"new subject"_s;
        // Twice in one batch and once more already listed: still one row, updated in place.
        model.addMessages({again, again});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(uids(model), (QList<quint32> {8, 7}));
        QCOMPARE(model.summary(refOf(first))->subject, u"new subject"_s);
        // Same UID in another folder, UIDVALIDITY or account is another message.
        MessageSummary otherFolder = first;
        otherFolder.folder = u"Work"_s;
        MessageSummary otherValidity = first;
        otherValidity.uidValidity = 42;
        MessageSummary otherAccount = first;
        otherAccount.accountId = u"b"_s;
        model.addMessages({otherFolder, otherValidity, otherAccount});
        QCOMPARE(model.rowCount(), 5);
    }

    void flagsLive()
    {
        RecentMessagesModel model;
        const MessageSummary m = message(u"a"_s, 1, u"Ann"_s, u"s"_s);
        model.addMessages({m, message(u"a"_s, 2, u"Bob"_s, u"t"_s, {}, true)});
        QCOMPARE(model.unreadMessages(), QList<MessageRef> {refOf(m)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row = model.rowOf(refOf(m));
        QVERIFY(model.index(row).data(RecentMessagesModel::UnreadRole).toBool());
        model.applyFlags(refOf(m), MessageFlags(MessageFlags::Seen | MessageFlags::Flagged, {}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
        QVERIFY(!model.index(row).data(RecentMessagesModel::UnreadRole).toBool());
        QVERIFY(model.index(row).data(RecentMessagesModel::FlaggedRole).toBool());
        QVERIFY(model.unreadMessages().isEmpty());
        // The same flags again, or flags for a message not listed: no change signal.
        model.applyFlags(refOf(m), MessageFlags(MessageFlags::Seen | MessageFlags::Flagged, {}));
        model.applyFlags(MessageRef {u"a"_s, u"INBOX"_s, 1, 999}, MessageFlags());
        QCOMPARE(changed.size(), 1);
    }

    void expungeAndRemoveAccount()
    {
        RecentMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"1"_s), message(u"b"_s, 2, u"B"_s, u"2"_s),
                           message(u"a"_s, 3, u"A"_s, u"3"_s), message(u"a"_s, 4, u"A"_s, u"4"_s),
                           message(u"b"_s, 5, u"B"_s, u"5"_s)});
        model.removeMessage(refOf(message(u"b"_s, 2, u"B"_s, u"2"_s)));
        QCOMPARE(uids(model), (QList<quint32> {5, 4, 3, 1}));
        QVERIFY(!model.summary(refOf(message(u"b"_s, 2, u"B"_s, u"2"_s))));
        // Removing what is not there is harmless.
        model.removeMessage(MessageRef {u"zz"_s, u"INBOX"_s, 1, 1});
        model.removeAccount(u"a"_s);
        QCOMPARE(uids(model), (QList<quint32> {5}));
    }

    void accountRoles()
    {
        RecentMessagesModel model;
        model.addMessages({message(u"work"_s, 1, u"A"_s, u"1"_s)});
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(RecentMessagesModel::AccountNameRole).toString(), u"work"_s);
        const QColor fallback = index.data(RecentMessagesModel::AccountColorRole).value<QColor>();
        QVERIFY(fallback.isValid());
        AccountInfo work;
        work.id = u"work"_s;
        work.displayName = u"Work"_s;
        work.color = QColor(Qt::magenta);
        model.setAccounts({work});
        QCOMPARE(index.data(RecentMessagesModel::AccountNameRole).toString(), u"Work"_s);
        QCOMPARE(index.data(RecentMessagesModel::AccountColorRole).value<QColor>(),
                 QColor(Qt::magenta));
    }

    void persistenceRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"recent.json"_s);
        RecentMessagesModel model;
        MessageSummary rich = message(u"a"_s, 4000000000u, u"Zoë Ünïcode"_s,
                                      u"Grüße <b>x</b> & \"quotes\""_s, u"line one\nline two"_s);
        rich.cc = {MailAddress {u"Carl"_s, u"carl@example.org"_s, {}},
                   MailAddress {{}, u"team@example.org"_s, u"Team"_s}};
        rich.flags = MessageFlags(MessageFlags::Flagged | MessageFlags::Answered,
                                  {QByteArray("$Important"), QByteArray("Work")});
        rich.date = QDateTime(QDate(2026, 11, 26), QTime(3, 4, 5, 678), Qt::UTC);
        rich.size = 123456789012ULL;
        model.addMessages({message(u"b"_s, 1, u"Bob"_s, u"plain"_s), rich});
        QString error;
        QVERIFY2(model.save(path, &error), qPrintable(error));

        RecentMessagesModel loaded;
        QVERIFY2(loaded.load(path, &error), qPrintable(error));
        QCOMPARE(loaded.rowCount(), 2);
        QCOMPARE(uids(loaded), uids(model));
        const auto back = loaded.summary(refOf(rich));
        QVERIFY(back);
        QCOMPARE(*back, rich);
        QCOMPARE(back->date, rich.date);
    }

    void missingFileIsEmptyNotError()
    {
        QTemporaryDir dir;
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"1"_s)});
        QString error;
        QVERIFY(model.load(dir.filePath(u"absent.json"_s), &error));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(error.isEmpty());
    }

    void corruptFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("this is not json {");
        QTest::newRow("truncated") << QByteArray(R"({"version":1,"messages":[{"account":"a",)");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 12);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array root") << QByteArray("[1,2,3]");
        QTest::newRow("unknown version") << QByteArray(R"({"version":99,"messages":[]})");
        QTest::newRow("messages not a list") << QByteArray(R"({"version":1,"messages":{}})");
    }

    void corruptFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"1"_s)});
        QString error;
        QVERIFY(!model.load(path, &error));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"empty list"_s), qPrintable(error));
        // The corrupt file is left for the user to inspect; the next save replaces it.
        QVERIFY(model.save(path, &error));
        QVERIFY(model.load(path, &error));
    }

    void badEntriesDroppedGoodKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"messages":[
            {"account":"a","folder":"INBOX","uidValidity":5,"uid":9,"subject":"kept","size":1e300,
             "flags":1e300,"date":"not a date","from":"not a list","keywords":[1,{}]},
            {"account":"a","folder":"INBOX","uidValidity":5,"uid":-3},
            {"account":"","folder":"INBOX","uidValidity":5,"uid":4},
            {"account":"a","folder":"INBOX","uidValidity":5,"uid":1.5},
            "a string",
            {"account":"a","folder":"INBOX","uidValidity":5,"uid":9,"subject":"duplicate"}
        ]})");
        file.close();
        RecentMessagesModel model;
        QString error;
        QVERIFY(!model.load(path, &error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(RecentMessagesModel::SubjectRole).toString(), u"kept"_s);
        // Odd field values in a kept entry are tamed, not trusted.
        const MessageSummary kept = *model.summary(model.refAt(0));
        QVERIFY(kept.size <= quint64(1e18));
        QVERIFY(!kept.date.isValid());
        QVERIFY(kept.from.isEmpty());
        QCOMPARE(kept.flags.systemFlags(), quint8(0));
        QVERIFY2(error.contains(u"4 unreadable entries"_s), qPrintable(error));
    }

    void saveIsAtomicAndReportsFailure()
    {
        QTemporaryDir dir;
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"1"_s)});
        QString error;
        // A directory that does not exist: a clear error, no crash.
        QVERIFY(!model.save(dir.filePath(u"no/such/dir/recent.json"_s), &error));
        QVERIFY2(error.contains(u"could not be saved"_s), qPrintable(error));
        // No temporary left behind after a good save.
        const QString path = dir.filePath(u"recent.json"_s);
        QVERIFY(model.save(path, &error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"recent.json"_s});
    }

    // Subjects, senders and previews: owner only (0600), like the other state files, for a new
    // file and for one an older version left readable by everyone.
    void savedPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"secret subject"_s)});
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser;
        QVERIFY(model.save(path));
        QCOMPARE(QFile::permissions(path), ownerOnly);
        QVERIFY(QFile::setPermissions(path,
                                      ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(model.save(path));
        QCOMPARE(QFile::permissions(path), ownerOnly);
    }

    // A FIFO (standing in for a device) as the list's path: never opened for reading (it would
    // block the UI thread), never replaced.
    void notRegularFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"A"_s, u"s"_s)});
        QString error;
        ::alarm(5); // a blocking open ends the test instead of hanging it
        const bool loaded = model.load(path, &error);
        ::alarm(0);
        QVERIFY(!loaded);
        QVERIFY2(error.contains(path + u" is a named pipe (FIFO), not a regular file"_s),
                 qPrintable(error));
        QCOMPARE(model.rowCount(), 0);
        model.addMessages({message(u"a"_s, 2, u"A"_s, u"s"_s)});
        QVERIFY(!model.save(path, &error));
        QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
        QVERIFY(QFileInfo(path).exists() && !QFileInfo(path).isFile());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
                 QStringList {u"recent.json"_s});
    }

    void loadHonoursLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"recent.json"_s);
        RecentMessagesModel big;
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 50; ++uid)
            batch.append(message(u"a"_s, uid, u"A"_s, u"s"_s));
        big.addMessages(batch);
        QVERIFY(big.save(path));
        RecentMessagesModel small;
        small.setLimit(20);
        QVERIFY(small.load(path));
        QCOMPARE(small.rowCount(), 20);
        QCOMPARE(small.refAt(0).uid, 50u);
    }

    void filterTextCoversSenderSubjectPreview()
    {
        RecentMessagesModel model;
        model.addMessages(
            {message(u"a"_s, 1, u"Ann Lee"_s, u"Quarterly report"_s, u"numbers inside"_s)});
        const QString text = model.index(0).data(RecentMessagesModel::FilterTextRole).toString();
        QVERIFY(text.contains(u"Ann Lee"_s));
        QVERIFY(text.contains(u"ann@example.org"_s));
        QVERIFY(text.contains(u"Quarterly report"_s));
        QVERIFY(text.contains(u"numbers inside"_s));
    }

    void accessibleText()
    {
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"Ann Lee"_s, u"Report"_s)});
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(),
                 u"Unread, from Ann Lee: Report"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecentMessagesModel)
#include "tst_recentmessagesmodel.moc"
