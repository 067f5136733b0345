#include "accounteditordialog.h"

#include "accountaddresssection.h"
#include "accountadvancedsection.h"
#include "accountfolderssection.h"
#include "accountserversection.h"
#include "accountsigninsection.h"
#include "autodetector.h"
#include "connectiontestpanel.h"
#include "credentialstore.h"
#include "detectedaccount.h"
#include "emailaddress.h"
#include "fieldhint.h"
#include "foldertreemodel.h"
#include "mailengine.h"
#include "oauthprovider.h"
#include "oauthsigninwidget.h"
#include "screenfit.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using ImapCore::AccountConfig;
using namespace Qt::StringLiterals;

namespace {

using Security = AccountServerSection::SecurityIndex;

} // namespace

AccountEditorDialog::AccountEditorDialog(const AccountsFile::Account &account,
                                         const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_original(account)
    , m_takenIds(takenIds)
    , m_detector(new Autodetector(this))
{
    setWindowTitle(account.spec.id.isEmpty() ? tr("Add Account") : tr("Edit Account"));

    // One column in a scroll area: it fits a laptop screen at any scale and in any language.
    auto *body = new QWidget;
    auto *column = new QVBoxLayout(body);
    column->addWidget(buildWelcome());
    column->addWidget(buildAddress());
    column->addWidget(buildServer());
    column->addWidget(buildFolders(), 1);
    column->addWidget(buildAdvanced());
    column->addStretch(0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"editorScroll"_s);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"ok"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountEditorDialog::reject);
    // Beside the box, not in it: a button box shows every button it lays out.
    m_demo = new QPushButton(tr("Try the Demo First"), this);
    m_demo->setObjectName(u"tryDemo"_s);
    m_demo->setAutoDefault(false);
    m_demo->setToolTip(tr("See Mailbell at work on a private sample mail server first; you can "
                          "add your account from its settings later."));
    m_demo->hide();
    m_addAnyway = new QPushButton(tr("Add Without Testing"), this);
    m_addAnyway->setObjectName(u"addAnyway"_s);
    m_addAnyway->setAutoDefault(false);
    m_addAnyway->hide();
    connect(m_addAnyway, &QPushButton::clicked, this, [this] {
        m_touched.insert(this);
        validate();
        if (isValid())
            QDialog::accept();
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        reject();
        Q_EMIT demoRequested();
    });
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_demo);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_addAnyway);
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll = scroll, 1);
    layout->addLayout(buttonRow);

    load(account);

    // Validate on every change; say what is wrong only where the user has been.
    for (QLineEdit *edit :
         {m_name, m_email, m_user, m_host, m_password, m_command, m_clientId, m_openCommand}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { markTouched(edit); });
        connect(edit, &QLineEdit::textChanged, this, &AccountEditorDialog::validate);
    }
    // A test passed for other settings says nothing about these: Continue tests again.
    for (QLineEdit *edit : {m_email, m_user, m_host, m_password, m_command, m_clientId})
        connect(edit, &QLineEdit::textEdited, this, [this] { setTested(false); });
    connect(m_port, &QSpinBox::valueChanged, this, [this] { setTested(false); });
    connect(m_email, &QLineEdit::editingFinished, this,
            &AccountEditorDialog::onEmailEditingFinished);
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &AccountEditorDialog::onSecurityChanged);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, [this] {
        setTested(false);
        updateSignInFields();
        validate();
    });
    connect(m_folders, &FolderTreeModel::checkedFoldersChanged, this, [this] {
        markTouched(m_folderView);
        validate();
    });
    connect(m_detect, &QPushButton::clicked, this, &AccountEditorDialog::detect);
    connect(m_detector, &Autodetector::progress, this,
            [this](Autodetector::Step, const QString &message) {
                m_detectStatus->setText(message.toHtmlEscaped());
                m_detectStatus->show();
            });
    connect(m_detector, &Autodetector::finished, this, [this](const Autodetector::Result &r) {
        m_detect->setEnabled(true);
        if (!r.account) {
            m_detectStatus->setText(
                (r.error.isEmpty() ? tr("No settings found for this address; enter the server "
                                        "below.")
                                   : r.error)
                    .toHtmlEscaped());
            m_detectStatus->setToolTip(r.tried.join(u'\n'));
        } else {
            applyDetected(*r.account);
        }
        validate();
        revealServer();
        Q_EMIT detectionFinished();
        if (std::exchange(m_continueAfterDetect, false)) {
            if (!r.account || m_host->text().trimmed().isEmpty())
                m_host->setFocus(); // the one thing left to type
            else
                continueSetup();
        }
    });

    updateSignInFields();
    validate();
    resize(ScreenFit::initialSize(this, QSize(560, 0)));
    setTabOrder(m_email, m_password); // the address, then its password; Detect after them
    setTabOrder(m_password, m_detect);
    (account.spec.id.isEmpty() ? m_email : m_name)->setFocus();
}

