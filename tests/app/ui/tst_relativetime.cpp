#include "relativetime.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRelativeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void format_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(0) << u"just now"_s;
        QTest::newRow("59 s") << qint64(59) << u"just now"_s;
        QTest::newRow("small skew ahead") << qint64(-90) << u"just now"_s;
        QTest::newRow("1 min") << qint64(60) << u"1 min ago"_s;
        QTest::newRow("2 min") << qint64(150) << u"2 min ago"_s;
        QTest::newRow("59 min") << qint64(3599) << u"59 min ago"_s;
        QTest::newRow("1 h") << qint64(3600) << u"1 h ago"_s;
        QTest::newRow("5 h") << qint64(5 * 3600 + 59 * 60) << u"5 h ago"_s;
        // now is 2026-11-26 (Thursday) 20:00.
        QTest::newRow("yesterday") << qint64(24 * 3600) << u"Yesterday"_s;
        QTest::newRow("weekday") << qint64(3 * 24 * 3600) << u"Monday"_s;
        QTest::newRow("older") << qint64(30 * 24 * 3600) << u"10/27/26"_s;
    }

    void format()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 11, 26), QTime(20, 0));
        QCOMPARE(RelativeTime::format(now.addSecs(-secondsAgo), now), text);
    }

    void invalidDateIsBlank()
    {
        QCOMPARE(RelativeTime::format({}, QDateTime::currentDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
