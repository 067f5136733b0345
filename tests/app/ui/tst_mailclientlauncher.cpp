#include "mailclientlauncher.h"
#include "uitestdata.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Kind = MailClientLauncher::Plan::Kind;

namespace {

AccountInfo account(const QString &user, const QString &host, quint16 port,
                    const QString &openCommand = {})
{
    AccountInfo info;
    info.id = u"a"_s;
    info.user = user;
    info.host = host;
    info.port = port;
    info.openCommand = openCommand;
    return info;
}

MessageSummary summary(const QString &folder, quint32 uidValidity, quint32 uid,
                       const QString &messageId = u"abc@example.org"_s)
{
    MessageSummary s = UiTestData::message(u"a"_s, uid, u"Ann"_s, u"s"_s);
    s.folder = folder;
    s.uidValidity = uidValidity;
    s.messageId = messageId;
    return s;
}

} // namespace

class TestMailClientLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imapUrl_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("url");
        // RFC 5092 section 9 style: imap://user@host:port/mailbox;UIDVALIDITY=v/;UID=u
        QTest::newRow("plain")
            << u"michael"_s << u"minbari.example.org"_s << 143 << u"INBOX"_s
            << u"imap://michael@minbari.example.org:143/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("email as user")
            << u"sam@example.org"_s << u"imap.example.org"_s << 993 << u"INBOX"_s
            << u"imap://sam%40example.org@imap.example.org:993/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
        // enc-user: ';' ':' '/' '?' '#' '%' and space are encoded; sub-delims-sh, '&', '=', '~'
        // stay.
        QTest::newRow("user specials")
            << u"a;b:c/d?e#f%g h"_s << u"h"_s << 993 << u"INBOX"_s
            << u"imap://a%3Bb%3Ac%2Fd%3Fe%23f%25g%20h@h:993/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("user kept")
            << u"x!$'()*+,&=~-._y"_s << u"h"_s << 993 << u"INBOX"_s
            << u"imap://x!$'()*+,&=~-._y@h:993/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
        // enc-mailbox: '/' ':' '@' stay (bchar); ';' '?' '#' space and non-ASCII (UTF-8) are
        // encoded.
        QTest::newRow("hierarchy")
            << u"u"_s << u"h"_s << 993 << u"Lists/qt-dev"_s
            << u"imap://u@h:993/Lists/qt-dev;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("mailbox specials")
            << u"u"_s << u"h"_s << 993 << u"a;b?c#d e"_s
            << u"imap://u@h:993/a%3Bb%3Fc%23d%20e;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("non-ascii mailbox")
            << u"u"_s << u"h"_s << 993 << u"Entwürfe/日本"_s
            << u"imap://u@h:993/Entw%C3%BCrfe/%E6%97%A5%E6%9C%AC;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("ipv6 host") << u"u"_s << u"::1"_s << 10143 << u"INBOX"_s
                                   << u"imap://u@[::1]:10143/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
        QTest::newRow("no user")
            << QString() << u"H.Example.ORG"_s << 993 << u"INBOX"_s
            << u"imap://h.example.org:993/INBOX;UIDVALIDITY=385759045/;UID=20"_s;
    }

    void imapUrl()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, folder);
        QFETCH(QString, url);
        const MessageRef ref {u"a"_s, folder, 385759045, 20};
        const QString built = MailClientLauncher::imapUrl(account(user, host, quint16(port)), ref);
        QCOMPARE(built, url);
        // A URL parser reads it back to the same parts.
        const QUrl parsed(built, QUrl::StrictMode);
        QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed.scheme(), u"imap"_s);
        QCOMPARE(parsed.port(), port);
        QCOMPARE(parsed.userName(QUrl::FullyDecoded), user);
    }

    void commandArgv_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        const QString url = u"imap://sam@imap.example.org:993/INBOX;UIDVALIDITY=7/;UID=9"_s;
        QTest::newRow("url") << u"thunderbird %u"_s << u"id@x"_s << u"thunderbird"_s
                             << QStringList {url};
        QTest::newRow("message id")
            << u"mutt -e \"push <search>~i%m<enter>\""_s << u"id@x"_s << u"mutt"_s
            << QStringList {u"-e"_s, u"push <search>~iid@x<enter>"_s};
        QTest::newRow("inside an argument")
            << u"client --open=%u --mid %m"_s << u"id@x"_s << u"client"_s
            << QStringList {u"--open="_s + url, u"--mid"_s, u"id@x"_s};
        QTest::newRow("literal percent")
            << u"echo 100%% %x"_s << u"id"_s << u"echo"_s << QStringList {u"100%"_s, u"%x"_s};
        // A hostile Message-ID stays one argument, reaches no shell, and has no line breaks.
        QTest::newRow("hostile id")
            << u"client %m"_s << u"x\"; rm -rf ~; echo \"$(id) `id`\n|y"_s << u"client"_s
            << QStringList {u"x\"; rm -rf ~; echo \"$(id) `id` |y"_s};
        QTest::newRow("id cannot add args")
            << u"client %m"_s << u"a b c"_s << u"client"_s << QStringList {u"a b c"_s};
        QTest::newRow("quoted program") << u"\"/opt/My Mail/mail\" %u"_s << u"i"_s
                                        << u"/opt/My Mail/mail"_s << QStringList {url};
    }

    void commandArgv()
    {
        QFETCH(QString, command);
        QFETCH(QString, messageId);
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const auto plan =
            MailClientLauncher::plan(account(u"sam"_s, u"imap.example.org"_s, 993, command),
                                     summary(u"INBOX"_s, 7, 9, messageId));
        QCOMPARE(plan.kind, Kind::Command);
        QCOMPARE(plan.program, program);
        QCOMPARE(plan.arguments, arguments);
    }

    void webmailUrl()
    {
        const auto plan = MailClientLauncher::plan(
            account(u"sam"_s, u"imap.example.org"_s, 993,
                    u"https://mail.example.org/#search/rfc822msgid:%m?u=%u"_s),
            summary(u"INBOX"_s, 7, 9, u"a&b=c#d/e f@x"_s));
        QCOMPARE(plan.kind, Kind::Url);
        QVERIFY(plan.url.isValid());
        QCOMPARE(plan.url.scheme(), u"https"_s);
        QCOMPARE(plan.url.host(), u"mail.example.org"_s);
        // The values are percent-encoded: they cannot end the fragment or add parameters.
        QCOMPARE(
            plan.url.toString(QUrl::FullyEncoded),
            u"https://mail.example.org/#search/rfc822msgid:a%26b%3Dc%23d%2Fe%20f%40x?u="
            "imap%3A%2F%2Fsam%40imap.example.org%3A993%2FINBOX%3BUIDVALIDITY%3D7%2F%3BUID%3D9"_s);
    }

    void nothingToOpen()
    {
        const auto none =
            MailClientLauncher::plan(account(u"u"_s, u"h"_s, 993), summary(u"INBOX"_s, 1, 1));
        QCOMPARE(none.kind, Kind::None);
        QVERIFY(none.error.isEmpty());
        QString error;
        QVERIFY(!MailClientLauncher::open(account(u"u"_s, u"h"_s, 993), summary(u"INBOX"_s, 1, 1),
                                          &error));
        QVERIFY(!error.isEmpty());
        const auto blank = MailClientLauncher::plan(account(u"u"_s, u"h"_s, 993, u"  \"\" "_s),
                                                    summary(u"INBOX"_s, 1, 1));
        QCOMPARE(blank.kind, Kind::None);
        QVERIFY(!blank.error.isEmpty());
    }

    void missingProgramIsAnError()
    {
        QString error;
        QVERIFY(!MailClientLauncher::open(
            account(u"u"_s, u"h"_s, 993, u"/nonexistent/mailbell-client %u"_s),
            summary(u"INBOX"_s, 1, 1), &error));
        QVERIFY2(error.contains(u"/nonexistent/mailbell-client"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMailClientLauncher)
#include "tst_mailclientlauncher.moc"
