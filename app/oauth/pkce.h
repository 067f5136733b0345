#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636): a fresh random verifier per sign-in and its S256
// challenge, so a code intercepted on the loopback redirect is useless without the verifier.
struct Pkce
{
    QByteArray verifier; // 43 characters of base64url (32 random bytes), RFC 7636 4.1
    QByteArray challenge; // BASE64URL(SHA256(verifier)), RFC 7636 4.2

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    // base64url without padding, 'bytes' random bytes from the system's CSPRNG.
    static QByteArray randomToken(int bytes);
};
