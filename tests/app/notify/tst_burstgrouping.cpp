// Burst grouping with injected time, through NotificationCenter: exactly which notifications are
// shown, replaced (by id) and closed; and what the user's actions and changes made elsewhere do.
#include "notificationcenter.h"
#include "recordingnotifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::MailAddress;
using ImapCore::MessageFlags;
using ImapCore::MessageRef;
using ImapCore::MessageSummary;

namespace {

MessageSummary mail(quint32 uid, const QString &sender, const QString &folder = u"INBOX"_s,
                    const QString &account = u"acct-1"_s)
{
    MessageSummary m;
    m.accountId = account;
    m.folder = folder;
    m.uid = uid;
    m.uidValidity = 9;
    m.from = {MailAddress {sender, sender.toLower() + u"@example.org"_s, {}}};
    m.subject = u"Subject "_s + QString::number(uid);
    return m;
}

} // namespace

class TestBurstGrouping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fewMessagesStaySingle();
    void fourthMessageFormsGroup();
    void groupGrowsInPlace();
    void batchGoesStraightToGroup();
    void gapEndsBurst();
    void foldersGroupSeparately();
    void windowSlides();
    void recordOnlyNeverShown();
    void readElsewhereClosesSingle();
    void groupClosesWhenAllRead();
    void actions();
    void groupDefaultShowsRecent();
    void dismissedGroupIsNotReplaced();
    void soundOnlyWhenGroupForms();
    void accountNames();
    void tenThousandInOneBurst();
    void topSendersMatchFullRanking();

private:
    void arrive(const QList<MessageSummary> &list) { m_center->messagesArrived(list); }

    qint64 m_ms = 1000;
    RecordingNotifier *m_notifier = nullptr;
    std::unique_ptr<NotificationCenter> m_center;
};

void TestBurstGrouping::init()
{
    qRegisterMetaType<ImapCore::MessageRef>();
    m_ms = 1000;
    m_notifier = new RecordingNotifier;
    m_center = std::make_unique<NotificationCenter>(
        m_notifier, [] { return QDateTime(QDate(2026, 11, 23), QTime(12, 0)); },
        [this] { return m_ms; });
    m_notifier->setParent(m_center.get());
    m_center->setAccounts({AccountInfo {u"acct-1"_s, u"Work"_s, {}, {}, {}, {}, 993, {}},
                           AccountInfo {u"acct-2"_s, u"Home"_s, {}, {}, {}, {}, 993, {}}});
}

void TestBurstGrouping::cleanup()
{
    m_center.reset();
}

void TestBurstGrouping::fewMessagesStaySingle()
{
    arrive({mail(1, u"Alice"_s)});
    m_ms += 500;
    arrive({mail(2, u"Bob"_s), mail(3, u"Carol"_s)});
    QCOMPARE(m_notifier->shown.size(), 3);
    QCOMPARE(m_notifier->shown[0].notification.summary, u"Alice"_s);
    QCOMPARE(m_notifier->shown[1].notification.summary, u"Bob"_s);
    QCOMPARE(m_notifier->shown[2].notification.summary, u"Carol"_s);
    for (const auto &s : std::as_const(m_notifier->shown))
        QCOMPARE(s.replaces, 0u);
    QCOMPARE(m_center->activeCount(), 3);
}

void TestBurstGrouping::fourthMessageFormsGroup()
{
    arrive({mail(1, u"Alice"_s)});
    m_ms += 400;
    arrive({mail(2, u"Bob"_s)});
    m_ms += 400;
    arrive({mail(3, u"Alice"_s)});
    m_ms += 400;
    arrive({mail(4, u"Dave"_s)});
    QCOMPARE(m_notifier->shown.size(), 4);
    const auto &group = m_notifier->shown[3];
    QCOMPARE(group.replaces, 0u);
    QCOMPARE(group.notification.summary, u"4 new messages in Work"_s);
    QCOMPARE(group.notification.body, u"From Alice (2), Bob, Dave"_s);
    // The three shown alone are closed: the group stands for them.
    QCOMPARE(m_notifier->closedByCaller, (QList<quint32> {1, 2, 3}));
    QCOMPARE(m_center->activeCount(), 1);
}

