// EventFormatter: every event kind as the exact compact JSON line `mailbell watch --json` prints
// (keys, numeric uid, flags order, never \Recent), escaping of hostile subjects (quotes, control
// characters, emoji, "</script>", NUL), and the readable lines (no control character survives).
#include "accountstatuswords.h"
#include "eventformatter.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

MessageSummary summary(const QString &subject)
{
    MessageSummary m;
    m.accountId = u"work"_s;
    m.folder = u"INBOX"_s;
    m.uid = 4242;
    m.uidValidity = 1700000000;
    m.from = {MailAddress {u"Alice"_s, u"alice@example.org"_s, {}}};
    m.date = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
    m.subject = subject;
    m.preview = u"Hello."_s;
    m.size = 1234;
    m.messageId = u"id@example.org"_s;
    return m;
}

MessageRef ref(quint32 uid)
{
    return MessageRef {u"work"_s, u"INBOX"_s, 7, uid};
}

} // namespace

class Tst_EventFormatter : public QObject
{
    Q_OBJECT

private slots:
    void jsonLines_data();
    void jsonLines();
    void subjectEscaping_data();
    void subjectEscaping();
    void flagArray_data();
    void flagArray();
    void readable_data();
    void readable();
    void kindNames();
    void readyPluralsEachCount();
    void stateUsesTheWordsOfCheck();
};

void Tst_EventFormatter::jsonLines_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("line");

    QTest::newRow("ready") << EventFormatter::ready(2, 3)
                           << QByteArray(R"({"accounts":2,"event":"ready","folders":3})");
    QTest::newRow("new-full")
        << EventFormatter::newMessage(summary(u"Lunch?"_s))
        << QByteArray(R"({"account":"work","date":"2024-01-01T10:00:00Z","event":"new","flags":[],)"
                      R"("folder":"INBOX","from":"Alice <alice@example.org>","from_address":)"
                      R"("alice@example.org","message_id":"id@example.org","preview":"Hello.",)"
                      R"("size":1234,"subject":"Lunch?","uid":4242,"uidvalidity":1700000000})");
    MessageSummary bare;
    bare.accountId = u"a"_s;
    bare.folder = u"INBOX"_s;
    bare.uid = 4294967295u;
    QTest::newRow("new-no-from-no-date-max-uid")
        << EventFormatter::newMessage(bare)
        << QByteArray(R"({"account":"a","date":"","event":"new","flags":[],"folder":"INBOX",)"
                      R"("from":"","from_address":"","message_id":"","preview":"","size":0,)"
                      R"("subject":"","uid":4294967295,"uidvalidity":0})");
    QTest::newRow("expunged") << EventFormatter::expunged(ref(9))
                              << QByteArray(R"({"account":"work","event":"expunged",)"
                                            R"("folder":"INBOX","uid":9,"uidvalidity":7})");
    QTest::newRow("flags-seen-flagged")
        << EventFormatter::flags(ref(3),
                                 MessageFlags(MessageFlags::Flagged | MessageFlags::Seen, {}))
        << QByteArray(R"({"account":"work","event":"flags","flags":["\\Seen","\\Flagged"],)"
                      R"("folder":"INBOX","uid":3,"uidvalidity":7})");
    QTest::newRow("flags-empty-set")
        << EventFormatter::flags(ref(3), MessageFlags())
        << QByteArray(R"({"account":"work","event":"flags","flags":[],"folder":"INBOX",)"
                      R"("uid":3,"uidvalidity":7})");
    QTest::newRow("count") << EventFormatter::count(
        FolderStatus {u"work"_s, u"Lists/Qt"_s, 1, 10, 2})
                           << QByteArray(R"({"account":"work","event":"count",)"
                                         R"("folder":"Lists/Qt","messages":10,"unseen":2})");
    AccountStatus online;
    online.accountId = u"work"_s;
    online.state = AccountStatus::State::Online;
    QTest::newRow("state-online") << EventFormatter::state(online)
                                  << QByteArray(R"({"account":"work","event":"state",)"
                                                R"("state":"online","state_text":"online"})");
    AccountStatus failed;
    failed.accountId = u"work"_s;
    failed.state = AccountStatus::State::AuthFailed;
    failed.error = ImapError::make(ErrorKind::AuthFailed, u"Authentication failed."_s);
    failed.nextAttempt = QDateTime(QDate(2024, 1, 1), QTime(10, 5), Qt::UTC);
    QTest::newRow("state-auth-failed-with-next-attempt")
        << EventFormatter::state(failed)
        << QByteArray(R"({"account":"work","error_kind":"auth-failed",)"
                      R"("error_text":"authentication failed: the user name or password was )"
                      R"(rejected","event":"state",)"
                      R"("message":"Authentication failed.","next_attempt":"2024-01-01T10:05:00Z",)"
                      R"("state":"auth-failed","state_text":"sign-in failed"})");
    // A protocol error's state event says what was not understood, as the error event does;
    // "message" stays the engine's (English) text.
    AccountStatus protocol;
    protocol.accountId = u"work"_s;
    protocol.state = AccountStatus::State::Reconnecting;
    protocol.error =
        ImapError::make(ErrorKind::ProtocolError,
                        u"The server sent a response Mailbell cannot understand (untagged FETCH)"_s,
                        u"expected a number"_s);
    protocol.error.responseKind = u"untagged FETCH"_s;
    protocol.error.excerpt = "* 1 FETCH (UID x)";
    protocol.error.offset = 15;
    QTest::newRow("state-protocol-error")
        << EventFormatter::state(protocol)
        << QByteArray(R"j({"account":"work","error_kind":"protocol-error",)j"
                      R"j("error_text":"protocol error: the server sent a response Mailbell did )j"
                      R"j(not understand (untagged FETCH) (expected a number) at byte 15; the )j"
                      R"j(server sent: * 1 FETCH (UID x)","event":"state",)j"
                      R"j("excerpt":"* 1 FETCH (UID x)","message":"The server sent a response )j"
                      R"j(Mailbell cannot understand (untagged FETCH)","offset":15,)j"
                      R"j("response":"untagged FETCH","state":"reconnecting",)j"
                      R"j("state_text":"offline, reconnecting"})j");
    QTest::newRow("error") << EventFormatter::error(u"work"_s, u"auth-failed"_s,
                                                    u"[AUTHENTICATIONFAILED] no"_s)
                           << QByteArray(
                                  R"({"account":"work","event":"error","kind":"auth-failed",)"
                                  R"("message":"[AUTHENTICATIONFAILED] no"})");
}

