#include "mnemonics.h"
#include "recentmessagedelegate.h"
#include "recentmessagesmodel.h"
#include "recentmessageswindow.h"
#include "trayicon.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;

class TestRecentMessagesWindow : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 11, 26), QTime(10, 0)); }

    static void fill(RecentMessagesModel &model)
    {
        AccountInfo work;
        work.id = u"work"_s;
        work.displayName = u"Work"_s;
        AccountInfo home;
        home.id = u"home"_s;
        home.displayName = u"Home"_s;
        model.setAccounts({work, home});
        MessageSummary flagged =
            message(u"work"_s, 11, u"Priya Natarajan"_s, u"Budget review moved to Thursday"_s,
                    u"Hi all, the finance team asked us to move the review "
                    "so that the Q3 numbers are in. Same room, same time."_s,
                    false, now().addSecs(-5 * 60));
        flagged.flags = MessageFlags(MessageFlags::Flagged, {});
        model.addMessages({
            message(u"home"_s, 3, u"Grandma Rose"_s, u"Photos from the garden 🌻"_s,
                    u"The tomatoes finally came in! I've attached a few pictures."_s, true,
                    now().addDays(-3)),
            message(u"work"_s, 10, u"Build Bot"_s, u"Nightly build #4512 failed"_s,
                    u"tst_connection failed on runner-2: timeout waiting for greeting"_s, true,
                    now().addSecs(-3 * 3600)),
            flagged,
            message(u"home"_s, 4, u"Tom & Jerry <b>Inc</b>"_s, u"<b>Sale</b> & <i>more</i>"_s,
                    u"<img src=file:///etc/passwd> plain text only"_s, false, now().addSecs(-20)),
        });
    }

    static QStringList visibleSubjects(RecentMessagesWindow &window)
    {
        QStringList subjects;
        QAbstractItemModel *model = window.view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            subjects.append(model->index(row, 0).data(RecentMessagesModel::SubjectRole).toString());
        return subjects;
    }

