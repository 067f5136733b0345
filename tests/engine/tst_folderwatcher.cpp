// FolderWatcher over the in-memory FakeTransport: SELECT, initial sync, IDLE, new mail with its
// summary and preview fetches (exact client bytes, PEEK only), EXISTS after EXPUNGE, mail that
// is already \Seen, exactly-once across runs, IDLE renewal, NOOP polling and queued markSeen.
#include "engine/connection.h"
#include "engine/folderwatcher.h"
#include "engine/seenstore.h"
#include "faketransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"acct"_s;
const QString kFolder = u"INBOX"_s;
constexpr quint32 kValidity = 1700000000;

QString login(const QString &capabilities)
{
    return u"S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] ready\n"
           "C: A0001 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==\n"
           "S: A0001 OK [CAPABILITY %1] Logged in\n"_s.arg(capabilities);
}

// SELECT of two messages (UID 10 \Seen, UID 11 unseen), UIDNEXT 12, then the sync and IDLE.
const QString kSelectSyncIdle = u"C: A0002 SELECT INBOX\n"
                                "S: * FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\n"
                                "S: * 2 EXISTS\n"
                                "S: * OK [UIDVALIDITY 1700000000] UIDs valid\n"
                                "S: * OK [UIDNEXT 12] Predicted next UID\n"
                                "S: A0002 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\n"
                                "C: A0003 UID FETCH 1:* (UID FLAGS)\n"
                                "S: * 1 FETCH (UID 10 FLAGS (\\Seen))\n"
                                "S: * 2 FETCH (FLAGS () UID 11)\n"
                                "S: A0003 OK Fetch completed (0.001 + 0.000 secs).\n"_s;

const QString kEnvelope12 =
    u"ENVELOPE (\"Wed, 25 Nov 2026 10:00:00 +0000\" \"=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\" "
    "((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) "
    "((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"alice\" \"example.org\")) NIL NIL NIL "
    "\"<m12@example.org>\")"_s;

struct Harness
{
    explicit Harness(const QString &storePath)
        : transport(new FakeTransport)
        , connection(config(), transport)
        , store(storePath)
    {
        connection.setPassword(u"s3cret"_s);
    }

    static AccountConfig config()
    {
        AccountConfig c;
        c.host = u"imap.example.org"_s;
        c.security = AccountConfig::Security::Tls;
        c.port = 993;
        c.user = u"alice"_s;
        c.greetingTimeoutMs = 5000;
        c.commandTimeoutMs = 5000;
        return c;
    }

    // Unit tests enter IDLE at once unless a test is about the quiet delay.
    void start(const QString &capabilities, FolderWatcher::Options options,
               bool keepQuietDelay = false)
    {
        if (!keepQuietDelay)
            options.quietDelayMs = 0;
        connection.open();
        transport->serverAccept();
        QVERIFY(play(login(capabilities)));
        QCOMPARE(connection.state(), Connection::State::Authenticated);
        watcher = std::make_unique<FolderWatcher>(kAccount, kFolder, &store, options);
        QObject::connect(watcher.get(), &FolderWatcher::messagesArrived, watcher.get(),
                         [this](const QList<MessageSummary> &list) {
                             arrivals.append(list);
                             ++arrivalSignals;
                         });
        QObject::connect(watcher.get(), &FolderWatcher::messageExpunged, watcher.get(),
                         [this](quint32 index, quint32 uid) {
                             expunged.append({index, uid});
                         });
        QObject::connect(watcher.get(), &FolderWatcher::failed, watcher.get(),
                         [this](const ImapError &error) { failures.append(error); });
        QObject::connect(watcher.get(), &FolderWatcher::flagsChanged, watcher.get(),
                         [this](quint32 uid, const MessageFlags &) { flagChanges.append(uid); });
        watcher->start(&connection);
    }

    QByteArray unread() const { return transport->written().mid(checked); }

    bool expect(const QByteArray &line)
    {
        const QByteArray wanted = line + "\r\n";
        if (!unread().startsWith(wanted)) {
            qWarning("expected client line %s, client wrote %s", wanted.constData(),
                     unread().constData());
            return false;
        }
        checked += wanted.size();
        return true;
    }

    // "S: line" one server chunk, "S+ line" appended to it, "C: line" the client's next line.
    bool play(const QString &script)
    {
        QByteArray chunk;
        auto flush = [&] {
            if (!chunk.isEmpty())
                transport->serverSend(std::exchange(chunk, QByteArray()));
        };
        for (const QString &text : script.split(u'\n', Qt::SkipEmptyParts)) {
            const QByteArray line = text.toUtf8();
            if (line.startsWith("S+ ")) {
                chunk += line.mid(3) + "\r\n";
                continue;
            }
            flush();
            if (line.startsWith("S: ")) {
                chunk = line.mid(3) + "\r\n";
            } else if (line.startsWith("C: ")) {
                if (!expect(line.mid(3)))
                    return false;
            } else {
                qWarning("bad script line %s", line.constData());
                return false;
            }
        }
        flush();
        return true;
    }

