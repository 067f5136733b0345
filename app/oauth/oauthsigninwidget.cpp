#include "oauthsigninwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OAuthSignInWidget::OAuthSignInWidget(QWidget *parent)
    : QWidget(parent)
    , m_authorizer(new OAuthAuthorizer(this))
    , m_signIn(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    m_status->setWordWrap(true);
    // Always rich text: the escaped messages must not show their entities (&quot;) as text.
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_status->setOpenExternalLinks(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    m_cancel->hide();
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Sign in"));

    connect(m_signIn, &QPushButton::clicked, this, [this] {
        setBusy(true);
        m_authorizer->start(m_provider, m_loginHint);
    });
    connect(m_cancel, &QPushButton::clicked, m_authorizer, &OAuthAuthorizer::cancel);
    connect(m_authorizer, &OAuthAuthorizer::waitingForBrowser, this, [this](const QUrl &url) {
        m_status->setText(tr("Waiting for you to sign in in your browser. If no browser opened, "
                             "<a href=\"%1\">open the sign-in page</a>.")
                              .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    });
    connect(m_authorizer, &OAuthAuthorizer::exchangingCode, this,
            [this] { m_status->setText(tr("Finishing the sign-in…")); });
    connect(m_authorizer, &OAuthAuthorizer::succeeded, this,
            [this](const OAuthTokenResult &tokens) {
                setBusy(false);
                m_status->setText(tr("Signed in with %1.").arg(m_provider.displayName));
                Q_EMIT signedIn(tokens);
            });
    connect(m_authorizer, &OAuthAuthorizer::failed, this, [this](const QString &message) {
        setBusy(false);
        m_status->setText(message.toHtmlEscaped());
        Q_EMIT signInFailed(message);
    });
}

void OAuthSignInWidget::setProvider(const OAuthProvider &provider)
{
    m_authorizer->cancel();
    m_provider = provider;
    m_signIn->setText(tr("Sign in with %1").arg(provider.displayName));
    m_signIn->setEnabled(true);
    const QString problem = provider.problem();
    m_status->setText(problem.toHtmlEscaped());
}

void OAuthSignInWidget::setStatusText(const QString &text)
{
    m_status->setText(text.toHtmlEscaped());
}

QString OAuthSignInWidget::statusText() const
{
    return m_status->text();
}

void OAuthSignInWidget::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_cancel->setVisible(busy);
}
