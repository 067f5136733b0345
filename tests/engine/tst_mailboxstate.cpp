// MailboxState: server dialogs (as wire lines, parsed by ResponseParser) -> the exact sequence of
// coalesced events, and the sequence-number -> UID map afterwards.
#include "engine/mailboxstate.h"
#include "protocol/responseparser.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImapCore;

namespace {

// Five messages, UIDs 1..5, synchronized, UIDVALIDITY 1 (Dovecot's SELECT order).
const QStringList fiveMessages = {
    QStringLiteral("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)"),
    QStringLiteral("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] ok"),
    QStringLiteral("* 5 EXISTS"),
    QStringLiteral("* 0 RECENT"),
    QStringLiteral("* OK [UIDVALIDITY 1] UIDs valid"),
    QStringLiteral("* OK [UIDNEXT 6] Predicted next UID"),
    QStringLiteral("* 1 FETCH (UID 1 FLAGS (\\Seen))"),
    QStringLiteral("* 2 FETCH (UID 2 FLAGS ())"),
    QStringLiteral("* 3 FETCH (UID 3 FLAGS (\\Seen))"),
    QStringLiteral("* 4 FETCH (UID 4 FLAGS ())"),
    QStringLiteral("* 5 FETCH (UID 5 FLAGS (\\Flagged))"),
    QStringLiteral("sync"),
    QStringLiteral("--"),
};

QStringList with(QStringList prefix, const QStringList &rest)
{
    prefix += rest;
    return prefix;
}

QList<FetchResponse> parseSnapshot(const QString &spec)
{
    // "1=\Seen 2= 7=$Label1,\Flagged"
    QList<FetchResponse> result;
    quint32 seq = 0;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const auto parts = item.split(u'=');
        FetchResponse fetch;
        fetch.sequenceNumber = ++seq;
        fetch.uid = parts[0].toUInt();
        QList<QByteArray> flags;
        for (const QString &f : parts.value(1).split(u',', Qt::SkipEmptyParts))
            flags.append(f.toLatin1());
        fetch.flags = flags;
        result.append(fetch);
    }
    return result;
}

QString mapOf(const MailboxState &state)
{
    QStringList cells;
    for (quint32 seq = 1; seq <= state.exists() && seq <= 64; ++seq) {
        const quint32 uid = state.uidAt(seq);
        cells.append(uid ? QString::number(uid) : QStringLiteral("?"));
    }
    return cells.join(u' ');
}

} // namespace

class Tst_mailboxstate : public QObject
{
    Q_OBJECT
private slots:
    void dialog_data();
    void dialog();
    void flagsKeptWithInterning();
    void keywordOverflowLosesNothing();
    void countHeldUntilBatchEnds();
    void snapshotDiff();
    void snapshotOfUidsAndFlagsIsTheSame_data();
    void snapshotOfUidsAndFlagsIsTheSame();
    void hugeExistsAllocatesNothing();
    void unseenCount();
    void unseenCountFollowsEveryChange();
    void bytesPerMessageForAMillion();
};