void Tst_EventFormatter::jsonLines()
{
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, line);
    const QByteArray out = EventFormatter::jsonLine(object);
    QCOMPARE(out, line + '\n');
    QCOMPARE(out.count('\n'), 1);
}

void Tst_EventFormatter::subjectEscaping_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("encoded"); // the "subject" member as it appears on the line

    QTest::newRow("quotes") << u"say \"hi\""_s << QByteArray(R"("subject":"say \"hi\"")");
    QTest::newRow("newline-cr-tab") << u"a\nb\rc\td"_s << QByteArray(R"("subject":"a\nb\rc\td")");
    QTest::newRow("backslash") << u"C:\\x"_s << QByteArray(R"("subject":"C:\\x")");
    QTest::newRow("script-tag") << u"</script><b>"_s << QByteArray(R"("subject":"</script><b>")");
    QTest::newRow("emoji-utf8") << u"Party 🎉"_s
                                << QByteArray("\"subject\":\"Party \xF0\x9F\x8E\x89\"");
    QTest::newRow("umlaut-utf8") << u"Grüße"_s
                                 << QByteArray("\"subject\":\"Gr\xC3\xBC\xC3\x9F"
                                               "e\"");
    QTest::newRow("control-escape-bell")
        << u"x\x1B[31my\x07"_s << QByteArray(R"("subject":"x\u001b[31my\u0007")");
    QTest::newRow("nul") << QString(u"a\0b"_s) << QByteArray(R"("subject":"a\u0000b")");
    QTest::newRow("bidi-override-kept-raw") << u"invoice\u202Efdp.exe"_s
                                            << QByteArray("\"subject\":\"invoice\xE2\x80\xAE"
                                                          "fdp.exe\"");
    QTest::newRow("shell-like") << u"$(touch /tmp/x); `id`"_s
                                << QByteArray(R"("subject":"$(touch /tmp/x); `id`")");
}

void Tst_EventFormatter::subjectEscaping()
{
    QFETCH(QString, subject);
    QFETCH(QByteArray, encoded);
    const QByteArray line = EventFormatter::jsonLine(EventFormatter::newMessage(summary(subject)));
    QVERIFY2(line.contains(encoded), line.constData());
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().value(u"subject"_s).toString(), subject);
    QVERIFY(document.object().value(u"uid"_s).isDouble());
}