void TestBurstGrouping::groupGrowsInPlace()
{
    for (quint32 uid = 1; uid <= 4; ++uid) {
        arrive({mail(uid, u"Alice"_s)});
        m_ms += 300;
    }
    const quint32 groupHandle = m_notifier->shown.last().handle;
    arrive({mail(5, u"Bob"_s)});
    m_ms += 1900;
    arrive({mail(6, u"Bob"_s), mail(7, u"Carol"_s)});
    QCOMPARE(m_notifier->shown.size(), 6);
    QCOMPARE(m_notifier->shown[4].replaces, groupHandle);
    QCOMPARE(m_notifier->shown[4].notification.summary, u"5 new messages in Work"_s);
    QCOMPARE(m_notifier->shown[5].replaces, groupHandle);
    QCOMPARE(m_notifier->shown[5].handle, groupHandle);
    QCOMPARE(m_notifier->shown[5].notification.summary, u"7 new messages in Work"_s);
    QCOMPARE(m_notifier->shown[5].notification.body, u"From Alice (4), Bob (2), Carol"_s);
    QCOMPARE(m_center->activeCount(), 1);
}

void TestBurstGrouping::batchGoesStraightToGroup()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 10; ++uid)
        batch.append(mail(uid, uid % 2 ? u"Alice"_s : u"Bob"_s));
    arrive(batch);
    QCOMPARE(m_notifier->shown.size(), 1);
    QCOMPARE(m_notifier->shown[0].notification.summary, u"10 new messages in Work"_s);
    QCOMPARE(m_notifier->shown[0].notification.body, u"From Alice (5), Bob (5)"_s);
    QVERIFY(m_notifier->closedByCaller.isEmpty());
}

void TestBurstGrouping::gapEndsBurst()
{
    arrive({mail(1, u"A"_s), mail(2, u"B"_s), mail(3, u"C"_s), mail(4, u"D"_s)});
    QCOMPARE(m_notifier->shown.size(), 1);
    m_ms += 2001;
    arrive({mail(5, u"E"_s)});
    QCOMPARE(m_notifier->shown.size(), 2);
    QCOMPARE(m_notifier->shown[1].notification.summary, u"E"_s);
    QCOMPARE(m_notifier->shown[1].replaces, 0u);
    // A new burst is a new group; the old one stays on screen.
    m_ms += 10;
    arrive({mail(6, u"F"_s), mail(7, u"G"_s), mail(8, u"H"_s)});
    QCOMPARE(m_notifier->shown.size(), 3);
    QCOMPARE(m_notifier->shown[2].notification.summary, u"4 new messages in Work"_s);
    QCOMPARE(m_notifier->shown[2].replaces, 0u);
    QVERIFY(m_notifier->shown[2].handle != m_notifier->shown[0].handle);
    QCOMPARE(m_notifier->closedByCaller, (QList<quint32> {m_notifier->shown[1].handle}));
}

void TestBurstGrouping::foldersGroupSeparately()
{
    arrive({mail(1, u"A"_s), mail(2, u"B"_s), mail(1, u"C"_s, u"Lists"_s),
            mail(1, u"D"_s, u"INBOX"_s, u"acct-2"_s), mail(3, u"E"_s)});
    QCOMPARE(m_notifier->shown.size(), 5);
    arrive({mail(4, u"F"_s)});
    QCOMPARE(m_notifier->shown.size(), 6);
    QCOMPARE(m_notifier->shown[5].notification.summary, u"4 new messages in Work"_s);
    QCOMPARE(m_notifier->closedByCaller.size(), 3);
    arrive({mail(2, u"G"_s, u"Lists"_s)});
    QCOMPARE(m_notifier->shown.last().notification.summary, u"G"_s);
}

void TestBurstGrouping::windowSlides()
{
    // Three within any 2 s, but never four: no group.
    for (quint32 uid = 1; uid <= 8; ++uid) {
        arrive({mail(uid, u"A"_s)});
        m_ms += 700;
    }
    QCOMPARE(m_notifier->shown.size(), 8);
    QVERIFY(m_notifier->closedByCaller.isEmpty());
}

void TestBurstGrouping::recordOnlyNeverShown()
{
    NotificationSettings s;
    s.mutedFolders = {{u"acct-1"_s, u"Lists"_s}};
    m_center->setSettings(s);
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 6; ++uid)
        batch.append(mail(uid, u"A"_s, u"Lists"_s));
    arrive(batch);
    QVERIFY(m_notifier->shown.isEmpty());
    m_center->policy()->pauseUntilResumed();
    arrive({mail(1, u"A"_s)});
    QVERIFY(m_notifier->shown.isEmpty());
    m_center->policy()->resume();
    arrive({mail(2, u"A"_s)});
    QCOMPARE(m_notifier->shown.size(), 1);
}

