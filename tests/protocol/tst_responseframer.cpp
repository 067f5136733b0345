// Table-driven tests of ResponseFramer: every positive row is also fed split at every byte
// offset and one byte at a time, and must give exactly the same units.
#include "protocol/limits.h"
#include "protocol/responseframer.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QList<ResponseUnit> units;
    std::optional<FramingError> error;
    qsizetype buffered = 0;
};

// Feeds `chunks` in order, calling next() until NeedMoreData after each feed, as the
// connection does.
Outcome run(const QList<QByteArrayView> &chunks)
{
    ResponseFramer framer;
    Outcome out;
    for (QByteArrayView chunk : chunks) {
        framer.feed(chunk);
        for (;;) {
            FramerResult r = framer.next();
            if (std::holds_alternative<NeedMoreData>(r))
                break;
            if (auto *e = std::get_if<FramingError>(&r)) {
                out.error = *e;
                break;
            }
            out.units.append(std::get<ResponseUnit>(std::move(r)));
        }
        if (out.error)
            break;
    }
    out.buffered = framer.bufferedBytes();
    return out;
}

QList<QByteArrayView> bytewise(const QByteArray &input)
{
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < input.size(); ++i)
        chunks.append(QByteArrayView(input).sliced(i, 1));
    return chunks;
}

QString describe(const Outcome &o)
{
    QString s;
    for (const ResponseUnit &u : o.units)
        s += u"unit@"_s + QString::number(u.streamOffset) + u": "_s
            + QString::fromLatin1(u.bytes.toPercentEncoding(" (){}[]\"\\*+~.:,/<>=$-_@")) + u'\n';
    if (o.error)
        s += u"error@"_s + QString::number(o.error->offset) + u": "_s + o.error->reason + u'\n';
    return s;
}

bool sameUnits(const Outcome &a, const Outcome &b)
{
    if (a.units.size() != b.units.size() || a.error.has_value() != b.error.has_value())
        return false;
    for (qsizetype i = 0; i < a.units.size(); ++i) {
        if (a.units[i].bytes != b.units[i].bytes
            || a.units[i].streamOffset != b.units[i].streamOffset)
            return false;
    }
    if (a.error && (a.error->offset != b.error->offset || a.error->reason != b.error->reason))
        return false;
    return true;
}

// "{n}\r\n" followed by the n bytes.
QByteArray literal(const QByteArray &bytes)
{
    return "{" + QByteArray::number(bytes.size()) + "}\r\n" + bytes;
}

QByteArray repeated(QByteArrayView piece, qsizetype times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        out.append(piece);
    return out;
}

} // namespace

class Tst_responseframer : public QObject
{
    Q_OBJECT
private slots:
    void units_data();
    void units();
    void errors_data();
    void errors();
    void truncatedLiteralWaitsForever();
    void overlongLineKeepsMemoryBounded_data();
    void overlongLineKeepsMemoryBounded();
    void hugeLiteralRejectedBeforeItsBytes();
    void largeLiteralBufferGrowsOnce();
    void largeUnitIsHandedOverNotCopied();
    void errorIsSticky();
    void bufferedBytesSeesInjectedResponses();
    void streamOffsetsCarryOnAcrossManyUnits();
};

