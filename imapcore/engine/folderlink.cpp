#include "engine/folderlink.h"

namespace ImapCore {

bool FolderLink::connectionGone() const
{
    if (!m_connection)
        return true;
    const auto state = m_connection->state();
    return state == Connection::State::Failed || state == Connection::State::LoggedOut
        || state == Connection::State::LoggingOut;
}

void FolderLink::moveTo(Connection *connection)
{
    m_connection = connection;
    invalidate();
}

ImapError FolderLink::refusal(const Connection::Reply &reply, const QString &what)
{
    if (reply.error.isError())
        return reply.error;
    return ImapError::make(ErrorKind::ProtocolError, what,
                           QString::fromUtf8(reply.completion.text));
}

} // namespace ImapCore
