// SequenceSet: the RFC 9051 9 sequence-set as sorted, merged ranges.
#include "protocol/sequenceset.h"

#include <QRandomGenerator>
#include <QTest>

using ImapCore::SequenceSet;

Q_DECLARE_METATYPE(SequenceSet)

class Tst_sequenceset : public QObject
{
    Q_OBJECT
private slots:
    void fromNumbers_data();
    void fromNumbers();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void add_data();
    void add();
    void contains();
    void countAndNumbers();
    void unite();
    void hugeInputIsNotExpanded();
    void largeInputParsesInOnePass();
    void randomAgainstReference();
};

void Tst_sequenceset::fromNumbers_data()
{
    QTest::addColumn<QList<quint32>>("numbers");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("empty") << QList<quint32> {} << QByteArray();
    QTest::newRow("single") << QList<quint32> {7} << QByteArray("7");
    QTest::newRow("zero-ignored") << QList<quint32> {0} << QByteArray();
    QTest::newRow("zero-among-others") << QList<quint32> {0, 1, 2} << QByteArray("1:2");
    QTest::newRow("brief-example")
        << QList<quint32> {20, 1, 2, 3, 4, 5, 9, 12, 13, 14, 15, 16, 17, 18, 19, 5, 1}
        << QByteArray("1:5,9,12:20");
    QTest::newRow("duplicates") << QList<quint32> {3, 3, 3, 4, 4} << QByteArray("3:4");
    QTest::newRow("descending") << QList<quint32> {10, 9, 8, 2} << QByteArray("2,8:10");
    QTest::newRow("max-number") << QList<quint32> {4294967295u, 4294967294u}
                                << QByteArray("4294967294:4294967295");
    QTest::newRow("max-and-one") << QList<quint32> {4294967295u, 1} << QByteArray("1,4294967295");
    QTest::newRow("gaps") << QList<quint32> {1, 3, 5} << QByteArray("1,3,5");
}

void Tst_sequenceset::fromNumbers()
{
    QFETCH(QList<quint32>, numbers);
    QFETCH(QByteArray, wire);
    const SequenceSet set = SequenceSet::fromNumbers(numbers);
    QCOMPARE(set.toByteArray(), wire);
    QCOMPARE(set.isEmpty(), wire.isEmpty());
}

void Tst_sequenceset::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("normalized");
    QTest::addColumn<quint64>("count");

    QTest::newRow("single") << QByteArray("1") << QByteArray("1") << quint64(1);
    QTest::newRow("range") << QByteArray("2:4") << QByteArray("2:4") << quint64(3);
    QTest::newRow("reversed-range") << QByteArray("5:1") << QByteArray("1:5") << quint64(5);
    QTest::newRow("same-ends") << QByteArray("9:9") << QByteArray("9") << quint64(1);
    QTest::newRow("brief-example")
        << QByteArray("1:5,9,12:20") << QByteArray("1:5,9,12:20") << quint64(15);
    // RFC 9051 7.5.2 / RFC 7162 3.2.10: VANISHED (EARLIER) 300:310,405,411
    QTest::newRow("rfc7162-vanished")
        << QByteArray("300:310,405,411") << QByteArray("300:310,405,411") << quint64(13);
    // RFC 4315 3: COPYUID 38505 304,319:320 3956:3958
    QTest::newRow("rfc4315-copyuid-src")
        << QByteArray("304,319:320") << QByteArray("304,319:320") << quint64(3);
    QTest::newRow("unsorted-merged")
        << QByteArray("12:20,1:5,9") << QByteArray("1:5,9,12:20") << quint64(15);
    QTest::newRow("overlap") << QByteArray("1:10,5:15") << QByteArray("1:15") << quint64(15);
    QTest::newRow("adjacent-merge") << QByteArray("1:3,4") << QByteArray("1:4") << quint64(4);
    QTest::newRow("adjacent-ranges") << QByteArray("1:3,4:6,7") << QByteArray("1:7") << quint64(7);
    QTest::newRow("duplicates") << QByteArray("5,5,5") << QByteArray("5") << quint64(1);
    QTest::newRow("contained") << QByteArray("1:100,50:60") << QByteArray("1:100") << quint64(100);
    QTest::newRow("max-number") << QByteArray("4294967295") << QByteArray("4294967295")
                                << quint64(1);
    QTest::newRow("full-range") << QByteArray("1:4294967295") << QByteArray("1:4294967295")
                                << quint64(4294967295u);
    QTest::newRow("full-range-reversed")
        << QByteArray("4294967295:1") << QByteArray("1:4294967295") << quint64(4294967295u);
    QTest::newRow("max-adjacent") << QByteArray("4294967294,4294967295")
                                  << QByteArray("4294967294:4294967295") << quint64(2);
    // Gmail returns large UID sets in ESEARCH ALL, already ascending.
    QTest::newRow("gmail-esearch-all") << QByteArray("1:3,5,7:9,11,4000000:4000010")
                                       << QByteArray("1:3,5,7:9,11,4000000:4000010") << quint64(19);
}

