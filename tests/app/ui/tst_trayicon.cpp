#include "recentmessagesmodel.h"
#include "trayicon.h"
#include "uitestdata.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;

namespace {

AccountInfo account(const QString &id, const QString &name)
{
    AccountInfo info;
    info.id = id;
    info.displayName = name;
    return info;
}

// Visible entries of a menu by text, mnemonics removed.
QStringList texts(const QMenu *menu)
{
    QStringList result;
    for (QAction *action : menu->actions()) {
        if (action->isVisible())
            result.append(action->isSeparator() ? u"--"_s : QString(action->text()).remove(u'&'));
    }
    return result;
}

// The menu's index-th entry on screen (hidden ones such as "Add an account…" skipped).
QAction *shown(const QMenu *menu, int index)
{
    for (QAction *action : menu->actions()) {
        if (action->isVisible() && index-- == 0)
            return action;
    }
    return nullptr;
}

QAction *firstShown(const QMenu *menu)
{
    return shown(menu, 0);
}

QAction *find(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->isVisible() && QString(action->text()).remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuContents()
    {
        TrayIcon tray;
        QCOMPARE(texts(tray.menu()),
                 (QStringList {u"No new mail"_s, u"Recent messages…"_s, u"--"_s, u"Check now"_s,
                               u"Mark all as read"_s, u"Pause notifications"_s, u"--"_s,
                               u"Settings…"_s, u"Quit"_s}));
        QVERIFY(tray.systemTrayIcon());
        QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
        // Nothing to mark while nothing is unread.
        QVERIFY(!find(tray.menu(), u"Mark all as read"_s)->isEnabled());
        tray.setUnreadCount(3);
        QVERIFY(find(tray.menu(), u"Mark all as read"_s)->isEnabled());
    }

    void noAccountYet()
    {
        // Issue 9, point 2: with no account the menu and tooltip say so and offer to add one;
        // there is nothing to check or mark.
        TrayIcon tray;
        tray.setUnreadCount(2); // a stale count must not enable Mark all as read
        tray.setNoAccount(true);
        QCOMPARE(texts(tray.menu()).mid(0, 3),
                 (QStringList {u"Add an account…"_s, u"No account yet"_s, u"Recent messages…"_s}));
        QVERIFY(!find(tray.menu(), u"Check now"_s)->isEnabled());
        QVERIFY(!find(tray.menu(), u"Mark all as read"_s)->isEnabled());
        QVERIFY2(tray.toolTip().startsWith(u"Mailbell: no account yet"_s),
                 qPrintable(tray.toolTip()));
        QSignalSpy add(&tray, &TrayIcon::addAccountRequested);
        find(tray.menu(), u"Add an account"_s)->trigger();
        QCOMPARE(add.size(), 1);

        tray.setNoAccount(false); // the first account was added
        QCOMPARE(texts(tray.menu()).constFirst(), u"No new mail"_s);
        QVERIFY(find(tray.menu(), u"Check now"_s)->isEnabled());
        QVERIFY(find(tray.menu(), u"Mark all as read"_s)->isEnabled());
        QVERIFY(tray.toolTip().startsWith(u"Mailbell: 2 unread"_s));
    }

    void menuSignals()
    {
        TrayIcon tray;
        tray.setUnreadCount(1);
        const struct
        {
            QString text;
            void (TrayIcon::*signal)();
        } rows[] = {
            {u"Check now"_s, &TrayIcon::checkNowRequested},
            {u"Mark all as read"_s, &TrayIcon::markAllReadRequested},
            {u"Settings…"_s, &TrayIcon::settingsRequested},
            {u"Quit"_s, &TrayIcon::quitRequested},
            {u"Recent messages…"_s, &TrayIcon::showRecentWindowRequested},
        };
        for (const auto &row : rows) {
            QSignalSpy spy(&tray, row.signal);
            QAction *action = find(tray.menu(), row.text);
            QVERIFY2(action, qPrintable(row.text));
            action->trigger();
            QCOMPARE(spy.size(), 1);
        }
    }

    void leftClickToggles()
    {
        TrayIcon tray;
        QSignalSpy toggle(&tray, &TrayIcon::toggleRecentWindowRequested);
        Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
        QCOMPARE(toggle.size(), 1);
        // A right click opens the menu (the platform does that); no toggle.
        Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context);
        QCOMPARE(toggle.size(), 1);
    }

