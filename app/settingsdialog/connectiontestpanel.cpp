#include "connectiontestpanel.h"

#include "accountstatuswords.h"
#include "certificatetrustdialog.h"
#include "mailengine.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Stage = ConnectionTestResult::Stage;

ConnectionTestPanel::ConnectionTestPanel(MailEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_button(new QPushButton(tr("&Test connection"), this))
    , m_status(new QLabel(this))
    , m_verdict(new QLabel(this))
{
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->hide();
    m_button->setObjectName(u"testButton"_s);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The result goes under the button, across the panel's whole width: beside it, a wrapped
    // two-line result was cut off (QLabel's height-for-width is not honoured in a row).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    // The outcome at a glance: a mark and a word in colour above the details.
    layout->addWidget(m_verdict);
    layout->addWidget(m_status);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancelTest();
        else
            startTest();
    });
    connect(engine, &MailEngine::connectionTestProgress, this, &ConnectionTestPanel::onProgress);
    connect(engine, &MailEngine::connectionTestFinished, this, &ConnectionTestPanel::onFinished);
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    if (m_engine && isRunning())
        m_engine->cancelConnectionTest(m_testId);
}

void ConnectionTestPanel::setInputSource(InputSource source)
{
    m_source = std::move(source);
}

void ConnectionTestPanel::setInput(const AccountSpec &spec, const QString &secret)
{
    m_source = [spec, secret] {
        return Input {spec, secret, {}};
    };
}

QString ConnectionTestPanel::statusText() const
{
    return m_status->text();
}

void ConnectionTestPanel::startTest()
{
    if (!m_engine || !m_source || isRunning())
        return;
    m_running = m_source();
    // A certificate trusted here decides, whatever pin the editor held before.
    if (!m_pinOverride.isEmpty())
        m_running.spec.connection.pinnedSha256 = m_pinOverride;
    if (m_running.spec.connection.host.trimmed().isEmpty()) {
        showStatus(tr("Enter the server name first."), true);
        return;
    }
    if (!m_running.missingSecret.isEmpty()) {
        showStatus(m_running.missingSecret, true);
        return;
    }
    m_testId = m_engine->testConnection(m_running.spec, m_running.secret);
    m_button->setText(tr("Cancel &test")); // Alt+T, like the "&Test connection" it replaces
    showStatus(stageText(Stage::Resolving), false);
}

void ConnectionTestPanel::cancelTest()
{
    if (m_engine && isRunning())
        m_engine->cancelConnectionTest(m_testId);
}

void ConnectionTestPanel::onProgress(quint64 id, Stage stage)
{
    if (id == m_testId)
        showStatus(stageText(stage), false);
}

void ConnectionTestPanel::onFinished(quint64 id, const ConnectionTestResult &result)
{
    if (id != m_testId)
        return;
    m_testId = 0;
    m_button->setText(tr("&Test connection"));
    showStatus(resultText(result), result.error.isError());
    if (result.error.kind != ErrorKind::Cancelled)
        showVerdict(!result.error.isError());
    Q_EMIT testFinished(result);
    if (!result.error.isError())
        Q_EMIT foldersListed(result.folders);
    const ErrorKind kind = result.error.kind;
    if ((kind == ErrorKind::TlsUntrusted || kind == ErrorKind::TlsPinMismatch)
        && !result.error.peerChain.isEmpty())
        askTrust(m_running, result.error);
}

void ConnectionTestPanel::askTrust(const Input &input, const ImapError &error)
{
    if (m_trustDialog)
        return;
    auto *dialog = new CertificateTrustDialog(input.spec.connection.host, error.peerChain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (error.kind == ErrorKind::TlsPinMismatch)
        dialog->setPreviousFingerprint(input.spec.connection.pinnedSha256);
    m_trustDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pinOverride = dialog->fingerprint();
        Q_EMIT certificateTrusted(m_pinOverride);
        startTest();
    });
    dialog->open();
}

void ConnectionTestPanel::showVerdict(bool works)
{
    m_verdict->setText(works ? tr("\u2714 Connection works") : tr("\u2716 Connection failed"));
    m_verdict->setStyleSheet(works ? u"color: #1e7b34; font-weight: bold;"_s
                                   : u"color: #c0392b; font-weight: bold;"_s);
    m_verdict->show();
}

void ConnectionTestPanel::showStatus(const QString &text, bool trouble)
{
    m_verdict->hide(); // until the next outcome
    m_status->setText(text);
    m_status->setProperty("trouble", trouble);
}

QString ConnectionTestPanel::stageText(Stage stage) const
{
    const AccountConfig &config = m_running.spec.connection;
    switch (stage) {
    case Stage::Resolving:
        return tr("Looking up %1…").arg(config.host);
    case Stage::Connecting:
        return tr("Connecting to %1 on port %2…").arg(config.host).arg(config.port);
    case Stage::Securing:
        return config.security == AccountConfig::Security::StartTls
            ? tr("Setting up a secure connection (STARTTLS)…")
            : tr("Setting up a secure connection (TLS)…");
    case Stage::LoggingIn:
        return tr("Signing in as %1…").arg(config.user);
    case Stage::ListingFolders:
        return tr("Signed in. Listing folders…");
    }
    return {};
}

QString ConnectionTestPanel::resultText(const ConnectionTestResult &result) const
{
    const ImapError &error = result.error;
    if (!error.isError()) {
        QString text = tr("Signed in and found %n folder(s).", nullptr, int(result.folders.size()));
        if (result.foldersTruncated)
            text += u' '
                + tr("The server lists more folders; only the first %L1 are shown.")
                      .arg(ConnectionTestResult::maxListedFolders);
        if (result.undecodableFolders > 0)
            text += u' '
                + tr("%n folder name(s) could not be read and are left out.", nullptr,
                     result.undecodableFolders);
        if (!result.hasIdle)
            text += u' '
                + tr("The server does not push new mail (no IDLE): Mailbell will check "
                     "periodically.");
        return text;
    }
    if (error.kind == ErrorKind::Cancelled)
        return tr("Test cancelled.");
    // "Failed: the server refused the connection; check the port." then the server's own words
    // where they help, then what to do.
    QString text = tr("Failed: %1.").arg(AccountStatusWords::error(error));
    if ((error.kind == ErrorKind::AuthFailed || error.kind == ErrorKind::ServerBye
         || error.kind == ErrorKind::StartTlsUnavailable)
        && !error.detail.trimmed().isEmpty())
        text += u' ' + tr("The server said: “%1”").arg(error.detail.trimmed().left(300));
    if (error.kind == ErrorKind::TlsUntrusted || error.kind == ErrorKind::TlsPinMismatch)
        text += u' '
            + tr("SHA-256 fingerprint: %1")
                  .arg(CertificateTrustDialog::fingerprintText(error.fingerprintSha256));
    const QString advice = AccountStatusWords::advice(error);
    if (!advice.isEmpty())
        text += u'\n' + advice;
    return text;
}
