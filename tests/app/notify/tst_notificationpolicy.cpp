// NotificationPolicy with an injected clock: quiet hours (across midnight, weekdays), pause for
// an hour / until tomorrow / until resumed, VIP senders, muted folders, settings.
#include "notificationpolicy.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::MailAddress;
using ImapCore::MessageFlags;
using ImapCore::MessageSummary;
using Decision = NotificationPolicy::Decision;

namespace {

// 2026-11-23 is a Monday.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 22).addDays(day), QTime(hour, minute));
}

MessageSummary from(const QString &address, const QString &folder = u"INBOX"_s)
{
    MessageSummary m;
    m.accountId = u"acct-1"_s;
    m.folder = folder;
    m.uid = 1;
    m.from = {MailAddress {u"Someone"_s, address, {}}};
    return m;
}

} // namespace

class TestNotificationPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void quietHours_data();
    void quietHours();
    void quietHoursDecide();
    void vipCaseInsensitive();
    void mutedFolder();
    void disabledAndSound();
    void alreadySeen();
    void pauseOneHour();
    void pauseUntilTomorrow();
    void pauseUntilResumed();
    void pauseInvalidOrPast();
    void pauseExpiryTimer();

private:
    QDateTime m_now;
    std::unique_ptr<NotificationPolicy> m_policy;
};

void TestNotificationPolicy::init()
{
    m_now = at(1, 12); // Monday noon
    m_policy = std::make_unique<NotificationPolicy>([this] { return m_now; });
}

void TestNotificationPolicy::quietHours_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("quiet");
    const QTime night(22, 0), morning(7, 0);
    const QList<int> every;
    const QList<int> workdays {1, 2, 3, 4, 5};
    QTest::newRow("span: before start") << night << morning << every << at(1, 21, 59) << false;
    QTest::newRow("span: at start") << night << morning << every << at(1, 22) << true;
    QTest::newRow("span: midnight") << night << morning << every << at(2, 0) << true;
    QTest::newRow("span: before end") << night << morning << every << at(2, 6, 59) << true;
    QTest::newRow("span: at end") << night << morning << every << at(2, 7) << false;
    QTest::newRow("span: noon") << night << morning << every << at(2, 12) << false;
    // Weekdays name the night's first day: Friday night runs into Saturday morning.
    QTest::newRow("workdays: friday night") << night << morning << workdays << at(5, 23) << true;
    QTest::newRow("workdays: saturday 3am") << night << morning << workdays << at(6, 3) << true;
    QTest::newRow("workdays: saturday night") << night << morning << workdays << at(6, 23) << false;
    QTest::newRow("workdays: monday 3am (sunday night)")
        << night << morning << workdays << at(1, 3) << false;
    QTest::newRow("workdays: tuesday 3am") << night << morning << workdays << at(2, 3) << true;
    QTest::newRow("day span: inside") << QTime(9, 0) << QTime(17, 0) << every << at(3, 9) << true;
    QTest::newRow("day span: end excluded")
        << QTime(9, 0) << QTime(17, 0) << every << at(3, 17) << false;
    QTest::newRow("day span: weekend not listed")
        << QTime(9, 0) << QTime(17, 0) << workdays << at(6, 10) << false;
    QTest::newRow("whole day on sunday")
        << QTime(0, 0) << QTime(0, 0) << QList<int> {7} << at(7, 15) << true;
    QTest::newRow("whole day, not on monday")
        << QTime(0, 0) << QTime(0, 0) << QList<int> {7} << at(8, 15) << false;
}

void TestNotificationPolicy::quietHours()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QList<int>, weekdays);
    QFETCH(QDateTime, when);
    QFETCH(bool, quiet);
    NotificationSettings s;
    s.quietHours = {true, start, end, weekdays, false};
    m_policy->setSettings(s);
    QCOMPARE(m_policy->isQuietTime(when), quiet);
    s.quietHours.enabled = false;
    m_policy->setSettings(s);
    QVERIFY(!m_policy->isQuietTime(when));
}

void TestNotificationPolicy::quietHoursDecide()
{
    NotificationSettings s;
    s.quietHours = {true, QTime(22, 0), QTime(7, 0), {}, false};
    s.vipSenders = {u"boss@example.org"_s};
    m_policy->setSettings(s);
    m_now = at(2, 1);
    QCOMPARE(m_policy->decide(from(u"spam@example.org"_s)), Decision::RecordOnly);
    QCOMPARE(m_policy->decide(from(u"boss@example.org"_s)), Decision::Announce);
    s.quietHours.showSilently = true;
    m_policy->setSettings(s);
    QCOMPARE(m_policy->decide(from(u"spam@example.org"_s)), Decision::AnnounceSilently);
    m_now = at(2, 8);
    QCOMPARE(m_policy->decide(from(u"spam@example.org"_s)), Decision::Announce);
}

void TestNotificationPolicy::vipCaseInsensitive()
{
    NotificationSettings s;
    s.vipSenders = {u" Boss@Example.ORG "_s};
    m_policy->setSettings(s);
    QVERIFY(m_policy->isVip(from(u"boss@example.org"_s)));
    QVERIFY(!m_policy->isVip(from(u"boss@example.org.evil"_s)));
    MessageSummary nameOnly = from({});
    nameOnly.from.first().name = u"boss@example.org"_s; // a display name is not an address
    QVERIFY(!m_policy->isVip(nameOnly));
}