AccountEditorDialog::~AccountEditorDialog()
{
    // The fields outlive this destructor (QWidget deletes children later) and a focused one
    // still says editingFinished then: nothing of this class may answer.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        disconnect(edit, nullptr, this, nullptr);
    m_password->clear();
}

QWidget *AccountEditorDialog::buildWelcome()
{
    m_welcome = new QLabel(this);
    m_welcome->setObjectName(u"welcome"_s);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::RichText);
    m_welcome->setText(u"<h2>%1</h2><p>%2</p>"_s.arg(
        tr("Welcome to Mailbell").toHtmlEscaped(),
        tr("Mailbell watches your mailboxes and tells you the moment new mail arrives: who it "
           "is from, what it is about, and one click to read it. Type your email address and "
           "password to start.")
            .toHtmlEscaped()));
    m_welcome->hide();
    return m_welcome;
}

// The sections build the form (AccountAddressSection and the rest); the editor keeps their
// widgets and wires them to the flow.
QWidget *AccountEditorDialog::buildAddress()
{
    const AccountAddressSection section(this);
    m_email = section.email;
    m_hints[m_email] = section.emailHint;
    m_detect = section.detect;
    m_detectStatus = section.detectStatus;
    m_passwordLabel = section.passwordLabel;
    m_password = section.password;
    m_manualServer = section.manualServer;
    connect(m_manualServer, &QPushButton::clicked, this, [this] {
        revealServer();
        m_host->setFocus();
    });
    return section.box;
}

QWidget *AccountEditorDialog::buildServer()
{
    const AccountServerSection server(this);
    m_serverBox = server.box;
    m_host = server.host;
    m_hints[m_host] = server.hostHint;
    m_security = server.security;
    m_plainWarning = server.plainWarning;
    m_port = server.port;
    m_user = server.user;
    m_hints[m_user] = server.userHint;

    const AccountSignInSection signIn(server.box, server.form);
    m_signIn = signIn.signIn;
    m_commandLabel = signIn.commandLabel;
    m_command = signIn.command;
    m_hints[m_command] = signIn.commandHint;
    m_clientIdLabel = signIn.clientIdLabel;
    m_clientId = signIn.clientId;
    m_oauthSignIn = signIn.oauthSignIn;
    m_signInNote = signIn.note;
    connect(m_oauthSignIn, &OAuthSignInWidget::signedIn, this,
            [this](const OAuthTokenResult &tokens) {
                m_oauthTokens = tokens;
                m_oauthTokensProvider = account().oauthProvider;
            });
    connect(m_clientId, &QLineEdit::editingFinished, this,
            &AccountEditorDialog::updateSignInFields);

    m_testArea = new QVBoxLayout; // the connection test, with the settings it tests
    server.form->addRow(m_testArea);
    return server.box;
}

QWidget *AccountEditorDialog::buildFolders()
{
    const AccountFoldersSection section(this);
    m_foldersBox = section.box;
    m_folders = section.model;
    m_folderView = section.view;
    m_hints[m_folderView] = section.hint;
    return section.box;
}