void Tst_mailboxstate::dialog_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("map");

    const QString five = QStringLiteral("1 2 3 4 5");

    QTest::newRow("dovecot-select-initial-sync") << fiveMessages << QStringList {} << five;
    QTest::newRow("dovecot-select-events-before-cut")
        << QStringList {QStringLiteral("* 3 EXISTS"), QStringLiteral("* OK [UIDVALIDITY 7] x"),
                        QStringLiteral("* 1 FETCH (UID 10 FLAGS ())"),
                        QStringLiteral("* 2 FETCH (UID 11 FLAGS ())")}
        << QStringList {QStringLiteral("count 3")} << QStringLiteral("10 11 ?");
    QTest::newRow("dovecot-exists-after-append")
        << with(fiveMessages,
                {QStringLiteral("* 6 EXISTS"), QStringLiteral("* 6 FETCH (UID 6 FLAGS ())")})
        << QStringList {QStringLiteral("count 6")} << QStringLiteral("1 2 3 4 5 6");
    QTest::newRow("dovecot-exists-and-uid-in-one-read")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 6 EXISTS"), QStringLiteral("* 7 EXISTS"),
                 QStringLiteral("* 6 FETCH (UID 8 FLAGS (\\Recent))"),
                 QStringLiteral("* 7 FETCH (UID 9 FLAGS ())"), QStringLiteral("]")})
        << QStringList {QStringLiteral("count 7")} << QStringLiteral("1 2 3 4 5 8 9");
    QTest::newRow("rfc3501-7.4.1-expunge-middle")
        << with(fiveMessages, {QStringLiteral("* 3 EXPUNGE")})
        << QStringList {QStringLiteral("expunged 3 3"), QStringLiteral("count 4")}
        << QStringLiteral("1 2 4 5");
    QTest::newRow("expunge-first")
        << with(fiveMessages, {QStringLiteral("* 1 EXPUNGE")})
        << QStringList {QStringLiteral("expunged 1 1"), QStringLiteral("count 4")}
        << QStringLiteral("2 3 4 5");
    QTest::newRow("expunge-last") << with(fiveMessages, {QStringLiteral("* 5 EXPUNGE")})
                                  << QStringList {QStringLiteral("expunged 5 5"),
                                                  QStringLiteral("count 4")}
                                  << QStringLiteral("1 2 3 4");
    QTest::newRow("rfc3501-7.4.1-expunge-same-number-renumbers")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 2 EXPUNGE"), QStringLiteral("* 2 EXPUNGE"),
                 QStringLiteral("* 2 EXPUNGE"), QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 2 2"), QStringLiteral("expunged 2 3"),
                        QStringLiteral("expunged 2 4"), QStringLiteral("count 2")}
        << QStringLiteral("1 5");
    QTest::newRow("expunge-descending-order")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 5 EXPUNGE"), QStringLiteral("* 4 EXPUNGE"),
                 QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 5 5"), QStringLiteral("expunged 4 4"),
                        QStringLiteral("count 3")}
        << QStringLiteral("1 2 3");
    QTest::newRow("mailkit-exists-after-expunge-is-not-new-mail")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 3 EXPUNGE"), QStringLiteral("* 4 EXISTS"),
                 QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 3 3"), QStringLiteral("count 4")}
        << QStringLiteral("1 2 4 5");
    QTest::newRow("exchange-expunge-then-exists-restores-count")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 3 EXPUNGE"), QStringLiteral("* 5 EXISTS"),
                 QStringLiteral("]"), QStringLiteral("* 5 FETCH (UID 6 FLAGS ())")})
        << QStringList {QStringLiteral("expunged 3 3")} << QStringLiteral("1 2 4 5 6");
    QTest::newRow("trojita-expunge-immediately-after-arrival")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 6 EXISTS"), QStringLiteral("* 6 EXPUNGE"),
                 QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 6 0")} << five;
    QTest::newRow("new-message-expunged-in-the-same-batch")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 6 EXISTS"),
                 QStringLiteral("* 6 FETCH (UID 6 FLAGS ())"), QStringLiteral("* 6 EXPUNGE"),
                 QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 6 6")} << five;
    QTest::newRow("fetch-flags-before-uid-known")
        << with(fiveMessages,
                {QStringLiteral("* 6 EXISTS"), QStringLiteral("* 6 FETCH (FLAGS (\\Seen))"),
                 QStringLiteral("* 6 FETCH (UID 9 FLAGS (\\Seen))")})
        << QStringList {QStringLiteral("count 6")} << QStringLiteral("1 2 3 4 5 9");
    // Found by fuzz_folderwatcher: a UID for a slot with no known message within the
    // neighbour scan could not be checked against the known UIDs (UID 9 after UID 5), so the UIDs
    // stopped ascending. It is not recorded; the slot stays unknown for the next UID FETCH.
    QTest::newRow("fuzz-uid-far-from-every-known-message-is-ignored")
        << with(fiveMessages,
                {QStringLiteral("* 200 EXISTS"), QStringLiteral("* 150 FETCH (UID 3 FLAGS ())"),
                 QStringLiteral("* 6 FETCH (UID 7 FLAGS ())")})
        << QStringList {QStringLiteral("count 200"), QStringLiteral("error")}
        << QStringLiteral("1 2 3 4 5 7")
            + QStringLiteral(" ?").repeated(58); // mapOf shows 64 slots
    QTest::newRow("uids-learnt-after-sync-fill-slots-without-events")
        << QStringList {QStringLiteral("* 2 EXISTS"),
                        QStringLiteral("* OK [UIDNEXT 50] x"),
                        QStringLiteral("sync"),
                        QStringLiteral("--"),
                        QStringLiteral("* 1 FETCH (UID 20)"),
                        QStringLiteral("* 2 FETCH (UID 50)")}
        << QStringList {} << QStringLiteral("20 50");
    QTest::newRow("flag-change-seen-by-other-client")
        << with(fiveMessages, {QStringLiteral("* 2 FETCH (FLAGS (\\Seen \\Flagged))")})
        << QStringList {QStringLiteral("flags 2 \\Seen \\Flagged")} << five;
    QTest::newRow("flag-change-with-uid-and-modseq")
        << with(fiveMessages, {QStringLiteral("* 4 FETCH (UID 4 MODSEQ (12) FLAGS ($Forwarded))")})
        << QStringList {QStringLiteral("flags 4 $Forwarded")} << five;
    QTest::newRow("flags-unchanged-no-event")
        << with(fiveMessages, {QStringLiteral("* 1 FETCH (FLAGS (\\SEEN))")}) << QStringList {}
        << five;
    QTest::newRow("recent-is-never-a-change")
        << with(fiveMessages, {QStringLiteral("* 1 FETCH (FLAGS (\\Seen \\Recent))")})
        << QStringList {} << five;
    QTest::newRow("flag-changes-coalesced-last-wins")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 2 FETCH (FLAGS (\\Seen))"),
                 QStringLiteral("* 2 FETCH (FLAGS (\\Seen \\Deleted))"), QStringLiteral("]")})
        << QStringList {QStringLiteral("flags 2 \\Seen \\Deleted")} << five;
    QTest::newRow("flag-change-then-expunge-only-expunge")
        << with(fiveMessages,
                {QStringLiteral("["), QStringLiteral("* 2 FETCH (FLAGS (\\Deleted))"),
                 QStringLiteral("* 2 EXPUNGE"), QStringLiteral("]")})
        << QStringList {QStringLiteral("expunged 2 2"), QStringLiteral("count 4")}
        << QStringLiteral("1 3 4 5");
    QTest::newRow("rfc7162-3.2.10-vanished")
        << with(fiveMessages, {QStringLiteral("* VANISHED 2:3")})
        << QStringList {QStringLiteral("expunged 2 2"), QStringLiteral("expunged 2 3"),
                        QStringLiteral("count 3")}
        << QStringLiteral("1 4 5");
    QTest::newRow("rfc7162-3.2.10-vanished-earlier-unknown-uids-ignored")
        << with(fiveMessages, {QStringLiteral("* VANISHED (EARLIER) 100:4294967295")})
        << QStringList {} << five;
    QTest::newRow("vanished-earlier-known-uid-removed")
        << with(fiveMessages, {QStringLiteral("* VANISHED (EARLIER) 5,300:310")})
        << QStringList {QStringLiteral("expunged 5 5"), QStringLiteral("count 4")}
        << QStringLiteral("1 2 3 4");
    QTest::newRow("rfc9051-2.3.1.1-uidvalidity-change-mid-session")
        << with(fiveMessages, {QStringLiteral("* OK [UIDVALIDITY 2] changed")})
        << QStringList {QStringLiteral("uidvalidity 1 2"), QStringLiteral("count 0")} << QString();
    QTest::newRow("same-uidvalidity-no-event")
        << with(fiveMessages, {QStringLiteral("* OK [UIDVALIDITY 1] same")}) << QStringList {}
        << five;
    QTest::newRow("resync-snapshot-diff")
        << with(fiveMessages,
                {QStringLiteral("resync"), QStringLiteral("* 6 EXISTS"),
                 QStringLiteral("* OK [UIDVALIDITY 1] x"),
                 QStringLiteral("snapshot 1=\\Seen 2=\\Seen 4= 5=\\Flagged 6= 7=")})
        << QStringList {QStringLiteral("expunged 3 3"), QStringLiteral("flags 2 \\Seen"),
                        QStringLiteral("count 6")}
        << QStringLiteral("1 2 4 5 6 7");
    QTest::newRow("resync-uidvalidity-changed-no-flood")
        << with(fiveMessages,
                {QStringLiteral("resync"), QStringLiteral("* 3 EXISTS"),
                 QStringLiteral("* OK [UIDVALIDITY 99] x"), QStringLiteral("snapshot 1= 2= 3=")})
        << QStringList {QStringLiteral("uidvalidity 1 99"), QStringLiteral("count 3")}
        << QStringLiteral("1 2 3");

    // Negative rows: the server contradicts itself; the state keeps what it knows.
    QTest::newRow("neg-expunge-beyond-exists")
        << with(fiveMessages, {QStringLiteral("* 9 EXPUNGE")})
        << QStringList {QStringLiteral("error")} << five;
    QTest::newRow("neg-fetch-for-unannounced-number")
        << with(fiveMessages, {QStringLiteral("* 7 FETCH (UID 7 FLAGS ())")})
        << QStringList {QStringLiteral("error")} << five;
    QTest::newRow("neg-exists-decreases-without-expunge")
        << with(fiveMessages, {QStringLiteral("* 3 EXISTS")})
        << QStringList {QStringLiteral("error")} << five;
    QTest::newRow("neg-fetch-uid-contradicts")
        << with(fiveMessages, {QStringLiteral("* 2 FETCH (UID 77)")})
        << QStringList {QStringLiteral("error")} << five;
    QTest::newRow("neg-fetch-uid-not-ascending")
        << with(fiveMessages, {QStringLiteral("* 6 EXISTS"), QStringLiteral("* 6 FETCH (UID 3)")})
        << QStringList {QStringLiteral("count 6"), QStringLiteral("error")}
        << QStringLiteral("1 2 3 4 5 ?");
    QTest::newRow("neg-vanished-unplaceable-with-unknown-slots")
        << with(fiveMessages, {QStringLiteral("* 6 EXISTS"), QStringLiteral("* VANISHED 40")})
        << QStringList {QStringLiteral("count 6"), QStringLiteral("error")}
        << QStringLiteral("1 2 3 4 5 ?");
}

