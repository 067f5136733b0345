#include "servercompression.h"

#include <variant>

using ImapCore::DeflateStream;

void ServerCompression::start(qsizetype clientOffset)
{
    m_stream.emplace();
    m_from = clientOffset;
    m_inflatedTo = clientOffset;
    m_plain.clear();
}

QByteArray ServerCompression::wire(const QByteArray &plain)
{
    return m_stream ? m_stream->deflate(plain) : plain;
}

QByteArray ServerCompression::clientPlain(const QByteArray &written)
{
    if (!m_stream)
        return written;
    if (written.size() > m_inflatedTo && !m_stream->hasFailed()) {
        m_stream->feed(QByteArrayView(written).sliced(m_inflatedTo));
        m_inflatedTo = written.size();
        for (;;) {
            DeflateStream::InflateResult result = m_stream->inflateNext();
            if (const auto *error = std::get_if<DeflateStream::InflateError>(&result)) {
                m_plain += "<corrupt: " + error->reason.toUtf8() + '>';
                break;
            }
            const QByteArray &bytes = std::get<QByteArray>(result);
            if (bytes.isEmpty())
                break;
            m_plain += bytes;
        }
    }
    return written.left(m_from) + m_plain;
}
