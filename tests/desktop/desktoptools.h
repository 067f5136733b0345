#pragma once

// What the desktop tests use to look at and drive the virtual desktop from outside, as a user
// would: screenshots (ImageMagick's import), windows and keys (xdotool), dunst's state
// (dunstctl). Run inside desktop-session.sh only.

#include <QColor>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace DesktopTools {

using namespace Qt::StringLiterals;

// A tool's standard output; empty when it failed or took longer than timeoutMs.
inline QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs = 15'000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return process.readAllStandardOutput();
}

// Ends a process the tests started: SIGTERM as a session would, then SIGKILL after 5 s.
inline void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(2000);
}

inline QString outDir()
{
    return qEnvironmentVariable("MAILBELL_DESKTOP_OUT", QDir::currentPath());
}

// The whole screen, saved as OUTDIR/name.png for people to look at.
inline QImage screenshot(const QString &name)
{
    const QString path = outDir() + u'/' + name + u".png"_s;
    run(u"import"_s, {u"-window"_s, u"root"_s, path});
    return QImage(path);
}

// Saturated red pixels in the bottom panel, where tint2 puts the tray: the unread badge.
inline int badgePixels(const QImage &shot)
{
    if (shot.isNull())
        return -1;
    int count = 0;
    for (int y = shot.height() - 40; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 90 && c.blue() < 90)
                ++count;
        }
    }
    return count;
}

// dunst's history (what it showed) as "summary\nbody" strings.
inline QStringList dunstHistory()
{
    const QJsonDocument doc = QJsonDocument::fromJson(run(u"dunstctl"_s, {u"history"_s}));
    QStringList shown;
    for (const QJsonValue &group : doc.object().value(u"data"_s).toArray()) {
        for (const QJsonValue &entry : group.toArray()) {
            const QJsonObject o = entry.toObject();
            shown.append(o.value(u"summary"_s).toObject().value(u"data"_s).toString() + u'\n'
                         + o.value(u"body"_s).toObject().value(u"data"_s).toString());
        }
    }
    return shown;
}

inline int dunstDisplayed()
{
    return run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).trimmed().toInt();
}

// The id of a visible window whose title matches titlePattern (a regular expression); empty
// when there is none.
inline QString findWindow(const QString &titlePattern)
{
    const QList<QByteArray> ids =
        run(u"xdotool"_s, {u"search"_s, u"--onlyvisible"_s, u"--name"_s, titlePattern})
            .trimmed()
            .split('\n');
    return ids.constFirst().isEmpty() ? QString() : QString::fromLatin1(ids.constLast());
}

inline bool windowExists(const QString &titlePattern)
{
    return !findWindow(titlePattern).isEmpty();
}

// The title of the window that has the keyboard focus.
inline QString activeWindowTitle()
{
    return QString::fromUtf8(run(u"xdotool"_s, {u"getactivewindow"_s, u"getwindowname"_s}))
        .trimmed();
}

// Keys to the focused window, as xdotool names them ("Tab", "Return", "ctrl+a", "alt+v").
inline void keys(const QStringList &names)
{
    run(u"xdotool"_s, QStringList {u"key"_s, u"--delay"_s, u"60"_s} + names);
}

// Text typed into the focused widget.
inline void type(const QString &text)
{
    run(u"xdotool"_s, {u"type"_s, u"--delay"_s, u"20"_s, text});
}

// Where the tray icon of the program whose window class is windowClass sits: the small square
// window the tray host embedded (tint2 gives it 22x22 in the bottom panel); empty when none.
inline QRect trayIconGeometry(const QString &windowClass)
{
    const QList<QByteArray> ids =
        run(u"xdotool"_s, {u"search"_s, u"--class"_s, u"^"_s + windowClass + u"$"_s})
            .trimmed()
            .split('\n');
    static const QRegularExpression geometry(u"Position: (\\d+),(\\d+).*Geometry: (\\d+)x(\\d+)"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    for (const QByteArray &id : ids) {
        if (id.isEmpty())
            continue;
        const QString text =
            QString::fromUtf8(run(u"xdotool"_s, {u"getwindowgeometry"_s, QString::fromLatin1(id)}));
        const QRegularExpressionMatch m = geometry.match(text);
        if (!m.hasMatch())
            continue;
        const QRect rect(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         m.captured(4).toInt());
        if (rect.width() >= 16 && rect.width() <= 64 && rect.height() == rect.width())
            return rect;
    }
    return {};
}

} // namespace DesktopTools