void Tst_mailboxstate::dialog()
{
    QFETCH(QStringList, script);
    QFETCH(QStringList, events);
    QFETCH(QString, map);

    MailboxState state;
    QStringList log;
    connect(&state, &MailboxState::countChanged, this,
            [&](quint32 n) { log.append(QStringLiteral("count %1").arg(n)); });
    connect(&state, &MailboxState::messageExpunged, this, [&](quint32 index, quint32 uid) {
        log.append(QStringLiteral("expunged %1 %2").arg(index).arg(uid));
    });
    connect(&state, &MailboxState::flagsChanged, this, [&](quint32 uid, const MessageFlags &f) {
        log.append(
            QStringLiteral("flags %1 %2").arg(uid).arg(QString::fromLatin1(f.toImap().join(' '))));
    });
    connect(&state, &MailboxState::uidValidityChanged, this, [&](quint32 a, quint32 b) {
        log.append(QStringLiteral("uidvalidity %1 %2").arg(a).arg(b));
    });

    for (const QString &line : script) {
        if (line == u"[") {
            state.beginBatch();
        } else if (line == u"]") {
            state.endBatch();
        } else if (line == u"sync") {
            state.markSynchronized();
        } else if (line == u"resync") {
            state.beginResync();
        } else if (line == u"--") {
            log.clear();
        } else if (line.startsWith(u"snapshot ")) {
            const auto diff = state.applySnapshot(parseSnapshot(line.mid(9)));
            QVERIFY(diff.errors.isEmpty());
        } else {
            const ParseResult parsed = ResponseParser::parse(QByteArray(line.toLatin1() + "\r\n"));
            const Response *response = std::get_if<Response>(&parsed);
            QVERIFY2(response, qPrintable(line));
            if (state.apply(*response))
                log.append(QStringLiteral("error"));
        }
    }
    QCOMPARE(log, events);
    QCOMPARE(mapOf(state), map);
}

