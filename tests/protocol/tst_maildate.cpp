// MailDate: RFC 5322 dates in the forms real mail carries, and RFC 9051 INTERNALDATE.
#include "protocol/maildate.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

QDateTime dt(int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetMinutes * 60);
}

} // namespace

class Tst_maildate : public QObject
{
    Q_OBJECT
private slots:
    void rfc5322Date_data();
    void rfc5322Date();
    void canonicalFormAsGeneralPath_data();
    void canonicalFormAsGeneralPath();
    void internalDate_data();
    void internalDate();
};

void Tst_maildate::rfc5322Date_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("offsetMinutes");

    // RFC 5322 appendix A.
    QTest::newRow("rfc5322-a.1.1") << QByteArray("Fri, 21 Nov 1997 09:55:06 -0600")
                                   << dt(1997, 11, 21, 9, 55, 6, -360) << -360;
    QTest::newRow("rfc5322-a.1.2")
        << QByteArray("Tue, 1 Jul 2003 10:52:37 +0200") << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("rfc5322-a.3") << QByteArray("Thu, 13 Feb 1969 23:32:54 -0330")
                                 << dt(1969, 2, 13, 23, 32, 54, -210) << -210;
    QTest::newRow("rfc5322-a.5-white-space-and-comment")
        << QByteArray("Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n"
                      "               -0330 (Newfoundland Time)")
        << dt(1969, 2, 13, 23, 32, 0, -210) << -210;
    QTest::newRow("rfc5322-a.6.2-obsolete")
        << QByteArray("21 Nov 97 09:55:06 GMT") << dt(1997, 11, 21, 9, 55, 6, 0) << 0;
    QTest::newRow("rfc5322-a.6.3-obs-time")
        << QByteArray("Fri, 21 Nov 1997 09(comment):   55  :  06 -0600")
        << dt(1997, 11, 21, 9, 55, 6, -360) << -360;

    QTest::newRow("named-est") << QByteArray("Mon, 3 Feb 2003 10:00:00 EST")
                               << dt(2003, 2, 3, 10, 0, 0, -300) << -300;
    QTest::newRow("named-pdt") << QByteArray("Mon, 3 Jun 2003 10:00:00 PDT")
                               << dt(2003, 6, 3, 10, 0, 0, -420) << -420;
    QTest::newRow("named-ut") << QByteArray("3 Jun 2003 10:00:00 UT") << dt(2003, 6, 3, 10, 0, 0, 0)
                              << 0;
    QTest::newRow("military-zone-is-unknown")
        << QByteArray("3 Jun 2003 10:00:00 A") << dt(2003, 6, 3, 10, 0, 0, 0) << 0;
    QTest::newRow("missing-seconds")
        << QByteArray("Tue, 1 Jul 2003 10:52 +0200") << dt(2003, 7, 1, 10, 52, 0, 120) << 120;
    QTest::newRow("missing-weekday")
        << QByteArray("1 Jul 2003 10:52:37 +0200") << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("trailing-zone-comment") << QByteArray("Tue, 01 Jul 2003 10:52:37 +0200 (CEST)")
                                           << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("utc-comment") << QByteArray("Wed, 15 May 2024 08:00:00 +0000 (UTC)")
                                 << dt(2024, 5, 15, 8, 0, 0, 0) << 0;
    QTest::newRow("two-digit-year-49")
        << QByteArray("1 Jan 49 00:00:00 +0000") << dt(2049, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("two-digit-year-50")
        << QByteArray("1 Jan 50 00:00:00 +0000") << dt(1950, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("three-digit-year")
        << QByteArray("1 Jan 103 00:00:00 +0000") << dt(2003, 1, 1, 0, 0, 0, 0) << 0;
    QTest::newRow("asctime-order")
        << QByteArray("Tue Jul  1 10:52:37 2003") << dt(2003, 7, 1, 10, 52, 37, 0) << 0;
    QTest::newRow("colon-zone") << QByteArray("Tue, 1 Jul 2003 10:52:37 +02:00")
                                << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("lowercase-month-full-day") << QByteArray("tuesday, 1 jul 2003 10:52:37 +0200")
                                              << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("leap-second") << QByteArray("31 Dec 2016 23:59:60 +0000")
                                 << dt(2016, 12, 31, 23, 59, 59, 0) << 0;
    QTest::newRow("zone-out-of-range-read-as-utc")
        << QByteArray("1 Jul 2003 10:52:37 +9959") << dt(2003, 7, 1, 10, 52, 37, 0) << 0;
    QTest::newRow("dashed-date") << QByteArray("01-Jul-2003 10:52:37 +0200")
                                 << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("dashed-date-trailing-dash")
        << QByteArray("1-Jul-2003- 10:52:37 +0200") << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("comment-between-colons") << QByteArray("1 Jul 2003 10 (h) : (m) 52 : 37 +0200")
                                            << dt(2003, 7, 1, 10, 52, 37, 120) << 120;
    QTest::newRow("zone-glued-to-time")
        << QByteArray("1 Jul 2003 10:52:37-0330") << dt(2003, 7, 1, 10, 52, 37, -210) << -210;
    QTest::newRow("invalid-zone-five-digits")
        << QByteArray("1 Jul 2003 10:52:37 +02000") << QDateTime() << 0;
    QTest::newRow("comma-glued") << QByteArray("Tue,1 Jul 2003 10:52:37 +0200")
                                 << dt(2003, 7, 1, 10, 52, 37, 120) << 120;

    // "Foo" is no weekday: as an alphabetic word it is an unknown zone ("-0000"), which the
    // numeric zone after it does not override.
    QTest::newRow("unknown-word-in-weekday-place-is-zone")
        << QByteArray("Foo, 17 Jul 2026 02:44:25 -0700") << dt(2026, 7, 17, 2, 44, 25, 0) << 0;
    QTest::newRow("canonical-one-digit-day")
        << QByteArray("Fri, 3 Jul 2026 02:44:25 +0530") << dt(2026, 7, 3, 2, 44, 25, 330) << 330;

    QTest::newRow("invalid-empty") << QByteArray() << QDateTime() << 0;
    QTest::newRow("invalid-garbage") << QByteArray("next tuesday-ish") << QDateTime() << 0;
    QTest::newRow("invalid-day-32") << QByteArray("32 Jan 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-feb-29") << QByteArray("29 Feb 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-hour-25") << QByteArray("1 Jul 2003 25:00:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-month-with-latin1-letter")
        << QByteArray("1 J\xC1n 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-month-with-symbol")
        << QByteArray("1 J@n 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-no-month") << QByteArray("1 2003 10:00 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-huge-number") << QByteArray("99999999999 Jul 2003") << QDateTime() << 0;
    // fuzz_headerdecoding crash-f002a3f6: a zone split off "7-:25" left a time with no colon.
    QTest::newRow("fuzz-time-loses-colon") << QByteArray("\" 7-:25 -07\xB0"
                                                         "0\"")
                                           << QDateTime() << 0;
    QTest::newRow("invalid-colon-first") << QByteArray("1 Jul 2003 :10 +0000") << QDateTime() << 0;
    QTest::newRow("invalid-too-long") << QByteArray(5000, ' ') + "1 Jul 2003" << QDateTime() << 0;
}

void Tst_maildate::rfc5322Date()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, expected);
    QFETCH(int, offsetMinutes);
    const QDateTime out = MailDate::parseRfc5322Date(raw);
    QCOMPARE(out.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(out, expected);
    QCOMPARE(out.offsetFromUtc(), offsetMinutes * 60);
}

