#pragma once

#include "engine/clock.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <deque>
#include <functional>
#include <optional>

namespace ImapCore {

// A bounded ring buffer of the lines sent (C:) and received (S:) on every connection, with a
// timestamp and a connection id, and an optional file sink (appended, flushed per line) for
// "--protocol-log FILE". It never holds a password, a SASL payload or a token: callers pass
// Command::redacted, and the log also defends itself (reliability plan X3):
//   - a client LOGIN keeps its user name, the rest becomes "***";
//   - a client AUTHENTICATE keeps its mechanism, the initial response becomes "***";
//   - after a client LOGIN or AUTHENTICATE, every client line on that connection is "***" and
//     every server continuation is "+ ***" until the server's tagged completion for that tag;
//   - between beginSensitive() and endSensitive(), or for a line passed as sensitive, the same.
// Literals longer than Limits::maxLiteralShown are shown as "{n bytes}"; control bytes are
// escaped (a log line is one line); lines longer than maxLineLength are cut with a marker.
// Callers pass whole units (a line with its literals), as the framer yields them. Plain class;
// lives with the connections in the worker thread; not thread-safe.
//
// The file sink is bounded: before a line would take a regular file past Limits::maxFileBytes
// (defaultMaxFileBytes, 10 MiB), FILE is renamed to FILE.1 (replacing an older FILE.1; FILE.n
// moves to FILE.n+1 up to keptOldFiles) and a new FILE begins. Only regular files we can see
// are regular (not through a symlink) are renamed or replaced: a FIFO, a device, a socket or a
// symlink given as the path (/dev/stderr, a pipe to a reader) is written to and never rotated;
// if an old FILE.n is not a regular file, the log stops instead of replacing it. A write that
// fails (disk full, a reader that went away, a FIFO nobody drains) is reported once through the
// warning sink (qWarning unless set) and the file is closed: the engine runs on without it.
class ProtocolLog
{
public:
    enum class Direction { Sent, Received };

    struct Limits
    {
        qsizetype maxLines = 2000;
        qsizetype maxBytes = 1024 * 1024; // texts plus a fixed cost per entry
        qsizetype maxLineLength = 2048; // of the shown text, before the truncation marker
        qsizetype maxLiteralShown = 256;
        qint64 maxFileBytes = defaultMaxFileBytes; // of the file sink before it is rotated
    };

    // The file sink's cap before rotation, and how many rotated files (FILE.1 ...) are kept.
    static constexpr qint64 defaultMaxFileBytes = 10 * 1024 * 1024;
    static constexpr int keptOldFiles = 1;

    struct Entry
    {
        qint64 timestampMs = 0; // since the epoch, UTC
        quint32 connectionId = 0;
        Direction direction = Direction::Sent;
        QByteArray text; // redacted, escaped, bounded; no line break
    };

    static constexpr qsizetype entryOverhead = 64;

    ProtocolLog();
    explicit ProtocolLog(Limits limits);
    ~ProtocolLog();

    // Where the timestamps come from (Clock::system() unless set; it must outlive the log).
    void setClock(const Clock *clock);

    void recordSent(quint32 connectionId, QByteArrayView bytes, bool sensitive = false);
    void recordReceived(quint32 connectionId, QByteArrayView bytes);
    // Brackets a SASL exchange on a connection.
    void beginSensitive(quint32 connectionId);
    void endSensitive(quint32 connectionId);
    // Forgets the per-connection state of a closed connection (not its entries).
    void connectionClosed(quint32 connectionId);
    // A connection id no other connection of this process has had: the log keeps its redaction
    // state per id, so the watched accounts' connections and the connection tests draw from one
    // counter. Thread-safe.
    static quint32 newConnectionId();

    // Appends every later entry to path (created 0600 if missing). Returns an error message
    // naming the file on failure (a directory, no permission, a FIFO without a reader).
    std::optional<QString> openFile(const QString &path);
    void closeFile();
    bool isFileOpen() const { return m_fd >= 0; }
    // Whether the open file is rotated at the cap (a regular file, not a FIFO or device).
    bool isFileRotated() const { return m_rotatable; }
    // The error that closed the file sink, if any.
    const QString &fileError() const { return m_fileError; }
    // Where the one warning about a failing file sink goes (qWarning when not set).
    void setWarningSink(std::function<void(const QString &)> sink);

    const std::deque<Entry> &entries() const { return m_entries; }
    qsizetype byteCount() const { return m_bytes; }
    // All entries formatted as the file shows them, one per line.
    QByteArray toText() const;
    // "2024-05-01T10:00:00.123Z [3] C: A1 NOOP"
    static QByteArray format(const Entry &entry);
    void clear();

    // The loggable form of one client line (LOGIN / AUTHENTICATE arguments redacted), before
    // literal shortening and escaping. Exposed for tests.
    static QByteArray redactClientLine(QByteArrayView line);

private:
    QByteArray render(QByteArrayView bytes) const;
    void append(quint32 connectionId, Direction direction, QByteArray text);

    Limits m_limits;
    const Clock *m_clock;
    std::deque<Entry> m_entries;
    qsizetype m_bytes = 0;
    QSet<quint32> m_sensitive; // by the caller
    QHash<quint32, QByteArray> m_pendingAuthTag; // connection -> tag of LOGIN / AUTHENTICATE
    void writeToFile(const QByteArray &line);
    bool openPath();
    bool rotate();
    void stopFile(const QString &error);

    QString m_path;
    int m_fd = -1;
    bool m_rotatable = false;
    qint64 m_fileSize = 0;
    quint64 m_device = 0; // of the open regular file, to see that the path still names it
    quint64 m_inode = 0;
    QString m_fileError;
    std::function<void(const QString &)> m_warn;
};

} // namespace ImapCore