void Tst_sequenceset::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, normalized);
    QFETCH(quint64, count);
    qsizetype offset = -1;
    const std::optional<SequenceSet> set = SequenceSet::parse(input, &offset);
    QVERIFY(set.has_value());
    QCOMPARE(offset, qsizetype(-1));
    QCOMPARE(set->toByteArray(), normalized);
    QCOMPARE(set->count(), count);
    // The normalized form parses to the same set.
    QCOMPARE(SequenceSet::parse(normalized), set);
}

void Tst_sequenceset::parseRejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("empty") << QByteArray() << qsizetype(0);
    QTest::newRow("zero") << QByteArray("0") << qsizetype(0);
    QTest::newRow("zero-in-range") << QByteArray("0:5") << qsizetype(0);
    QTest::newRow("zero-range-end") << QByteArray("5:0") << qsizetype(2);
    QTest::newRow("leading-zero") << QByteArray("05") << qsizetype(0);
    QTest::newRow("star") << QByteArray("*") << qsizetype(0);
    QTest::newRow("star-range") << QByteArray("1:*") << qsizetype(2);
    QTest::newRow("overflow-by-one") << QByteArray("4294967296") << qsizetype(9);
    QTest::newRow("overflow-range-end") << QByteArray("1:4294967296") << qsizetype(11);
    QTest::newRow("overflow-long") << QByteArray("99999999999999999999999") << qsizetype(9);
    QTest::newRow("overflow-64bit") << QByteArray("18446744073709551617") << qsizetype(10);
    QTest::newRow("leading-comma") << QByteArray(",1") << qsizetype(0);
    QTest::newRow("trailing-comma") << QByteArray("1,") << qsizetype(2);
    QTest::newRow("double-comma") << QByteArray("1,,2") << qsizetype(2);
    QTest::newRow("trailing-colon") << QByteArray("1:") << qsizetype(2);
    QTest::newRow("double-colon") << QByteArray("1:2:3") << qsizetype(3);
    QTest::newRow("space-after-comma") << QByteArray("1, 2") << qsizetype(2);
    QTest::newRow("leading-space") << QByteArray(" 1") << qsizetype(0);
    QTest::newRow("trailing-space") << QByteArray("1 ") << qsizetype(1);
    QTest::newRow("trailing-garbage") << QByteArray("1:5x") << qsizetype(3);
    QTest::newRow("negative") << QByteArray("-1") << qsizetype(0);
    QTest::newRow("plus") << QByteArray("+1") << qsizetype(0);
    QTest::newRow("crlf") << QByteArray("1\r\n") << qsizetype(1);
    QTest::newRow("nul") << QByteArray("1\0", 2) << qsizetype(1);
    QTest::newRow("parenthesised") << QByteArray("(1)") << qsizetype(0);
}

