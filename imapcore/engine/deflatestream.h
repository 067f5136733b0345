#pragma once

#include "protocol/limits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>
#include <variant>

struct z_stream_s;

namespace ImapCore {

// Both directions of one COMPRESS=DEFLATE session (RFC 4978): raw deflate (RFC 1951, no zlib or
// gzip header, windowBits -15) each way. What we write is compressed and flushed at once
// (Z_SYNC_FLUSH, RFC 4978 4), so the server can act on each command; what arrives is queued and
// inflated in chunks of bounded size, so that a small input that expands enormously (a
// decompression bomb) is never held whole: the caller hands each chunk to the framer, whose
// limits (limits.h) end a hostile stream. Counts the bytes on the wire and the plain bytes both
// ways. A plain value; lives with its Connection in the worker thread.
class DeflateStream
{
public:
    struct Counters
    {
        qint64 wireIn = 0; // compressed bytes received (fed)
        qint64 plainIn = 0; // inflated from them so far
        qint64 plainOut = 0; // given to deflate()
        qint64 wireOut = 0; // compressed bytes deflate() returned
    };

    // Why the received stream cannot be inflated. Final: the stream lost sync.
    struct InflateError
    {
        QString reason;
    };
    // The next plain bytes (empty when the queued input is used up), or the error.
    using InflateResult = std::variant<QByteArray, InflateError>;

    DeflateStream();
    ~DeflateStream();
    // A copy carries both streams' state (the fuzz harness saves and restores a session).
    DeflateStream(const DeflateStream &other);
    DeflateStream &operator=(const DeflateStream &other);
    DeflateStream(DeflateStream &&other) noexcept;
    DeflateStream &operator=(DeflateStream &&other) noexcept;

    // plain compressed and flushed: the bytes to write, at once.
    QByteArray deflate(QByteArrayView plain);

    // Queues compressed bytes as received; ignored once the stream failed.
    void feed(QByteArrayView wire);
    // Inflates queued bytes into at most maxBytes plain bytes. Call until it returns empty bytes
    // (everything queued is used up; a block cut short waits for more) or an error.
    InflateResult inflateNext(qsizetype maxBytes = Limits::inflateChunkBytes);
    bool hasFailed() const { return m_error.has_value(); }

    // Compressed bytes fed and not yet inflated.
    qsizetype queuedBytes() const { return m_input.size() - m_inputPos; }
    // What the input queue holds allocated (for memory-bound tests).
    qsizetype queueCapacity() const { return m_input.capacity(); }
    const Counters &counters() const { return m_counters; }

private:
    InflateError fail(QString reason);

    std::unique_ptr<z_stream_s> m_deflater;
    std::unique_ptr<z_stream_s> m_inflater;
    QByteArray m_input; // received, from m_inputPos on not yet inflated
    qsizetype m_inputPos = 0;
    bool m_ended = false; // the server ended its stream (a final block)
    std::optional<InflateError> m_error;
    Counters m_counters;
};

} // namespace ImapCore
