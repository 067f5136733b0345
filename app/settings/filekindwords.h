#pragma once

#include "localfile.h"

#include <QString>

// What a path is, in words, when Mailbell refuses to read, move or replace it because it is not
// a regular file (a FIFO, a device, a socket, a folder): the one place that words a
// LocalFile::Kind for the app, the command line and the tray alike.
namespace FileKindWords {

// "<path> is a named pipe (FIFO), not a regular file"; empty for a regular or missing file.
QString notRegularFile(const QString &path, ImapCore::LocalFile::Kind kind);

} // namespace FileKindWords
