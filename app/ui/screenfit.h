#pragma once

#include <QSize>

class QScrollArea;
class QWidget;

// Opening sizes that fit a laptop screen at a large scale (1280x800 at 2x is 640x400
// device-independent pixels): a window asks for the size it would like and gets no more than
// its screen's available area less what a desktop keeps for a panel and the title bar.
namespace ScreenFit {

// Panel plus title bar, in device pixels (GNOME's top bar, a 48 px task bar; a title bar):
// the offscreen tests reserve the same.
constexpr int desktopChromeDevicePixels = 48 + 40;

// The room a top-level window's frame has on the screen it will open on.
QSize usableSize(const QWidget *window);
// A window manager's border on each side, in device pixels: the frame is the size plus these.
constexpr int windowBorderDevicePixels = 4;

// wanted, bounded so that the frame (with borders) fits usableSize().
QSize initialSize(const QWidget *window, QSize wanted);
// A shown window whose contents grew (a hint appeared, wrapped text got longer) grows as tall
// as they need at its width, up to usableSize(): nothing is squeezed or cut off.
void growToContents(QWidget *window);
// The same for a window whose contents are in a scroll area: as much taller as the area's
// widget needs beyond what it shows, up to usableSize(); the area scrolls the rest.
void growToScrolledContents(QWidget *window, QScrollArea *area);
// A shown window that grew past its screen's bottom edge moves up by as much, so that its
// buttons stay on screen.
void keepOnScreen(QWidget *window);

} // namespace ScreenFit
