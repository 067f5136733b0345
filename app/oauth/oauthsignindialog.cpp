#include "oauthsignindialog.h"

#include "oauthsigninwidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

OAuthSignInDialog::OAuthSignInDialog(const QString &accountId, const QString &accountName,
                                     const OAuthProvider &provider, const QString &loginHint,
                                     QWidget *parent)
    : QDialog(parent)
    , m_accountId(accountId)
    , m_reason(new QLabel(this))
    , m_widget(new OAuthSignInWidget(this))
{
    setWindowTitle(tr("Sign in to %1").arg(accountName));
    m_reason->setWordWrap(true);
    m_widget->setProvider(provider);
    m_widget->setLoginHint(loginHint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(m_widget);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::rejected, m_widget->authorizer(), &OAuthAuthorizer::cancel);
    connect(m_widget, &OAuthSignInWidget::signedIn, this, [this](const OAuthTokenResult &tokens) {
        Q_EMIT signedIn(m_accountId, tokens);
        accept();
    });
}

void OAuthSignInDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}