void Tst_responseframer::units_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected");

    auto row = [](const char *name, const QList<QByteArray> &units) {
        QByteArray input;
        for (const QByteArray &u : units)
            input += u;
        QTest::newRow(name) << input << units;
    };

    row("single-tagged-ok", {"A1 OK LOGIN completed\r\n"_ba});
    row("single-untagged-exists", {"* 23 EXISTS\r\n"_ba});
    row("empty-line", {"\r\n"_ba});
    row("several-in-one-chunk",
        {"* 172 EXISTS\r\n"_ba, "* 1 RECENT\r\n"_ba,
         "* OK [UNSEEN 12] Message 12 is first unseen\r\n"_ba,
         "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"_ba,
         "* OK [UIDNEXT 4392] Predicted next UID\r\n"_ba,
         "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"_ba,
         "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"_ba,
         "A142 OK [READ-WRITE] SELECT completed\r\n"_ba});
    row("rfc9051-7.5.2-fetch-body-literal", {"* 1 FETCH (BODY[] {5}\r\nhello)\r\n"_ba});
    row("rfc9051-7.5.2-fetch-rfc822-header",
        {"* 12 FETCH (BODY[HEADER] "_ba
         + literal(repeated("Subject: hi there, how are you?\r\n", 10) + "From: a@b.c\r\n\r\n")
         + ")\r\n"_ba});
    row("several-literals-one-response",
        {"* 3 FETCH (BODY[1] {3}\r\none BODY[2] {3}\r\ntwo BODY[3] {5}\r\nthree)\r\n"_ba});
    row("empty-literal", {"* 4 FETCH (BODY[HEADER.FIELDS (CC)] {0}\r\n)\r\n"_ba});
    row("empty-literal-then-literal", {"* 4 FETCH (BODY[1] {0}\r\n BODY[2] {2}\r\nab)\r\n"_ba});
    row("literal-ends-line", {"* 4 FETCH (BODY[1] {2}\r\nab\r\n"_ba});
    row("rfc3516-literal8", {"* 5 FETCH (BINARY[1] ~{3}\r\n\x00\x01\x02)\r\n"_ba});
    row("literal-containing-crlf-and-marker",
        {"* 6 FETCH (BODY[TEXT] "_ba + literal("line one\r\nsee {9}\r\n") + " UID 6)\r\n"_ba});
    row("literal-with-nul",
        {"* 7 FETCH (BODY[] {4}\r\na\0"
         "b\n)\r\n"_ba});
    row("literal-of-lone-cr", {"* 7 FETCH (BODY[] {1}\r\n\r)\r\n"_ba});
    row("quoted-string-with-marker-mid-line",
        {"* 8 FETCH (ENVELOPE (NIL \"see {5} here\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"_ba});
    row("quoted-string-ending-in-marker", {"* LIST () \"/\" \"odd {5}\"\r\n"_ba});
    row("quoted-marker-before-crlf", {"A1 NO \"{5}\"\r\n"_ba, "A2 OK done\r\n"_ba});
    row("quoted-escaped-quote-then-marker",
        {"* LIST () \"/\" \"a\\\"b\" {3}\r\nx\"y\r\n"_ba, "A3 OK\r\n"_ba});
    row("quoted-escaped-backslash-then-marker", {"* LIST () \"/\" \"a\\\\\" {2}\r\nzz\r\n"_ba});
    row("quoted-unterminated-marker-not-literal",
        {"* OK [ALERT] \"quota {5}\r\n"_ba, "* 1 EXISTS\r\n"_ba});
    row("plus-marker-is-not-server-literal", {"* OK weird {5+}\r\n"_ba, "* 2 EXISTS\r\n"_ba});
    row("brace-without-digits", {"* OK {}\r\n"_ba, "* OK {x}\r\n"_ba});
    row("marker-leading-zeros", {"* 9 FETCH (BODY[] {0003}\r\nabc)\r\n"_ba});
    row("continuation-plain", {"+ \r\n"_ba, "A1 OK APPEND completed\r\n"_ba});
    row("continuation-idling", {"+ idling\r\n"_ba, "* 24 EXISTS\r\n"_ba});
    row("continuation-sasl-base64",
        {"+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n"_ba});
    row("bare-lf-line-ends", {"* 1 EXISTS\n"_ba, "A1 OK done\n"_ba});
    row("bare-lf-literal-marker", {"* 1 FETCH (BODY[] {2}\nhi)\n"_ba});
    row("lone-cr-does-not-end-line", {"* OK a\rb\r\n"_ba});
    row("dovecot-greeting",
        {"* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
         "AUTH=PLAIN] Dovecot (Debian) ready.\r\n"_ba});
    row("dovecot-select",
        {"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n"_ba,
         "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded \\*)] "
         "Flags permitted.\r\n"_ba,
         "* 3 EXISTS\r\n"_ba, "* 0 RECENT\r\n"_ba,
         "* OK [UIDVALIDITY 1721203465] UIDs valid\r\n"_ba,
         "* OK [UIDNEXT 4] Predicted next UID\r\n"_ba, "* OK [HIGHESTMODSEQ 7] Highest\r\n"_ba,
         "A3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n"_ba});
    row("dovecot-fetch-header-fields",
        {"* 1 FETCH (UID 1 BODY[HEADER.FIELDS (FROM SUBJECT)] "
             + literal("From: Alice <alice@example.org>\r\nSubject: Hello {5}\r\n\r\n") + ")\r\n",
         "A4 OK Fetch completed (0.001 + 0.000 secs).\r\n"_ba});
    row("gmail-greeting", {"* OK Gimap ready for requests from 203.0.113.7 e7mb12345abc\r\n"_ba});
    row("gmail-fetch-subject-literal",
        {"* 1 FETCH (X-GM-THRID 1771234567890123456 X-GM-MSGID 1771234567890123456 X-GM-LABELS "
         "(\\Important \"\\\\Inbox\") UID 12 ENVELOPE (\"Thu, 17 Jul 2026 02:44:25 -0700\" "
             + literal("Re: \"quoted\" {and braces}")
             + " ((\"Bob\" NIL \"bob\" \"gmail.com\")) NIL NIL NIL NIL "
               "NIL "
               "NIL \"<CAF=abc@mail.gmail.com>\"))\r\n",
         "A5 OK Success\r\n"_ba});
    row("exchange-greeting",
        {"* OK The Microsoft Exchange IMAP4 service is ready. "
         "[TQBOADIAUABSADAAMQBDAEEAMAAwADEANAAuAG4AYQBtAHAAcgBkADAAMQAuAHAAcgBvAGQA]\r\n"_ba});
    row("exchange-bodystructure",
        {"* 1 FETCH (UID 42 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL "
         "\"quoted-printable\" 1234 40 NIL NIL NIL NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") "
         "NIL NIL \"quoted-printable\" 5678 100 NIL NIL NIL NIL) \"alternative\" (\"boundary\" "
         "\"_000_DM6PR\") NIL \"en-US\"))\r\n"_ba});
    row("yahoo-id",
        {"* ID (\"name\" \"Yahoo IMAP\" \"vendor\" \"Yahoo\")\r\n"_ba,
         "A2 OK ID completed\r\n"_ba});
    row("idle-exists-expunge",
        {"+ idling\r\n"_ba, "* 4 EXISTS\r\n"_ba, "* 2 EXPUNGE\r\n"_ba,
         "* VANISHED (EARLIER) 300:310,405,411\r\n"_ba, "* OK Still here\r\n"_ba});
    row("human-text-with-marker-mid-line", {"* OK Still here {5} ok\r\n"_ba});
}

