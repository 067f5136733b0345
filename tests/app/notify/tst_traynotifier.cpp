// The tray-balloon fallback and the factory's choice (offscreen: showMessage draws nothing, but
// the wiring of a balloon click to the default action is ours and testable).
#include "fallbacknotifier.h"
#include "notifierfactory.h"
#include "traynotifier.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTrayNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickIsDefaultActionOfLastBalloon();
    void withoutTray();
    void factoryChoosesTrayWithoutBus();
};

void TestTrayNotifier::clickIsDefaultActionOfLastBalloon()
{
    QSystemTrayIcon tray;
    TrayNotifier notifier(&tray);
    QVERIFY(!notifier.supportsActions());
    QSignalSpy actions(&notifier, &Notifier::actionInvoked);
    QSignalSpy closed(&notifier, &Notifier::closed);
    Notification n;
    n.summary = u"Alice"_s;
    const quint32 first = notifier.show(n);
    const quint32 second = notifier.show(n);
    QVERIFY(first != 0 && second != first);
    // One balloon at a time: the second one took the first one's place.
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.at(0).at(0).value<quint32>(), first);
    Q_EMIT tray.messageClicked();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.at(0).at(0).value<quint32>(), second);
    QCOMPARE(actions.at(0).at(1).toString(), u"default"_s);
    // Replacing keeps the handle.
    QCOMPARE(notifier.show(n, second), second);
    notifier.close(second);
    Q_EMIT tray.messageClicked();
    QCOMPARE(actions.size(), 1);
}

void TestTrayNotifier::withoutTray()
{
    auto *tray = new QSystemTrayIcon;
    TrayNotifier notifier(tray);
    delete tray;
    QSignalSpy closed(&notifier, &Notifier::closed);
    QVERIFY(notifier.show(Notification()) != 0);
    QVERIFY(notifier.show(Notification()) != 0);
    QCOMPARE(closed.size(), 0);
}

void TestTrayNotifier::factoryChoosesTrayWithoutBus()
{
    const QDBusConnection none = QDBusConnection::connectToBus(u"disabled:"_s, u"nobus"_s);
    QVERIFY(!none.isConnected());
    QObject owner;
    Notifier *n = NotifierFactory::create(nullptr, &owner, none);
    QVERIFY(qobject_cast<TrayNotifier *>(n));
    QCOMPARE(n->parent(), &owner);
}

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