void TestNotificationPolicy::mutedFolder()
{
    NotificationSettings s;
    s.mutedFolders = {{u"acct-1"_s, u"Lists"_s}};
    s.vipSenders = {u"boss@example.org"_s};
    m_policy->setSettings(s);
    QCOMPARE(m_policy->decide(from(u"a@b"_s, u"Lists"_s)), Decision::RecordOnly);
    // Muting is per folder, and wins over VIP.
    QCOMPARE(m_policy->decide(from(u"boss@example.org"_s, u"Lists"_s)), Decision::RecordOnly);
    QCOMPARE(m_policy->decide(from(u"a@b"_s, u"INBOX"_s)), Decision::Announce);
    MessageSummary other = from(u"a@b"_s, u"Lists"_s);
    other.accountId = u"acct-2"_s;
    QCOMPARE(m_policy->decide(other), Decision::Announce);
}

void TestNotificationPolicy::disabledAndSound()
{
    NotificationSettings s;
    s.sound = false;
    m_policy->setSettings(s);
    QCOMPARE(m_policy->decide(from(u"a@b"_s)), Decision::AnnounceSilently);
    s.enabled = false;
    m_policy->setSettings(s);
    QCOMPARE(m_policy->decide(from(u"a@b"_s)), Decision::RecordOnly);
}

void TestNotificationPolicy::alreadySeen()
{
    MessageSummary m = from(u"a@b"_s);
    m.flags = MessageFlags(MessageFlags::Seen, {});
    QCOMPARE(m_policy->decide(m), Decision::RecordOnly);
    m.flags = MessageFlags(MessageFlags::Flagged, {});
    QCOMPARE(m_policy->decide(m), Decision::Announce);
}

void TestNotificationPolicy::pauseOneHour()
{
    NotificationSettings s;
    s.vipSenders = {u"boss@example.org"_s};
    m_policy->setSettings(s);
    QSignalSpy spy(m_policy.get(), &NotificationPolicy::pauseChanged);
    m_policy->pauseForOneHour();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(spy.at(0).at(1).toDateTime(), at(1, 13));
    QCOMPARE(m_policy->pausedUntil(), at(1, 13));
    QVERIFY(m_policy->isPaused());
    QCOMPARE(m_policy->decide(from(u"a@b"_s)), Decision::RecordOnly);
    // A pause holds VIP mail too.
    QCOMPARE(m_policy->decide(from(u"boss@example.org"_s)), Decision::RecordOnly);
    m_now = at(1, 12, 59);
    QVERIFY(m_policy->isPaused());
    m_now = at(1, 13);
    QVERIFY(!m_policy->isPaused());
    QCOMPARE(m_policy->decide(from(u"a@b"_s)), Decision::Announce);
    m_policy->refresh();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

void TestNotificationPolicy::pauseUntilTomorrow()
{
    m_now = at(1, 23, 30);
    m_policy->pauseUntilTomorrow();
    QCOMPARE(m_policy->pausedUntil(), at(2, 8));
    m_now = at(2, 7, 59);
    QVERIFY(m_policy->isPaused());
    m_now = at(2, 8);
    QVERIFY(!m_policy->isPaused());
    QCOMPARE(PauseChoices::untilTomorrow(at(2, 0, 10)), at(3, 8));
}

void TestNotificationPolicy::pauseUntilResumed()
{
    QSignalSpy spy(m_policy.get(), &NotificationPolicy::pauseChanged);
    m_policy->pauseUntilResumed();
    QVERIFY(!m_policy->pausedUntil().isValid());
    m_now = at(30, 12);
    QVERIFY(m_policy->isPaused());
    m_policy->refresh();
    QCOMPARE(spy.size(), 1);
    m_policy->resume();
    QVERIFY(!m_policy->isPaused());
    QCOMPARE(spy.size(), 2);
    m_policy->resume(); // no change, no signal
    QCOMPARE(spy.size(), 2);
}

void TestNotificationPolicy::pauseInvalidOrPast()
{
    // TrayIcon::pauseRequested's convention: an invalid time is "until resumed".
    QSignalSpy spy(m_policy.get(), &NotificationPolicy::pauseChanged);
    m_policy->pause(QDateTime());
    QVERIFY(m_policy->isPaused());
    QVERIFY(!m_policy->pausedUntil().isValid());
    m_now = at(40, 0);
    QVERIFY(m_policy->isPaused());
    // A time already past resumes.
    m_policy->pause(at(1, 11));
    QVERIFY(!m_policy->isPaused());
    QCOMPARE(spy.size(), 2);
    // Moving the end of a running pause is reported with the new end.
    m_policy->pause(at(41, 1));
    m_policy->pause(at(41, 2));
    QCOMPARE(spy.size(), 4);
    QCOMPARE(spy.last().at(0).toBool(), true);
    QCOMPARE(spy.last().at(1).toDateTime(), at(41, 2));
}

void TestNotificationPolicy::pauseExpiryTimer()
{
    // With a real clock, a short pause ends by itself and says so.
    NotificationPolicy policy;
    QSignalSpy spy(&policy, &NotificationPolicy::pauseChanged);
    policy.pause(QDateTime::currentDateTime().addMSecs(200));
    QVERIFY(policy.isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
    QVERIFY(!policy.isPaused());
}

QTEST_GUILESS_MAIN(TestNotificationPolicy)
#include "tst_notificationpolicy.moc"