void TestBurstGrouping::readElsewhereClosesSingle()
{
    const MessageSummary a = mail(1, u"A"_s), b = mail(2, u"B"_s);
    arrive({a, b});
    m_center->flagsChanged(refOf(a), MessageFlags(MessageFlags::Flagged, {}));
    QVERIFY(m_notifier->closedByCaller.isEmpty());
    m_center->flagsChanged(refOf(a), MessageFlags(MessageFlags::Seen, {}));
    QCOMPARE(m_notifier->closedByCaller, (QList<quint32> {1}));
    m_center->messageExpunged(refOf(b));
    QCOMPARE(m_notifier->closedByCaller, (QList<quint32> {1, 2}));
    // Again, or for a message never shown: nothing.
    m_center->messageExpunged(refOf(b));
    m_center->messageExpunged(refOf(mail(99, u"Z"_s)));
    QCOMPARE(m_notifier->closedByCaller.size(), 2);
    QCOMPARE(m_center->activeCount(), 0);
}

void TestBurstGrouping::groupClosesWhenAllRead()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 5; ++uid)
        batch.append(mail(uid, u"A"_s));
    arrive(batch);
    const quint32 group = m_notifier->shown[0].handle;
    for (quint32 uid = 1; uid <= 4; ++uid)
        m_center->flagsChanged(refOf(mail(uid, u"A"_s)), MessageFlags(MessageFlags::Seen, {}));
    QVERIFY(m_notifier->closedByCaller.isEmpty());
    QCOMPARE(m_notifier->shown.size(), 1); // not rewritten
    m_center->messageExpunged(refOf(mail(5, u"A"_s)));
    QCOMPARE(m_notifier->closedByCaller, (QList<quint32> {group}));
}

void TestBurstGrouping::actions()
{
    NotificationSettings s;
    s.deleteAction = true;
    m_center->setSettings(s);
    const MessageSummary a = mail(1, u"A"_s), b = mail(2, u"B"_s), c = mail(3, u"C"_s);
    arrive({a, b, c});
    QSignalSpy open(m_center.get(), &NotificationCenter::openMessageRequested);
    QSignalSpy markRead(m_center.get(), &NotificationCenter::markReadRequested);
    QSignalSpy del(m_center.get(), &NotificationCenter::deleteRequested);
    m_notifier->invoke(1, u"default"_s);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).value<MessageRef>(), refOf(a));
    // Answered: "Open" closes its notification too (issue 9, point 10).
    QVERIFY(m_notifier->closedByCaller.contains(1));
    m_notifier->invoke(2, u"mark-read"_s);
    QCOMPARE(markRead.size(), 1);
    QCOMPARE(markRead.at(0).at(0).value<MessageRef>(), refOf(b));
    QVERIFY(m_notifier->closedByCaller.contains(2));
    m_notifier->invoke(3, u"delete"_s);
    QCOMPARE(del.size(), 1);
    QCOMPARE(del.at(0).at(0).value<MessageRef>(), refOf(c));
    // Unknown keys and handles that are not (or no longer) ours do nothing.
    m_notifier->invoke(1, u"bogus"_s);
    m_notifier->invoke(2, u"mark-read"_s);
    m_notifier->invoke(77, u"default"_s);
    QCOMPARE(open.size() + markRead.size() + del.size(), 3);
    // Dismissed by the user: forgotten, no close back.
    m_ms += 3'600'000;
    arrive({mail(4, u"D"_s)});
    const quint32 d = m_notifier->shown.constLast().handle;
    m_notifier->dismiss(d);
    m_notifier->invoke(d, u"default"_s);
    QCOMPARE(open.size(), 1);
    QVERIFY(!m_notifier->closedByCaller.contains(d));
}

void TestBurstGrouping::groupDefaultShowsRecent()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 4; ++uid)
        batch.append(mail(uid, u"A"_s));
    arrive(batch);
    QSignalSpy recent(m_center.get(), &NotificationCenter::showRecentRequested);
    QSignalSpy open(m_center.get(), &NotificationCenter::openMessageRequested);
    m_notifier->invoke(m_notifier->shown[0].handle, u"default"_s);
    QCOMPARE(recent.size(), 1);
    QCOMPARE(open.size(), 0);
    QVERIFY(m_notifier->closedByCaller.contains(m_notifier->shown[0].handle));
}

void TestBurstGrouping::dismissedGroupIsNotReplaced()
{
    QList<MessageSummary> batch;
    for (quint32 uid = 1; uid <= 4; ++uid)
        batch.append(mail(uid, u"A"_s));
    arrive(batch);
    m_notifier->dismiss(m_notifier->shown[0].handle);
    m_ms += 100;
    arrive({mail(5, u"B"_s)});
    QCOMPARE(m_notifier->shown.size(), 2);
    QCOMPARE(m_notifier->shown[1].replaces, 0u);
    QCOMPARE(m_notifier->shown[1].notification.summary, u"5 new messages in Work"_s);
}