void Tst_mailboxstate::flagsKeptWithInterning()
{
    MailboxState state;
    state.apply(ExistsResponse {2});
    FetchResponse fetch;
    fetch.sequenceNumber = 1;
    fetch.uid = 10;
    fetch.flags = QList<QByteArray> {"\\seen", "$Junk", "\\Recent", "\\Answered", "$junk"};
    QVERIFY(!state.apply(fetch));
    const auto flags = state.flagsAt(1);
    QVERIFY(flags);
    QCOMPARE(flags->toImap(), (QList<QByteArray> {"\\Seen", "\\Answered", "$Junk"}));
    QVERIFY(flags->has(MessageFlags::Seen));
    QVERIFY(!flags->has(MessageFlags::Flagged));
    QVERIFY(!state.flagsAt(2)); // never fetched
    QCOMPARE(state.flagsOf(10), flags);
}

void Tst_mailboxstate::keywordOverflowLosesNothing()
{
    MailboxState state;
    state.apply(ExistsResponse {3});
    QList<QByteArray> many;
    for (int i = 0; i < MailboxState::internedKeywordCapacity + 10; ++i)
        many.append("kw" + QByteArray::number(i).rightJustified(3, '0'));
    for (quint32 seq = 1; seq <= 3; ++seq) {
        FetchResponse fetch;
        fetch.sequenceNumber = seq;
        fetch.uid = seq * 10;
        fetch.flags = seq == 2 ? many : QList<QByteArray> {"kw034", "\\Draft"};
        QVERIFY(!state.apply(fetch));
    }
    QCOMPARE(state.flagsOf(20)->keywords(), many);
    QCOMPARE(state.flagsOf(30)->toImap(), (QList<QByteArray> {"\\Draft", "kw034"}));
    // The overflow entry follows its message when an earlier one is expunged.
    QVERIFY(!state.apply(ExpungeResponse {1}));
    QCOMPARE(state.flagsAt(1)->keywords(), many);
    QCOMPARE(state.flagsAt(2)->toImap(), (QList<QByteArray> {"\\Draft", "kw034"}));
}

