// DbusNotifier and NotificationCenter against a fake org.freedesktop.Notifications on a private
// bus: the exact Notify calls, adapting to capabilities, escaping, our ids versus foreign ones,
// closing, the server going away and coming back, and the fallback without a server.
#include "dbusnotifier.h"
#include "fakenotifications.h"
#include "fallbacknotifier.h"
#include "notificationcenter.h"
#include "notificationimage.h"
#include "notificationtext.h"
#include "notifierfactory.h"
#include "privatebus.h"
#include "recordingnotifier.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::MailAddress;
using ImapCore::MessageFlags;
using ImapCore::MessageRef;
using ImapCore::MessageSummary;

namespace {

constexpr int kWaitMs = 20000;
const QStringList kFullCapabilities {u"actions"_s, u"body"_s, u"body-markup"_s, u"sound"_s};

Notification sample()
{
    Notification n;
    n.summary = u"Alice"_s;
    n.body = u"<b>x</b> & <img src=file:///etc/passwd>\nsecond 'line'"_s;
    n.actions = {{u"default"_s, u"Open"_s}, {u"mark-read"_s, u"Mark as read"_s}};
    return n;
}

} // namespace

class TestDbusNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exactNotifyCall();
    void silentAndUrgency();
    void noMarkupNoActions();
    void replaceInPlace();
    void replaceBeforeReply();
    void replaceWithNewServerId();
    void actionsForOurIdsOnly();
    void forgedSignalsAreIgnored();
    void constructionNeverWaitsForTheBus();
    void signalsBeforeTheReply();
    void closedForOurIdsOnly();
    void closeAndCloseBeforeReply();
    void serviceRestart();
    void hostileTextSurvivesTheBus();
    void centerEscapesMailText();
    void centerNeutralisesBidiControls();
    void centerGroupReplacesOnServer();
    void openClosesItsNotification();
    void appImageWhenNotInstalled();
    void fallbackWithoutServer();

private:
    bool startFake(const QStringList &capabilities);
    std::unique_ptr<DbusNotifier> makeNotifier();

    PrivateBus m_bus;
    QDBusConnection m_client {u"none"_s};
    QDBusConnection m_server {u"none"_s};
    std::unique_ptr<FakeNotifications> m_fake;
    int m_round = 0;
};

void TestDbusNotifier::initTestCase()
{
    QVERIFY2(m_bus.start(), qPrintable(m_bus.errorString()));
}

void TestDbusNotifier::init()
{
    ++m_round;
    m_client = QDBusConnection::connectToBus(m_bus.address(), u"client-%1"_s.arg(m_round));
    QVERIFY2(m_client.isConnected(), qPrintable(m_client.lastError().message()));
}

void TestDbusNotifier::cleanup()
{
    // Give the name back before the next test's server asks for it (a blocking call, but to the
    // test's own bus daemon), and drop every reference so the connections really close.
    if (m_fake)
        m_fake->releaseName();
    m_fake.reset();
    m_client = QDBusConnection(u"none"_s);
    m_server = QDBusConnection(u"none"_s);
    QDBusConnection::disconnectFromBus(u"client-%1"_s.arg(m_round));
    QDBusConnection::disconnectFromBus(u"server-%1"_s.arg(m_round));
}

bool TestDbusNotifier::startFake(const QStringList &capabilities)
{
    m_server = QDBusConnection::connectToBus(m_bus.address(), u"server-%1"_s.arg(m_round));
    if (!m_server.isConnected())
        return false;
    m_fake = std::make_unique<FakeNotifications>(capabilities);
    return m_fake->registerOn(m_server);
}

std::unique_ptr<DbusNotifier> TestDbusNotifier::makeNotifier()
{
    auto notifier = std::make_unique<DbusNotifier>(m_client);
    if (!QTest::qWaitFor([&] { return notifier->state() != DbusNotifier::State::Probing; },
                         kWaitMs))
        return {};
    return notifier;
}