private Q_SLOTS:
    void emptyState()
    {
        RecentMessagesModel model;
        RecentMessagesWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(label);
        QVERIFY(label->text().startsWith(u"No new mail yet."_s));
        UiTestData::saveScreenshot(&window, u"recent-empty"_s);
        // Mail arrives while the window is open: the list replaces the empty text.
        model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"Hello"_s)});
        QCOMPARE(stack->currentWidget(), window.view());
        QCOMPARE(window.currentMessage().uid, 1u);
    }

    void filterAndKeyboard()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.delegate()->setClock([] { return now(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy open(&window, &RecentMessagesWindow::openMessageRequested);

        // Ctrl+F focuses the filter; typing filters by sender, subject and preview.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.filterEdit()->hasFocus());
        QTest::keyClicks(window.filterEdit(), u"BUDGET"_s);
        QCOMPARE(visibleSubjects(window), QStringList {u"Budget review moved to Thursday"_s});
        window.filterEdit()->clear();
        QTest::keyClicks(window.filterEdit(), u"tomatoes"_s); // only in a preview
        QCOMPARE(visibleSubjects(window), QStringList {u"Photos from the garden 🌻"_s});
        window.filterEdit()->clear();
        QTest::keyClicks(window.filterEdit(), u"build bot"_s); // the sender
        QCOMPARE(visibleSubjects(window), QStringList {u"Nightly build #4512 failed"_s});

        // Enter in the filter opens the first match.
        QTest::keyClick(window.filterEdit(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.takeFirst().at(0).value<MessageRef>().uid, 10u);

        // No match: says so.
        window.filterEdit()->clear();
        QTest::keyClicks(window.filterEdit(), u"zzz-nothing"_s);
        auto *stack = window.findChild<QStackedWidget *>();
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(label);
        QCOMPARE(label->text(), u"No message matches “zzz-nothing”."_s);

        // Esc with text clears the filter and keeps the window.
        QTest::keyClick(window.filterEdit(), Qt::Key_Escape);
        QVERIFY(window.filterEdit()->text().isEmpty());
        QVERIFY(window.isVisible());
        QCOMPARE(visibleSubjects(window).size(), 4);

        // Down goes into the list; Down again moves; Enter opens that one.
        QTest::keyClick(window.filterEdit(), Qt::Key_Down);
        QVERIFY(window.view()->hasFocus());
        window.view()->setCurrentIndex(window.view()->model()->index(0, 0));
        QTest::keyClick(window.view(), Qt::Key_Down);
        QCOMPARE(window.view()->currentIndex().row(), 1);
        QTest::keyClick(window.view(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.takeFirst().at(0).value<MessageRef>().uid, 11u);
        // Up from the first row returns to the filter.
        QTest::keyClick(window.view(), Qt::Key_Up);
        QTest::keyClick(window.view(), Qt::Key_Up);
        QVERIFY(window.filterEdit()->hasFocus());

        // Delete deletes the current message, once Undo is no longer offered.
        window.setTrashFolder(u"work"_s, u"Trash"_s);
        window.setUndoPeriod(10);
        QSignalSpy remove(&window, &RecentMessagesWindow::deleteRequested);
        window.view()->setFocus();
        window.view()->setCurrentIndex(window.view()->model()->index(2, 0));
        QTest::keyClick(window.view(), Qt::Key_Delete);
        QTRY_COMPARE(remove.size(), 1);
        QCOMPARE(remove.at(0).at(0).value<MessageRef>().uid, 10u);

        // Esc in the list hides the window.
        QTest::keyClick(window.view(), Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void doubleClickOpens()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy open(&window, &RecentMessagesWindow::openMessageRequested);
        const QRect rect = window.view()->visualRect(window.view()->model()->index(2, 0));
        // A real double-click is press, release, then the double-click press.
        QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(window.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<MessageRef>().uid, 10u);
    }

    void enterInFilterOpensTopMatch()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy open(&window, &RecentMessagesWindow::openMessageRequested);
        // A message further down is selected; the filter then matches every message.
        window.view()->setCurrentIndex(window.view()->model()->index(2, 0));
        QCOMPARE(window.currentMessage().uid, 10u);
        window.filterEdit()->setFocus();
        QTest::keyClicks(window.filterEdit(), u"example.org"_s);
        QCOMPARE(visibleSubjects(window).size(), 4);
        QTest::keyClick(window.filterEdit(), Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<MessageRef>().uid, 4u); // the top row, not uid 10
    }

    void doubleClickAcrossAnArrival_data()
    {
        QTest::addColumn<bool>("beforeSecondPress");
        QTest::newRow("arrival-after-the-first-click") << true;
        QTest::newRow("arrival-between-press-and-double-click") << false;
    }

    void doubleClickAcrossAnArrival()
    {
        QFETCH(bool, beforeSecondPress);
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy open(&window, &RecentMessagesWindow::openMessageRequested);
        QListView *view = window.view();
        QWidget *viewport = view->viewport();
        const QPoint point =
            window.view()->visualRect(window.view()->model()->index(2, 0)).center();
        const quint32 aimedAt = 10; // Build Bot, row 2
        const auto arrive = [&] {
            model.addMessages({message(u"a"_s, 99, u"Ann"_s, u"New"_s)});
        };
        // What a window system delivers for a double-click: press, release, press, double-click,
        // release; new mail arrives in between.
        QTest::mousePress(viewport, Qt::LeftButton, {}, point);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, point);
        if (beforeSecondPress)
            arrive();
        QTest::mousePress(viewport, Qt::LeftButton, {}, point);
        if (!beforeSecondPress)
            arrive();
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, point);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, point);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<MessageRef>().uid, aimedAt);
        QCOMPARE(window.currentMessage().uid, aimedAt);
        QCOMPARE(window.view()
                     ->indexAt(point)
                     .data(RecentMessagesModel::MessageRefRole)
                     .value<MessageRef>()
                     .uid,
                 aimedAt);

        // The arrival waits, counted in a note over the list, until the pointer leaves it.
        QCOMPARE(view->model()->rowCount(), 4);
        auto *note = view->findChild<QLabel *>();
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(u"1 new message"_s));
        QVERIFY(view->viewport()->geometry().contains(note->geometry()));
        if (beforeSecondPress)
            UiTestData::saveScreenshot(&window, u"recent-arrival-held"_s);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(viewport, &leave);
        QCOMPARE(view->model()->rowCount(), 5);
        QCOMPARE(view->model()->index(0, 0).data(RecentMessagesModel::SubjectRole).toString(),
                 u"New"_s);
        QVERIFY(!note->isVisible());
        QCOMPARE(window.currentMessage().uid, aimedAt);
    }

    void arrivalsKeepTheScrolledListInPlace()
    {
        RecentMessagesModel model;
        QList<MessageSummary> many;
        for (quint32 uid = 1; uid <= 40; ++uid)
            many.append(message(u"a"_s, uid, u"Sender"_s, u"Message %1"_s.arg(uid)));
        model.addMessages(many);
        RecentMessagesWindow window(&model);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListView *view = window.view();
        const auto uidAt = [&](QPoint point) {
            return view->indexAt(point)
                .data(RecentMessagesModel::MessageRefRole)
                .value<MessageRef>()
                .uid;
        };
        const QPoint point(view->viewport()->width() / 2, view->viewport()->height() / 3);

        // Scrolled down, the pointer elsewhere: what the user reads stays where it is.
        view->scrollTo(view->model()->index(20, 0), QAbstractItemView::PositionAtTop);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        const quint32 before = uidAt(point);
        model.addMessages({message(u"a"_s, 41, u"Ann"_s, u"New 41"_s),
                           message(u"a"_s, 42, u"Ann"_s, u"New 42"_s)});
        QCOMPARE(view->model()->rowCount(), 42);
        QCOMPARE(uidAt(point), before);
        // Read and expunged elsewhere, above the view: the same.
        model.removeMessage(model.refAt(1));
        QCOMPARE(uidAt(point), before);
        // The row at the view's top edge itself goes: the one below takes its place.
        const QModelIndex topRow = view->indexAt(QPoint(1, 1));
        const quint32 below = view->model()
                                  ->index(topRow.row() + 1, 0)
                                  .data(RecentMessagesModel::MessageRefRole)
                                  .value<MessageRef>()
                                  .uid;
        model.removeMessage(topRow.data(RecentMessagesModel::MessageRefRole).value<MessageRef>());
        QCOMPARE(uidAt(QPoint(1, 1)), below);

        // At the very top and not pointed at: new mail shows at the top, as it comes.
        view->verticalScrollBar()->setValue(0);
        model.addMessages({message(u"a"_s, 43, u"Ann"_s, u"New 43"_s)});
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        QCOMPARE(uidAt(QPoint(point.x(), 2)), 43u);
    }

    void deleteWithTrashOffersUndo()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.delegate()->setClock([] { return now(); });
        window.setTrashFolder(u"work"_s, u"Trash"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy remove(&window, &RecentMessagesWindow::deleteRequested);
        QListView *view = window.view();
        view->setFocus();
        view->setCurrentIndex(
            view->model()->index(2, 0)); // uid 10, work Gone from the list at once, the next
                                         // message takes the cursor, nothing sent yet.
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(window.pendingDelete().uid, 10u);
        QVERIFY(!visibleSubjects(window).contains(u"Nightly build #4512 failed"_s));
        QCOMPARE(window.currentMessage().uid, 3u);
        QVERIFY(window.undoBar()->isVisible());
        auto *label = window.undoBar()->findChild<QLabel *>();
        QCOMPARE(label->text(), u"“Nightly build #4512 failed” moved to Trash."_s);
        QVERIFY(remove.isEmpty());
        UiTestData::saveScreenshot(&window, u"recent-undo"_s);

        // Ctrl+Z: back in its place, selected, nothing ever sent.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(visibleSubjects(window).size(), 4);
        QCOMPARE(window.currentMessage().uid, 10u);
        QVERIFY(!window.undoBar()->isVisible());
        QVERIFY(window.pendingDelete().accountId.isEmpty());

        // The Undo button is next in the Tab order after the list.
        QTest::keyClick(view, Qt::Key_Delete);
        QTest::keyClick(view, Qt::Key_Tab);
        auto *undo = window.undoBar()->findChild<QPushButton *>();
        QTRY_VERIFY(undo->hasFocus());
        QTest::keyClick(undo, Qt::Key_Space);
        QCOMPARE(visibleSubjects(window).size(), 4);
        QVERIFY(view->hasFocus());
        QVERIFY(remove.isEmpty());

        // A second delete settles the first at once; the period settles the second.
        window.setUndoPeriod(50);
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view, Qt::Key_Delete); // uid 10
        view->setCurrentIndex(view->model()->index(0, 0)); // uid 4, home: no Trash known
        window.setTrashFolder(u"home"_s, u"Deleted Items"_s);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.at(0).at(0).value<MessageRef>().uid, 10u);
        QCOMPARE(label->text(), u"“<b>Sale</b> & <i>more</i>” moved to Deleted Items."_s);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QTRY_COMPARE(remove.size(), 2);
        QCOMPARE(remove.at(1).at(0).value<MessageRef>().uid, 4u);
        QVERIFY(!window.undoBar()->isVisible());
        QCOMPARE(visibleSubjects(window).size(),
                 2); // until the server's expunge arrives The server refused: the row shows again.
        window.restoreMessage(remove.at(1).at(0).value<MessageRef>());
        QCOMPARE(visibleSubjects(window).size(), 3);

        // Hiding the window ends the undo period: the delete goes out.
        window.setUndoPeriod(60 * 1000);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(remove.size(), 2);
        window.hide();
        QCOMPARE(remove.size(), 3);
        QCOMPARE(remove.at(2).at(0).value<MessageRef>().uid, 4u);
    }

    void permanentDeleteAsksFirst_data()
    {
        QTest::addColumn<QString>("trash"); // "-": not known
        QTest::addColumn<QString>("reason");
        QTest::newRow("no-trash") << u""_s << u"Work has no Trash folder"_s;
        QTest::newRow("not-known-yet") << u"-"_s << u"does not know yet whether Work"_s;
        QTest::newRow("already-in-trash") << u"INBOX"_s << u"already in INBOX"_s;
    }

    void permanentDeleteAsksFirst()
    {
        QFETCH(QString, trash);
        QFETCH(QString, reason);
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        if (trash != u"-"_s)
            window.setTrashFolder(u"work"_s, trash);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy remove(&window, &RecentMessagesWindow::deleteRequested);
        const auto ask = [&] {
            window.view()->setFocus();
            window.view()->setCurrentIndex(window.view()->model()->index(2, 0)); // uid 10
            QTest::keyClick(window.view(), Qt::Key_Delete);
            QMessageBox *box = nullptr;
            [&] {
                QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
            }();
            return box;
        };

        // Enter takes the default, Cancel: nothing happens.
        QPointer<QMessageBox> box = ask();
        QVERIFY(box);
        QVERIFY(box->text().startsWith(u"Delete “Nightly build #4512 failed” permanently?"_s));
        QVERIFY2(box->text().contains(reason), qPrintable(box->text()));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(!window.undoBar()->isVisible());
        if (trash == u""_s)
            UiTestData::saveScreenshot(box, u"recent-delete-permanently"_s);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!box);
        QVERIFY(remove.isEmpty());
        QCOMPARE(visibleSubjects(window).size(), 4);

        // Confirmed: deleted at once, no Undo offered for what cannot be undone.
        box = ask();
        QVERIFY(box);
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                confirm = button;
        }
        QVERIFY(confirm);
        QCOMPARE(confirm->text().remove(u'&'), u"Delete Permanently"_s);
        confirm->click();
        QCOMPARE(remove.size(), 1);
        QCOMPARE(remove.at(0).at(0).value<MessageRef>().uid, 10u);
        QVERIFY(window.pendingDelete().accountId.isEmpty());
    }

    void contextMenu()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.setTrashFolder(u"work"_s, u"Trash"_s);
        window.setUndoPeriod(10);
        QSignalSpy read(&window, &RecentMessagesWindow::markReadRequested);
        QSignalSpy unread(&window, &RecentMessagesWindow::markUnreadRequested);
        QSignalSpy flag(&window, &RecentMessagesWindow::flagRequested);
        QSignalSpy remove(&window, &RecentMessagesWindow::deleteRequested);
        QSignalSpy open(&window, &RecentMessagesWindow::openMessageRequested);
        const auto actionsFor = [&](int row) {
            std::unique_ptr<QMenu> menu(
                window.createContextMenu(window.view()->model()->index(row, 0), nullptr));
            QStringList names;
            for (QAction *action : menu->actions()) {
                if (!action->isSeparator())
                    names.append(QString(action->text()).remove(u'&'));
            }
            return std::make_pair(std::move(menu), names);
        };
        // Row 1: unread and flagged.
        auto [flaggedMenu, flaggedNames] = actionsFor(1);
        QCOMPARE(flaggedNames,
                 (QStringList {u"Open"_s, u"Mark as read"_s, u"Unflag"_s, u"Delete"_s}));
        for (QAction *action : flaggedMenu->actions())
            action->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).value<MessageRef>().uid, 11u);
        QCOMPARE(flag.size(), 1);
        QCOMPARE(flag.at(0).at(1).toBool(), false);
        QTRY_COMPARE(remove.size(), 1);
        // Now row 1 (the deleted message is out of the list): read, not flagged.
        auto [readMenu, readNames] = actionsFor(1);
        QCOMPARE(readNames, (QStringList {u"Open"_s, u"Mark as unread"_s, u"Flag"_s, u"Delete"_s}));
        readMenu->actions().at(2)->trigger();
        readMenu->actions().at(3)->trigger();
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.at(0).at(0).value<MessageRef>().uid, 10u);
        QCOMPARE(flag.size(), 2);
        QCOMPARE(flag.at(1).at(1).toBool(), true);
    }

    void mnemonicsUniqueInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Mnemonics::languages())
            QTest::newRow(language.isEmpty() ? "source" : qPrintable(language)) << language;
    }

    // The window as a tray-less desktop shows it (the tray's menu in its menu bar) with the
    // undo bar, then with no account yet; the menus and each context menu on their own.
    void mnemonicsUniqueInEveryLanguage()
    {
        QFETCH(QString, language);
        const auto translator =
            Mnemonics::translateInto(language, QStringLiteral(TRANSLATIONS_DIR));
        QVERIFY2(translator, qPrintable(u"no translation "_s + language));
        RecentMessagesModel model;
        fill(model);
        TrayIcon tray;
        RecentMessagesWindow window(&model);
        window.setAppActions(tray.appActions());
        window.setTrayMissing(true);
        window.setTrashFolder(u"work"_s, u"Trash"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListView *view = window.view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(window.undoBar()->isVisible());
        QCOMPARE(Mnemonics::duplicatesIn(&window), QStringList());
        for (QMenu *menu : {tray.menu(), window.menuBar()->actions().at(0)->menu()}) {
            QCOMPARE(Mnemonics::duplicatesIn(menu), QStringList());
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    QCOMPARE(Mnemonics::duplicatesIn(action->menu()), QStringList());
            }
        }
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            std::unique_ptr<QMenu> menu(
                window.createContextMenu(view->model()->index(row, 0), nullptr));
            QCOMPARE(Mnemonics::duplicatesIn(menu.get()), QStringList());
        }
        window.undoDelete();
        model.clear();
        window.setNoAccount(true);
        QCOMPARE(Mnemonics::duplicatesIn(&window), QStringList());
    }

    void liveUpdatesAndScreenshot()
    {
        RecentMessagesModel model;
        fill(model);
        RecentMessagesWindow window(&model);
        window.delegate()->setClock([] { return now(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view()->setCurrentIndex(window.view()->model()->index(1, 0));
        UiTestData::saveScreenshot(&window, u"recent-messages"_s);
        // Read and expunged elsewhere: the row follows.
        const MessageRef first = model.refAt(0);
        model.applyFlags(first, MessageFlags(MessageFlags::Seen, {}));
        QVERIFY(
            !window.view()->model()->index(0, 0).data(RecentMessagesModel::UnreadRole).toBool());
        model.removeMessage(first);
        QCOMPARE(window.view()->model()->rowCount(), 3);
        // The markup in sender and subject stays text (the delegate paints plain strings).
        QCOMPARE(model.summary(model.refAt(0)).has_value(), true);
    }

    void darkPaletteScreenshot()
    {
        // The delegate takes every colour from the palette: check it on a dark theme too.
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        QApplication::setPalette(dark);
        {
            RecentMessagesModel model;
            fill(model);
            RecentMessagesWindow window(&model);
            window.delegate()->setClock([] { return now(); });
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.view()->setCurrentIndex(window.view()->model()->index(1, 0));
            UiTestData::saveScreenshot(&window, u"recent-messages-dark"_s);
        }
        QApplication::setPalette(light);
    }

    void standsInForAMissingTray()
    {
        // Without a tray the window is all there is: the tray menu's own actions in a menu bar,
        // reachable by keyboard, a line on how to get a tray, and Esc does not hide it.
        RecentMessagesModel model;
        fill(model);
        TrayIcon tray;
        tray.setUnreadCount(2);
        RecentMessagesWindow window(&model);
        window.delegate()->setClock([] { return now(); });
        window.setAppActions(tray.appActions());
        window.setTrayMissing(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.windowTitle().contains(u"no system tray"_s));
        QVERIFY(window.trayHint()->isVisible());
        QVERIFY(window.trayHint()->text().contains(u"AppIndicator"_s));
        QVERIFY(window.menuBar());
        QCOMPARE(window.menuBar()->actions().size(), 1);
        QMenu *menu = window.menuBar()->actions().at(0)->menu();
        QVERIFY(menu);
        // The very objects of the tray menu, not copies.
        for (QAction *action : tray.appActions()) {
            QVERIFY(menu->actions().contains(action));
            QVERIFY(tray.menu()->actions().contains(action));
        }
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (action->isVisible())
                texts.append(action->isSeparator() ? u"--"_s : action->text().remove(u'&'));
        }
        QCOMPARE(texts,
                 (QStringList {u"Check now"_s, u"Mark all as read"_s, u"Pause notifications"_s,
                               u"--"_s, u"Settings…"_s, u"Quit"_s}));
        UiTestData::saveScreenshot(&window, u"recent-messages-no-tray"_s);

        // By keyboard: the shortcuts and the menu bar's mnemonic.
        QSignalSpy check(&tray, &TrayIcon::checkNowRequested);
        QSignalSpy settings(&tray, &TrayIcon::settingsRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(check.size(), 1);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.size(), 1);
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(quit.size(), 1);
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(menu->isVisible());
        UiTestData::saveScreenshot(menu, u"recent-messages-no-tray-menu"_s);
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());

        // Pausing from the window shows in the same menu (it is the tray's state).
        tray.setPaused(true);
        QVERIFY(!tray.appActions().at(3)->isVisible()); // after Add an account…, Check now, Mark
        QVERIFY(tray.appActions().at(4)->isVisible());

        QTest::keyClick(window.view(), Qt::Key_Escape);
        QVERIFY(window.isVisible());

        // A tray appeared: an ordinary window again.
        window.setTrayMissing(false);
        QVERIFY(!window.trayHint()->isVisible());
        QVERIFY(!window.windowTitle().contains(u"no system tray"_s));
        QTest::keyClick(window.view(), Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void toggle()
    {
        RecentMessagesModel model;
        RecentMessagesWindow window(&model);
        window.toggle();
        QVERIFY(window.isVisible());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.toggle();
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestRecentMessagesWindow)
#include "tst_recentmessageswindow.moc"
