// DemoCommand::hasDisplay: when `mailbell demo` may show the tray app and when it must print the
// events instead, from the environment alone; and what the demo then says on the terminal.
#include "demo/democommand.h"

#include <QTest>

using namespace Qt::StringLiterals;

class Tst_DemoDisplay : public QObject
{
    Q_OBJECT

private slots:
    void hasDisplay_data();
    void hasDisplay();
    void startedText_data();
    void startedText();
};

void Tst_DemoDisplay::hasDisplay_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=VALUE
    QTest::addColumn<bool>("expected");
    QTest::newRow("nothing set") << QStringList() << false;
    QTest::newRow("empty DISPLAY") << QStringList {u"DISPLAY="_s} << false;
    QTest::newRow("X11") << QStringList {u"DISPLAY=:0"_s} << true;
    QTest::newRow("Wayland") << QStringList {u"WAYLAND_DISPLAY=wayland-0"_s} << true;
    QTest::newRow("X11 with xcb asked for")
        << QStringList {u"DISPLAY=:0"_s, u"QT_QPA_PLATFORM=xcb"_s} << true;
    QTest::newRow("offscreen despite DISPLAY")
        << QStringList {u"DISPLAY=:0"_s, u"QT_QPA_PLATFORM=offscreen"_s} << false;
    QTest::newRow("offscreen with options")
        << QStringList {u"WAYLAND_DISPLAY=wayland-0"_s,
                        u"QT_QPA_PLATFORM=offscreen:fontengine=freetype"_s}
        << false;
    QTest::newRow("minimal despite DISPLAY")
        << QStringList {u"DISPLAY=:0"_s, u"QT_QPA_PLATFORM=minimal"_s} << false;
    QTest::newRow("offscreen alone") << QStringList {u"QT_QPA_PLATFORM=offscreen"_s} << false;
}

void Tst_DemoDisplay::hasDisplay()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, expected);
    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    QCOMPARE(DemoCommand::hasDisplay(environment), expected);
}

void Tst_DemoDisplay::startedText_data()
{
    QTest::addColumn<bool>("withTray");
    QTest::addColumn<QStringList>("expected");
    const QStringList common {u"private IMAP server on 127.0.0.1:40993 "_s, u"5 sample message"_s,
                              u"every 8 s"_s, u"Ctrl+C"_s};
    QTest::newRow("tray") << true
                          << common
            + QStringList {u"tray app"_s, u"system tray"_s, u"Quit in the tray icon's menu"_s,
                           u"Settings"_s};
    QTest::newRow("headless") << false << common + QStringList {u"'mailbell watch'"_s};
}

void Tst_DemoDisplay::startedText()
{
    QFETCH(bool, withTray);
    QFETCH(QStringList, expected);
    const QString text = DemoCommand::startedText(40993, 5, 8000, withTray);
    for (const QString &part : std::as_const(expected))
        QVERIFY2(text.contains(part), qPrintable(part + u" not in: "_s + text));
    QVERIFY2(text.count(u'\n') <= 4, qPrintable(text)); // a few lines, not a manual
    QVERIFY(DemoCommand::startedText(40993, 5, 2500, false).contains(u"every 2.5 s"_s));
}

QTEST_GUILESS_MAIN(Tst_DemoDisplay)
#include "tst_demodisplay.moc"
