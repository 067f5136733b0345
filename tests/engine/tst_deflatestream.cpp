// DeflateStream, the COMPRESS=DEFLATE layer (RFC 4978): raw deflate both ways (checked against
// bytes another implementation made, and read back with plain zlib), round trips, input cut at
// every byte, output in bounded chunks however much a small input expands (a decompression bomb
// meets the framer's limits after one chunk more than they allow), corrupt streams, copies.
#include "engine/deflatestream.h"
#include "protocol/limits.h"
#include "protocol/responseframer.h"

#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// Everything queued, inflated; the error's reason instead when the stream is corrupt.
std::variant<QByteArray, QString> drain(DeflateStream &stream,
                                        qsizetype maxBytes = Limits::inflateChunkBytes)
{
    QByteArray plain;
    for (;;) {
        DeflateStream::InflateResult result = stream.inflateNext(maxBytes);
        if (const auto *error = std::get_if<DeflateStream::InflateError>(&result))
            return error->reason;
        const QByteArray &bytes = std::get<QByteArray>(result);
        if (bytes.isEmpty())
            return plain;
        if (bytes.size() > maxBytes)
            return u"a chunk of %1 bytes, more than %2"_s.arg(bytes.size()).arg(maxBytes);
        plain += bytes;
    }
}

QByteArray inflated(DeflateStream &stream)
{
    auto result = drain(stream);
    if (const auto *error = std::get_if<QString>(&result)) {
        qWarning("inflate failed: %s", qPrintable(*error));
        return "<failed>";
    }
    return std::get<QByteArray>(result);
}

// Plain zlib on raw deflate (windowBits -15), apart from DeflateStream's own reading.
QByteArray zlibRawInflate(const QByteArray &wire)
{
    z_stream z {};
    if (inflateInit2(&z, -15) != Z_OK)
        return "<init failed>";
    QByteArray out(qsizetype(wire.size()) * 64 + 1024, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(wire.constData()));
    z.avail_in = uInt(wire.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int code = inflate(&z, Z_SYNC_FLUSH);
    out.truncate(out.size() - qsizetype(z.avail_out));
    inflateEnd(&z);
    return code == Z_OK || code == Z_BUF_ERROR ? out : "<zlib error>";
}

const QList<QByteArray> kDialog {
    "A0003 SELECT INBOX\r\n",
    "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* 3 EXISTS\r\n"
    "* OK [UIDVALIDITY 1700000000] UIDs valid\r\nA0003 OK [READ-WRITE] Select completed\r\n",
    "A0004 UID FETCH 1:* (UID FLAGS)\r\n",
    "* 1 FETCH (UID 10 FLAGS (\\Seen))\r\n* 2 FETCH (UID 11 FLAGS (\\Seen))\r\n"
    "* 3 FETCH (UID 12 FLAGS ())\r\nA0004 OK Fetch completed\r\n",
    "* 4 FETCH (UID 13 BODY[HEADER] {13}\r\nA\0b\r\n\xff\xfe\r\n..)\r\n",
};

} // namespace

class Tst_DeflateStream : public QObject
{
    Q_OBJECT

private slots:
    void readsRawDeflateOfAnotherImplementation();
    void writesRawDeflateFlushedPerWrite();
    void roundTrip_data();
    void roundTrip();
    void inputCutAtEveryByte();
    void inputByteByByte();
    void bombComesOutInBoundedChunks();
    void bombEndsAtTheFramersLineLimit();
    void corruptStream_data();
    void corruptStream();
    void truncatedStreamWaitsForMore();
    void copyCarriesTheState();
};

// Python's zlib.compressobj(6, DEFLATED, -15), Z_SYNC_FLUSH after each command; the second
// refers back to the first (the window is kept across writes).
void Tst_DeflateStream::readsRawDeflateOfAnotherImplementation()
{
    DeflateStream stream;
    stream.feed(QByteArrayView("\x72\x34\x30\x30\x30\x54\xf0\xf3\xf7\x0f\xe0\xe5\x02\x00\x00\x00"
                               "\xff\xff",
                               18));
    QCOMPARE(inflated(stream), QByteArray("A0001 NOOP\r\n"));
    stream.feed(QByteArrayView("\x72\x04\xb2\x8d\xa0\x6c\x00\x00\x00\x00\xff\xff", 12));
    QCOMPARE(inflated(stream), QByteArray("A0002 NOOP\r\n"));
    QCOMPARE(stream.counters().wireIn, 30);
    QCOMPARE(stream.counters().plainIn, 24);
}