void Tst_sequenceset::parseRejects()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, offset);
    qsizetype actual = -1;
    QCOMPARE(SequenceSet::parse(input, &actual), std::nullopt);
    QCOMPARE(actual, offset);
}

void Tst_sequenceset::add_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("into-empty") << QByteArray() << 5u << 5u << QByteArray("5");
    QTest::newRow("adjacent-after") << QByteArray("1:3") << 4u << 4u << QByteArray("1:4");
    QTest::newRow("adjacent-before") << QByteArray("2:3") << 1u << 1u << QByteArray("1:3");
    QTest::newRow("inside") << QByteArray("1:10") << 5u << 5u << QByteArray("1:10");
    QTest::newRow("gap-after") << QByteArray("1:3") << 5u << 5u << QByteArray("1:3,5");
    QTest::newRow("gap-before") << QByteArray("5:9") << 1u << 2u << QByteArray("1:2,5:9");
    QTest::newRow("between") << QByteArray("1,9") << 5u << 5u << QByteArray("1,5,9");
    QTest::newRow("fills-hole") << QByteArray("1:3,5:7") << 4u << 4u << QByteArray("1:7");
    QTest::newRow("spans-many") << QByteArray("2,4,6,8,20") << 1u << 9u << QByteArray("1:9,20");
    QTest::newRow("touches-next") << QByteArray("1,10:12") << 5u << 9u << QByteArray("1,5:12");
    QTest::newRow("extends-end") << QByteArray("1:5,10") << 3u << 7u << QByteArray("1:7,10");
    QTest::newRow("reversed-args") << QByteArray() << 9u << 3u << QByteArray("3:9");
    QTest::newRow("zero-ignored") << QByteArray("2") << 0u << 0u << QByteArray("2");
    QTest::newRow("zero-start-clamped") << QByteArray() << 0u << 3u << QByteArray("1:3");
    QTest::newRow("max-edge") << QByteArray("4294967294") << 4294967295u << 4294967295u
                              << QByteArray("4294967294:4294967295");
    QTest::newRow("max-before-existing")
        << QByteArray("1") << 4294967295u << 4294967295u << QByteArray("1,4294967295");
    QTest::newRow("full-range-absorbs")
        << QByteArray("3,7:9,4294967295") << 1u << 4294967295u << QByteArray("1:4294967295");
}

void Tst_sequenceset::add()
{
    QFETCH(QByteArray, start);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    QFETCH(QByteArray, expected);
    SequenceSet set;
    if (!start.isEmpty())
        set = SequenceSet::parse(start).value();
    if (first == last)
        set.add(first);
    else
        set.addRange(first, last);
    QCOMPARE(set.toByteArray(), expected);

    // The same result however it is built: fromRange + unite.
    SequenceSet other = start.isEmpty() ? SequenceSet() : SequenceSet::parse(start).value();
    other.unite(SequenceSet::fromRange(first, last));
    QCOMPARE(other.toByteArray(), expected);
}

void Tst_sequenceset::contains()
{
    const SequenceSet set = SequenceSet::parse("1:5,9,12:20,4294967295").value();
    QVERIFY(!set.contains(0));
    QVERIFY(set.contains(1));
    QVERIFY(set.contains(5));
    QVERIFY(!set.contains(6));
    QVERIFY(!set.contains(8));
    QVERIFY(set.contains(9));
    QVERIFY(!set.contains(10));
    QVERIFY(set.contains(12));
    QVERIFY(set.contains(20));
    QVERIFY(!set.contains(21));
    QVERIFY(set.contains(4294967295u));
    QVERIFY(!SequenceSet().contains(1));
}