void TestDbusNotifier::exactNotifyCall()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QCOMPARE(notifier->state(), DbusNotifier::State::Available);
    QCOMPARE(notifier->capabilities(), kFullCapabilities);
    QVERIFY(notifier->supportsActions());
    QCOMPARE(m_fake->capabilityRequests, 1);

    const quint32 handle = notifier->show(sample());
    QVERIFY(handle != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const FakeNotifications::Call &c = m_fake->calls.first();
    QCOMPARE(c.appName, u"Mailbell"_s);
    QCOMPARE(c.replacesId, 0u);
    QCOMPARE(c.appIcon, u"org.mailbell.Mailbell"_s);
    QCOMPARE(c.summary, u"Alice"_s);
    QCOMPARE(c.body,
             u"&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=file:///etc/passwd&gt;\n"
             u"second &apos;line&apos;"_s);
    QCOMPARE(c.actions, (QStringList {u"default"_s, u"Open"_s, u"mark-read"_s, u"Mark as read"_s}));
    QCOMPARE(c.timeout, -1);
    QCOMPARE(c.hints.keys(),
             (QStringList {u"category"_s, u"desktop-entry"_s, u"sound-name"_s, u"urgency"_s}));
    QCOMPARE(c.hints.value(u"desktop-entry"_s), QVariant(u"org.mailbell.Mailbell"_s));
    QCOMPARE(c.hints.value(u"category"_s), QVariant(u"email.arrived"_s));
    QCOMPARE(c.hints.value(u"sound-name"_s), QVariant(u"message-new-email"_s));
    // The spec's urgency is a BYTE.
    QCOMPARE(c.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(c.hints.value(u"urgency"_s).value<uchar>(), uchar(1));
}

void TestDbusNotifier::silentAndUrgency()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    Notification n = sample();
    n.silent = true;
    n.urgency = Notification::Urgency::Critical;
    notifier->show(n);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const QVariantMap hints = m_fake->calls.first().hints;
    QVERIFY(!hints.contains(u"sound-name"_s));
    QCOMPARE(hints.value(u"suppress-sound"_s), QVariant(true));
    QCOMPARE(hints.value(u"urgency"_s).value<uchar>(), uchar(2));
}

void TestDbusNotifier::noMarkupNoActions()
{
    QVERIFY(startFake({u"body"_s}));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QVERIFY(!notifier->supportsActions());
    notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    // Plain text goes as it is; no buttons the server cannot show.
    QCOMPARE(m_fake->calls.first().body, sample().body);
    QVERIFY(m_fake->calls.first().actions.isEmpty());
}

void TestDbusNotifier::replaceInPlace()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    const quint32 first = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    Notification update = sample();
    update.summary = u"5 new messages in Work"_s;
    QCOMPARE(notifier->show(update, first), first);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    QCOMPARE(m_fake->calls[1].replacesId, m_fake->calls[0].id);
    QCOMPARE(m_fake->calls[1].summary, u"5 new messages in Work"_s);
    // A handle that is not ours shows a new one.
    const quint32 other = notifier->show(sample(), 4242);
    QVERIFY(other != first && other != 4242);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 3, kWaitMs);
    QCOMPARE(m_fake->calls[2].replacesId, 0u);
}

void TestDbusNotifier::replaceBeforeReply()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    // Three updates before the first reply: the first goes out, the last one replaces it, the
    // one in between is never sent.
    Notification n = sample();
    const quint32 h = notifier->show(n);
    n.summary = u"two"_s;
    notifier->show(n, h);
    n.summary = u"three"_s;
    notifier->show(n, h);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    QCOMPARE(m_fake->calls[0].summary, u"Alice"_s);
    QCOMPARE(m_fake->calls[1].summary, u"three"_s);
    QCOMPARE(m_fake->calls[1].replacesId, m_fake->calls[0].id);
    QTest::qWait(100);
    QCOMPARE(m_fake->calls.size(), 2);
}

void TestDbusNotifier::replaceWithNewServerId()
{
    QVERIFY(startFake(kFullCapabilities));
    m_fake->newIdOnReplace = true;
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    notifier->show(sample(), h);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    const uint oldId = m_fake->calls[0].id, newId = m_fake->calls[1].id;
    QVERIFY(oldId != newId);
    QCOMPARE(m_fake->calls[1].replacesId, oldId);
    // The same handle follows the new id; the old id is no longer ours.
    m_fake->invoke(oldId, u"default"_s);
    m_fake->invoke(newId, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h);
    QCOMPARE(actions.at(0).at(1).toString(), u"mark-read"_s);
    notifier->close(h);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls, QList<uint> {newId}, kWaitMs);
}

