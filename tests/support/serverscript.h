#pragma once

#include "servercompression.h"

#include <QByteArray>
#include <QString>

class FakeTransport;

// Plays a scripted IMAP server over a FakeTransport and checks what the client wrote, line by
// line. Script lines: "S: line" is one chunk from the server, "S+ line" joins the chunk before,
// "C: line" is the client's next line exactly, "TLS" completes the STARTTLS handshake,
// "SOCKET: line" reaches the socket just after the client's next read, "CLOSE" hangs up,
// "DEFLATE" turns on COMPRESS=DEFLATE both ways from there (put it right after the server's
// tagged OK to COMPRESS; later lines stay plain text, the script deflates and inflates them).
class ServerScript
{
public:
    // Plays against this transport from now on; nothing it wrote so far counts as checked.
    void attach(FakeTransport *transport);

    // Client bytes not yet checked by expect() or play() (inflated once DEFLATE is on).
    QByteArray unread() const;
    // The client's next line is exactly this one (CRLF added).
    bool expect(const QByteArray &line);
    // Runs the script; false (with a warning saying why) at the first mismatch.
    bool play(const QString &script);

private:
    QByteArray clientBytes() const;
    void send(const QByteArray &bytes);

    FakeTransport *m_transport = nullptr;
    mutable ServerCompression m_compression; // inflates the client's bytes as they are read
    qsizetype m_checked = 0;
};