void Tst_responseframer::units()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);

    Outcome whole = run({input});
    QVERIFY2(!whole.error, qPrintable(describe(whole)));
    QCOMPARE(whole.units.size(), expected.size());
    qint64 offset = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(whole.units[i].bytes, expected[i]);
        QCOMPARE(whole.units[i].streamOffset, offset);
        offset += expected[i].size();
    }
    QCOMPARE(whole.buffered, 0);

    const QByteArrayView view(input);
    for (qsizetype cut = 1; cut < input.size(); ++cut) {
        Outcome split = run({view.first(cut), view.sliced(cut)});
        if (!sameUnits(split, whole))
            QFAIL(qPrintable(u"split at "_s + QString::number(cut) + u" gives\n"_s
                             + describe(split)));
        QCOMPARE(split.buffered, 0);
    }
    Outcome single = run(bytewise(input));
    QVERIFY2(sameUnits(single, whole), qPrintable(describe(single)));
    QCOMPARE(single.buffered, 0);
}

void Tst_responseframer::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("unitsBefore");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QStringList>("reasonWords");
    QTest::addColumn<bool>("everySplit");
    // The start of the response that failed, kept for an error message's excerpt: up to where
    // the fault was seen (a NUL included), at most Limits::maxFramingErrorContext bytes.
    QTest::addColumn<QByteArray>("start");
    constexpr qsizetype most = Limits::maxFramingErrorContext;

    const QByteArray overlong = "* OK " + QByteArray(Limits::maxLineLength, 'x') + "\r\n";
    QTest::newRow("line-over-limit-with-crlf")
        << QByteArray("* 1 EXISTS\r\n" + overlong) << 1 << qint64(12)
        << QStringList {u"line"_s, u"offset 12"_s, u"1 MiB"_s} << false << overlong.left(most);
    QTest::newRow("line-over-limit-no-crlf")
        << QByteArray("A1 OK\r\n" + QByteArray(Limits::maxLineLength, 'y')) << 1 << qint64(7)
        << QStringList {u"no line end"_s, u"offset 7"_s, u"1 MiB"_s} << false
        << QByteArray(most, 'y');
    QTest::newRow("line-after-literal-over-limit")
        << QByteArray("* 1 FETCH (BODY[] {3}\r\nabc" + QByteArray(Limits::maxLineLength, ' ')
                      + ")\r\n")
        << 0 << qint64(26) << QStringList {u"line"_s, u"offset 26"_s} << false
        << QByteArray("* 1 FETCH (BODY[] {3}\r\nabc" + QByteArray(most - 26, ' '));

    QTest::newRow("literal-99999999999-bytes")
        << "* 1 FETCH (UID 5 BODY[] {99999999999}\r\n"_ba << 0 << qint64(24)
        << QStringList {u"literal of 99999999999 bytes"_s, u"offset 24"_s, u"32 MiB"_s} << true
        << "* 1 FETCH (UID 5 BODY[] {99999999999}\r\n"_ba;
    QTest::newRow("literal8-just-over-limit")
        << QByteArray("* OK\r\n* 2 FETCH (BINARY[] ~{"
                      + QByteArray::number(Limits::maxLiteralSize + 1) + "}\r\n")
        << 1 << qint64(6 + 20) << QStringList {u"literal of 33554433 bytes"_s, u"32 MiB"_s} << true
        << QByteArray("* 2 FETCH (BINARY[] ~{" + QByteArray::number(Limits::maxLiteralSize + 1)
                      + "}\r\n");
    QTest::newRow("literal-too-many-digits")
        << "* 1 FETCH (BODY[] {0000000000000000000000000005}\r\nhello)\r\n"_ba << 0 << qint64(18)
        << QStringList {u"28 digits"_s, u"offset 18"_s} << true
        << "* 1 FETCH (BODY[] {0000000000000000000000000005}\r\n"_ba;
    QTest::newRow("nul-in-line") << "* 1 EXISTS\r\n* OK hel\x00lo\r\n"_ba << 1 << qint64(20)
                                 << QStringList {u"NUL"_s, u"offset 20"_s} << true
                                 << "* OK hel\x00"_ba;
    QTest::newRow("nul-in-line-after-literal")
        << "* 1 FETCH (BODY[] {2}\r\n\x00\x00 UID\x00 1)\r\n"_ba << 0 << qint64(29)
        << QStringList {u"NUL"_s, u"offset 29"_s} << true
        << "* 1 FETCH (BODY[] {2}\r\n\x00\x00 UID\x00"_ba;
    QTest::newRow("nul-in-unterminated-line")
        << "* OK \x00"_ba << 0 << qint64(5) << QStringList {u"NUL"_s, u"offset 5"_s} << true
        << "* OK \x00"_ba;

    {
        const QByteArray head = "* 1 FETCH (";
        const QByteArray piece = "X {0}\r\n";
        QByteArray input = head + repeated(piece, Limits::maxLiteralsPerResponse + 1) + ")\r\n";
        const qint64 offset =
            head.size() + qint64(piece.size()) * Limits::maxLiteralsPerResponse + 2;
        QTest::newRow("too-many-literals")
            << input << 0 << offset
            << QStringList {u"literal number 100001"_s, u"100000 literals"_s} << false
            << input.left(most);
    }
    {
        // Two large literals nearly fill the response; the third cannot fit.
        const qint64 second = Limits::maxLiteralSize - 100;
        QByteArray input = "* 1 FETCH (A " + literal(QByteArray(Limits::maxLiteralSize, 'a'))
            + " B " + literal(QByteArray(second, 'b')) + " C {100}\r\n";
        const qint64 offset = input.size() - 7;
        QTest::newRow("response-over-limit")
            << input << 0 << offset << QStringList {u"response"_s, u"64 MiB"_s} << false
            << input.left(most);
    }
}

