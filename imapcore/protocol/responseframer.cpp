#include "responseframer.h"

namespace ImapCore {

// Placeholder until the framer lands.
void ResponseFramer::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

FramerResult ResponseFramer::next()
{
    return NeedMoreData{};
}

qsizetype ResponseFramer::bufferedBytes() const
{
    return m_buffer.size();
}

bool ResponseFramer::hasFailed() const
{
    return false;
}

} // namespace ImapCore