void Tst_EventFormatter::flagArray_data()
{
    QTest::addColumn<MessageFlags>("flags");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("system-order-fixed")
        << MessageFlags::fromImap({"\\Draft", "\\Deleted", "\\Flagged", "\\Answered", "\\Seen"})
        << QStringList {u"\\Seen"_s, u"\\Answered"_s, u"\\Flagged"_s, u"\\Deleted"_s, u"\\Draft"_s};
    QTest::newRow("recent-dropped-from-imap")
        << MessageFlags::fromImap({"\\Recent", "\\Seen"}) << QStringList {u"\\Seen"_s};
    QTest::newRow("recent-dropped-even-as-keyword")
        << MessageFlags(0, {"\\RECENT", "$Label1"}) << QStringList {u"$Label1"_s};
    QTest::newRow("keywords-after-system-flags-gmail")
        << MessageFlags::fromImap({"$Junk", "\\Flagged", "$Forwarded"})
        << QStringList {u"\\Flagged"_s, u"$Forwarded"_s, u"$Junk"_s};
    QTest::newRow("empty") << MessageFlags() << QStringList();
}

void Tst_EventFormatter::flagArray()
{
    QFETCH(MessageFlags, flags);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QJsonValue &value : EventFormatter::flagArray(flags))
        actual.append(value.toString());
    QCOMPARE(actual, expected);
}

void Tst_EventFormatter::readable_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("new-with-preview")
        << EventFormatter::readableNew(summary(u"Lunch?"_s), u"Work"_s)
        << u"[Work/INBOX] New: Alice <alice@example.org> — Lunch? — Hello."_s;
    MessageSummary hostile = summary(u"line1\nFAKE: line2\x1B[2J"_s);
    hostile.preview = u"a\n\nb"_s;
    QTest::newRow("new-control-chars-replaced")
        << EventFormatter::readableNew(hostile, u"Work"_s)
        << u"[Work/INBOX] New: Alice <alice@example.org> — line1\uFFFDFAKE: line2\uFFFD[2J — a b"_s;
    MessageSummary empty;
    empty.folder = u"INBOX"_s;
    QTest::newRow("new-no-subject-no-sender")
        << EventFormatter::readableNew(empty, u"Work"_s)
        << u"[Work/INBOX] New: (unknown sender) — (no subject)"_s;
    QTest::newRow("expunged") << EventFormatter::readableExpunged(ref(9), u"Work"_s)
                              << u"[Work/INBOX] Removed: message 9"_s;
    QTest::newRow("flags") << EventFormatter::readableFlags(
        ref(3), MessageFlags::fromImap({"\\Recent", "\\Seen"}), u"Work"_s)
                           << u"[Work/INBOX] Flags of message 3: \\Seen"_s;
    QTest::newRow("flags-none") << EventFormatter::readableFlags(ref(3), MessageFlags(), u"Work"_s)
                                << u"[Work/INBOX] Flags of message 3: (none)"_s;
    QTest::newRow("count") << EventFormatter::readableCount(
        FolderStatus {u"work"_s, u"INBOX"_s, 1, 10, 2}, u"Work"_s)
                           << u"[Work/INBOX] 2 unseen of 10"_s;
    AccountStatus status;
    status.state = AccountStatus::State::Error;
    status.error = ImapError::make(ErrorKind::TlsUntrusted, u"untrusted\ncert"_s);
    // The words `mailbell check` prints, not the engine's English message.
    QTest::newRow("state-error")
        << EventFormatter::readableState(status, u"Work"_s)
        << u"[Work] error — TLS certificate not trusted: the server's certificate is not trusted"_s;
    AccountStatus refused;
    refused.state = AccountStatus::State::Reconnecting;
    refused.error =
        ImapError::make(ErrorKind::ConnectionRefused, u"refused\nby imap.example.org:993"_s);
    QTest::newRow("state-error-engine-text-printable")
        << EventFormatter::readableState(refused, u"Work"_s)
        << u"[Work] offline, reconnecting — connection refused: the server refused the "
           "connection; check the port (refused\uFFFDby imap.example.org:993)"_s;
    // Bidi controls cannot reorder what a person reads (JSON keeps them: subjectEscaping).
    MessageSummary bidi = summary(u"invoice\u202Efdp.exe"_s);
    bidi.from = {MailAddress {u"Al\u202Eice"_s, u"alice@example.org"_s, {}}};
    bidi.folder = u"In\u2066box"_s;
    bidi.preview = u"pre\u202Bview\u2069"_s;
    QTest::newRow("new-bidi-controls-removed")
        << EventFormatter::readableNew(bidi, u"Wo\u202Drk"_s)
        << u"[Work/Inbox] New: Alice <alice@example.org> — invoicefdp.exe — preview"_s;
    QTest::newRow("new-rtl-subject-isolated")
        << EventFormatter::readableNew(summary(u"\u05E9\u05DC\u05D5\u05DD 2"_s), u"Work"_s)
        << u"[Work/INBOX] New: Alice <alice@example.org> — \u2068\u05E9\u05DC\u05D5\u05DD "
           "2\u2069 — Hello."_s;
    QTest::newRow("count-bidi-folder") << EventFormatter::readableCount(
        FolderStatus {u"work"_s, u"\u202ETrash"_s, 1, 10, 2}, u"Work"_s)
                                       << u"[Work/Trash] 2 unseen of 10"_s;
    QTest::newRow("ready") << EventFormatter::readableReady(1, 2)
                           << u"Ready: watching 2 folder(s) in 1 account(s)."_s;
}

