#pragma once

#include "engine/connection.h"
#include "imaperror.h"

#include <QPointer>
#include <QString>
#include <memory>
#include <utility>

struct FuzzSessionSnapshot;

namespace ImapCore {

// The connection a FolderWatcher is on, as the watcher and its helpers (the user's commands, the
// sync) send through it. Held by QPointer: a connection its owner deleted reads as null, never
// as a dangling pointer. Every completion is bound to the link's generation, which each move to
// another connection and each drop advances, so a reply that arrives after the watcher moved on
// changes nothing.
// Lives in the worker thread, inside its FolderWatcher.
class FolderLink
{
public:
    FolderLink() = default;
    Q_DISABLE_COPY_MOVE(FolderLink) // a copy would share the generation

    Connection *connection() const { return m_connection.data(); }
    // Failed, logged out, logging out or deleted: its replies carry errors, and the watcher
    // learns of it from the connection's own signals (or its destruction).
    bool connectionGone() const;

    // Binds the link to connection (or to none); what was bound before goes stale.
    void moveTo(Connection *connection);
    // The connection dropped: what was bound before goes stale.
    void invalidate() { ++*m_generation; }

    // Wraps handler so that it runs only while the link (still there) is on the generation it
    // has now. For any callback: Connection completions, SummaryFetcher answers.
    template<typename Handler>
    auto bind(Handler handler) const
    {
        return [alive = std::weak_ptr<const quint64>(m_generation), generation = *m_generation,
                handler = std::move(handler)](const auto &...arguments) {
            const std::shared_ptr<const quint64> current = alive.lock();
            if (current && *current == generation)
                handler(arguments...);
        };
    }

    // Sends command on the connection, handler bound as by bind().
    template<typename Handler>
    void send(const CommandResult &command, Handler handler,
              Connection::UntaggedSink sink = {}) const
    {
        m_connection->send(command, bind(std::move(handler)), std::move(sink));
    }

    // Why the server did not complete a command: the reply's own error (the connection failed,
    // or the command could not be sent), else a ProtocolError saying `what` with the server's
    // text as the detail.
    static ImapError refusal(const Connection::Reply &reply, const QString &what);

private:
    // The fuzz harness puts every member back after each input (tests/fuzz/fuzzsessionsnapshot.h).
    friend struct ::FuzzSessionSnapshot;

    QPointer<Connection> m_connection;
    // Shared only so that a bound handler can tell whether the link still exists.
    std::shared_ptr<quint64> m_generation = std::make_shared<quint64>(0);
};

} // namespace ImapCore