void Tst_sequenceset::countAndNumbers()
{
    const SequenceSet set = SequenceSet::parse("3,1:2,7:8").value();
    QCOMPARE(set.count(), quint64(5));
    QCOMPARE(set.toNumbers(), (QList<quint32> {1, 2, 3, 7, 8}));
    QCOMPARE(set.ranges().size(), 2);
    QCOMPARE(set.ranges().at(0), (SequenceSet::Range {1, 3}));
    QCOMPARE(SequenceSet().count(), quint64(0));
    QVERIFY(SequenceSet().toNumbers().isEmpty());
    const SequenceSet top = SequenceSet::fromRange(4294967290u, 4294967295u);
    QCOMPARE(top.toNumbers().size(), 6);
    QCOMPARE(top.toNumbers().last(), 4294967295u);
}

void Tst_sequenceset::unite()
{
    SequenceSet a = SequenceSet::parse("1:3,10").value();
    a.unite(SequenceSet::parse("4:6,8,11:12").value());
    QCOMPARE(a.toByteArray(), QByteArray("1:6,8,10:12"));
    a.unite(SequenceSet());
    QCOMPARE(a.toByteArray(), QByteArray("1:6,8,10:12"));
}

void Tst_sequenceset::hugeInputIsNotExpanded()
{
    const auto set = SequenceSet::parse("1:4294967295");
    QVERIFY(set.has_value());
    QCOMPARE(set->ranges().size(), 1);
    QCOMPARE(set->count(), quint64(4294967295u));
    SequenceSet built;
    built.addRange(1, 4294967295u);
    built.add(17);
    QCOMPARE(built.ranges().size(), 1);
}

void Tst_sequenceset::largeInputParsesInOnePass()
{
    // About 1 MB of odd numbers "1,3,5,...": no merging possible, every element kept.
    QByteArray text;
    quint32 n = 1;
    qsizetype elements = 0;
    while (text.size() < 1024 * 1024) {
        if (!text.isEmpty())
            text.append(',');
        text.append(QByteArray::number(n));
        n += 2;
        ++elements;
    }
    auto set = SequenceSet::parse(text);
    QVERIFY(set.has_value());
    QCOMPARE(set->ranges().size(), elements);
    QCOMPARE(set->toByteArray(), text);

    // The same megabyte reversed: still accepted, sorted once.
    QList<QByteArray> parts = text.split(',');
    std::reverse(parts.begin(), parts.end());
    set = SequenceSet::parse(parts.join(','));
    QVERIFY(set.has_value());
    QCOMPARE(set->toByteArray(), text);

    // A megabyte of "1:4294967295," repeated collapses to one range.
    QByteArray full;
    while (full.size() < 1024 * 1024)
        full.append("1:4294967295,");
    full.append("1");
    set = SequenceSet::parse(full);
    QVERIFY(set.has_value());
    QCOMPARE(set->ranges().size(), 1);
}

void Tst_sequenceset::randomAgainstReference()
{
    // Seeded: failures reproduce. Compares add()/fromNumbers()/parse() against a plain bitmap.
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator rng(seed);
        std::vector<bool> bitmap(200, false);
        SequenceSet set;
        QList<quint32> numbers;
        const int ops = rng.bounded(1, 40);
        for (int i = 0; i < ops; ++i) {
            const quint32 a = rng.bounded(1u, 199u);
            const quint32 b = rng.bounded(1u, 199u);
            set.addRange(a, b);
            for (quint32 k = std::min(a, b); k <= std::max(a, b); ++k) {
                bitmap[k] = true;
                numbers.append(k);
            }
        }
        QList<quint32> expected;
        for (quint32 k = 1; k < 200; ++k) {
            if (bitmap[k])
                expected.append(k);
        }
        QVERIFY2(set.toNumbers() == expected, qPrintable(QString::number(seed)));
        QCOMPARE(SequenceSet::fromNumbers(numbers), set);
        QCOMPARE(SequenceSet::parse(set.toByteArray()), set);
        for (qsizetype i = 1; i < set.ranges().size(); ++i)
            QVERIFY(quint64(set.ranges().at(i - 1).last) + 1 < set.ranges().at(i).first);
    }
}

QTEST_GUILESS_MAIN(Tst_sequenceset)
#include "tst_sequenceset.moc"