void Tst_mailboxstate::countHeldUntilBatchEnds()
{
    MailboxState state;
    QSignalSpy count(&state, &MailboxState::countChanged);
    state.beginBatch();
    state.apply(ExistsResponse {1});
    FetchResponse fetch;
    fetch.sequenceNumber = 1;
    fetch.uid = 5;
    state.apply(fetch);
    state.apply(ExistsResponse {2});
    QCOMPARE(count.size(), 0); // held until the batch ends
    state.endBatch();
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.at(0).at(0).value<quint32>(), 2u);
}

void Tst_mailboxstate::snapshotDiff()
{
    MailboxState state;
    state.applySnapshot(parseSnapshot(QStringLiteral("3=\\Seen 4= 8=$A")));
    QVERIFY(state.isSynchronized());
    const auto diff =
        state.applySnapshot(parseSnapshot(QStringLiteral("4=\\Flagged 8=$a 9= 9= 12=")));
    QCOMPARE(diff.vanished, QList<quint32> {3});
    QCOMPARE(diff.flagsChanged, QList<quint32> {4}); // "$a" is "$A": keywords ignore case
    QCOMPARE(diff.newUids, (QList<quint32> {9, 12}));
    QCOMPARE(diff.errors.size(), 1); // UID 9 twice
    QCOMPARE(state.knownUids(), (QList<quint32> {4, 8, 9, 12}));
    QCOMPARE(state.sequenceOf(12), 4u);
    QCOMPARE(state.sequenceOf(3), 0u);
}

void Tst_mailboxstate::snapshotOfUidsAndFlagsIsTheSame_data()
{
    QTest::addColumn<QString>("snapshot");
    QTest::newRow("ascending") << QStringLiteral("4=\\Flagged 8=$a 9= 12=\\Seen");
    // A server whose UIDs did not ascend: sorted, the duplicate reported.
    QTest::newRow("out-of-order-and-twice") << QStringLiteral("9= 4=\\Flagged 12= 8=$a 9=");
}

