#pragma once

#include "oauthauthorizer.h"
#include "oauthprovider.h"
#include "oauthtokens.h"

#include <QWidget>

class QLabel;
class QPushButton;

// "Sign in with Google / Microsoft" for the account editor: one button that runs an
// OAuthAuthorizer in the user's browser, a Cancel button while it waits, and a status line
// (waiting, signed in, or the error in words). signedIn() hands the tokens to whoever stores
// them (AccountController's OAuthTokenManager).
class OAuthSignInWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OAuthSignInWidget(QWidget *parent = nullptr);

    void setProvider(const OAuthProvider &provider);
    void setLoginHint(const QString &address) { m_loginHint = address; }
    // Shown until the next sign-in (e.g. "Signed in" for an account that already is).
    void setStatusText(const QString &text);
    OAuthAuthorizer *authorizer() { return m_authorizer; }

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;

Q_SIGNALS:
    void signedIn(const OAuthTokenResult &tokens);
    void signInFailed(const QString &message);

private:
    void setBusy(bool busy);

    OAuthAuthorizer *m_authorizer;
    OAuthProvider m_provider;
    QString m_loginHint;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
    QLabel *m_status;
};
