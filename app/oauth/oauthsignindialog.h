#pragma once

#include "oauthprovider.h"
#include "oauthtokens.h"

#include <QDialog>

class OAuthSignInWidget;
class QLabel;

// The tray's answer to AccountController::signInNeeded: why the account must sign in again and
// the "Sign in with ..." button. Non-modal, like the password dialog; closes itself once signed
// in, after handing the tokens on with signedIn().
class OAuthSignInDialog : public QDialog
{
    Q_OBJECT

public:
    OAuthSignInDialog(const QString &accountId, const QString &accountName,
                      const OAuthProvider &provider, const QString &loginHint,
                      QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    void setReason(const QString &reason);
    OAuthSignInWidget *signInWidget() const { return m_widget; }

Q_SIGNALS:
    void signedIn(const QString &accountId, const OAuthTokenResult &tokens);

private:
    QString m_accountId;
    QLabel *m_reason;
    OAuthSignInWidget *m_widget;
};
