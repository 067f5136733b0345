// Escaping and cleaning of mail text for notifications, and the words of single and grouped
// notifications built from hostile summaries.
#include "notificationcontent.h"
#include "notificationtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ImapCore::MailAddress;
using ImapCore::MessageSummary;

class TestNotificationText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapeMarkup_data();
    void escapeMarkup();
    void singleLine_data();
    void singleLine();
    void multiLine();
    void elideKeepsSurrogatePairs();
    void messageContent_data();
    void messageContent();
    void messageActions();
    void groupContent();
    void groupIsolatesRightToLeftNames();
    void isolateCutByElisionIsClosed();
    void placeholdersInNamesStayLiteral();
};

void TestNotificationText::escapeMarkup_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << u"Hello"_s << u"Hello"_s;
    QTest::newRow("issue example")
        << u"<b>x</b> & <img src=file:///etc/passwd>"_s
        << u"&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=file:///etc/passwd&gt;"_s;
    QTest::newRow("quotes") << u"say \"hi\" it's"_s << u"say &quot;hi&quot; it&apos;s"_s;
    QTest::newRow("entity stays literal") << u"&amp; &#60;"_s << u"&amp;amp; &amp;#60;"_s;
    QTest::newRow("link") << u"<a href=\"http://evil\">click</a>"_s
                          << u"&lt;a href=&quot;http://evil&quot;&gt;click&lt;/a&gt;"_s;
    QTest::newRow("cdata") << u"<![CDATA[<b>]]>"_s << u"&lt;![CDATA[&lt;b&gt;]]&gt;"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNotificationText::escapeMarkup()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(NotificationText::escapeMarkup(text), escaped);
}

void TestNotificationText::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("plain") << u"Meeting at 10"_s << u"Meeting at 10"_s;
    QTest::newRow("newlines") << u"line one\r\nline two\nthree"_s << u"line one line two three"_s;
    QTest::newRow("tabs and runs") << u"  a\t\t b   c  "_s << u"a b c"_s;
    QTest::newRow("nul and bell") << u"a\u0000b\u0007c"_s << u"a b c"_s;
    QTest::newRow("escape sequence") << u"red\u001b[31mtext"_s << u"red [31mtext"_s;
    QTest::newRow("c1 control") << u"a\u0085b"_s << u"a b"_s;
    QTest::newRow("line separator") << u"a\u2028b\u2029c"_s << u"a b c"_s;
    QTest::newRow("bidi override") << u"invoice\u202Efdp.exe"_s << u"invoicefdp.exe"_s;
    QTest::newRow("bidi isolate") << u"a\u2066b\u2069c"_s << u"abc"_s;
    QTest::newRow("zero width and bom") << u"a\u200Bb\uFEFFc"_s << u"abc"_s;
    QTest::newRow("noncharacter") << u"a\uFFFEb"_s << u"ab"_s;
    QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xD800) + u"b"_s) << u"a\uFFFDb"_s;
    QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xDC00)) << u"a\uFFFD"_s;
    QTest::newRow("emoji kept") << u"party \U0001F389"_s << u"party \U0001F389"_s;
    QTest::newRow("rtl text kept")
        << u"\u05E9\u05DC\u05D5\u05DD"_s << u"\u05E9\u05DC\u05D5\u05DD"_s;
    QTest::newRow("markup is not touched") << u"<b>x</b>"_s << u"<b>x</b>"_s;
    QTest::newRow("bidi marks") << u"a\u200Eb\u200Fc\u061Cd"_s << u"abcd"_s;
    QTest::newRow("closed first-strong isolate kept")
        << u"From \u2068\u05D0\u2069, Bob"_s << u"From \u2068\u05D0\u2069, Bob"_s;
    QTest::newRow("unclosed first-strong isolate closed")
        << u"a\u2068b c  "_s << u"a\u2068b c\u2069"_s;
    QTest::newRow("stray pop isolate dropped") << u"a\u2069b"_s << u"ab"_s;
    QTest::newRow("only controls") << u"\r\n\t\u0001"_s << QString();
}

void TestNotificationText::singleLine()
{
    QFETCH(QString, text);
    QFETCH(QString, cleaned);
    QCOMPARE(NotificationText::singleLine(text), cleaned);
}

void TestNotificationText::multiLine()
{
    QCOMPARE(NotificationText::multiLine(u"a\u0000\n\n  \nb\tc\r\n"_s), u"a\nb c"_s);
    const QString longText = QString(5000, u'x');
    const QString cut = NotificationText::multiLine(longText);
    QCOMPARE(cut.size(), NotificationText::kMaxBodyLength);
    QVERIFY(cut.endsWith(QChar(0x2026)));
}