QWidget *AccountEditorDialog::buildAdvanced()
{
    const AccountAdvancedSection section(this);
    m_advancedToggle = section.toggle;
    m_advancedBox = section.options;
    m_name = section.name;
    m_idleMinutes = section.idleMinutes;
    m_pollSeconds = section.pollSeconds;
    m_showPreview = section.showPreview;
    m_colourButton = section.colour;
    m_autoColour = section.autoColour;
    m_openCommand = section.openCommand;
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedBox->setVisible(open);
        ScreenFit::growToScrolledContents(this, m_scroll);
    });
    connect(m_colourButton, &QPushButton::clicked, this, &AccountEditorDialog::chooseColour);
    connect(m_autoColour, &QPushButton::clicked, this, [this] {
        m_colour = QColor();
        showColour();
    });
    return section.section;
}

void AccountEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    ScreenFit::growToScrolledContents(this, m_scroll);
}

void AccountEditorDialog::setFirstStart(bool demoAvailable)
{
    m_welcome->show();
    m_demo->setVisible(demoAvailable);
    setWindowTitle(tr("Welcome to Mailbell"));
    ScreenFit::growToScrolledContents(this, m_scroll);
}

void AccountEditorDialog::applyDetected(const DetectedAccount &found)
{
    // Fill only what the user has not changed meanwhile.
    QString hint = found.hint;
    QUrl link = found.helpUrl;
    if (m_host->text() == m_hostWhenDetecting) {
        m_host->setText(found.connection.host);
        m_security->setCurrentIndex(AccountServerSection::securityIndex(found.connection.security));
        m_port->setValue(found.connection.port);
        if (found.idleRenewalMs > 0)
            m_idleMinutes->setValue(qBound(1, found.idleRenewalMs / 60'000, 29));
        if (found.connection.authMethod != AccountConfig::AuthMethod::Password) {
            // OAuth only where it can work (a client id typed or built in); else the app
            // password, where the provider has one, is the path that works today.
            const auto provider =
                OAuthProvider::forAccount(found.oauthProvider, m_clientId->text().trimmed());
            const bool oauthWorks = provider && !provider->clientId.isEmpty();
            if (oauthWorks || found.appPasswordHint.isEmpty()) {
                m_signIn->setCurrentIndex(int(found.oauthProvider == "microsoft"_L1
                                                  ? SignIn::OAuthMicrosoft
                                                  : SignIn::OAuthGoogle));
            } else {
                m_signIn->setCurrentIndex(int(SignIn::KeyringPassword));
                hint = found.appPasswordHint;
                link = found.appPasswordUrl;
            }
        }
    }
    if (m_user->text() == m_userWhenDetecting && !found.connection.user.isEmpty())
        m_user->setText(found.connection.user);
    QString status = found.origin.toHtmlEscaped();
    if (!hint.isEmpty())
        status += u"<br>"_s + hint.toHtmlEscaped();
    if (link.isValid() && !link.isEmpty())
        status += u" <a href=\"%1\">%2</a>"_s.arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                  tr("How?").toHtmlEscaped());
    m_detectStatus->setText(status);
    m_detectStatus->setToolTip(link.toString());
}

void AccountEditorDialog::revealServer()
{
    m_manualServer->hide();
    if (m_serverBox->isHidden()) {
        m_serverBox->show();
        validate(); // its fields' problems count now
        ScreenFit::growToScrolledContents(this, m_scroll);
    }
}

void AccountEditorDialog::revealFolders()
{
    m_foldersBox->show();
    ScreenFit::growToScrolledContents(this, m_scroll);
}

void AccountEditorDialog::continueSetup()
{
    markTouched(m_email);
    const QString address = m_email->text().trimmed();
    if (m_host->text().trimmed().isEmpty()) {
        if (EmailAddress::parse(address)) {
            m_continueAfterDetect = true;
            if (m_detect->isEnabled()) // else detection is already on its way
                detect();
            return;
        }
        if (address.isEmpty() || !m_serverBox->isHidden()) {
            revealServer();
            m_host->setFocus();
        } else {
            m_email->setFocus();
        }
        return;
    }
    revealServer();
    m_touched.insert(this); // from now on every problem shows
    validate();
    if (!isValid()) {
        for (QWidget *field : {static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_host),
                               static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_command),
                               static_cast<QWidget *>(m_folderView)}) {
            if (m_problems.contains(field->objectName())) {
                field->setFocus();
                break;
            }
        }
        return;
    }
    if (!m_testPanel)
        return;
    m_testPanel->startTest();
    m_scroll->ensureWidgetVisible(m_testPanel);
    // It could not start (no password, no sign-in): say so there, and allow adding as is.
    if (!m_testPanel->isRunning())
        onTestFinished(false);
}