// No zlib header (0x78 ...), each write ends in the sync flush marker (RFC 4978 4), and plain
// zlib reads it as raw deflate.
void Tst_DeflateStream::writesRawDeflateFlushedPerWrite()
{
    DeflateStream stream;
    QByteArray wire;
    for (const QByteArray &plain : kDialog) {
        const QByteArray bytes = stream.deflate(plain);
        QVERIFY(bytes.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)));
        wire += bytes;
    }
    QVERIFY(!wire.startsWith('\x78'));
    QCOMPARE(zlibRawInflate(wire), kDialog.join());
    QCOMPARE(stream.counters().plainOut, kDialog.join().size());
    QCOMPARE(stream.counters().wireOut, wire.size());
}

void Tst_DeflateStream::roundTrip_data()
{
    QTest::addColumn<QList<QByteArray>>("writes");
    QTest::newRow("dialog") << kDialog;
    QTest::newRow("one-byte") << QList<QByteArray> {"x"};
    QByteArray random(512 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(4978);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("incompressible-512k") << QList<QByteArray> {random.first(1000), random};
    QByteArray lines;
    for (int uid = 1; lines.size() < 4 * 1024 * 1024; ++uid)
        lines += "* " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid + 100)
            + " FLAGS (\\Seen))\r\n";
    QTest::newRow("uid-flags-4m") << QList<QByteArray> {lines};
}

void Tst_DeflateStream::roundTrip()
{
    QFETCH(QList<QByteArray>, writes);
    DeflateStream client;
    DeflateStream server;
    for (const QByteArray &plain : writes) {
        server.feed(client.deflate(plain));
        QCOMPARE(inflated(server), plain); // each write arrives whole: flushed, nothing held
    }
    QCOMPARE(server.counters().wireIn, client.counters().wireOut);
    QCOMPARE(server.counters().plainIn, client.counters().plainOut);
    QCOMPARE(server.queuedBytes(), 0);
}

void Tst_DeflateStream::inputCutAtEveryByte()
{
    DeflateStream writer;
    QByteArray wire;
    for (const QByteArray &plain : kDialog)
        wire += writer.deflate(plain);
    const QByteArray plain = kDialog.join();
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        DeflateStream reader;
        reader.feed(QByteArrayView(wire).first(cut));
        QByteArray got = inflated(reader);
        QVERIFY2(plain.startsWith(got), qPrintable(u"cut at %1"_s.arg(cut)));
        reader.feed(QByteArrayView(wire).sliced(cut));
        got += inflated(reader);
        QVERIFY2(got == plain, qPrintable(u"cut at %1"_s.arg(cut)));
    }
}

void Tst_DeflateStream::inputByteByByte()
{
    DeflateStream writer;
    QByteArray wire;
    for (const QByteArray &plain : kDialog)
        wire += writer.deflate(plain);
    DeflateStream reader;
    QByteArray got;
    for (const char byte : std::as_const(wire)) {
        reader.feed(QByteArrayView(&byte, 1));
        got += inflated(reader);
    }
    QCOMPARE(got, kDialog.join());
}

// 100 MiB from about 100 KiB: never more than the chunk size at a time, and the input queue
// holds no more than what was fed.
void Tst_DeflateStream::bombComesOutInBoundedChunks()
{
    DeflateStream server;
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray bomb;
    for (int i = 0; i < 100; ++i)
        bomb += server.deflate(zeros);
    QVERIFY2(bomb.size() < 200 * 1024, qPrintable(QString::number(bomb.size())));

    DeflateStream client;
    client.feed(bomb);
    QVERIFY(client.queueCapacity() <= bomb.capacity());
    qint64 total = 0;
    for (;;) {
        DeflateStream::InflateResult result = client.inflateNext(Limits::inflateChunkBytes);
        QVERIFY(std::holds_alternative<QByteArray>(result));
        const QByteArray &chunk = std::get<QByteArray>(result);
        if (chunk.isEmpty())
            break;
        QVERIFY(chunk.size() <= Limits::inflateChunkBytes);
        QVERIFY(client.queueCapacity() <= bomb.capacity());
        total += chunk.size();
    }
    QCOMPARE(total, qint64(100) * 1024 * 1024);
    QCOMPARE(client.counters().plainIn, total);
    QCOMPARE(client.queuedBytes(), 0);
}