void TestDbusNotifier::actionsForOurIdsOnly()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    // Another application's notification on the same server.
    const uint foreign = m_fake->nextId++;
    m_fake->invoke(foreign, u"mark-read"_s);
    m_fake->invoke(m_fake->calls.first().id, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h);
    QCOMPARE(actions.at(0).at(1).toString(), u"mark-read"_s);
    // Signals are delivered in order: had the foreign one got through, it would be first.
    m_fake->invoke(foreign, u"default"_s);
    m_fake->invoke(m_fake->calls.first().id, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 2, kWaitMs);
    QCOMPARE(actions.at(1).at(1).toString(), u"default"_s);
}

void TestDbusNotifier::forgedSignalsAreIgnored()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const uint id = m_fake->calls.first().id;

    // Another client of the bus sends the server's signals about our notification: it does not
    // own org.freedesktop.Notifications, so neither is believed.
    QDBusConnection forger =
        QDBusConnection::connectToBus(m_bus.address(), u"forger-%1"_s.arg(m_round));
    QVERIFY(forger.isConnected());
    QDBusMessage action = QDBusMessage::createSignal(DbusNotifier::kPath, DbusNotifier::kInterface,
                                                     u"ActionInvoked"_s);
    action << id << u"mark-read"_s;
    QVERIFY(forger.send(action));
    QDBusMessage close = QDBusMessage::createSignal(DbusNotifier::kPath, DbusNotifier::kInterface,
                                                    u"NotificationClosed"_s);
    close << id << uint(2);
    QVERIFY(forger.send(close));
    // The real server's signal after them, as a marker: had a forged one got through, it would
    // have come first (one bus, delivered in order) and the notification would be closed.
    m_fake->invoke(id, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h);
    QCOMPARE(actions.at(0).at(1).toString(), u"default"_s);
    QCOMPARE(closed.size(), 0);
    forger = QDBusConnection(u"none"_s);
    QDBusConnection::disconnectFromBus(u"forger-%1"_s.arg(m_round));
}

void TestDbusNotifier::constructionNeverWaitsForTheBus()
{
    // Rule 3 (no blocking call in the UI thread): with the bus frozen, a notifier that asked it
    // anything synchronously (such as GetNameOwner, to follow a well-known name) would wait for
    // the D-Bus timeout (25 s). Sending only, it is made at once and works once the bus thaws.
    QVERIFY(startFake(kFullCapabilities));
    QVERIFY(m_bus.freeze());
    QElapsedTimer timer;
    timer.start();
    auto notifier = std::make_unique<DbusNotifier>(m_client);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(m_bus.thaw());
    qInfo("the constructor took %lld ms with the bus frozen", elapsed);
    // 5 s: far above a constructor that only sends, far below the 25 s of a blocking call.
    QVERIFY2(elapsed < 5000, qPrintable(u"the constructor took %1 ms"_s.arg(elapsed)));

    QTRY_COMPARE_WITH_TIMEOUT(notifier->state(), DbusNotifier::State::Available, kWaitMs);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    // The server's owner was learnt without waiting: its signals are believed.
    m_fake->invoke(m_fake->calls.first().id, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h);
}

void TestDbusNotifier::signalsBeforeTheReply()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    m_fake->actionDuringNotify = u"default"_s;
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h);
    QCOMPARE(actions.at(0).at(1).toString(), u"default"_s);

    m_fake->actionDuringNotify.clear();
    m_fake->closeDuringNotify = true;
    const quint32 h2 = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kWaitMs);
    QCOMPARE(closed.at(0).at(0).value<quint32>(), h2);
    // The foreign id's signal held meanwhile was dropped, never delivered.
    QTest::qWait(100);
    QCOMPARE(actions.size(), 1);
}

void TestDbusNotifier::closedForOurIdsOnly()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    QSignalSpy actions(notifier.get(), &Notifier::actionInvoked);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const uint id = m_fake->calls.first().id;
    m_fake->dismiss(id + 100);
    m_fake->dismiss(id);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, kWaitMs);
    QCOMPARE(closed.at(0).at(0).value<quint32>(), h);
    // Once closed the id is no longer ours: the server may reuse it for someone else.
    m_fake->invoke(id, u"default"_s);
    m_fake->dismiss(id);
    const quint32 h2 = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    m_fake->invoke(m_fake->calls[1].id, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 1, kWaitMs);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), h2);
    QCOMPARE(closed.size(), 1);
}

