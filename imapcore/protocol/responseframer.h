#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
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
struct FramingError
{
    qint64 offset = 0;
    QString reason;
};

struct NeedMoreData
{
};

using FramerResult = std::variant<NeedMoreData, ResponseUnit, FramingError>;

// Cuts the server's byte stream into complete responses, incrementally: feed() bytes as they
// arrive, in chunks of any size, then call next() until it returns NeedMoreData. Enforces the
// bounds in limits.h (line length, literal size, response size) before buffering, so memory
// stays bounded whatever the server sends.
class ResponseFramer
{
public:
    void feed(QByteArrayView bytes);
    FramerResult next();

    // Bytes received but not yet returned in a unit (the STARTTLS injection check needs this).
    qsizetype bufferedBytes() const;
    bool hasFailed() const;

private:
    QByteArray m_buffer;
    qint64 m_bufferOffset = 0;
};

} // namespace ImapCore
