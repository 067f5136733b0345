#include "messagesummarywindow.h"
#include "uitestdata.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;
using UiTestData::refOf;

class TestMessageSummaryWindow : public QObject
{
    Q_OBJECT

private:
    static AccountInfo workAccount(const QString &openCommand = {})
    {
        AccountInfo account;
        account.id = u"work"_s;
        account.displayName = u"Work"_s;
        account.user = u"sam"_s;
        account.host = u"imap.example.org"_s;
        account.openCommand = openCommand;
        return account;
    }

    static MessageSummary hostileSummary()
    {
        MessageSummary summary = message(
            u"work"_s, 42, u"<b>Mallory</b>"_s, u"<b>x</b> & <img src=file:///etc/passwd>"_s,
            u"<a href=\"http://evil\">click</a>\n<script>alert(1)</script>"_s);
        summary.cc = {MailAddress {u"<i>Cc</i>"_s, u"cc@example.org"_s, {}}};
        return summary;
    }

    static QLabel *label(MessageSummaryWindow &window, const QString &name)
    {
        return window.findChild<QLabel *>(name);
    }

    static QPushButton *button(MessageSummaryWindow &window, const QString &name)
    {
        return window.findChild<QPushButton *>(name);
    }

private Q_SLOTS:
    void noRichText()
    {
        MessageSummaryWindow window;
        window.setSummary(hostileSummary(), workAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &name : {u"subject"_s, u"from"_s, u"to"_s, u"cc"_s, u"date"_s,
                                    u"account"_s, u"folder"_s, u"flags"_s, u"status"_s}) {
            QLabel *field = label(window, name);
            QVERIFY2(field, qPrintable(name));
            QCOMPARE(field->textFormat(), Qt::PlainText);
            QVERIFY(field->textInteractionFlags() & Qt::TextSelectableByMouse);
        }
        QCOMPARE(label(window, u"subject"_s)->text(), u"<b>x</b> & <img src=file:///etc/passwd>"_s);
        QCOMPARE(label(window, u"from"_s)->text(),
                 u"<b>Mallory</b> <<b>mallory</b>@example.org>"_s);
        QCOMPARE(label(window, u"cc"_s)->text(), u"<i>Cc</i> <cc@example.org>"_s);
        auto *preview = window.findChild<QPlainTextEdit *>(u"preview"_s);
        QVERIFY(preview);
        QVERIFY(preview->isReadOnly());
        QCOMPARE(preview->toPlainText(),
                 u"<a href=\"http://evil\">click</a>\n<script>alert(1)</script>"_s);
        // The title bar is plain too.
        QVERIFY(window.windowTitle().startsWith(u"<b>x</b>"_s));
        UiTestData::saveScreenshot(&window, u"summary-hostile"_s);
    }