// The form a resync uses (UIDs and MessageFlags) ends in the same state with the same diff and
// events as the FETCH-response form.
void Tst_mailboxstate::snapshotOfUidsAndFlagsIsTheSame()
{
    QFETCH(QString, snapshot);
    const QList<FetchResponse> fetches = parseSnapshot(snapshot);
    QList<quint32> uids;
    QList<MessageFlags> flags;
    for (const FetchResponse &fetch : fetches) {
        uids.append(*fetch.uid);
        flags.append(MessageFlags::fromImap(*fetch.flags));
    }
    MailboxState viaFetch;
    MailboxState viaLists;
    for (MailboxState *state : {&viaFetch, &viaLists})
        state->applySnapshot(parseSnapshot(QStringLiteral("3=\\Seen 4= 8=$A")));
    QSignalSpy fetchEvents(&viaFetch, &MailboxState::flagsChanged);
    QSignalSpy listEvents(&viaLists, &MailboxState::flagsChanged);
    QSignalSpy fetchExpunges(&viaFetch, &MailboxState::messageExpunged);
    QSignalSpy listExpunges(&viaLists, &MailboxState::messageExpunged);
    const auto a = viaFetch.applySnapshot(fetches);
    const auto b = viaLists.applySnapshot(uids, flags);
    QCOMPARE(b.vanished, a.vanished);
    QCOMPARE(b.flagsChanged, a.flagsChanged);
    QCOMPARE(b.newUids, a.newUids);
    QCOMPARE(b.errors.size(), a.errors.size());
    QCOMPARE(viaLists.knownUids(), viaFetch.knownUids());
    for (const quint32 uid : viaFetch.knownUids())
        QCOMPARE(viaLists.flagsOf(uid), viaFetch.flagsOf(uid));
    QCOMPARE(viaLists.unseenCount(), viaFetch.unseenCount());
    QCOMPARE(listEvents.size(), fetchEvents.size());
    QCOMPARE(listExpunges.size(), fetchExpunges.size());
    for (qsizetype i = 0; i < listExpunges.size(); ++i)
        QCOMPARE(listExpunges.at(i), fetchExpunges.at(i));
}

void Tst_mailboxstate::hugeExistsAllocatesNothing()
{
    MailboxState state;
    // Reliability plan R5 / issue 10: a count beyond Limits::maxMailboxMessages is refused,
    // so nothing downstream can loop or allocate in proportion to it.
    QVERIFY(state.apply(ExistsResponse {4294967295u}));
    QCOMPARE(state.exists(), 0u);
    QVERIFY(state.apply(ExistsResponse {MailboxState::maxStoredMessages + 1}));
    QCOMPARE(state.exists(), 0u);
    QVERIFY(!state.apply(ExistsResponse {MailboxState::maxStoredMessages}));
    QCOMPARE(state.exists(), MailboxState::maxStoredMessages);
    QCOMPARE(state.unknownUidCount(), MailboxState::maxStoredMessages);
    QCOMPARE(state.unseenCount(), 0u);
    QVERIFY(state.memoryBytes() < 1024);
    FetchResponse fetch;
    fetch.sequenceNumber = 4294967295u;
    fetch.uid = 1;
    QVERIFY(state.apply(fetch)); // beyond EXISTS: an error, no 32 GiB allocation
    QVERIFY(state.memoryBytes() < 1024);
    QVERIFY(state.apply(ExpungeResponse {4294967295u}));
    QVERIFY(!state.apply(ExpungeResponse {MailboxState::maxStoredMessages}));
    QCOMPARE(state.exists(), MailboxState::maxStoredMessages - 1);
}

// The unseen count walks what is stored (flags known, neither \Seen nor \Deleted), never
// the claimed count.
void Tst_mailboxstate::unseenCount()
{
    MailboxState state;
    state.apply(ExistsResponse {6});
    const QList<QList<QByteArray>> flags = {
        {"\\Seen"}, {}, {"\\Deleted"}, {"$Label1"}, {"\\Seen", "\\Flagged"}};
    for (quint32 seq = 1; seq <= 5; ++seq) {
        FetchResponse fetch;
        fetch.sequenceNumber = seq;
        fetch.uid = seq * 10;
        fetch.flags = flags[seq - 1];
        state.apply(fetch);
    }
    QCOMPARE(state.unseenCount(), 2u); // 20 and 40; 60's flags are not known yet
    FetchResponse seen;
    seen.sequenceNumber = 2;
    seen.flags = QList<QByteArray> {"\\Seen"};
    state.apply(seen);
    QCOMPARE(state.unseenCount(), 1u);
    state.apply(ExpungeResponse {4});
    QCOMPARE(state.unseenCount(), 0u);
}

