#pragma once

#include <QString>
#include <QStringView>

// Turns text from mail (attacker-controlled) into text a notification server shows literally.
// Pure functions, no Qt GUI.
namespace NotificationText {

// Length bounds: servers truncate differently (or not at all), so we cut first.
inline constexpr qsizetype kMaxSummaryLength = 120;
inline constexpr qsizetype kMaxLineLength = 200;
inline constexpr qsizetype kMaxBodyLength = 600;

// One line of plain text: control characters, line breaks and tabs become single spaces,
// bidi controls go (DisplayText::isBidiControl: a subject must not reverse the rest of the text)
// except the FSI ... PDI pairs field() makes (an FSI left open is closed at the end of its line),
// runs of white space collapse, ends are trimmed, and the result is cut to maxLength characters
// (ending in "…", never splitting a surrogate pair; an isolate cut open is closed after the "…").
// Lone surrogates become U+FFFD. For lines composed of field() results; for text from mail use
// field().
QString singleLine(QStringView text, qsizetype maxLength = kMaxLineLength);

// One field of mail text (a sender, a subject, a preview, a folder name) as a notification
// shows it inside other text: singleLine(), then DisplayText::neutralise() (no bidi controls of
// its own; wrapped in FSI ... PDI when it holds right-to-left letters), at most maxLength
// characters with the isolate marks.
QString field(QStringView text, qsizetype maxLength = kMaxLineLength);

// Several lines: each line as singleLine(), empty lines dropped, joined with '\n', cut to
// maxLength in total.
QString multiLine(QStringView text, qsizetype maxLength = kMaxBodyLength);

// Escapes the five XML specials for the body markup of the Desktop Notifications spec
// (b i u a img). Only named entities: GNOME Shell re-escapes '&' unless it starts one of
// &amp; &lt; &gt; &quot; &apos;, so "&#39;" would show literally there.
QString escapeMarkup(QStringView text);

// Cuts to maxLength characters with a trailing "…" without splitting a surrogate pair.
QString elide(QStringView text, qsizetype maxLength);

} // namespace NotificationText
