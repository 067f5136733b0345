#pragma once

#include <QByteArray>
#include <QString>

class FakeTransport;

// Plays a scripted IMAP server over a FakeTransport and checks what the client wrote, line by
// line. Script lines: "S: line" is one chunk from the server, "S+ line" joins the chunk before,
// "C: line" is the client's next line exactly, "TLS" completes the STARTTLS handshake,
// "SOCKET: line" reaches the socket just after the client's next read, "CLOSE" hangs up.
class ServerScript
{
public:
    // Plays against this transport from now on; nothing it wrote so far counts as checked.
    void attach(FakeTransport *transport);

    // Client bytes not yet checked by expect() or play().
    QByteArray unread() const;
    // The client's next line is exactly this one (CRLF added).
    bool expect(const QByteArray &line);
    // Runs the script; false (with a warning saying why) at the first mismatch.
    bool play(const QString &script);

private:
    FakeTransport *m_transport = nullptr;
    qsizetype m_checked = 0;
};