void Tst_responseframer::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, unitsBefore);
    QFETCH(qint64, offset);
    QFETCH(QStringList, reasonWords);
    QFETCH(bool, everySplit);
    QFETCH(QByteArray, start);

    auto check = [&](const Outcome &o, const QString &how) {
        const QString context = how + u"\n"_s + describe(o).left(2000);
        QVERIFY2(o.error.has_value(), qPrintable(context));
        QVERIFY2(o.units.size() == unitsBefore, qPrintable(context));
        QVERIFY2(o.error->offset == offset, qPrintable(context));
        for (const QString &word : reasonWords)
            QVERIFY2(o.error->reason.contains(word),
                     qPrintable(u"missing \""_s + word + u"\" in "_s + context));
        QVERIFY2(o.error->responseStart == start,
                 qPrintable(u"response start "_s
                            + QString::fromLatin1(o.error->responseStart.toPercentEncoding(" "))
                            + u"\n"_s + context));
    };

    check(run({input}), u"whole"_s);
    if (QTest::currentTestFailed())
        return;
    const QByteArrayView view(input);
    if (everySplit) {
        for (qsizetype cut = 1; cut < input.size(); ++cut) {
            check(run({view.first(cut), view.sliced(cut)}), u"split at "_s + QString::number(cut));
            if (QTest::currentTestFailed())
                return;
        }
        check(run(bytewise(input)), u"byte by byte"_s);
    } else {
        QList<QByteArrayView> chunks;
        for (qsizetype i = 0; i < input.size(); i += 16 * 1024)
            chunks.append(view.sliced(i, qMin<qsizetype>(16 * 1024, input.size() - i)));
        check(run(chunks), u"16 KiB chunks"_s);
    }
}

