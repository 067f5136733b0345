#pragma once

#include <QString>
#include <QStringList>

// A comma-separated list value ("folders = INBOX, Lists/Qt"). An item that holds a comma, a
// double quote or surrounding spaces is written in double quotes with \" and \\ escapes, so any
// folder name survives a save and a load; unquoted items are trimmed as they always were.
namespace ListValue {

// Splits text into items; empty items are kept (the caller decides whether they are an error).
QStringList split(const QString &text);
QString join(const QStringList &items);

} // namespace ListValue