// What Connection does with each chunk: frame it before inflating the next. A line that never
// ends is a FramingError after the line limit and one chunk, and the framer's buffer stays that
// small, although the input would inflate to 100 MiB.
void Tst_DeflateStream::bombEndsAtTheFramersLineLimit()
{
    DeflateStream server;
    QByteArray bomb = server.deflate("* OK ");
    const QByteArray letters(1024 * 1024, 'A');
    for (int i = 0; i < 100; ++i)
        bomb += server.deflate(letters);

    DeflateStream client;
    client.feed(bomb);
    ResponseFramer framer;
    qint64 inflated = 0;
    qsizetype largestBuffer = 0;
    std::optional<FramingError> error;
    while (!error) {
        DeflateStream::InflateResult result = client.inflateNext();
        QVERIFY(std::holds_alternative<QByteArray>(result));
        const QByteArray &chunk = std::get<QByteArray>(result);
        QVERIFY2(!chunk.isEmpty(), "the whole bomb inflated without an error");
        inflated += chunk.size();
        framer.feed(chunk);
        largestBuffer = std::max(largestBuffer, framer.bufferCapacity());
        FramerResult framed = framer.next();
        if (const auto *failure = std::get_if<FramingError>(&framed))
            error = *failure;
        else
            QVERIFY(std::holds_alternative<NeedMoreData>(framed));
    }
    QVERIFY2(error->reason.contains(u"line"_s), qPrintable(error->reason));
    QVERIFY(inflated <= Limits::maxLineLength + Limits::inflateChunkBytes);
    QVERIFY2(largestBuffer <= 2 * (Limits::maxLineLength + Limits::inflateChunkBytes),
             qPrintable(QString::number(largestBuffer)));
}

void Tst_DeflateStream::corruptStream_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("reason");
    // A zlib stream (RFC 1950 header) is not raw deflate: 0x78 reads as a stored block.
    QTest::newRow("zlib-header") << QByteArray("\x78\x9c\x4b\x4c\x04\x00", 6)
                                 << u"invalid stored block lengths"_s;
    QTest::newRow("reserved-block-type") << QByteArray("\x07\x00", 2) << u"invalid block type"_s;
    QTest::newRow("stored-length-check")
        << QByteArray("\x00\x05\x00\x00\x00", 5) << u"invalid stored block lengths"_s;
    // Fixed Huffman, a match at distance 1 before any byte was written.
    QTest::newRow("distance-too-far-back")
        << QByteArray("\x03\x02\x00", 3) << u"invalid distance too far back"_s;
    QByteArray ended; // an empty final block
    {
        z_stream z {};
        deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        QByteArray out(64, Qt::Uninitialized);
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        QCOMPARE(deflate(&z, Z_FINISH), Z_STREAM_END);
        out.truncate(out.size() - z.avail_out);
        deflateEnd(&z);
        ended = out;
    }
    QTest::newRow("data-after-the-final-block") << ended + "A0001 OK\r\n"
                                                << u"data after the end of the compressed stream"_s;
}

void Tst_DeflateStream::corruptStream()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, reason);
    DeflateStream stream;
    stream.feed(wire);
    auto result = drain(stream);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).contains(reason), qPrintable(std::get<QString>(result)));
    QVERIFY(std::get<QString>(result).contains(u"COMPRESS=DEFLATE"_s));
    QVERIFY(stream.hasFailed());
    // Final: more input is dropped and the same error comes back.
    stream.feed("more");
    QCOMPARE(stream.queuedBytes(), 0);
    QCOMPARE(std::get<QString>(drain(stream)), std::get<QString>(result));
}

// A block cut short is no error: what can be decoded comes out, the rest when it arrives.
void Tst_DeflateStream::truncatedStreamWaitsForMore()
{
    DeflateStream writer;
    const QByteArray wire = writer.deflate(kDialog.at(1));
    DeflateStream reader;
    reader.feed(QByteArrayView(wire).first(wire.size() - 5));
    const QByteArray first = inflated(reader);
    QVERIFY(!reader.hasFailed());
    QVERIFY(kDialog.at(1).startsWith(first));
    reader.feed(QByteArrayView(wire).last(5));
    QCOMPARE(first + inflated(reader), kDialog.at(1));
}

// The fuzz harness saves a session and puts it back: a copy goes on from the same point on its
// own, both ways.
void Tst_DeflateStream::copyCarriesTheState()
{
    DeflateStream a;
    DeflateStream peer;
    peer.feed(a.deflate(kDialog.at(0)));
    QCOMPARE(inflated(peer), kDialog.at(0));
    a.feed(peer.deflate(kDialog.at(1)));
    QCOMPARE(inflated(a), kDialog.at(1));

    DeflateStream b(a);
    QCOMPARE(b.counters().plainIn, a.counters().plainIn);
    const QByteArray next = peer.deflate(kDialog.at(3)); // refers back to what came before
    a.feed(next);
    b.feed(next);
    QCOMPARE(inflated(a), kDialog.at(3));
    QCOMPARE(inflated(b), kDialog.at(3));
    QCOMPARE(a.deflate(kDialog.at(2)), b.deflate(kDialog.at(2)));

    DeflateStream c;
    c = b;
    c.feed(peer.deflate(kDialog.at(4)));
    QCOMPARE(inflated(c), kDialog.at(4));
}

QTEST_GUILESS_MAIN(Tst_DeflateStream)
#include "tst_deflatestream.moc"
