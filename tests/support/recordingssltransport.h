#pragma once

#include "engine/ssltransport.h"

#include <QByteArray>

/// The real SslTransport that also records every byte the connection hands to the socket, so a
/// test can assert what went out (nothing after a refused certificate, no password in clear).
class RecordingSslTransport : public ImapCore::SslTransport
{
public:
    using ImapCore::SslTransport::SslTransport;
    void write(QByteArrayView bytes) override
    {
        written += bytes;
        ImapCore::SslTransport::write(bytes);
    }
    QByteArray written;
};