void TestBurstGrouping::soundOnlyWhenGroupForms()
{
    arrive({mail(1, u"A"_s), mail(2, u"A"_s), mail(3, u"A"_s)});
    QVERIFY(!m_notifier->shown[0].notification.silent);
    arrive({mail(4, u"A"_s)});
    QVERIFY(!m_notifier->shown[3].notification.silent);
    arrive({mail(5, u"A"_s)});
    QVERIFY(m_notifier->shown[4].notification.silent);

    NotificationSettings s;
    s.sound = false;
    m_center->setSettings(s);
    m_ms += 5000;
    arrive({mail(6, u"A"_s)});
    QVERIFY(m_notifier->shown.last().notification.silent);
}

void TestBurstGrouping::accountNames()
{
    arrive({mail(1, u"A"_s, u"INBOX"_s, u"acct-2"_s), mail(1, u"A"_s, u"X"_s, u"acct-9"_s)});
    QCOMPARE(m_notifier->shown[0].notification.body, u"Subject 1\nHome"_s);
    // An account the center does not know: the folder alone, never the internal id.
    QCOMPARE(m_notifier->shown[1].notification.body, u"Subject 1\nX"_s);
}

void TestBurstGrouping::tenThousandInOneBurst()
{
    // One notification for a huge burst, whatever the batching; prints the cost as a figure.
    QList<MessageSummary> all;
    for (quint32 uid = 1; uid <= 10000; ++uid)
        all.append(mail(uid, u"Sender "_s + QString::number(uid % 50)));
    QElapsedTimer timer;
    timer.start();
    arrive(all.mid(0, 2));
    for (qsizetype i = 2; i < all.size(); i += 500)
        arrive(all.mid(i, 500));
    const qint64 batchedMs = timer.elapsed();
    QCOMPARE(m_notifier->shown.size(), 2 + 20);
    QCOMPARE(m_notifier->shown.last().notification.summary, u"10000 new messages in Work"_s);
    QCOMPARE(m_notifier->shown.last().replaces, m_notifier->shown[2].handle);
    QCOMPARE(m_center->activeCount(), 1);
    timer.restart();
    for (quint32 uid = 1; uid <= 10000; ++uid)
        m_center->flagsChanged(refOf(all[uid - 1]), MessageFlags(MessageFlags::Seen, {}));
    const qint64 readMs = timer.elapsed();
    QCOMPARE(m_center->activeCount(), 0);
    qInfo("10000 messages in 21 batches: %lld ms to announce, %lld ms to read them all", batchedMs,
          readMs);
}

void TestBurstGrouping::topSendersMatchFullRanking()
{
    // The grouper ranks only the top few senders as they grow; the result must be what ranking
    // every sender (count descending, ties by first appearance) gives, batch after batch.
    BurstGrouper grouper([this] { return m_ms; });
    QHash<QString, int> counts;
    QStringList order;
    quint32 seed = 12345; // a fixed pseudo-random stream: the same run every time
    const auto next = [&seed](quint32 bound) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % bound;
    };
    quint32 uid = 0;
    for (int batch = 0; batch < 60; ++batch) {
        QList<MessageSummary> messages;
        const int size = 1 + int(next(40));
        for (int i = 0; i < size; ++i) {
            // Skewed: a few senders often, many rarely, so ranks change and ties happen.
            const quint32 who = next(4) == 0 ? next(400) : next(8);
            const QString sender = u"Sender "_s + QString::number(who);
            messages.append(mail(++uid, sender));
            if (!counts.contains(sender))
                order.append(sender);
            ++counts[sender];
        }
        const BurstGrouper::Outcome outcome = grouper.add(messages);
        if (outcome.groups.isEmpty())
            continue; // still singles (the first three)
        QList<std::pair<QString, int>> full;
        for (const QString &sender : std::as_const(order))
            full.append({sender, counts.value(sender)});
        std::stable_sort(full.begin(), full.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        full.resize(std::min<qsizetype>(full.size(), BurstGrouper::maxRankedSenders));
        QCOMPARE(outcome.groups.constFirst().group.senders, full);
        QCOMPARE(outcome.groups.constFirst().group.count, int(uid));
        m_ms += 10;
    }
}

QTEST_GUILESS_MAIN(TestBurstGrouping)
#include "tst_burstgrouping.moc"