    void pauseChoices()
    {
        TrayIcon tray;
        const QDateTime now(QDate(2026, 11, 26), QTime(22, 30));
        tray.setClock([now] { return now; });
        QMenu *pause = find(tray.menu(), u"Pause notifications"_s)->menu();
        QVERIFY(pause);
        QCOMPARE(pause->actions().size(), 3);
        QSignalSpy spy(&tray, &TrayIcon::pauseRequested);

        pause->actions().at(0)->trigger();
        QCOMPARE(spy.takeFirst().at(0).toDateTime(), now.addSecs(3600));
        pause->actions().at(1)->trigger();
        QCOMPARE(spy.takeFirst().at(0).toDateTime(), QDateTime(QDate(2026, 11, 27), QTime(8, 0)));
        pause->actions().at(2)->trigger();
        QVERIFY(!spy.takeFirst().at(0).toDateTime().isValid());

        // While paused the menu offers Resume instead of the submenu.
        tray.setPaused(true, QDateTime(QDate(2026, 11, 27), QTime(8, 0)));
        QVERIFY(!find(tray.menu(), u"Pause notifications"_s));
        QAction *resume = find(tray.menu(), u"Resume notifications"_s);
        QVERIFY(resume);
        QVERIFY(resume->text().contains(u"paused until"_s));
        QSignalSpy resumed(&tray, &TrayIcon::resumeRequested);
        resume->trigger();
        QCOMPARE(resumed.size(), 1);
        tray.setPaused(true);
        QCOMPARE(QString(find(tray.menu(), u"Resume"_s)->text()).remove(u'&'),
                 u"Resume notifications"_s);
        tray.setPaused(false);
        QVERIFY(find(tray.menu(), u"Pause notifications"_s));
        QVERIFY(!find(tray.menu(), u"Resume"_s));
    }

    void newestMessagesInMenu()
    {
        RecentMessagesModel model;
        TrayIcon tray;
        tray.setRecentModel(&model);
        QList<MessageSummary> batch;
        for (quint32 uid = 1; uid <= 8; ++uid)
            batch.append(message(u"a"_s, uid, u"Sender %1"_s.arg(uid), u"Subject %1"_s.arg(uid)));
        batch.append(message(u"a"_s, 9, u"Tom & Jerry"_s, u"Cats & mice"_s));
        model.addMessages(batch);
        // The rebuild is coalesced to the next event-loop pass.
        // Unread: a marker in the text (it survives a StatusNotifierItem host) and bold.
        QTRY_COMPARE(texts(tray.menu()).at(0), u"● Tom  Jerry: Cats  mice"_s);
        const QStringList entries = texts(tray.menu());
        QCOMPARE(entries.mid(1, 4),
                 (QStringList {u"● Sender 8: Subject 8"_s, u"● Sender 7: Subject 7"_s,
                               u"● Sender 6: Subject 6"_s, u"● Sender 5: Subject 5"_s}));
        QCOMPARE(entries.at(5), u"Recent messages…"_s); // "No new mail" is hidden
        // '&' is escaped, not a mnemonic.
        QCOMPARE(firstShown(tray.menu())->text(), u"● Tom && Jerry: Cats && mice"_s);
        QVERIFY(firstShown(tray.menu())->font().bold());
        tray.setUnreadCount(7);
        tray.menu()->adjustSize();
        UiTestData::saveScreenshot(tray.menu(), u"tray-menu"_s);

        QSignalSpy open(&tray, &TrayIcon::openMessageRequested);
        shown(tray.menu(), 1)->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<MessageRef>().uid, 8u);