    void fieldsAndScreenshot()
    {
        MessageSummary summary = message(
            u"work"_s, 7, u"Priya Natarajan"_s, u"Budget review moved to Thursday"_s,
            u"Hi all,\n\nthe finance team asked us to move the review so that the Q3 numbers "
            "are in. Same room, same time.\n\nPriya"_s);
        summary.to.append(MailAddress {u"Team"_s, u"team@example.org"_s, {}});
        summary.date = QDateTime(QDate(2026, 11, 26), QTime(9, 41));
        MessageSummaryWindow window;
        window.setSummary(summary, workAccount(u"thunderbird %u"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(label(window, u"account"_s)->text(), u"Work"_s);
        QCOMPARE(label(window, u"folder"_s)->text(), u"INBOX"_s);
        QCOMPARE(label(window, u"flags"_s)->text(), u"Unread"_s);
        QCOMPARE(label(window, u"to"_s)->text(),
                 u"Sam Reader <sam@example.org>, Team <team@example.org>"_s);
        // No Cc: the row is hidden.
        QVERIFY(!label(window, u"cc"_s)->isVisible());
        QVERIFY(button(window, u"openButton"_s)->isVisible());
        UiTestData::saveScreenshot(&window, u"summary"_s);
    }

    void actions()
    {
        MessageSummaryWindow window;
        const MessageSummary summary = message(u"work"_s, 5, u"Ann"_s, u"Hello"_s, u"Text"_s);
        window.setSummary(summary, workAccount(u"thunderbird %u"_s));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy read(&window, &MessageSummaryWindow::markReadRequested);
        QSignalSpy unread(&window, &MessageSummaryWindow::markUnreadRequested);
        QSignalSpy flag(&window, &MessageSummaryWindow::flagRequested);
        QSignalSpy open(&window, &MessageSummaryWindow::openInMailClientRequested);
        QSignalSpy remove(&window, &MessageSummaryWindow::deleteRequested);

        // Mnemonics: Alt+R marks read (the button animates the click, then emits).
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).value<MessageRef>(), refOf(summary));
        // The flags come back from the server: the button flips to unread.
        window.applyFlags(refOf(summary), MessageFlags(MessageFlags::Seen, {}));
        QCOMPARE(button(window, u"readButton"_s)->text(), u"Mark as &unread"_s);
        QCOMPARE(label(window, u"flags"_s)->text(), u"Read"_s);
        button(window, u"readButton"_s)->click();
        QCOMPARE(unread.size(), 1);
        // Another message's flags do not touch this window.
        window.applyFlags(MessageRef {u"work"_s, u"INBOX"_s, 1, 999}, MessageFlags());
        QCOMPARE(label(window, u"flags"_s)->text(), u"Read"_s);

        QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(flag.size(), 1);
        QCOMPARE(flag.at(0).at(1).toBool(), true);
        window.applyFlags(refOf(summary),
                          MessageFlags(MessageFlags::Seen | MessageFlags::Flagged, {}));
        QCOMPARE(button(window, u"flagButton"_s)->text(), u"Un&flag"_s);
        button(window, u"flagButton"_s)->click();
        QCOMPARE(flag.at(1).at(1).toBool(), false);

        // Copy puts the summary as text on the clipboard.
        QApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"From: Ann <ann@example.org>\n"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"Subject: Hello\n"_s));
        QVERIFY(copied.contains(u"Account: Work\n"_s));
        QVERIFY(copied.endsWith(u"\nText\n"_s));
        QCOMPARE(button(window, u"copyButton"_s)->text(), u"Copied"_s);
        QTRY_COMPARE_WITH_TIMEOUT(button(window, u"copyButton"_s)->text(), u"&Copy"_s, 10000);

        button(window, u"openButton"_s)->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).value<MessageSummary>().uid, 5u);

        // Delete asks and closes.
        QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(remove.size(), 1);
        QVERIFY(!window.isVisible());
    }

    void escCloses()
    {
        MessageSummaryWindow window;
        window.setSummary(message(u"work"_s, 5, u"Ann"_s, u"Hello"_s), workAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void openHiddenWithoutCommand()
    {
        MessageSummaryWindow window;
        window.setSummary(message(u"work"_s, 5, u"Ann"_s, u"Hello"_s), workAccount());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!button(window, u"openButton"_s)->isVisible());
        window.setSummary(message(u"work"_s, 5, u"Ann"_s, u"Hello"_s), workAccount(u"mutt"_s));
        QVERIFY(button(window, u"openButton"_s)->isVisible());
    }

    void expungedSaysSo()
    {
        MessageSummaryWindow window;
        const MessageSummary summary = message(u"work"_s, 5, u"Ann"_s, u"Hello"_s);
        window.setSummary(summary, workAccount(u"mutt"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.markExpunged(MessageRef {u"work"_s, u"INBOX"_s, summary.uidValidity, 6});
        QVERIFY(!window.isExpunged());
        window.markExpunged(refOf(summary));
        QVERIFY(window.isExpunged());
        QVERIFY(label(window, u"status"_s)->isVisible());
        QVERIFY(label(window, u"status"_s)->text().contains(u"deleted"_s));
        for (const QString &name :
             {u"readButton"_s, u"flagButton"_s, u"deleteButton"_s, u"openButton"_s})
            QVERIFY2(!button(window, name)->isEnabled(), qPrintable(name));
        QVERIFY(button(window, u"copyButton"_s)->isEnabled());
        UiTestData::saveScreenshot(&window, u"summary-expunged"_s);
    }
};

QTEST_MAIN(TestMessageSummaryWindow)
#include "tst_messagesummarywindow.moc"