void Tst_EventFormatter::readable()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(line, expected);
}

void Tst_EventFormatter::kindNames()
{
    QCOMPARE(EventFormatter::kindName(ErrorKind::AuthFailed), u"auth-failed"_s);
    QCOMPARE(EventFormatter::kindName(ErrorKind::TlsUntrusted), u"tls-untrusted"_s);
    QCOMPARE(EventFormatter::stateName(AccountStatus::State::WaitingForPassword),
             u"waiting-for-password"_s);
    // Every kind has its own name.
    QStringList names;
    for (int k = int(ErrorKind::None); k <= int(ErrorKind::StaleMessage); ++k)
        names.append(EventFormatter::kindName(ErrorKind(k)));
    QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size());
    QVERIFY(!names.contains(u"unknown"_s));
}

namespace {

// English plural rules for every numerus message, as a filled-in mailbell_en.ts gives them:
// "%n folder(s)" becomes "1 folder" or "2 folders". A count that is not a numerus form keeps
// "(s)" and so shows up.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(u"%n"_s))
            return {};
        text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void Tst_EventFormatter::readyPluralsEachCount()
{
    // Point 10: never "1 accounts": the accounts are counted with a numerus form of their own.
    EnglishPlurals plurals;
    QVERIFY(QCoreApplication::installTranslator(&plurals));
    const QString one = EventFormatter::readableReady(1, 1);
    const QString two = EventFormatter::readableReady(1, 2);
    const QString many = EventFormatter::readableReady(3, 1);
    QCoreApplication::removeTranslator(&plurals);
    QCOMPARE(one, u"Ready: watching 1 folder in 1 account."_s);
    QCOMPARE(two, u"Ready: watching 2 folders in 1 account."_s);
    QCOMPARE(many, u"Ready: watching 1 folder in 3 accounts."_s);
}

namespace {

// Marks every text of AccountStatusWords, to see where translated words end up.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "AccountStatusWords") != 0)
            return {};
        return u"<"_s + QString::fromUtf8(sourceText) + u">"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void Tst_EventFormatter::stateUsesTheWordsOfCheck()
{
    AccountStatus status;
    status.accountId = u"work"_s;
    status.state = AccountStatus::State::Reconnecting;
    status.error = ImapError::make(ErrorKind::Timeout, u"No answer from imap.example.org:993"_s);
    MarkingTranslator marks;
    QVERIFY(QCoreApplication::installTranslator(&marks));
    const QString check = AccountStatusWords::summary(status.error); // what check prints
    const QString stateWords = AccountStatusWords::state(status.state);
    const QString readable = EventFormatter::readableState(status, u"Work"_s);
    const QJsonObject json = EventFormatter::state(status);
    QCoreApplication::removeTranslator(&marks);

    QVERIFY2(check.contains(u"<the server did not answer in time>"_s), qPrintable(check));
    QCOMPARE(stateWords, u"<offline, reconnecting>"_s);
    QCOMPARE(readable, u"[Work] "_s + stateWords + u" — "_s + check);
    // JSON: the machine fields as they were, the translated words beside them.
    QCOMPARE(json.value(u"state"_s).toString(), u"reconnecting"_s);
    QCOMPARE(json.value(u"error_kind"_s).toString(), u"timeout"_s);
    QCOMPARE(json.value(u"message"_s).toString(), u"No answer from imap.example.org:993"_s);
    QCOMPARE(json.value(u"state_text"_s).toString(), stateWords);
    QCOMPARE(json.value(u"error_text"_s).toString(), check);
}

QTEST_GUILESS_MAIN(Tst_EventFormatter)
#include "tst_eventformatter.moc"