// The canonical form "Fri, 17 Jul 2026 02:44:25 -0700" has a shortcut; a leading comment sends
// the same date the general way, and both must agree, on the valid and the odd values alike.
void Tst_maildate::canonicalFormAsGeneralPath_data()
{
    QTest::addColumn<QByteArray>("raw");
    const char *const rows[] = {
        "Fri, 17 Jul 2026 02:44:25 -0700",  "17 Jul 2026 02:44:25 -0700",
        "Fri, 7 Jul 2026 02:44:25 -0700",   "7 Jul 2026 02:44:25 +0000",
        "Sun, 31 Dec 2023 23:59:59 +1400",  "Mon, 01 Jan 2024 00:00:00 -1200",
        "fri, 17 jul 2026 02:44:25 -0700",  "FRI, 17 JUL 2026 02:44:25 -0700",
        "Sat, 17 Jul 2026 02:44:25 -0700", // weekday does not match: ignored
        "Foo, 17 Jul 2026 02:44:25 -0700",  "Jul, 17 Jul 2026 02:44:25 -0700",
        "Fri, 17 Jux 2026 02:44:25 -0700",  "Fri, 00 Jul 2026 02:44:25 -0700",
        "Fri, 32 Jul 2026 02:44:25 -0700",  "Fri, 29 Feb 2026 02:44:25 -0700",
        "Sat, 29 Feb 2020 02:44:25 -0700",  "Fri, 17 Jul 0999 02:44:25 -0700",
        "Fri, 17 Jul 2026 24:44:25 -0700",  "Fri, 17 Jul 2026 02:60:25 -0700",
        "Fri, 17 Jul 2026 02:44:60 -0700",  "Fri, 17 Jul 2026 02:44:61 -0700",
        "Fri, 17 Jul 2026 02:44:25 +9959",  "Fri, 17 Jul 2026 02:44:25 +1460",
        "Fri, 17 Jul 2026 02:44:25 -07:0",  "Fri, 17 Jul 2026 02:44:25 -07a0",
        "Fri, 17 Jul 2026 02:44:25 x0700",  "Fri, 17 Jul 2026 2:44:25 -0700",
        "Fri, 17 Jul 2026 02:4:25 -07000",  "Fri, 17 Jul 226 02:44:25 -0700",
        "Fri, 1x Jul 2026 02:44:25 -0700",  "Fri,  7 Jul 2026 02:44:25 -0700",
        "Fri, 17 Jul 2026 02:44:25 -0700 ", "Fri, 17 Jul 2026 02:44:25 -0700 (PDT)",
        "Fri, 17-Jul-2026 02:44:25 -0700",
    };
    for (const char *raw : rows)
        QTest::newRow(raw) << QByteArray(raw);
}