void TestNotificationText::elideKeepsSurrogatePairs()
{
    // 9 x 'a' then an emoji (a surrogate pair) right at the cut.
    const QString text = QString(9, u'a') + u"\U0001F389 and more"_s;
    const QString cut = NotificationText::elide(text, 11);
    QCOMPARE(cut, QString(9, u'a') + QChar(0x2026));
    QCOMPARE(NotificationText::elide(u"short"_s, 11), u"short"_s);
    const QString longLine = NotificationText::singleLine(QString(1000, u'y'));
    QCOMPARE(longLine.size(), NotificationText::kMaxLineLength);
}

static MessageSummary summary(const QString &name, const QString &address, const QString &subject,
                              const QString &preview, const QString &folder = u"INBOX"_s)
{
    MessageSummary m;
    m.accountId = u"acct-1"_s;
    m.folder = folder;
    m.uid = 42;
    m.uidValidity = 7;
    m.from = {MailAddress {name, address, {}}};
    m.subject = subject;
    m.preview = preview;
    return m;
}

void TestNotificationText::messageContent_data()
{
    QTest::addColumn<MessageSummary>("message");
    QTest::addColumn<bool>("showPreview");
    QTest::addColumn<QString>("summaryText");
    QTest::addColumn<QString>("body");
    QTest::newRow("ordinary") << summary(u"Alice Example"_s, u"alice@example.org"_s, u"Lunch?"_s,
                                         u"Are you free at noon?"_s)
                              << true << u"Alice Example"_s
                              << u"Lunch?\nAre you free at noon?\nWork"_s;
    QTest::newRow("no preview setting")
        << summary(u"Alice"_s, u"alice@example.org"_s, u"Lunch?"_s, u"secret text"_s) << false
        << u"Alice"_s << u"Lunch?\nWork"_s;
    QTest::newRow("address when no name") << summary({}, u"bob@example.org"_s, u"Hi"_s, {}) << true
                                          << u"bob@example.org"_s << u"Hi\nWork"_s;
    QTest::newRow("hostile subject kept literally (plain text here)")
        << summary(u"Eve"_s, u"eve@example.org"_s, u"<b>x</b> & <img src=file:///etc/passwd>"_s, {})
        << true << u"Eve"_s << u"<b>x</b> & <img src=file:///etc/passwd>\nWork"_s;
    QTest::newRow("sender name with newline and markup")
        << summary(u"Mallory\n<i>Admin</i>\u0000"_s, u"m@example.org"_s, u"s"_s, {}) << true
        << u"Mallory <i>Admin</i>"_s << u"s\nWork"_s;
    QTest::newRow("preview with many lines becomes one")
        << summary(u"A"_s, u"a@x"_s, u"s"_s, u"para 1\r\n\r\npara 2"_s) << true << u"A"_s
        << u"s\npara 1 para 2\nWork"_s;
    QTest::newRow("empty subject and sender")
        << summary({}, {}, u"  "_s, {}) << true << u"Unknown sender"_s << u"(no subject)\nWork"_s;
    QTest::newRow("bidi override in subject")
        << summary(u"Eve"_s, u"e@x"_s, u"invoice\u202Efdp.exe"_s, {}) << true << u"Eve"_s
        << u"invoicefdp.exe\nWork"_s;
    QTest::newRow("right-to-left fields isolated")
        << summary(u"\u202E\u05E9\u05E8\u05D4"_s, u"s@x"_s, u"\u05E9\u05DC\u05D5\u05DD 2\u200F"_s,
                   u"\u0645\u0631\u062D\u0628\u0627"_s, u"\u05D3\u05D5\u05D0\u05E8"_s)
        << true << u"\u2068\u05E9\u05E8\u05D4\u2069"_s
        << u"\u2068\u05E9\u05DC\u05D5\u05DD 2\u2069\n\u2068\u0645\u0631\u062D\u0628\u0627\u2069\n"
           u"Work \u203a \u2068\u05D3\u05D5\u05D0\u05E8\u2069"_s;
    QTest::newRow("other folder") << summary(u"A"_s, u"a@x"_s, u"s"_s, {}, u"Lists/Qt"_s) << true
                                  << u"A"_s << u"s\nWork \u203a Lists/Qt"_s;
}

void TestNotificationText::messageContent()
{
    QFETCH(MessageSummary, message);
    QFETCH(bool, showPreview);
    QFETCH(QString, summaryText);
    QFETCH(QString, body);
    NotificationSettings settings;
    settings.showPreview = showPreview;
    const Notification n = NotificationContent::forMessage(message, u"Work"_s, settings, false);
    QCOMPARE(n.summary, summaryText);
    QCOMPARE(n.body, body);
    QVERIFY(!n.silent);
}

