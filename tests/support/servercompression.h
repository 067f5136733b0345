#pragma once

#include "engine/deflatestream.h"

#include <QByteArray>
#include <optional>

/// The server's end of COMPRESS=DEFLATE (RFC 4978) for the scripted servers over FakeTransport
/// (ServerScript, TranscriptPlayer): once started, what the server sends is deflated and what
/// the client wrote is read back inflated, so scripts keep matching plain lines.
class ServerCompression
{
public:
    // Both sides compress from now on: the client's bytes from clientOffset on (an offset into
    // FakeTransport::written(), the bytes before it being plain) are compressed.
    void start(qsizetype clientOffset);
    bool isActive() const { return m_stream.has_value(); }

    // The server's bytes as they go on the wire.
    QByteArray wire(const QByteArray &plain);
    // Everything the client wrote (FakeTransport::written()) as plain bytes: as written before
    // the start, inflated after it. A corrupt client stream ends in "<corrupt: reason>".
    QByteArray clientPlain(const QByteArray &written);

private:
    std::optional<ImapCore::DeflateStream> m_stream;
    qsizetype m_from = 0; // where the client's compressed bytes begin
    qsizetype m_inflatedTo = 0; // client bytes inflated so far
    QByteArray m_plain; // what they inflated to
};
