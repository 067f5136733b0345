#include "oauthtokens.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OAuthErrors {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(OAuthErrors)
};

} // namespace

QString describe(const QString &code, const QString &description)
{
    const auto tr = [](const char *text) {
        return Words::tr(text);
    };
    QString words;
    if (code == u"access_denied"_s)
        words = tr("The sign-in was declined: Mailbell did not get access to the mailbox.");
    else if (code == u"invalid_client"_s || code == u"unauthorized_client"_s)
        words = tr("The provider does not accept Mailbell's OAuth client ID. Check "
                   "oauth-client-id (see docs/oauth.md).");
    else if (code == u"invalid_grant"_s)
        words = tr("The sign-in is no longer valid (revoked, expired, or the password changed). "
                   "Sign in again.");
    else if (code == u"invalid_scope"_s)
        words = tr("The provider refused access to the mailbox (scope not allowed for this "
                   "client ID).");
    else if (code == u"server_error"_s || code == u"temporarily_unavailable"_s)
        words = tr("The sign-in service is unavailable right now; try again later.");
    else
        words = tr("The sign-in failed (%1).").arg(code.isEmpty() ? u"?"_s : code);
    if (!description.isEmpty())
        words += u' ' + tr("The provider says: %1").arg(description);
    return words;
}

} // namespace OAuthErrors