void Tst_maildate::canonicalFormAsGeneralPath()
{
    QFETCH(QByteArray, raw);
    const QDateTime direct = MailDate::parseRfc5322Date(raw);
    const QDateTime general =
        MailDate::parseRfc5322Date(QByteArray(QByteArray("(general path) ") + raw));
    QCOMPARE(direct.isValid(), general.isValid());
    if (!general.isValid())
        return;
    QCOMPARE(direct, general);
    QCOMPARE(direct.offsetFromUtc(), general.offsetFromUtc());
}

void Tst_maildate::internalDate_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("rfc9051-example")
        << QByteArray("17-Jul-1996 02:44:25 -0700") << dt(1996, 7, 17, 2, 44, 25, -420);
    QTest::newRow("space-padded-day")
        << QByteArray(" 7-Jul-1996 02:44:25 -0700") << dt(1996, 7, 7, 2, 44, 25, -420);
    QTest::newRow("quoted") << QByteArray("\"07-Jul-1996 02:44:25 +0000\"")
                            << dt(1996, 7, 7, 2, 44, 25, 0);
    QTest::newRow("dovecot") << QByteArray("26-Nov-2026 00:28:56 +0100")
                             << dt(2026, 11, 26, 0, 28, 56, 60);
    QTest::newRow("invalid-month") << QByteArray("17-Jux-1996 02:44:25 -0700") << QDateTime();
    QTest::newRow("invalid-time") << QByteArray("17-Jul-1996 02:61:25 -0700") << QDateTime();
    QTest::newRow("invalid-empty") << QByteArray() << QDateTime();
    QTest::newRow("invalid-junk") << QByteArray("NIL") << QDateTime();
}

void Tst_maildate::internalDate()
{
    QFETCH(QByteArray, raw);
    QFETCH(QDateTime, expected);
    const QDateTime out = MailDate::parseInternalDate(raw);
    QCOMPARE(out.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(out, expected);
        QCOMPARE(out.offsetFromUtc(), expected.offsetFromUtc());
    }
}

QTEST_GUILESS_MAIN(Tst_maildate)
#include "tst_maildate.moc"
