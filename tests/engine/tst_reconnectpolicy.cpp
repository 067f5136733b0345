// ReconnectPolicy: exponential growth, the cap, jitter bounds (full and decorrelated), reset
// after a stable connection, and determinism with a seeded random source.
#include "engine/reconnectpolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ImapCore;

Q_DECLARE_METATYPE(ImapCore::ReconnectPolicy::Jitter)

class Tst_ReconnectPolicy : public QObject
{
    Q_OBJECT

private slots:
    void sequence_data();
    void sequence();
    void jitterBounds_data();
    void jitterBounds();
    void reset_data();
    void reset();
    void seededIsDeterministic();
};

void Tst_ReconnectPolicy::sequence_data()
{
    QTest::addColumn<ReconnectPolicy::Jitter>("jitter");
    QTest::addColumn<double>("random"); // constant random source
    QTest::addColumn<QList<int>>("delays");

    using J = ReconnectPolicy::Jitter;
    QTest::newRow("no-jitter-doubles-from-1s")
        << J::None << 0.5 << QList<int> {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000};
    QTest::newRow("no-jitter-caps-at-5min")
        << J::None << 0.5
        << QList<int> {1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000};
    QTest::newRow("full-jitter-random-0-is-the-floor")
        << J::Full << 0.0 << QList<int> {1000, 1000, 1000, 1000};
    QTest::newRow("full-jitter-random-1-is-the-exponential")
        << J::Full << 1.0 << QList<int> {1000, 2000, 4000, 8000, 16000};
    QTest::newRow("full-jitter-half")
        << J::Full << 0.5 << QList<int> {1000, 1500, 2500, 4500, 8500};
    QTest::newRow("decorrelated-random-1-triples")
        << J::Decorrelated << 1.0 << QList<int> {1000, 3000, 9000, 27000, 81000, 243000, 300000};
    QTest::newRow("decorrelated-random-0-stays-at-floor")
        << J::Decorrelated << 0.0 << QList<int> {1000, 1000, 1000};
    QTest::newRow("out-of-range-random-is-clamped")
        << J::Full << 7.0 << QList<int> {1000, 2000, 4000};
}

void Tst_ReconnectPolicy::sequence()
{
    QFETCH(ReconnectPolicy::Jitter, jitter);
    QFETCH(double, random);
    QFETCH(QList<int>, delays);

    ReconnectPolicy::Options options;
    options.jitter = jitter;
    ReconnectPolicy policy(options, [random] { return random; });
    QList<int> got;
    for (qsizetype i = 0; i < delays.size(); ++i)
        got.append(policy.nextDelayMs());
    QCOMPARE(got, delays);
    QCOMPARE(policy.attempts(), int(delays.size()));
}

void Tst_ReconnectPolicy::jitterBounds_data()
{
    QTest::addColumn<ReconnectPolicy::Jitter>("jitter");
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maxMs");
    QTest::newRow("full-1s-5min") << ReconnectPolicy::Jitter::Full << 1000 << 300000;
    QTest::newRow("decorrelated-1s-5min")
        << ReconnectPolicy::Jitter::Decorrelated << 1000 << 300000;
    QTest::newRow("full-test-milliseconds") << ReconnectPolicy::Jitter::Full << 5 << 50;
    QTest::newRow("max-below-initial-is-raised") << ReconnectPolicy::Jitter::Full << 2000 << 10;
}

void Tst_ReconnectPolicy::jitterBounds()
{
    QFETCH(ReconnectPolicy::Jitter, jitter);
    QFETCH(int, initialMs);
    QFETCH(int, maxMs);

    ReconnectPolicy::Options options;
    options.jitter = jitter;
    options.initialMs = initialMs;
    options.maxMs = maxMs;
    QRandomGenerator generator(42);
    ReconnectPolicy policy(options, [&generator] { return generator.generateDouble(); });
    const int cap = std::max(initialMs, maxMs);
    QSet<int> distinct;
    for (int i = 0; i < 500; ++i) {
        const int delay = policy.nextDelayMs();
        QVERIFY2(delay >= initialMs && delay <= cap, qPrintable(QString::number(delay)));
        // Never more than the un-jittered exponential for this attempt.
        if (jitter == ReconnectPolicy::Jitter::Full && i < 20)
            QVERIFY(delay <= std::min<double>(cap, initialMs * std::pow(2.0, i)));
        distinct.insert(delay);
    }
    if (cap > initialMs)
        QVERIFY(distinct.size() > 10); // jitter spreads the attempts
}

void Tst_ReconnectPolicy::reset_data()
{
    QTest::addColumn<qint64>("uptimeMs");
    QTest::addColumn<int>("expected"); // the next delay after connectionLost(uptimeMs)
    QTest::newRow("stable-connection-resets") << qint64(60000) << 1000;
    QTest::newRow("long-stable-connection-resets") << qint64(3600000) << 1000;
    QTest::newRow("flapping-connection-keeps-backing-off") << qint64(59999) << 8000;
    QTest::newRow("never-up-keeps-backing-off") << qint64(0) << 8000;
}

void Tst_ReconnectPolicy::reset()
{
    QFETCH(qint64, uptimeMs);
    QFETCH(int, expected);

    ReconnectPolicy::Options options;
    options.jitter = ReconnectPolicy::Jitter::None;
    ReconnectPolicy policy(options);
    policy.nextDelayMs();
    policy.nextDelayMs();
    policy.nextDelayMs();
    policy.connectionLost(uptimeMs);
    QCOMPARE(policy.nextDelayMs(), expected);
    policy.reset();
    QCOMPARE(policy.attempts(), 0);
    QCOMPARE(policy.nextDelayMs(), 1000);
}

void Tst_ReconnectPolicy::seededIsDeterministic()
{
    for (auto jitter : {ReconnectPolicy::Jitter::Full, ReconnectPolicy::Jitter::Decorrelated}) {
        ReconnectPolicy::Options options;
        options.jitter = jitter;
        QRandomGenerator a(7);
        QRandomGenerator b(7);
        QRandomGenerator c(8);
        ReconnectPolicy pa(options, [&a] { return a.generateDouble(); });
        ReconnectPolicy pb(options, [&b] { return b.generateDouble(); });
        ReconnectPolicy pc(options, [&c] { return c.generateDouble(); });
        QList<int> sa, sb, sc;
        for (int i = 0; i < 12; ++i) {
            sa.append(pa.nextDelayMs());
            sb.append(pb.nextDelayMs());
            sc.append(pc.nextDelayMs());
        }
        QCOMPARE(sa, sb);
        QVERIFY(sa != sc);
    }
}

QTEST_GUILESS_MAIN(Tst_ReconnectPolicy)
#include "tst_reconnectpolicy.moc"
