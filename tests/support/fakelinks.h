#pragma once

#include "faketransport.h"

#include <QByteArray>
#include <QList>
#include <QPointer>

/// The connections a fake IMAP server in an engine test serves, one per FakeTransport the code
/// under test created (a server struct keeps them as QList<Link>, Link deriving from FakeLink
/// for its own per-connection state).
struct FakeLink
{
    QPointer<FakeTransport> transport;
    qsizetype offset = 0; // of the client's next line in written()
    bool accepted = false; // the greeting was sent
    bool silent = false; // reads, never answers (a half-open socket)

    bool isOpen() const { return transport && !transport->isClosed(); }
    // The complete lines (without CRLF) the client wrote since the last call.
    QList<QByteArray> takeLines()
    {
        QList<QByteArray> lines;
        if (!isOpen())
            return lines;
        const QByteArray written = transport->written();
        for (qsizetype end; (end = written.indexOf("\r\n", offset)) >= 0; offset = end + 2)
            lines.append(written.mid(offset, end - offset));
        return lines;
    }
};

namespace FakeLinks {

// A new link on a new transport, for the engine's transport factory.
template<typename Link>
FakeTransport *create(QList<Link> &links)
{
    auto *transport = new FakeTransport;
    Link link;
    link.transport = transport;
    links.append(link);
    return transport;
}

// Until nothing moves: every link the client connected is accepted once (accept(link): the
// greeting, or an error), then each complete line it writes goes to answer(link, line) (not on
// a silent link), also the lines it writes in reply.
template<typename Link, typename Accept, typename Answer>
void serve(QList<Link> &links, Accept accept, Answer answer)
{
    bool moved = true;
    while (moved) {
        moved = false;
        for (Link &link : links) {
            if (!link.isOpen() || link.transport->connectCount() == 0)
                continue;
            if (!link.accepted) {
                link.accepted = true;
                moved = true;
                accept(link);
            }
            if (link.silent)
                continue;
            for (const QByteArray &line : link.takeLines()) {
                if (!link.isOpen())
                    break;
                answer(link, line);
                moved = true;
            }
        }
    }
}

// Drops every open connection (the server went away).
template<typename Link>
void dropAll(QList<Link> &links)
{
    for (Link &link : links) {
        if (link.isOpen())
            link.transport->serverClose();
    }
}

// The connections the client opened so far.
template<typename Link>
int connectionCount(const QList<Link> &links)
{
    int count = 0;
    for (const Link &link : links)
        count += link.transport && link.transport->connectCount() > 0 ? 1 : 0;
    return count;
}

} // namespace FakeLinks