void TestNotificationText::messageActions()
{
    NotificationSettings settings;
    const MessageSummary m = summary(u"A"_s, u"a@x"_s, u"s"_s, {});
    Notification n = NotificationContent::forMessage(m, u"Work"_s, settings, true);
    QCOMPARE(n.actions,
             (QList<NotificationAction> {{u"default"_s, u"Open"_s},
                                         {u"mark-read"_s, u"Mark as read"_s}}));
    QVERIFY(n.silent);
    settings.deleteAction = true;
    n = NotificationContent::forMessage(m, u"Work"_s, settings, false);
    QCOMPARE(n.actions.size(), 3);
    QCOMPARE(n.actions.last(), (NotificationAction {u"delete"_s, u"Delete"_s}));
    // A very long subject is cut.
    const MessageSummary longOne = summary(u"A"_s, u"a@x"_s, QString(10000, u's'), {});
    n = NotificationContent::forMessage(longOne, u"Work"_s, settings, false);
    QVERIFY(n.body.size() <= NotificationText::kMaxBodyLength);
}

void TestNotificationText::groupContent()
{
    BurstGrouper::Group g;
    g.accountId = u"acct-1"_s;
    g.folder = u"INBOX"_s;
    g.count = 7;
    g.senders = {{u"Alice"_s, 3}, {u"Bob"_s, 2}, {u"Carol"_s, 1}, {u"Dave"_s, 1}};
    Notification n = NotificationContent::forGroup(g, u"Work"_s, false);
    QCOMPARE(n.summary, u"7 new messages in Work"_s);
    QCOMPARE(n.body, u"From Alice (3), Bob (2), Carol and 1 more"_s);
    QCOMPARE(n.actions, (QList<NotificationAction> {{u"default"_s, u"Show messages"_s}}));

    g.count = 4;
    g.senders = {{u"<b>Eve</b>\n"_s, 4}};
    n = NotificationContent::forGroup(g, u"Work"_s, true);
    QCOMPARE(n.summary, u"4 new messages in Work"_s);
    QCOMPARE(n.body, u"From <b>Eve</b> (4)"_s);
    QVERIFY(n.silent);
}

void TestNotificationText::groupIsolatesRightToLeftNames()
{
    BurstGrouper::Group g;
    g.folder = u"INBOX"_s;
    g.count = 3;
    g.senders = {{u"\u05E9\u05E8\u05D4\u202E"_s, 2}, {u"Bob"_s, 1}};
    const Notification n =
        NotificationContent::forGroup(g, u"\u05E2\u05D1\u05D5\u05D3\u05D4"_s, false);
    QCOMPARE(n.summary, u"3 new messages in \u2068\u05E2\u05D1\u05D5\u05D3\u05D4\u2069"_s);
    QCOMPARE(n.body, u"From \u2068\u05E9\u05E8\u05D4\u2069 (2), Bob"_s);
}

void TestNotificationText::isolateCutByElisionIsClosed()
{
    // A long right-to-left subject: cut, and the isolate still closed after the "…".
    const QString longRtl = QString(500, QChar(0x05D0));
    const QString field = NotificationText::field(longRtl);
    QCOMPARE(field.size(), NotificationText::kMaxLineLength);
    QVERIFY(field.startsWith(QChar(0x2068)));
    QVERIFY(field.endsWith(u"\u2026\u2069"_s));
    // Composed lines keep it, and cutting them closes it.
    QCOMPARE(NotificationText::singleLine(field), field);
    const QString cut = NotificationText::singleLine(QString(u"Re: "_s + field), 20);
    QCOMPARE(cut.size(), 21);
    QVERIFY(cut.endsWith(u"\u2026\u2069"_s));
    const QString body = NotificationText::multiLine(QString(field + u'\n' + field), 300);
    QVERIFY(body.endsWith(u"\u2026\u2069"_s));
    QCOMPARE(body.count(QChar(0x2068)), body.count(QChar(0x2069)));
}

void TestNotificationText::placeholdersInNamesStayLiteral()
{
    BurstGrouper::Group g;
    g.folder = u"INBOX"_s;
    g.count = 5;
    g.senders = {{u"%1 %2"_s, 5}};
    const Notification n = NotificationContent::forGroup(g, u"%1 Work %n"_s, false);
    QCOMPARE(n.summary, u"5 new messages in %1 Work %n"_s);
    QCOMPARE(n.body, u"From %1 %2 (5)"_s);
}

QTEST_GUILESS_MAIN(TestNotificationText)
#include "tst_notificationtext.moc"