        // Read elsewhere: the entry loses its bold; expunged: it leaves the menu.
        model.applyFlags(model.refAt(0), MessageFlags(MessageFlags::Seen, {}));
        QTRY_VERIFY(!firstShown(tray.menu())->font().bold());
        QCOMPARE(texts(tray.menu()).at(0), u"Tom  Jerry: Cats  mice"_s);
        model.removeMessage(model.refAt(0));
        QTRY_COMPARE(texts(tray.menu()).at(0), u"● Sender 8: Subject 8"_s);
        model.clear();
        QTRY_COMPARE(texts(tray.menu()).at(0), u"No new mail"_s);
    }

    void pausedIcon()
    {
        // Paused shows on the icon itself, not only in the tooltip.
        TrayIcon tray;
        tray.setUnreadCount(3);
        const QImage running = tray.systemTrayIcon()->icon().pixmap(22, 22).toImage();
        tray.setPaused(true);
        const QImage paused = tray.systemTrayIcon()->icon().pixmap(22, 22).toImage();
        QVERIFY(paused != running);
        QCOMPARE(paused,
                 BadgeIconEngine::icon(BadgeIconEngine::State::Unread, 3, true)
                     .pixmap(22, 22)
                     .toImage());
        tray.setPaused(false);
        QCOMPARE(tray.systemTrayIcon()->icon().pixmap(22, 22).toImage(), running);
    }

    void toolTipText()
    {
        TrayIcon tray;
        QCOMPARE(tray.toolTip(), u"Mailbell: no unread mail"_s);
        tray.setAccounts({account(u"w"_s, u"Work"_s), account(u"h"_s, u"Home"_s)});
        tray.setUnreadCount(5);
        tray.updateFolderStatus(FolderStatus {u"w"_s, u"INBOX"_s, 1, 10, 2});
        tray.updateFolderStatus(FolderStatus {u"w"_s, u"Lists"_s, 1, 10, 1});
        tray.updateFolderStatus(FolderStatus {u"h"_s, u"INBOX"_s, 1, 10, 2});
        AccountStatus work;
        work.accountId = u"w"_s;
        work.state = AccountStatus::State::Online;
        AccountStatus home;
        home.accountId = u"h"_s;
        home.state = AccountStatus::State::Error;
        home.error = ImapError::make(ErrorKind::TlsUntrusted, u"<b>server text</b>"_s);
        tray.setAccountStatuses({work, home});
        QCOMPARE(tray.toolTip(),
                 u"Mailbell: 5 unread\n"
                 "Work: 3 unread\n"
                 "Home: 2 unread (error: the server's certificate is not trusted)"_s);
        QCOMPARE(tray.systemTrayIcon()->toolTip(), tray.toolTip());
        // A folder recount replaces, not adds.
        tray.updateFolderStatus(FolderStatus {u"w"_s, u"INBOX"_s, 1, 10, 0});
        QVERIFY(tray.toolTip().contains(u"Work: 1 unread"_s));
        // Paused, and an account with no counts yet, reconnecting.
        AccountStatus other;
        other.accountId = u"x"_s;
        other.state = AccountStatus::State::Reconnecting;
        other.error = ImapError::make(ErrorKind::ConnectionRefused, u"refused"_s);
        tray.updateAccountStatus(other);
        // Not listed until it is one of the accounts (a removed account's status lingers).
        QCOMPARE(tray.toolTip().count(u'\n'), 2);
        tray.setAccounts(
            {account(u"w"_s, u"Work"_s), account(u"h"_s, u"Home"_s), account(u"x"_s, {})});
        tray.setPaused(true);
        const QStringList lines = tray.toolTip().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(3),
                 u"x: not checked yet (offline, reconnecting: the server refused the connection; "
                 "check the port)"_s);
        QCOMPARE(lines.at(4), u"Notifications paused"_s);
    }

    void iconState()
    {
        TrayIcon tray;
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Idle);
        tray.setUnreadCount(2);
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Unread);
        AccountStatus status;
        status.accountId = u"a"_s;
        status.state = AccountStatus::State::AuthFailed;
        tray.updateAccountStatus(status);
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Error);
        status.state = AccountStatus::State::Online;
        tray.updateAccountStatus(status);
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Unread);
        // A removed account's failure does not colour the icon.
        AccountStatus gone;
        gone.accountId = u"gone"_s;
        gone.state = AccountStatus::State::Error;
        tray.updateAccountStatus(gone);
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Error);
        tray.setAccounts({account(u"a"_s, u"A"_s)});
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Unread);
        tray.setUnreadCount(0);
        QCOMPARE(tray.iconState(), BadgeIconEngine::State::Idle);
        // The icon itself follows: a badge when unread.
        const QImage idle = tray.systemTrayIcon()->icon().pixmap(22, 22).toImage();
        tray.setUnreadCount(4);
        QVERIFY(tray.systemTrayIcon()->icon().pixmap(22, 22).toImage() != idle);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