void Tst_responseframer::truncatedLiteralWaitsForever()
{
    ResponseFramer framer;
    const QByteArray input = "* 1 FETCH (BODY[] {10}\r\nhello";
    for (char c : input) {
        framer.feed(QByteArrayView(&c, 1));
        QVERIFY(std::holds_alternative<NeedMoreData>(framer.next()));
    }
    // Ten more bytes complete the literal, but the line after it is still missing.
    framer.feed("worl");
    QVERIFY(std::holds_alternative<NeedMoreData>(framer.next()));
    framer.feed("d)\r");
    QVERIFY(std::holds_alternative<NeedMoreData>(framer.next()));
    QVERIFY(!framer.hasFailed());
    QCOMPARE(framer.bufferedBytes(), input.size() + 7);
    framer.feed("\n");
    FramerResult r = framer.next();
    QVERIFY(std::holds_alternative<ResponseUnit>(r));
    QCOMPARE(std::get<ResponseUnit>(r).bytes, input + "world)\r\n");
}

void Tst_responseframer::overlongLineKeepsMemoryBounded_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    QTest::newRow("1-byte-chunks") << qsizetype(1);
    QTest::newRow("16k-chunks") << qsizetype(16 * 1024);
    QTest::newRow("1m-chunks") << qsizetype(1024 * 1024);
}

