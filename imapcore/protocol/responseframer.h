#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace ImapCore {

// One complete server response: its first line, every literal ({n} or ~{n}) with the line
// that follows it, up to and including the final CRLF, exactly as received.
struct ResponseUnit
{
    QByteArray bytes;
    qint64 streamOffset = 0; // where bytes[0] was in the connection's byte stream
};

// Why the byte stream cannot be cut into responses. offset is a byte offset in the stream.
// A framing error is final: the stream has lost sync and the connection must be dropped.
// responseStart is the raw start of the response that failed, up to where the fault was seen
// (a NUL included) and at most Limits::maxFramingErrorContext bytes: what an error message may
// excerpt (escaped and redacted by ResponseExcerpt) to say what was not understood.
struct FramingError
{
    qint64 offset = 0;
    QString reason;
    QByteArray responseStart;
};

struct NeedMoreData
{ };

using FramerResult = std::variant<NeedMoreData, ResponseUnit, FramingError>;

// Cuts the server's byte stream into complete responses, incrementally: feed() bytes as they
// arrive, in chunks of any size, then call next() until it returns NeedMoreData. Enforces the
// bounds in limits.h (line length, literal size, response size) before buffering, so memory
// stays bounded whatever the server sends.
//
// Framing rules (RFC 9051 2.2, 4.3):
// - A line ends at LF. CRLF is what servers send; a bare LF is tolerated as a line end because
//   some servers and proxies emit it. A lone CR never ends a line.
// - A line announces a literal only if it ends, immediately before its CRLF (or bare LF), with
//   "{digits}" or "~{digits}" (literal8, RFC 3516) outside any quoted string of that line
//   segment. "{5}" inside a quoted string or in the middle of a line is data. Human text of a
//   status response that happens to end in "{5}" is taken as a literal marker too: the grammar
//   cannot tell them apart without parsing, and no real server sends such text.
// - Literal bytes are copied blindly (NUL included); a NUL in a line outside literals is an error.
// - Scanning work is done in feed(), so limits are enforced as bytes arrive even if the caller
//   is slow to call next(); call next() until NeedMoreData after every feed().
class ResponseFramer
{
public:
    void feed(QByteArrayView bytes);
    FramerResult next();

    // Bytes received but not yet returned in a unit (the STARTTLS injection check needs this).
    qsizetype bufferedBytes() const;
    bool hasFailed() const;

    // Bytes the framer currently holds allocated for its buffer (for memory-bound tests).
    qsizetype bufferCapacity() const { return m_buffer.capacity(); }

private:
    void scan();
    bool scanLine();
    // contextEnd: the stream offset up to which the failing response was examined.
    void fail(qint64 offset, QString reason, qint64 contextEnd);
    const char *at(qint64 streamOffset) const
    {
        return m_buffer.constData() + (streamOffset - m_bufferOffset);
    }
    qint64 end() const { return m_bufferOffset + m_buffer.size(); }

    QByteArray m_buffer;
    qint64 m_bufferOffset = 0; // stream offset of m_buffer[0]
    qint64 m_head = 0; // first byte not yet returned in a unit
    qint64 m_unitStart = 0; // start of the unit being scanned
    qint64 m_lineStart = 0; // start of the line segment being scanned (after the last literal)
    qint64 m_scan = 0; // bytes before this have been examined
    qint64 m_literalEnd = 0; // while m_scan < m_literalEnd the bytes are literal data
    int m_literalCount = 0; // literals in the unit being scanned
    QList<qint64> m_readyEnds; // ends of complete units not yet returned by next()
    std::optional<FramingError> m_error;
};

} // namespace ImapCore
