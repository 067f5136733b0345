#include "badgeiconengine.h"
#include "uitestdata.h"

#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTest>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {

// The badge is the only strongly red thing in the icons (the error icon's red slash is darker
// and thinner; its pixels are excluded by checking the badge's white ring area).
bool isBadgeRed(QRgb pixel)
{
    return qAlpha(pixel) > 200 && qRed(pixel) > 170 && qGreen(pixel) < 60 && qBlue(pixel) < 70;
}

struct Box
{
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    int count = 0;
    bool isEmpty() const { return count == 0; }
    int width() const { return right - left + 1; }
    int height() const { return bottom - top + 1; }
};

Box boxOf(const QImage &image, bool (*match)(QRgb))
{
    Box box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (match(image.pixel(x, y))) {
                box.left = std::min(box.left, x);
                box.right = std::max(box.right, x);
                box.top = std::min(box.top, y);
                box.bottom = std::max(box.bottom, y);
                ++box.count;
            }
        }
    }
    return box;
}

bool isWhiteText(QRgb pixel)
{
    return qAlpha(pixel) > 200 && qRed(pixel) > 200 && qGreen(pixel) > 200 && qBlue(pixel) > 200;
}

} // namespace

class TestBadgeIconEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badgeText_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0 << QString();
        QTest::newRow("negative") << -4 << QString();
        QTest::newRow("one") << 1 << u"1"_s;
        QTest::newRow("99") << 99 << u"99"_s;
        QTest::newRow("100 caps") << 100 << u"99+"_s;
        QTest::newRow("huge caps") << 123456 << u"99+"_s;
        // (Where "99+" would not be legible, the painter shows "9+" or a dot: see pixels().)
    }

    void badgeText()
    {
        QFETCH(int, count);
        QFETCH(QString, text);
        QCOMPARE(BadgeIconEngine::badgeText(count), text);
    }

    void pixels_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("dpr");
        for (int size : {16, 22, 32, 64}) {
            for (qreal dpr : {1.0, 2.0})
                QTest::addRow("%dpx@%gx", size, dpr) << size << dpr;
        }
    }

    // At every size and scale: the pixmap has the device size, a badge when there is unread
    // mail and none without, the badge inside the icon, and its digits inside the badge.
    void pixels()
    {
        QFETCH(int, size);
        QFETCH(qreal, dpr);
        const int device = qRound(size * dpr);
        for (auto state : {BadgeIconEngine::State::Idle, BadgeIconEngine::State::Unread,
                           BadgeIconEngine::State::Error}) {
            const QPixmap none = BadgeIconEngine::icon(state, 0).pixmap(QSize(size, size), dpr);
            QCOMPARE(none.size(), QSize(device, device));
            QCOMPARE(none.devicePixelRatio(), dpr);
            const QImage noneImage = none.toImage();
            // Something is drawn (the bell), and no badge.
            QVERIFY(boxOf(noneImage, [](QRgb p) { return qAlpha(p) > 128; }).count
                    > device * device / 8);
            // The error bell's slash is red too; the other bells have none.
            if (state != BadgeIconEngine::State::Error)
                QVERIFY(boxOf(noneImage, isBadgeRed).count < device / 2);

            for (int count : {7, 42, 1000}) {
                const QImage image =
                    BadgeIconEngine::icon(state, count).pixmap(QSize(size, size), dpr).toImage();
                QCOMPARE(image.size(), QSize(device, device));
                // The badge: red pixels that the count added.
                QImage added(image.size(), QImage::Format_ARGB32);
                added.fill(Qt::transparent);
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x)
                        if (image.pixel(x, y) != noneImage.pixel(x, y))
                            added.setPixel(x, y, image.pixel(x, y));
                const Box red = boxOf(added, isBadgeRed);
                // A clearly visible badge in the top-right corner.
                QVERIFY2(red.count > device * device / 20,
                         qPrintable(u"badge pixels %1"_s.arg(red.count)));
                QVERIFY(red.right >= device - 1 - qCeil(device / 12.0));
                QVERIFY(red.top <= qCeil(device / 12.0));
                QVERIFY(red.height() <= device * 0.7);
                // The whole pill, its light ring included, lies inside the icon.
                QVERIFY2(red.left >= 1 && red.top >= 1 && red.right <= device - 2
                             && red.bottom <= device - 2,
                         qPrintable(u"badge clipped at %1px@%2"_s.arg(size).arg(dpr)));
                // The digits: white pixels between the red on their row, inside the pill by at
                // least a pixel on every side (not cut off by its edge).
                Box text;
                for (int y = red.top; y <= red.bottom; ++y) {
                    int rowLeft = -1, rowRight = -1;
                    for (int x = red.left; x <= red.right; ++x) {
                        if (isBadgeRed(added.pixel(x, y))) {
                            rowLeft = rowLeft < 0 ? x : rowLeft;
                            rowRight = x;
                        }
                    }
                    for (int x = rowLeft + 1; x < rowRight; ++x) {
                        if (isWhiteText(added.pixel(x, y))) {
                            text.left = std::min(text.left, x);
                            text.right = std::max(text.right, x);
                            text.top = std::min(text.top, y);
                            text.bottom = std::max(text.bottom, y);
                            ++text.count;
                        }
                    }
                }
                QVERIFY2(!text.isEmpty(), "no digits in the badge");
                QVERIFY2(
                    text.left > red.left && text.right < red.right && text.top > red.top
                        && text.bottom < red.bottom,
                    qPrintable(
                        u"digits touch the badge edge at %1px@%2 count %3"_s.arg(size).arg(dpr).arg(
                            count)));
                // Legible: the digits fill a good part of the pill's height.
                if (count < 10)
                    QVERIFY(text.height() >= red.height() * 0.45);
            }
        }
    }

    void countsDrawDifferently()
    {
        const auto image = [](int count) {
            return BadgeIconEngine::icon(BadgeIconEngine::State::Unread, count)
                .pixmap(QSize(32, 32), 1.0)
                .toImage();
        };
        QVERIFY(image(7) != image(8));
        QVERIFY(image(7) != image(0));
        // Past the cap every count looks the same.
        QCOMPARE(image(100), image(5000));
    }

    void statesDrawDifferently()
    {
        const auto image = [](BadgeIconEngine::State state) {
            return BadgeIconEngine::icon(state, 0).pixmap(QSize(22, 22), 1.0).toImage();
        };
        QVERIFY(image(BadgeIconEngine::State::Idle) != image(BadgeIconEngine::State::Unread));
        QVERIFY(image(BadgeIconEngine::State::Idle) != image(BadgeIconEngine::State::Error));
    }

    void pausedShowsAPauseSign_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("16px") << 16 << 1.0;
        QTest::newRow("22px") << 22 << 1.0;
        QTest::newRow("22px@2x") << 22 << 2.0;
        QTest::newRow("48px") << 48 << 1.0;
    }

    void pausedShowsAPauseSign()
    {
        QFETCH(int, size);
        QFETCH(qreal, scale);
        const auto image = [&](bool paused) {
            return BadgeIconEngine::icon(BadgeIconEngine::State::Unread, 7, paused)
                .pixmap(QSize(size, size), scale)
                .toImage();
        };
        const QImage paused = image(true);
        const QImage running = image(false);
        const auto isPauseSign = [](QRgb pixel) {
            const QColor sign = BadgeIconEngine::pauseSignColor();
            return qAlpha(pixel) > 200 && std::abs(qRed(pixel) - sign.red()) < 12
                && std::abs(qGreen(pixel) - sign.green()) < 12
                && std::abs(qBlue(pixel) - sign.blue()) < 12;
        };
        const Box sign = boxOf(paused, +isPauseSign);
        QVERIFY(!boxOf(running, +isPauseSign).count);
        // A disc at the bottom left, away from the count badge at the top right.
        QVERIFY(!sign.isEmpty());
        QVERIFY2(sign.right < paused.width() * 0.7, qPrintable(QString::number(sign.right)));
        QVERIFY2(sign.top > paused.height() * 0.3, qPrintable(QString::number(sign.top)));
        // Two white bars inside the disc: a row through its middle crosses white, sign, white.
        const int y = (sign.top + sign.bottom) / 2;
        int whiteRuns = 0;
        bool inWhite = false;
        for (int x = sign.left; x <= sign.right; ++x) {
            const bool white = isWhiteText(paused.pixel(x, y));
            if (white && !inWhite)
                ++whiteRuns;
            inWhite = white;
        }
        QCOMPARE(whiteRuns, 2);
        // The count badge is still there.
        const Box badge = boxOf(paused, isBadgeRed);
        QVERIFY(!badge.isEmpty());
        // The bell fades: outside both badges (and their white rings) no pixel is near opaque,
        // where the running bell has many.
        const int ring = qCeil(paused.width() / 8.0); // the white rings and their smoothing
        const auto near = [ring](const Box &box, int x, int y) {
            return x >= box.left - ring && x <= box.right + ring && y >= box.top - ring
                && y <= box.bottom + ring;
        };
        int opaquePaused = 0;
        int opaqueRunning = 0;
        for (int y = 0; y < paused.height(); ++y) {
            for (int x = 0; x < paused.width(); ++x) {
                if (near(sign, x, y) || near(badge, x, y))
                    continue;
                opaquePaused += qAlpha(paused.pixel(x, y)) > 160;
                opaqueRunning += qAlpha(running.pixel(x, y)) > 160;
            }
        }
        QCOMPARE(opaquePaused, 0);
        QVERIFY(opaqueRunning > 0);
    }

    void sheet()
    {
        // A contact sheet of every state and size for a person to look at.
        QImage sheet(6 * 72, 5 * 72, QImage::Format_ARGB32_Premultiplied);
        for (int half = 0; half < 2; ++half) {
            // Left half on a light panel, right half on a dark one.
            const QColor panel = half == 0 ? QColor(0xf6, 0xf5, 0xf4) : QColor(0x24, 0x1f, 0x31);
            for (int y = 0; y < sheet.height(); ++y)
                for (int x = half * sheet.width() / 2; x < (half + 1) * sheet.width() / 2; ++x)
                    sheet.setPixelColor(x, y, panel);
        }
        QPainter painter(&sheet);
        int row = 0;
        for (auto state : {BadgeIconEngine::State::Idle, BadgeIconEngine::State::Unread,
                           BadgeIconEngine::State::Error}) {
            int column = 0;
            for (int half = 0; half < 2; ++half) {
                for (int size : {16, 22, 48}) {
                    const int count = state == BadgeIconEngine::State::Idle ? 0
                        : size == 48                                        ? 128
                                                                            : 7;
                    painter.drawPixmap(column * 72 + (72 - size) / 2, row * 72 + (72 - size) / 2,
                                       BadgeIconEngine::icon(state, count).pixmap(size, size));
                    ++column;
                }
            }
            ++row;
        }
        // Paused, with and without unread mail.
        int pausedColumn = 0;
        for (int half = 0; half < 2; ++half) {
            for (int size : {16, 22, 48}) {
                const int count = pausedColumn % 3 == 0 ? 0 : 7;
                painter.drawPixmap(pausedColumn * 72 + (72 - size) / 2, 4 * 72 + (72 - size) / 2,
                                   BadgeIconEngine::icon(count ? BadgeIconEngine::State::Unread
                                                               : BadgeIconEngine::State::Idle,
                                                         count, true)
                                       .pixmap(size, size));
                ++pausedColumn;
            }
        }
        // The small sizes blown up 3x (nearest pixel), to judge them pixel by pixel.
        int x = 4;
        for (int size : {16, 22}) {
            for (int count : {7, 42, 100}) {
                const QImage small = BadgeIconEngine::icon(BadgeIconEngine::State::Unread, count)
                                         .pixmap(size, size)
                                         .toImage();
                painter.drawImage(x, 3 * 72 + 4, small.scaled(size * 3, size * 3));
                x += size * 3 + 6;
            }
        }
        painter.end();
        QDir().mkpath(QStringLiteral(MAILBELL_UI_SCREENSHOTS));
        QVERIFY(sheet.save(QStringLiteral(MAILBELL_UI_SCREENSHOTS) + u"/tray-icons.png"_s));
    }
};

QTEST_MAIN(TestBadgeIconEngine)
#include "tst_badgeiconengine.moc"