void Tst_responseframer::overlongLineKeepsMemoryBounded()
{
    QFETCH(qsizetype, chunkSize);
    ResponseFramer framer;
    const QByteArray chunk(chunkSize, 'z');
    qint64 fed = 0;
    // A hostile server sends 64 MiB without a line end; the framer must give up at 1 MiB.
    while (fed < 64 * 1024 * 1024 && !framer.hasFailed()) {
        framer.feed(chunk);
        fed += chunk.size();
        QVERIFY2(framer.bufferedBytes() <= Limits::maxLineLength + chunkSize,
                 qPrintable(QString::number(framer.bufferedBytes())));
        QVERIFY(framer.bufferCapacity() <= 2 * (Limits::maxLineLength + chunkSize));
    }
    QVERIFY(framer.hasFailed());
    QVERIFY(fed <= Limits::maxLineLength + chunkSize);
    QCOMPARE(framer.bufferedBytes(), 0);
    FramerResult r = framer.next();
    QVERIFY(std::holds_alternative<FramingError>(r));
    QCOMPARE(std::get<FramingError>(r).offset, 0);
    // More input changes nothing and is not kept.
    framer.feed(chunk);
    QCOMPARE(framer.bufferedBytes(), 0);
}

void Tst_responseframer::hugeLiteralRejectedBeforeItsBytes()
{
    ResponseFramer framer;
    framer.feed("* 1 FETCH (BODY[] {4294967296}\r\n");
    FramerResult r = framer.next();
    QVERIFY(std::holds_alternative<FramingError>(r));
    QCOMPARE(std::get<FramingError>(r).offset, 18);
    QVERIFY(std::get<FramingError>(r).reason.contains(u"4294967296"_s));
}

// Issue 10.3: a large literal is buffered in one allocation of its announced size, not by
// geometric growth (up to about twice the literal, plus the copy made at each step), and the
// complete unit is handed over without another copy.
void Tst_responseframer::largeLiteralBufferGrowsOnce()
{
    constexpr qsizetype literal = 8 * 1024 * 1024;
    const QByteArray head =
        "* 3 FETCH (UID 12 BODY[1]<0> {" + QByteArray::number(literal) + "}\r\n";
    const QByteArray tail = ")\r\n";
    ResponseFramer framer;
    framer.feed(head);
    const QByteArray chunk(64 * 1024, 'x');
    qsizetype peak = framer.bufferCapacity();
    for (qsizetype fed = 0; fed < literal; fed += chunk.size()) {
        framer.feed(chunk);
        peak = std::max(peak, framer.bufferCapacity());
    }
    framer.feed(tail);
    peak = std::max(peak, framer.bufferCapacity());
    QVERIFY2(peak <= head.size() + literal + 64 * 1024,
             qPrintable(u"buffer capacity reached %1 bytes for a %2-byte literal"_s.arg(peak).arg(
                 literal)));
    FramerResult r = framer.next();
    QVERIFY(std::holds_alternative<ResponseUnit>(r));
    const ResponseUnit unit = std::get<ResponseUnit>(std::move(r));
    QCOMPARE(unit.bytes.size(), head.size() + literal + tail.size());
    QVERIFY(unit.bytes.capacity() <= head.size() + literal + 64 * 1024);
}

// Issue 10.3: a large response followed in the same read by the next one (the tagged OK) takes
// the framer's buffer over instead of being copied out of it, so its bytes are held once.
void Tst_responseframer::largeUnitIsHandedOverNotCopied()
{
    constexpr qsizetype literal = 1024 * 1024;
    const QByteArray unitBytes = "* 3 FETCH (UID 12 BODY[1]<0> {" + QByteArray::number(literal)
        + "}\r\n" + QByteArray(literal, 'x') + ")\r\n";
    const QByteArray next = "A7 OK Fetch completed\r\n";
    ResponseFramer framer;
    framer.feed(QByteArray(unitBytes + next));
    const char *buffered = nullptr;
    {
        FramerResult r = framer.next();
        QVERIFY(std::holds_alternative<ResponseUnit>(r));
        const ResponseUnit unit = std::get<ResponseUnit>(std::move(r));
        QCOMPARE(unit.bytes, unitBytes);
        buffered = unit.bytes.constData();
        // The framer kept only what follows the unit.
        QVERIFY2(framer.bufferCapacity() < 64 * 1024,
                 qPrintable(u"the framer still holds %1 bytes"_s.arg(framer.bufferCapacity())));
    }
    QVERIFY(buffered);
    QCOMPARE(std::get<ResponseUnit>(framer.next()).bytes, next);
    QVERIFY(std::holds_alternative<NeedMoreData>(framer.next()));
}

