#pragma once

#include "engine/folderwatcher.h"
#include "manualclock.h"
#include "servercompression.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class FakeTransport;

namespace ImapCore {
class Connection;
class SeenStore;
} // namespace ImapCore

/// Plays a recorded IMAP dialog (a .imap transcript) against a real Connection + FolderWatcher
/// over a FakeTransport, and checks both the client's bytes and the watcher's signals.
///
/// File format, one directive per line (a line is the directive, one space, the payload):
///   # text          a comment (blank lines are ignored too)
///   O: key value    setup, before the first S: line: quietDelayMs, idleRenewalMs,
///                   idleSilenceMs, pollIntervalMs (watcher options; quietDelayMs defaults
///                   to 0, the others to the product's defaults), user,
///                   password, watermark <uid> <uidvalidity> (a stored watermark: not a first
///                   run), knownBug <reason> (read by the test for QEXPECT_FAIL)
///   S: bytes        the server sends bytes + CRLF, as its own chunk (one readyRead). A leading
///                   "TAG" is replaced by the tag of the most recent tagged C: line.
///   S+ bytes        appended (with CRLF) to the previous S: chunk: a literal's data. A literal
///                   announced as {n} counts every byte of the S+ lines that follow it,
///                   including their CRLFs, exactly as on the wire.
///   C: line         the client must write exactly this line (CRLF added) next. A leading
///                   "TAG" matches whatever tag the client used, and remembers it.
///   E: kind k=v ... the next watcher signal is of this kind and has these field values; only
///                   the fields named are compared. Values are bare words, "quoted strings"
///                   (\" and \\ escapes) or (parenthesized lists). Bare values without a key
///                   are the kind's fields in order. Kinds and fields:
///                     ready
///                     messagesArrived uid subject from preview flags   (several summaries in
///                                     one signal: values joined by "|", e.g. uid=12|13)
///                     countChanged count
///                     messageExpunged index uid
///                     flagsChanged uid flags          flags=(\Seen \Flagged), as
///                                                     MessageFlags::toImap() orders them
///                     uidValidityChanged old new
///                     failed kind message             kind is the ErrorKind key (ServerBye)
///                     summaryFetched uid subject preview
///                     commandFailed uid kind message
///   T: duration     time passes on the player's ManualClock: "T: 29m", "T: 119999ms", "T: 1s"
///                   (ms, s, m or h; a bare number is ms). Every timer due on the way fires (IDLE
///                   renewal, NOOP polling, quiet delay, timeouts) at its real interval. Before
///                   the time passes, every client byte and signal so far must have been matched,
///                   so "T: 539999ms" then "T: 1ms" proves that nothing happened early.
///   X:              the server closes the connection.
///   Z: deflate      COMPRESS=DEFLATE (RFC 4978) is on from here, both ways: put it right after
///                   the server's tagged OK to COMPRESS. Later S: and C: lines stay plain text;
///                   the player deflates the server's bytes and inflates the client's.
///   A: action uid   the user asks the watcher for something: markSeen, markUnseen, flag,
///                   unflag, deleteMessage, fetchSummary (FolderWatcher's queued commands).
///
/// Server bytes are fed as soon as everything the script expects before them was written. Time
/// stands still except at T: lines, so the dialog is deterministic: a client line or signal
/// the script expects must already be there once posted events are delivered. Every signal
/// must be matched by an E: line before the next S: or T: line or the end of the script; every
/// client byte must be matched by a C: line.
class TranscriptPlayer : public QObject
{
    Q_OBJECT

public:
    struct Event
    {
        QString kind;
        QList<std::pair<QString, QString>> fields; // in the kind's field order
        QString text() const;
    };

    explicit TranscriptPlayer(QString path, QObject *parent = nullptr);
    ~TranscriptPlayer() override;

    // Reads and parses the file; false with error() naming file:line on a bad directive.
    bool load();
    // Runs the whole dialog; false with error() naming file:line and what differed.
    bool play();

    const QString &error() const { return m_error; }
    // The first comment block of the file (what the dialog checks and where it comes from).
    const QString &description() const { return m_description; }
    QString option(const QString &key) const { return m_options.value(key); }
    const QList<Event> &events() const { return m_events; }
    QByteArray written() const;
    // The script asks for user commands (A: lines), which may STORE or EXPUNGE.
    bool hasActions() const;
    ImapCore::FolderWatcher *watcher() const { return m_watcher.get(); }

private:
    struct Line
    {
        int number = 0;
        char kind = 0; // 'S', '+', 'C', 'E', 'X', 'A', 'T', 'Z'
        QString text;
    };

    QString where(const Line &line) const;
    bool fail(const Line &line, const QString &message);
    void setUp();
    void record(Event event);
    bool waitFor(const std::function<bool()> &condition);
    bool playClient(const Line &line);
    bool playEvent(const Line &line);
    bool playAction(const Line &line);
    bool playTime(const Line &line);
    bool noPendingEvents(const QString &before);
    void flush();
    QByteArray clientBytes() const;

    QString m_path;
    QList<Line> m_lines;
    QMap<QString, QString> m_options;
    QString m_description;
    QString m_error;

    ManualClock m_clock; // before the connection and watcher, which use it
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<ImapCore::SeenStore> m_store;
    FakeTransport *m_transport = nullptr; // owned by m_connection
    std::unique_ptr<ImapCore::Connection> m_connection;
    std::unique_ptr<ImapCore::FolderWatcher> m_watcher;

    mutable ServerCompression m_compression; // inflates the client's bytes as they are read
    QByteArray m_chunk; // S: + S+ lines not sent yet
    QByteArray m_tag; // of the most recent tagged C: line
    qsizetype m_checked = 0; // client bytes matched so far
    QList<Event> m_events;
    qsizetype m_consumed = 0; // events matched by E: lines
};