    FakeTransport *transport;
    Connection connection;
    SeenStore store;
    std::unique_ptr<FolderWatcher> watcher;
    QList<MessageSummary> arrivals;
    int arrivalSignals = 0;
    QList<std::pair<quint32, quint32>> expunged;
    QList<ImapError> failures;
    QList<quint32> flagChanges;
    qsizetype checked = 0;
};

} // namespace

class Tst_FolderWatcher : public QObject
{
    Q_OBJECT

private slots:
    void dialog_data();
    void dialog();
    void idleRenewal();
    void pollsWithNoopWithoutIdle();
    void markSeenRunsBetweenIdles();
    void refusedIdleFallsBackToPolling();
    void decodePreview_data();
    void decodePreview();
};

void Tst_FolderWatcher::dialog_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<int>("storedWatermark"); // 0: first run
    QTest::addColumn<QString>("script"); // after the login
    QTest::addColumn<QStringList>("subjects"); // announced, in order
    QTest::addColumn<QStringList>("previews");
    QTest::addColumn<int>("expunges");
    QTest::addColumn<int>("watermark"); // afterwards
    QTest::addColumn<bool>("fails");

    const QString caps = u"IMAP4rev1 IDLE UIDPLUS"_s;

    QTest::newRow("dovecot-exists-during-idle-summary-and-preview")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed (0.001 + 5.000 secs).\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () INTERNALDATE \"25-Nov-2026 10:00:01 +0000\" "
              "RFC822.SIZE 612 %1 BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL "
              "NIL \"quoted-printable\" 28 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed (0.001 + 0.000 secs).\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 3 FETCH (UID 12 BODY[1]<0> {28}\n"
              "S+ Gr=C3=BC=C3=9Fe aus Berlin\n"
              "S+ )\n"
              "S: A0006 OK Fetch completed (0.001 + 0.000 secs).\n"
              "C: A0007 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Grüße aus Berlin"_s} << 0 << 12 << false;

    QTest::newRow("rfc8970-preview-extension-no-body-fetch")
        << u"IMAP4rev1 IDLE PREVIEW"_s << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE "
              "PREVIEW)\n"
              "S: * 3 FETCH (UID 12 FLAGS () RFC822.SIZE 612 %1 PREVIEW \"Hello from the "
              "server\" BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 20 1 NIL NIL NIL "
              "NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Hello from the server"_s} << 0 << 12 << false;

    QTest::newRow("html-only-base64-latin1")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"html\" (\"charset\" "
              "\"iso-8859-1\") NIL NIL \"base64\" 40 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              // "<p>Caf\xe9 <b>ouvert</b></p>"
              "S: * 3 FETCH (UID 12 BODY[1]<0> \"PHA+Q2Fm6SA8Yj5vdXZlcnQ8L2I+PC9wPg==\")\n"
              "S: A0006 OK Fetch completed.\n"
              "C: A0007 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"Café ouvert"_s} << 0 << 12 << false;

    QTest::newRow("outlook-exists-after-expunge-is-not-new-mail") << caps << 0
                                                                  << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 1 EXPUNGE\n"
              "S+ * 1 EXISTS\n"_s << QStringList {} << QStringList {}
                                                                  << 1 << 11 << false;

    QTest::newRow("arrival-already-seen-not-announced") << caps << 0
                                                        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS (\\Seen) %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
              "NIL \"7bit\" 20 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12) << QStringList {}
                                                        << QStringList {} << 0 << 12 << false;

    QTest::newRow("continue-announces-unseen-above-watermark-once")
        << caps << 10
        << kSelectSyncIdle
            + u"C: A0004 UID FETCH 11:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              u"BODYSTRUCTURE)\n"
              "S: * 2 FETCH (UID 11 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: A0004 OK Fetch completed.\n"
              "C: A0005 UID FETCH 11 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 2 FETCH (UID 11 BODY[1]<0> \"while away\")\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"while away"_s} << 0 << 11 << false;

    QTest::newRow("continue-nothing-new-goes-straight-to-idle")
        << caps << 11 << kSelectSyncIdle + u"C: A0004 IDLE\n"_s << QStringList {} << QStringList {}
        << 0 << 11 << false;

    QTest::newRow("rfc9051-6.4.8-uid-star-returns-last-message-below-floor") << caps << 0
                                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 2 FETCH (UID 11 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 20 1 NIL NIL NIL NIL))\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 IDLE\n"_s.arg(kEnvelope12) << QStringList {} << QStringList {}
                                                                             << 0 << 11 << false;

    QTest::newRow("exists-while-fetching-is-fetched-next")
        << caps << 0
        << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * 3 EXISTS\n"
              "C: DONE\n"
              "S: A0004 OK Idle completed.\n"
              "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
              "\"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: * 4 EXISTS\n"
              "S: A0005 OK Fetch completed.\n"
              "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
              "S: * 3 FETCH (UID 12 BODY[1]<0> \"first\")\n"
              "S: A0006 OK Fetch completed.\n"
              "C: A0007 UID FETCH 13:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
              "BODYSTRUCTURE)\n"
              "S: * 4 FETCH (UID 13 FLAGS (\\Seen) %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
              "NIL \"7bit\" 5 1 NIL NIL NIL NIL))\n"
              "S: A0007 OK Fetch completed.\n"
              "C: A0008 IDLE\n"_s.arg(kEnvelope12)
        << QStringList {u"Grüße"_s} << QStringList {u"first"_s} << 0 << 13 << false;

    QTest::newRow("yahoo-still-here-during-idle-is-ignored") << caps << 0
                                                             << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * OK Still here\n"
              "S: * 2 FETCH (FLAGS (\\Flagged))\n"_s << QStringList {}
                                                             << QStringList {} << 0 << 11 << false;

    QTest::newRow("select-no-nonexistent-fails")
        << caps << 0
        << u"C: A0002 SELECT INBOX\n"
           "S: A0002 NO [NONEXISTENT] Mailbox doesn't exist: INBOX\n"_s
        << QStringList {} << QStringList {} << 0 << 0 << true;

    QTest::newRow("bye-during-idle-fails") << caps << 0
                                           << kSelectSyncIdle
            + u"C: A0004 IDLE\n"
              "S: + idling\n"
              "S: * BYE Server shutting down\n"_s
                                           << QStringList {} << QStringList {} << 0 << 11 << true;
}