void AccountEditorDialog::onTestFinished(bool succeeded)
{
    if (!m_guided)
        return;
    if (succeeded) {
        setTested(true);
        revealFolders();
        m_scroll->ensureWidgetVisible(m_folderView);
        m_ok->setFocus();
    } else {
        m_addAnyway->show();
    }
}

void AccountEditorDialog::setTested(bool tested)
{
    m_tested = tested;
    if (!m_guided)
        return;
    // Alt+C either way: the other letters of "Add Account" belong to fields beside it.
    m_ok->setText(tested ? tr("Add A&ccount") : tr("&Continue"));
    if (tested)
        m_addAnyway->hide();
    validate();
}

void AccountEditorDialog::load(const AccountsFile::Account &account)
{
    const ImapCore::AccountSpec &spec = account.spec;
    m_name->setText(spec.displayName);
    m_email->setText(account.email);
    m_user->setText(spec.connection.user);
    m_host->setText(spec.connection.host);
    m_security->setCurrentIndex(AccountServerSection::securityIndex(spec.connection.security));
    m_lastSecurity = m_security->currentIndex();
    m_plainWarning->setVisible(m_lastSecurity == Security::Plain);
    m_port->setValue(spec.connection.port);
    SignIn signIn = SignIn::KeyringPassword;
    if (spec.connection.authMethod != AccountConfig::AuthMethod::Password)
        signIn =
            account.oauthProvider == "microsoft"_L1 ? SignIn::OAuthMicrosoft : SignIn::OAuthGoogle;
    else if (!account.passwordCommand.isEmpty())
        signIn = SignIn::PasswordCommand;
    else if (account.passwordStore == AccountsFile::Account::PasswordStore::Ask)
        signIn = SignIn::AskPassword;
    m_signIn->setCurrentIndex(int(signIn));
    m_command->setText(account.passwordCommand);
    m_clientId->setText(account.oauthClientId);
    if (!spec.id.isEmpty())
        m_password->setPlaceholderText(tr("Unchanged"));
    m_folders->setWatchedOnly(spec.folders);
    m_idleMinutes->setValue(qBound(1, spec.idleRenewalMs / 60'000, 29));
    m_pollSeconds->setValue(qBound(10, spec.pollIntervalMs / 1000, 3600));
    m_showPreview->setChecked(account.showPreview);
    m_colour = account.color;
    showColour();
    m_openCommand->setText(account.openCommand);
}

AccountsFile::Account AccountEditorDialog::account() const
{
    AccountsFile::Account account = m_original;
    ImapCore::AccountSpec &spec = account.spec;
    if (spec.id.isEmpty())
        spec.id = uniqueId();
    spec.displayName = m_name->text().trimmed();
    if (spec.displayName.isEmpty() && m_original.spec.id.isEmpty()) // named by the address
        spec.displayName = !m_email->text().trimmed().isEmpty() ? m_email->text().trimmed()
            : m_user->text().trimmed().isEmpty()                ? m_host->text().trimmed()
                                                                : m_user->text().trimmed();
    account.email = m_email->text().trimmed();
    spec.connection.user = m_user->text().trimmed();
    spec.connection.host = m_host->text().trimmed();
    spec.connection.port = quint16(m_port->value());
    spec.connection.security = AccountServerSection::securityAt(m_security->currentIndex());
    const SignIn how = signIn();
    const bool oauth = how == SignIn::OAuthGoogle || how == SignIn::OAuthMicrosoft;
    if (!oauth)
        spec.connection.authMethod = AccountConfig::AuthMethod::Password;
    else if (spec.connection.authMethod == AccountConfig::AuthMethod::Password)
        spec.connection.authMethod = AccountConfig::AuthMethod::XOAuth2;
    account.passwordCommand =
        how == SignIn::PasswordCommand ? m_command->text().trimmed() : QString();
    account.passwordStore = how == SignIn::AskPassword
        ? AccountsFile::Account::PasswordStore::Ask
        : AccountsFile::Account::PasswordStore::Keyring;
    account.oauthProvider = how == SignIn::OAuthGoogle ? u"google"_s
        : how == SignIn::OAuthMicrosoft                ? u"microsoft"_s
                                                       : QString();
    account.oauthClientId = oauth ? m_clientId->text().trimmed() : QString();
    spec.folders = m_folders->checkedFolders();
    // Keep the exact milliseconds when the shown minutes or seconds were not changed.
    if (m_idleMinutes->value() != qBound(1, m_original.spec.idleRenewalMs / 60'000, 29))
        spec.idleRenewalMs = m_idleMinutes->value() * 60'000;
    if (m_pollSeconds->value() != qBound(10, m_original.spec.pollIntervalMs / 1000, 3600))
        spec.pollIntervalMs = m_pollSeconds->value() * 1000;
    account.showPreview = m_showPreview->isChecked();
    account.color = m_colour;
    account.openCommand = m_openCommand->text().trimmed();
    return account;
}

std::optional<OAuthTokenResult> AccountEditorDialog::oauthSignIn() const
{
    if (!m_oauthTokens || m_oauthTokensProvider != account().oauthProvider)
        return std::nullopt;
    return m_oauthTokens;
}

QString AccountEditorDialog::password() const
{
    return signIn() == SignIn::KeyringPassword ? m_password->text() : QString();
}

void AccountEditorDialog::setEngine(ImapCore::MailEngine *engine)
{
    m_engine = engine;
    if (!engine || m_testPanel)
        return;
    m_testPanel = new ConnectionTestPanel(engine, this);
    m_testPanel->setObjectName(u"connectionTest"_s);
    m_testPanel->testButton()->setObjectName(u"testConnection"_s);
    m_testPanel->testButton()->setAutoDefault(false);
    // Its label must not be squeezed by a long result beside it.
    m_testPanel->testButton()->setMinimumWidth(m_testPanel->testButton()->sizeHint().width());
    // The account as the form has it when the test starts, with the password typed here or
    // the access token of a sign-in done here.
    m_testPanel->setInputSource([this] { return testInput(); });
    m_testArea->addWidget(m_testPanel);
    // Tab goes from the sign-in fields to the test, then on to the folder tree.
    setTabOrder(m_oauthSignIn->cancelButton(), m_testPanel->testButton());
    setTabOrder(m_testPanel->testButton(), m_folderView);
    connect(m_testPanel, &ConnectionTestPanel::testFinished, this,
            [this](const ImapCore::ConnectionTestResult &result) {
                onTestFinished(!result.error.isError());
            });
    // A new account: the guided flow shows the server and the folders when they matter.
    m_guided = m_original.spec.id.isEmpty();
    if (m_guided) {
        if (m_host->text().trimmed().isEmpty()) {
            m_serverBox->hide();
            m_manualServer->show();
        }
        m_foldersBox->hide();
        setTested(false);
    }
    connect(m_testPanel, &ConnectionTestPanel::foldersListed, this,
            [this](const QList<ImapCore::FolderInfo> &folders) {
                // The folders chosen so far stay chosen (INBOX alone for a new account).
                m_folders->setFolders(folders, m_folders->checkedFolders());
                m_folderView->expandAll();
            });
    connect(m_testPanel, &ConnectionTestPanel::certificateTrusted, this,
            [this](const QByteArray &sha256) {
                m_original.spec.connection.pinnedSha256 = sha256; // saved with the account
            });
}

ConnectionTestPanel::Input AccountEditorDialog::testInput() const
{
    ConnectionTestPanel::Input input {account().spec, {}, {}};
    switch (signIn()) {
    case SignIn::OAuthGoogle:
    case SignIn::OAuthMicrosoft:
        if (const auto tokens = oauthSignIn())
            input.secret = tokens->accessToken;
        else
            input.missingSecret =
                tr("Sign in with the button above first; the connection test needs that sign-in.");
        break;
    case SignIn::KeyringPassword:
        input.secret = m_password->text().isEmpty() ? m_savedPassword : m_password->text();
        if (input.secret.isEmpty())
            input.missingSecret = m_savedPasswordProblem.isEmpty()
                ? tr("Type the password to test the connection.")
                : tr("Type the password to test the connection (the saved one could not be "
                     "read: %1).")
                      .arg(m_savedPasswordProblem);
        break;
    case SignIn::AskPassword:
        input.secret = m_password->text();
        if (input.secret.isEmpty())
            input.missingSecret = tr("Type the password to test the connection.");
        break;
    case SignIn::PasswordCommand:
        // The command may prompt (a password manager): it runs when Mailbell connects, not
        // from this dialog; a password typed here only serves the test.
        input.secret = m_password->text();
        if (input.secret.isEmpty())
            input.missingSecret =
                tr("Type the password to test the connection; the password command runs when "
                   "Mailbell connects.");
        break;
    }
    return input;
}

void AccountEditorDialog::setCredentials(CredentialStore *credentials)
{
    if (!credentials || m_original.spec.id.isEmpty() || signIn() != SignIn::KeyringPassword)
        return;
    QPointer<AccountEditorDialog> self(this);
    credentials->read(m_original.spec.id, [self](const CredentialStore::Result &result) {
        if (!self)
            return;
        if (result.status == CredentialStore::Result::Status::Found)
            self->m_savedPassword = result.password;
        else if (result.status != CredentialStore::Result::Status::NotFound)
            self->m_savedPasswordProblem = result.error;
    });
}

AccountEditorDialog::SignIn AccountEditorDialog::signIn() const
{
    return SignIn(qBound(0, m_signIn->currentIndex(), int(SignIn::OAuthMicrosoft)));
}

void AccountEditorDialog::updateSignInFields()
{
    const SignIn how = signIn();
    const bool oauth = how == SignIn::OAuthGoogle || how == SignIn::OAuthMicrosoft;
    // Every password sign-in takes one here: to keep (keyring) or to test with.
    const bool password = !oauth;
    const bool command = how == SignIn::PasswordCommand;
    m_passwordLabel->setVisible(password);
    m_password->setVisible(password);
    m_commandLabel->setVisible(command);
    m_command->setVisible(command);
    m_clientIdLabel->setVisible(oauth);
    m_clientId->setVisible(oauth);
    m_oauthSignIn->setVisible(oauth);
    if (oauth) {
        const QString providerId = how == SignIn::OAuthMicrosoft ? u"microsoft"_s : u"google"_s;
        if (const auto provider =
                OAuthProvider::forAccount(providerId, m_clientId->text().trimmed())) {
            m_oauthSignIn->setProvider(*provider);
            m_oauthSignIn->setLoginHint(m_email->text().trimmed());
        }
    }
    switch (how) {
    case SignIn::KeyringPassword:
        m_signInNote->setText(tr("The password goes to your desktop's keyring, never into a "
                                 "file. Left empty, Mailbell asks for it when it connects."));
        break;
    case SignIn::AskPassword:
        m_signInNote->setText(tr("Mailbell asks for the password at each start and keeps it in "
                                 "memory only."));
        break;
    case SignIn::PasswordCommand:
        m_signInNote->setText(tr("A command that prints the password, run at each connection "
                                 "(for example from pass or a password manager)."));
        break;
    case SignIn::OAuthGoogle:
    case SignIn::OAuthMicrosoft:
        m_signInNote->setText(tr("You sign in with your browser; Mailbell keeps only the "
                                 "provider's token, in the keyring."));
        break;
    }
}

void AccountEditorDialog::onSecurityChanged()
{
    const int index = m_security->currentIndex();
    // Follow the security with the port while the port is the previous choice's default.
    if (m_port->value()
        == AccountConfig::defaultPort(AccountServerSection::securityAt(m_lastSecurity)))
        m_port->setValue(AccountConfig::defaultPort(AccountServerSection::securityAt(index)));
    m_lastSecurity = index;
    m_plainWarning->setVisible(index == Security::Plain);
    validate();
}

void AccountEditorDialog::onEmailEditingFinished()
{
    const QString address = m_email->text().trimmed();
    if (!m_host->text().trimmed().isEmpty() || !EmailAddress::parse(address))
        return;
    if (m_user->text().trimmed().isEmpty())
        m_user->setText(address);
    detect();
}

void AccountEditorDialog::detect()
{
    markTouched(m_email);
    validate();
    const QString address = m_email->text().trimmed();
    if (!EmailAddress::parse(address))
        return;
    m_hostWhenDetecting = m_host->text();
    m_userWhenDetecting = m_user->text();
    m_detectStatus->setToolTip(QString());
    m_detectStatus->setText(tr("Looking for the settings of %1…").arg(address));
    m_detectStatus->show();
    m_detect->setEnabled(false);
    m_detector->start(address);
}

void AccountEditorDialog::chooseColour()
{
    if (!m_colourDialog) {
        m_colourDialog = new QColorDialog(this);
        m_colourDialog->setObjectName(u"colourDialog"_s);
        m_colourDialog->setOption(QColorDialog::DontUseNativeDialog);
        connect(m_colourDialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
            m_colour = colour;
            showColour();
        });
    }
    m_colourDialog->setCurrentColor(m_colour.isValid() ? m_colour : QColor(Qt::white));
    m_colourDialog->open();
}

void AccountEditorDialog::showColour()
{
    QPixmap chip(16, 16);
    chip.fill(Qt::transparent);
    if (m_colour.isValid()) {
        QPainter painter(&chip);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(m_colour);
        painter.drawRect(0, 0, 15, 15);
    }
    m_colourButton->setIcon(QIcon(chip));
    m_colourButton->setText(m_colour.isValid() ? m_colour.name() : tr("Choose…"));
    m_autoColour->setEnabled(m_colour.isValid());
}

void AccountEditorDialog::markTouched(QWidget *field)
{
    if (!m_touched.contains(field)) {
        m_touched.insert(field);
        validate();
    }
}

void AccountEditorDialog::validate()
{
    static const QRegularExpression hostPattern(u"^[A-Za-z0-9.:\\[\\]-]+$"_s);
    m_problems.clear();
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !EmailAddress::parse(email))
        m_problems.insert(m_email->objectName(),
                          tr("Enter an address such as you@example.org, or leave it empty."));
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        m_problems.insert(m_host->objectName(),
                          tr("Enter the IMAP server, for example imap.example.org."));
    else if (!hostPattern.match(host).hasMatch())
        m_problems.insert(m_host->objectName(),
                          tr("The server name may contain only letters, digits, dots and "
                             "dashes."));
    if (m_user->text().trimmed().isEmpty())
        m_problems.insert(m_user->objectName(),
                          tr("Enter your user name (often your email address)."));
    if (signIn() == SignIn::PasswordCommand && m_command->text().trimmed().isEmpty())
        m_problems.insert(m_command->objectName(),
                          tr("Enter the command that prints the password."));
    if (m_folders->checkedFolders().isEmpty())
        m_problems.insert(m_folderView->objectName(), tr("Choose at least one folder to watch."));
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
        const bool show = m_touched.contains(it.key()) || m_touched.contains(this);
        it.value()->setProblem(show ? m_problems.value(it.key()->objectName()) : QString());
    }
    // Continue finds the server from the address and then says what is missing, where.
    const bool continuing = m_guided && !m_tested;
    m_ok->setEnabled(continuing ? !email.isEmpty() || !host.isEmpty() : m_problems.isEmpty());
}

QString AccountEditorDialog::uniqueId() const
{
    // Stable and readable: "work", "work-2"; from the name, else the address or user name.
    QString base = m_name->text().trimmed();
    if (base.isEmpty())
        base = m_email->text().trimmed();
    if (base.isEmpty())
        base = m_user->text().trimmed();
    base = base.toLower();
    static const QRegularExpression notAllowed(u"[^a-z0-9._@-]+"_s);
    base.replace(notAllowed, u"-"_s);
    if (base.isEmpty() || base == "-"_L1)
        base = u"account"_s;
    QString id = base;
    for (int n = 2; m_takenIds.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void AccountEditorDialog::accept()
{
    if (m_guided && !m_tested) {
        continueSetup();
        return;
    }
    m_touched.insert(this); // from now on every problem shows
    validate();
    if (!isValid())
        return;
    QDialog::accept();
}
