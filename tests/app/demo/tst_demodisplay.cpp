// DemoCommand::hasDisplay: when `mailbell demo` may show the tray app and when it must print the
// events instead, from the environment alone.
#include "demo/democommand.h"

#include <QTest>

using namespace Qt::StringLiterals;

class Tst_DemoDisplay : public QObject
{
    Q_OBJECT

private slots:
    void hasDisplay_data();
    void hasDisplay();
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

QTEST_GUILESS_MAIN(Tst_DemoDisplay)
#include "tst_demodisplay.moc"