void Tst_FolderWatcher::dialog()
{
    QFETCH(QString, capabilities);
    QFETCH(int, storedWatermark);
    QFETCH(QString, script);
    QFETCH(QStringList, subjects);
    QFETCH(QStringList, previews);
    QFETCH(int, expunges);
    QFETCH(int, watermark);
    QFETCH(bool, fails);

    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    if (storedWatermark > 0) {
        h.store.begin(kAccount, kFolder, kValidity, quint32(storedWatermark) + 1);
        QCOMPARE(h.store.watermark(kAccount, kFolder, kValidity), quint32(storedWatermark));
    }
    h.start(capabilities, {});
    QVERIFY(h.play(script));
    QCOMPARE(h.unread(), QByteArray());

    QStringList gotSubjects;
    QStringList gotPreviews;
    for (const MessageSummary &s : std::as_const(h.arrivals)) {
        gotSubjects << s.subject;
        gotPreviews << s.preview;
        QCOMPARE(s.accountId, kAccount);
        QCOMPARE(s.folder, kFolder);
        QCOMPARE(s.uidValidity, kValidity);
        QCOMPARE(s.from.value(0).address, u"bob@example.org"_s);
        QCOMPARE(s.from.value(0).name, u"Bob"_s);
        QCOMPARE(s.messageId, u"m12@example.org"_s);
        QVERIFY(s.date.isValid());
    }
    QCOMPARE(gotSubjects, subjects);
    QCOMPARE(gotPreviews, previews);
    QCOMPARE(h.arrivalSignals, subjects.isEmpty() ? 0 : 1);
    QCOMPARE(h.expunged.size(), expunges);
    const QList<quint32> expectedFlagChanges =
        QByteArray(QTest::currentDataTag()).startsWith("yahoo") ? QList<quint32> {11}
                                                                : QList<quint32> {};
    QCOMPARE(h.flagChanges, expectedFlagChanges);
    QCOMPARE(h.failures.size(), fails ? 1 : 0);
    if (!fails || watermark > 0)
        QCOMPARE(h.store.watermark(kAccount, kFolder, kValidity).value_or(0), quint32(watermark));
    // The watcher never reads a body without PEEK and never stores a flag on its own.
    const QByteArray written = h.transport->written();
    QVERIFY(!written.contains("BODY["));
    QVERIFY(!written.contains("STORE"));
}