void Tst_responseframer::errorIsSticky()
{
    ResponseFramer framer;
    framer.feed("* 1 EXISTS\r\n* 2 EXISTS\r\n* OK \x00\r\n* 3 EXISTS\r\n"_ba);
    QVERIFY(framer.hasFailed());
    QCOMPARE(std::get<ResponseUnit>(framer.next()).bytes, "* 1 EXISTS\r\n");
    QCOMPARE(std::get<ResponseUnit>(framer.next()).bytes, "* 2 EXISTS\r\n");
    for (int i = 0; i < 3; ++i) {
        FramerResult r = framer.next();
        QVERIFY(std::holds_alternative<FramingError>(r));
        QCOMPARE(std::get<FramingError>(r).offset, 29);
        framer.feed("A1 OK fine\r\n");
    }
    QCOMPARE(framer.bufferedBytes(), 0);
}

void Tst_responseframer::bufferedBytesSeesInjectedResponses()
{
    // STARTTLS injection (RFC 9051 11.1 / CVE-2011-0411 style): anything the server sent after
    // the tagged OK, before TLS, must be visible so the connection can refuse it.
    ResponseFramer framer;
    framer.feed("A1 OK Begin TLS negotiation now\r\n* OK [CAPABILITY IMAP4rev1] inj");
    QCOMPARE(std::get<ResponseUnit>(framer.next()).bytes, "A1 OK Begin TLS negotiation now\r\n");
    QVERIFY(std::holds_alternative<NeedMoreData>(framer.next()));
    QCOMPARE(framer.bufferedBytes(), 31);
    ResponseFramer clean;
    clean.feed("A1 OK Begin TLS negotiation now\r\n");
    QVERIFY(std::holds_alternative<ResponseUnit>(clean.next()));
    QCOMPARE(clean.bufferedBytes(), 0);
}

void Tst_responseframer::streamOffsetsCarryOnAcrossManyUnits()
{
    // Enough units to make the framer compact its buffer several times, fed in odd chunk sizes.
    QByteArray input;
    for (int i = 0; i < 20000; ++i) {
        input += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(i) + " BODY[] {"
            + QByteArray::number(i % 17) + "}\r\n" + QByteArray(i % 17, 'q') + ")\r\n";
    }
    ResponseFramer framer;
    qint64 expectedOffset = 0;
    int count = 0;
    const QByteArrayView view(input);
    for (qsizetype pos = 0; pos < input.size();) {
        const qsizetype n = qMin<qsizetype>(1 + (pos * 7919) % 40000, input.size() - pos);
        framer.feed(view.sliced(pos, n));
        pos += n;
        for (;;) {
            FramerResult r = framer.next();
            if (!std::holds_alternative<ResponseUnit>(r)) {
                QVERIFY(std::holds_alternative<NeedMoreData>(r));
                break;
            }
            const ResponseUnit &u = std::get<ResponseUnit>(r);
            QCOMPARE(u.streamOffset, expectedOffset);
            QCOMPARE(QByteArrayView(u.bytes), view.sliced(expectedOffset, u.bytes.size()));
            expectedOffset += u.bytes.size();
            ++count;
        }
        QVERIFY(framer.bufferCapacity() <= 4 * 80000);
    }
    QCOMPARE(count, 20000);
    QCOMPARE(expectedOffset, input.size());
}

QTEST_GUILESS_MAIN(Tst_responseframer)
#include "tst_responseframer.moc"