void TestDbusNotifier::closeAndCloseBeforeReply()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    const quint32 a = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    notifier->close(a);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls, QList<uint> {m_fake->calls[0].id}, kWaitMs);
    // Closed before the server answered: closed as soon as the id is known.
    const quint32 b = notifier->show(sample());
    notifier->close(b);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls.size(), 2, kWaitMs);
    QCOMPARE(m_fake->calls.size(), 2);
    QCOMPARE(m_fake->closeCalls[1], m_fake->calls[1].id);
    // What we closed ourselves is not reported back.
    QTest::qWait(100);
    QCOMPARE(closed.size(), 0);
}

void TestDbusNotifier::serviceRestart()
{
    QVERIFY(startFake({u"body"_s}));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    const quint32 h = notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);

    QVERIFY(m_fake->releaseName());
    QTRY_COMPARE_WITH_TIMEOUT(notifier->state(), DbusNotifier::State::Unavailable, kWaitMs);
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<quint32>(), h);

    // A new server with other capabilities: asked again, and adapted to.
    m_fake->capabilities = kFullCapabilities;
    QVERIFY(m_fake->takeName());
    QTRY_COMPARE_WITH_TIMEOUT(notifier->state(), DbusNotifier::State::Available, kWaitMs);
    QCOMPARE(m_fake->capabilityRequests, 2);
    QVERIFY(notifier->supportsActions());
    // The old handle is gone: replacing it shows a new notification.
    const quint32 h2 = notifier->show(sample(), h);
    QVERIFY(h2 != h);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    QCOMPARE(m_fake->calls[1].replacesId, 0u);
    QCOMPARE(m_fake->calls[1].actions.size(), 4);
}

void TestDbusNotifier::hostileTextSurvivesTheBus()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    QSignalSpy closed(notifier.get(), &Notifier::closed);
    Notification n;
    n.summary = u"a\u0000b\nc"_s + QChar(0xD800) + u"\u202Ed"_s;
    n.body = u"x\u0000y"_s + QChar(0xDFFF) + u"\uFFFEz"_s + QString(100000, u'<');
    notifier->show(n);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    QCOMPARE(m_fake->calls[0].summary, u"a b c\uFFFDd"_s);
    QVERIFY(m_fake->calls[0].body.startsWith(u"x y\uFFFDz&lt;&lt;"_s));
    QVERIFY(m_fake->calls[0].body.size() < 5 * NotificationText::kMaxBodyLength);
    QCOMPARE(closed.size(), 0);
}

static MessageSummary message(quint32 uid, const QString &name, const QString &subject)
{
    MessageSummary m;
    m.accountId = u"acct-1"_s;
    m.folder = u"INBOX"_s;
    m.uid = uid;
    m.uidValidity = 5;
    m.from = {MailAddress {name, u"x@example.org"_s, {}}};
    m.subject = subject;
    m.preview = u"Click <a href=\"http://evil.example\">here</a> & win"_s;
    return m;
}