void Tst_FolderWatcher::idleRenewal()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.idleRenewalMs = 50;
    h.start(u"IMAP4rev1 IDLE"_s, options);
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\nS: + idling\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("DONE\r\n"), 2000);
    QVERIFY(h.play(u"C: DONE\nS: A0004 OK Idle completed.\nC: A0005 IDLE\nS: + idling\n"_s));
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("DONE\r\n"), 2000);
    QVERIFY(h.play(u"C: DONE\nS: A0005 OK Idle completed.\nC: A0006 IDLE\n"_s));
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::pollsWithNoopWithoutIdle()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.pollIntervalMs = 50;
    h.start(u"IMAP4rev1"_s, options); // Yahoo-style: no IDLE
    QVERIFY(h.play(kSelectSyncIdle));
    QCOMPARE(h.unread(), QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("A0004 NOOP\r\n"), 2000);
    QVERIFY(h.play(u"C: A0004 NOOP\n"
                   "S: * 3 EXISTS\n"
                   "S: A0004 OK NOOP completed\n"
                   "C: A0005 UID FETCH 12:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE "
                   "BODYSTRUCTURE)\n"
                   "S: * 3 FETCH (UID 12 FLAGS () %1 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL "
                   "\"7bit\" 2 1 NIL NIL NIL NIL))\n"
                   "S: A0005 OK Fetch completed.\n"
                   "C: A0006 UID FETCH 12 (BODY.PEEK[1]<0.2048>)\n"
                   "S: * 3 FETCH (UID 12 BODY[1]<0> \"hi\")\n"
                   "S: A0006 OK Fetch completed.\n"_s.arg(kEnvelope12)));
    QCOMPARE(h.arrivals.size(), 1);
    QCOMPARE(h.arrivals.constFirst().uid, 12u);
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("A0007 NOOP\r\n"), 2000);
    QVERIFY(!h.transport->written().contains("IDLE"));
}

void Tst_FolderWatcher::markSeenRunsBetweenIdles()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    h.start(u"IMAP4rev1 IDLE"_s, {});
    QVERIFY(h.play(kSelectSyncIdle + u"C: A0004 IDLE\n"_s));
    h.watcher->markSeen(11); // before "+": DONE waits for it
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.play(u"S: + idling\n"
                   "C: DONE\n"
                   "S: A0004 OK Idle completed.\n"
                   "C: A0005 UID STORE 11 +FLAGS.SILENT (\\Seen)\n"
                   "S: A0005 OK Store completed.\n"
                   "C: A0006 IDLE\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::refusedIdleFallsBackToPolling()
{
    QTemporaryDir dir;
    Harness h(dir.filePath(u"seen.json"_s));
    FolderWatcher::Options options;
    options.pollIntervalMs = 50;
    h.start(u"IMAP4rev1 IDLE"_s, options);
    QVERIFY(h.play(kSelectSyncIdle
                   + u"C: A0004 IDLE\n"
                     "S: A0004 BAD Unknown command\n"_s));
    QCOMPARE(h.unread(), QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("A0005 NOOP\r\n"), 2000);
    QVERIFY(h.play(u"C: A0005 NOOP\nS: A0005 OK NOOP completed\n"_s));
    QTRY_COMPARE_WITH_TIMEOUT(h.unread(), QByteArray("A0006 NOOP\r\n"), 2000);
    QVERIFY(h.failures.isEmpty());
}

void Tst_FolderWatcher::decodePreview_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("qp-utf8") << QByteArray("Gr=C3=BC=C3=9Fe=\r\n aus Berlin")
                             << QByteArray("QUOTED-PRINTABLE") << QByteArray("utf-8") << false
                             << u"Grüße aus Berlin"_s;
    QTest::newRow("base64-cut-mid-group")
        << QByteArray("SGVsbG8gd29ybGQh\r\nSGVs") << QByteArray("BASE64") << QByteArray() << false
        << u"Hello world!Hel"_s;
    QTest::newRow("html-entities")
        << QByteArray("<div>Fish &amp; chips<br>today</div>") << QByteArray("7BIT")
        << QByteArray("us-ascii") << true << u"Fish & chips today"_s;
    QTest::newRow("quoted-reply-dropped")
        << QByteArray("Yes.\r\n\r\nOn Mon, Bob wrote:\r\n> question?") << QByteArray("8BIT")
        << QByteArray("utf-8") << false << u"Yes."_s;
}

void Tst_FolderWatcher::decodePreview()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, charset);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    PreviewPart part;
    part.section = "1";
    part.encoding = encoding;
    part.charset = charset;
    part.isHtml = html;
    QCOMPARE(SummaryFetcher::decodePreview(raw, part, 200), expected);
}

QTEST_GUILESS_MAIN(Tst_FolderWatcher)
#include "tst_folderwatcher.moc"