// The count is kept as messages change (issue 13: O(1) to read); after every step it must equal a
// walk over the stored slots.
void Tst_mailboxstate::unseenCountFollowsEveryChange()
{
    MailboxState state;
    const auto walked = [&state] {
        quint32 n = 0;
        const quint32 stored = state.exists() - state.unstoredCount();
        for (quint32 seq = 1; seq <= stored; ++seq) {
            const auto flags = state.flagsAt(seq);
            n += flags && !flags->has(MessageFlags::Seen) && !flags->has(MessageFlags::Deleted);
        }
        return n;
    };
    const auto fetch = [&state](quint32 seq, std::optional<quint32> uid, QList<QByteArray> flags) {
        FetchResponse response;
        response.sequenceNumber = seq;
        response.uid = uid;
        response.flags = std::move(flags);
        state.apply(response);
    };
    state.apply(ExistsResponse {8});
    for (quint32 seq = 1; seq <= 6; ++seq)
        fetch(seq, seq * 10, seq % 2 ? QList<QByteArray> {} : QList<QByteArray> {"\\Seen"});
    fetch(7, std::nullopt, {}); // unseen, UID not known yet: counted
    QCOMPARE(state.unseenCount(), 4u);
    QCOMPARE(state.unseenCount(), walked());

    fetch(1, std::nullopt, {"\\Deleted"}); // unseen -> deleted
    fetch(2, std::nullopt, {}); // seen -> unseen
    fetch(3, std::nullopt, {}); // unchanged
    QCOMPARE(state.unseenCount(), 4u);
    QCOMPARE(state.unseenCount(), walked());

    state.apply(ExpungeResponse {2}); // an unseen one
    QCOMPARE(state.unseenCount(), 3u);
    QCOMPARE(state.unseenCount(), walked());

    SequenceSet gone;
    gone.add(30); // unseen
    gone.add(40); // seen
    gone.add(999); // not in the map
    state.apply(VanishedResponse {false, gone});
    QCOMPARE(state.unseenCount(), 2u);
    QCOMPARE(state.unseenCount(), walked());

    state.beginResync();
    QCOMPARE(state.unseenCount(), 0u); // nothing selected yet
    state.apply(ExistsResponse {3});
    state.applySnapshot(parseSnapshot(QStringLiteral("50= 60=\\Seen 70=")));
    QCOMPARE(state.unseenCount(), 2u);
    QCOMPARE(state.unseenCount(), walked());

    state.apply(StatusResponse {
        {}, StatusKind::Ok, {ResponseCodeKind::UidValidity, "UIDVALIDITY", {}, {}, 1, {}, {}}, {}});
    state.apply(StatusResponse {
        {}, StatusKind::Ok, {ResponseCodeKind::UidValidity, "UIDVALIDITY", {}, {}, 2, {}, {}}, {}});
    QCOMPARE(state.unseenCount(), 0u); // a new mailbox: everything known before is void
    QCOMPARE(state.unseenCount(), walked());

    state.apply(ExistsResponse {1});
    fetch(1, 5, {});
    QCOMPARE(state.unseenCount(), 1u);
    state.clear();
    QCOMPARE(state.unseenCount(), 0u);
}

void Tst_mailboxstate::bytesPerMessageForAMillion()
{
    constexpr quint32 n = 1000000;
    MailboxState state;
    state.apply(ExistsResponse {n});
    state.beginBatch();
    const QList<QByteArray> flagSets[] = {{"\\Seen"}, {}, {"\\Seen", "$Forwarded"}, {"\\Flagged"}};
    for (quint32 seq = 1; seq <= n; ++seq) {
        FetchResponse fetch;
        fetch.sequenceNumber = seq;
        fetch.uid = seq * 2;
        fetch.flags = flagSets[seq % 4];
        state.apply(fetch);
    }
    state.endBatch();
    QCOMPARE(state.unknownUidCount(), 0u);
    const double perMessage = double(state.memoryBytes()) / n;
    qInfo("MailboxState: %.2f bytes/message for %u messages (vector capacity arithmetic)",
          perMessage, n);
    QVERIFY(perMessage <= 16.0);
    QCOMPARE(state.sequenceOf(2 * 777777), 777777u);
    QCOMPARE(state.flagsAt(2)->toImap(), (QList<QByteArray> {"\\Seen", "$Forwarded"}));
}

QTEST_GUILESS_MAIN(Tst_mailboxstate)
#include "tst_mailboxstate.moc"
