#pragma once

#include <QDateTime>
#include <QString>

// What a token endpoint answered (RFC 6749 5.1 / 5.2), or why it could not be asked.
struct OAuthTokenResult
{
    QString accessToken;
    QString refreshToken; // empty when the server kept the old one (a refresh may not rotate it)
    QDateTime expiresAt; // UTC; invalid when the server did not say
    QString errorCode; // RFC 6749 5.2 "error" (invalid_grant, ...), or "network" / "response"
    QString error; // in words, translated; empty on success

    bool isOk() const { return error.isEmpty(); }
    static OAuthTokenResult failure(const QString &code, const QString &words)
    {
        OAuthTokenResult result;
        result.errorCode = code;
        result.error = words;
        return result;
    }
};

namespace OAuthErrors {

// An OAuth error code (RFC 6749 4.1.2.1 and 5.2) in words a user can act on, translated.
QString describe(const QString &code, const QString &description = {});

} // namespace OAuthErrors
