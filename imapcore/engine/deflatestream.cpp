#include "engine/deflatestream.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

// RFC 4978 3: raw deflate, no zlib header; a negative windowBits asks zlib for exactly that. The
// server may use a window of up to 32 KiB, so the inflater must have one that large.
constexpr int rawDeflateWindowBits = -15;
constexpr int deflateMemLevel = 8; // zlib's default

// Sync flush (RFC 4978 4) ends each write with an empty stored block: at most this much more
// than deflateBound() says.
constexpr qsizetype syncFlushSlack = 16;

QString zlibReason(const z_stream &stream, int code)
{
    if (stream.msg)
        return QString::fromLatin1(stream.msg);
    return u"zlib error %1"_s.arg(code);
}

} // namespace

DeflateStream::DeflateStream()
    : m_deflater(std::make_unique<z_stream>())
    , m_inflater(std::make_unique<z_stream>())
{
    // Both fail only without memory for their state (Z_MEM_ERROR) or on a zlib that does not
    // match its header; neither is something the server controls.
    [[maybe_unused]] const int deflateInitialised =
        deflateInit2(m_deflater.get(), Z_DEFAULT_COMPRESSION, Z_DEFLATED, rawDeflateWindowBits,
                     deflateMemLevel, Z_DEFAULT_STRATEGY);
    Q_ASSERT(deflateInitialised == Z_OK);
    [[maybe_unused]] const int inflateInitialised =
        inflateInit2(m_inflater.get(), rawDeflateWindowBits);
    Q_ASSERT(inflateInitialised == Z_OK);
}

DeflateStream::~DeflateStream()
{
    if (m_deflater)
        deflateEnd(m_deflater.get());
    if (m_inflater)
        inflateEnd(m_inflater.get());
}

DeflateStream::DeflateStream(const DeflateStream &other)
    : m_deflater(std::make_unique<z_stream>())
    , m_inflater(std::make_unique<z_stream>())
    , m_input(other.m_input)
    , m_inputPos(other.m_inputPos)
    , m_ended(other.m_ended)
    , m_error(other.m_error)
    , m_counters(other.m_counters)
{
    [[maybe_unused]] const int deflateCopied =
        deflateCopy(m_deflater.get(), other.m_deflater.get());
    Q_ASSERT(deflateCopied == Z_OK);
    [[maybe_unused]] const int inflateCopied =
        inflateCopy(m_inflater.get(), other.m_inflater.get());
    Q_ASSERT(inflateCopied == Z_OK);
}

DeflateStream &DeflateStream::operator=(const DeflateStream &other)
{
    if (this != &other) {
        DeflateStream copy(other);
        *this = std::move(copy);
    }
    return *this;
}

DeflateStream::DeflateStream(DeflateStream &&other) noexcept = default;

DeflateStream &DeflateStream::operator=(DeflateStream &&other) noexcept
{
    std::swap(m_deflater, other.m_deflater);
    std::swap(m_inflater, other.m_inflater);
    std::swap(m_input, other.m_input);
    std::swap(m_inputPos, other.m_inputPos);
    std::swap(m_ended, other.m_ended);
    std::swap(m_error, other.m_error);
    std::swap(m_counters, other.m_counters);
    return *this;
}

QByteArray DeflateStream::deflate(QByteArrayView plain)
{
    z_stream &z = *m_deflater;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.data()));
    z.avail_in = uInt(plain.size()); // one command: far below 4 GiB
    QByteArray out;
    qsizetype used = 0;
    do {
        out.resize(used + qsizetype(deflateBound(&z, z.avail_in)) + syncFlushSlack);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        z.avail_out = uInt(out.size() - used);
        // Z_BUF_ERROR (no progress) only for an empty write; Z_STREAM_ERROR is our own bug.
        [[maybe_unused]] const int code = ::deflate(&z, Z_SYNC_FLUSH);
        Q_ASSERT(code != Z_STREAM_ERROR);
        used = out.size() - qsizetype(z.avail_out);
    } while (z.avail_out == 0);
    out.truncate(used);
    z.next_in = nullptr;
    m_counters.plainOut += plain.size();
    m_counters.wireOut += used;
    return out;
}

void DeflateStream::feed(QByteArrayView wire)
{
    if (m_error || wire.isEmpty())
        return;
    m_counters.wireIn += wire.size();
    m_input.append(wire);
}

DeflateStream::InflateResult DeflateStream::inflateNext(qsizetype maxBytes)
{
    if (m_error)
        return *m_error;
    if (m_inputPos == m_input.size())
        return QByteArray();
    if (m_ended)
        return fail(u"data after the end of the compressed stream"_s);
    z_stream &z = *m_inflater;
    QByteArray out(std::clamp<qsizetype>(maxBytes, 1, UINT_MAX), Qt::Uninitialized);
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    int code = Z_OK;
    // One inflate() returns when the output is full or the input used up; loop over the input
    // in pieces zlib's 32-bit counts can take.
    while (z.avail_out > 0 && m_inputPos < m_input.size() && code == Z_OK) {
        const qsizetype available = std::min<qsizetype>(m_input.size() - m_inputPos, UINT_MAX);
        z.next_in = reinterpret_cast<Bytef *>(m_input.data() + m_inputPos);
        z.avail_in = uInt(available);
        code = ::inflate(&z, Z_SYNC_FLUSH);
        m_inputPos += available - qsizetype(z.avail_in);
    }
    z.next_in = nullptr;
    out.truncate(out.size() - qsizetype(z.avail_out));
    m_counters.plainIn += out.size();
    if (m_inputPos == m_input.size()) {
        m_input.clear();
        m_inputPos = 0;
    }
    switch (code) {
    case Z_OK:
    case Z_BUF_ERROR: // no progress possible: a block cut short, more input will follow
        return out;
    case Z_STREAM_END:
        // RFC 4978 has no end of compression: bytes after a final block cannot be read (the
        // next call says so, after the bytes before the end were handed over).
        m_ended = true;
        if (out.isEmpty() && m_inputPos < m_input.size())
            return fail(u"data after the end of the compressed stream"_s);
        return out;
    default: // Z_DATA_ERROR (a corrupt stream), Z_MEM_ERROR, Z_NEED_DICT (never for raw deflate)
        return fail(zlibReason(z, code));
    }
}

DeflateStream::InflateError DeflateStream::fail(QString reason)
{
    m_error = InflateError {u"the compressed stream (COMPRESS=DEFLATE) is corrupt: "_s + reason};
    m_input.clear();
    m_inputPos = 0;
    return *m_error;
}

} // namespace ImapCore