void TestDbusNotifier::centerEscapesMailText()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    NotificationCenter center(notifier.get());
    center.setAccounts({AccountInfo {u"acct-1"_s, u"Work & <Home>"_s, {}, {}, {}, {}, 993, {}}});
    QSignalSpy markRead(&center, &NotificationCenter::markReadRequested);
    center.messagesArrived(
        {message(7, u"<i>Eve</i> \"the\" admin"_s, u"<b>x</b> & <img src=file:///etc/passwd>"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const FakeNotifications::Call &c = m_fake->calls.first();
    // The summary is plain text: never escaped, so it shows literally too.
    QCOMPARE(c.summary, u"<i>Eve</i> \"the\" admin"_s);
    QCOMPARE(c.body,
             u"&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=file:///etc/passwd&gt;\n"
             u"Click &lt;a href=&quot;http://evil.example&quot;&gt;here&lt;/a&gt; &amp; win\n"
             u"Work &amp; &lt;Home&gt;"_s);
    QCOMPARE(c.actions, (QStringList {u"default"_s, u"Open"_s, u"mark-read"_s, u"Mark as read"_s}));

    m_fake->invoke(c.id, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(markRead.size(), 1, kWaitMs);
    QCOMPARE(markRead.at(0).at(0).value<MessageRef>(),
             (MessageRef {u"acct-1"_s, u"INBOX"_s, 5, 7}));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls, QList<uint> {c.id}, kWaitMs);
}

// A subject with U+202E RIGHT-TO-LEFT OVERRIDE would show "invoice" + reversed "exe.pdf", and
// one with right-to-left letters could pull its neighbours into its run: on the bus the controls
// are gone and a right-to-left field is isolated (FSI ... PDI) on its own.
void TestDbusNotifier::centerNeutralisesBidiControls()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    NotificationCenter center(notifier.get());
    center.setAccounts({AccountInfo {u"acct-1"_s, u"Work"_s, {}, {}, {}, {}, 993, {}}});
    MessageSummary m = message(8, u"\u202E\u05E9\u05E8\u05D4\u200F"_s,
                               u"Re: \u202E\u05E9\u05DC\u05D5\u05DD 2\u202C"_s);
    m.preview = u"see invoice\u202Efdp.exe now"_s;
    m.folder = u"\u2067Lists"_s;
    center.messagesArrived({m});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const FakeNotifications::Call &c = m_fake->calls.first();
    QCOMPARE(c.summary, u"\u2068\u05E9\u05E8\u05D4\u2069"_s);
    QCOMPARE(c.body,
             u"\u2068Re: \u05E9\u05DC\u05D5\u05DD 2\u2069\n"
             u"see invoicefdp.exe now\n"
             u"Work \u203a Lists"_s);
    for (const QString &text : {c.summary, c.body}) {
        for (const QChar ch : text)
            QVERIFY2(!(ch.unicode() >= 0x202A && ch.unicode() <= 0x202E) && ch.unicode() != 0x200F
                         && ch.unicode() != 0x2066 && ch.unicode() != 0x2067,
                     qPrintable(u"U+%1"_s.arg(ch.unicode(), 4, 16, QChar(u'0'))));
    }
}

void TestDbusNotifier::centerGroupReplacesOnServer()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    qint64 ms = 0;
    NotificationCenter center(notifier.get(), {}, [&] { return ms; });
    center.setAccounts({AccountInfo {u"acct-1"_s, u"Work"_s, {}, {}, {}, {}, 993, {}}});
    center.messagesArrived({message(1, u"Alice"_s, u"one"_s), message(2, u"Bob"_s, u"two"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    ms += 100;
    center.messagesArrived({message(3, u"Alice"_s, u"3"_s), message(4, u"Alice"_s, u"4"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls,
                              (QList<uint> {m_fake->calls[0].id, m_fake->calls[1].id}), kWaitMs);
    const FakeNotifications::Call group = m_fake->calls[2];
    QCOMPARE(group.replacesId, 0u);
    QCOMPARE(group.summary, u"4 new messages in Work"_s);
    QCOMPARE(group.body, u"From Alice (3), Bob"_s);
    QCOMPARE(group.actions, (QStringList {u"default"_s, u"Show messages"_s}));
    QCOMPARE(group.hints.value(u"sound-name"_s), QVariant(u"message-new-email"_s));
    ms += 100;
    center.messagesArrived({message(5, u"Carol"_s, u"5"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 4, kWaitMs);
    QCOMPARE(m_fake->calls[3].replacesId, group.id);
    QCOMPARE(m_fake->calls[3].summary, u"5 new messages in Work"_s);
    QCOMPARE(m_fake->calls[3].hints.value(u"suppress-sound"_s), QVariant(true));

    // Read elsewhere, one by one: the group goes when the last one is read.
    for (quint32 uid = 1; uid <= 5; ++uid)
        center.flagsChanged({u"acct-1"_s, u"INBOX"_s, 5, uid},
                            MessageFlags(MessageFlags::Seen, {}));
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls.size(), 3, kWaitMs);
    QCOMPARE(m_fake->closeCalls[2], group.id);
}

// Issue 9, point 10: "Open" (and a group's "Show messages") is the user's answer to the
// notification, which must go even where the server keeps clicked notifications.
void TestDbusNotifier::openClosesItsNotification()
{
    QVERIFY(startFake(kFullCapabilities));
    auto notifier = makeNotifier();
    QVERIFY(notifier);
    qint64 ms = 0;
    NotificationCenter center(notifier.get(), {}, [&] { return ms; });
    center.setAccounts({AccountInfo {u"acct-1"_s, u"Work"_s, {}, {}, {}, {}, 993, {}}});
    QSignalSpy open(&center, &NotificationCenter::openMessageRequested);
    center.messagesArrived({message(1, u"Alice"_s, u"one"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const uint single = m_fake->calls[0].id;
    m_fake->invoke(single, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(open.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls, QList<uint> {single}, kWaitMs);

    ms += 3'600'000;
    QSignalSpy recent(&center, &NotificationCenter::showRecentRequested);
    center.messagesArrived({message(2, u"A"_s, u"2"_s), message(3, u"B"_s, u"3"_s),
                            message(4, u"C"_s, u"4"_s), message(5, u"D"_s, u"5"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 2, kWaitMs);
    const uint group = m_fake->calls[1].id;
    QCOMPARE(m_fake->calls[1].actions, (QStringList {u"default"_s, u"Show messages"_s}));
    m_fake->invoke(group, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(recent.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->closeCalls, (QList<uint> {single, group}), kWaitMs);
}

// Issue 9, point 10: run from the build folder the theme has no org.mailbell.Mailbell icon, so
// the notifications carry the app's own image (spec 1.2 "image-data", 8-bit RGBA).
void TestDbusNotifier::appImageWhenNotInstalled()
{
    if (DbusNotifier::isAppIconInstalled())
        QSKIP("mailbell's icon is installed in the icon theme here");
    QVERIFY(startFake(kFullCapabilities));
    QImage drawn(48, 48, QImage::Format_ARGB32);
    drawn.fill(Qt::transparent);
    {
        QPainter painter(&drawn);
        painter.fillRect(QRect(8, 8, 32, 32), QColor(0x1c, 0x71, 0xd8));
    }
    const QIcon previous = QGuiApplication::windowIcon();
    QGuiApplication::setWindowIcon(QIcon(QPixmap::fromImage(drawn)));
    QSystemTrayIcon tray;
    std::unique_ptr<Notifier> notifier(NotifierFactory::create(&tray, nullptr, m_client));
    QGuiApplication::setWindowIcon(previous);
    notifier->show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    const FakeNotifications::Call call = m_fake->calls.first();
    QCOMPARE(call.appIcon, u"org.mailbell.Mailbell"_s);
    QVERIFY(call.hints.contains(u"image-data"_s));
    const auto argument = call.hints.value(u"image-data"_s).value<QDBusArgument>();
    QCOMPARE(argument.currentSignature(), u"(iiibiiay)"_s);
    const NotificationImage received = qdbus_cast<NotificationImage>(argument);
    QCOMPARE(received.image.size(), QSize(48, 48));
    QCOMPARE(received.image.pixelColor(24, 24), QColor(0x1c, 0x71, 0xd8));
    QCOMPARE(received.image.pixelColor(2, 2).alpha(), 0);
}

void TestDbusNotifier::fallbackWithoutServer()
{
    // No server on the bus: the request made while asking goes to the fallback.
    auto *primary = new DbusNotifier(m_client);
    auto *fallback = new RecordingNotifier;
    fallback->actions = false; // as the tray balloon
    FallbackNotifier notifier(primary, fallback);
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    const quint32 early = notifier.show(sample());
    QTRY_COMPARE_WITH_TIMEOUT(primary->state(), DbusNotifier::State::Unavailable, kWaitMs);
    QCOMPARE(fallback->shown.size(), 1);
    QVERIFY(!notifier.supportsActions());
    const quint32 late = notifier.show(sample());
    QCOMPARE(fallback->shown.size(), 2);
    QVERIFY(early != late);
    fallback->invoke(fallback->shown[0].handle, u"default"_s);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), early);

    // A server appears: from now on through D-Bus; replacing a balloon shows a real one.
    QVERIFY(startFake(kFullCapabilities));
    QTRY_COMPARE_WITH_TIMEOUT(primary->state(), DbusNotifier::State::Available, kWaitMs);
    QVERIFY(notifier.supportsActions());
    QCOMPARE(notifier.show(sample(), late), late);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->calls.size(), 1, kWaitMs);
    QVERIFY(fallback->closedByCaller.contains(fallback->shown[1].handle));
    m_fake->invoke(m_fake->calls[0].id, u"mark-read"_s);
    QTRY_COMPARE_WITH_TIMEOUT(actions.size(), 2, kWaitMs);
    QCOMPARE(actions.at(1).at(0).value<quint32>(), late);
}

// A QApplication: NotifierFactory makes the tray balloon fallback too (appImageWhenNotInstalled).
QTEST_MAIN(TestDbusNotifier)
#include "tst_dbusnotifier.moc"
