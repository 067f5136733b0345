#include "passworddialog.h"

#include "credentialstore.h"
#include "settings/accountsfile.h"
#include "settings/settingsstore.h"
#include "ui/screenfit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &accountId, const QString &accountName,
                               QWidget *parent)
    : QDialog(parent)
    , m_accountId(accountId)
    , m_accountsFile(AccountsFile::defaultPath())
    , m_reason(new QLabel(this))
    , m_noKeyring(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keyring"), this))
    , m_choices(new QWidget(this))
    , m_askAtStart(new QRadioButton(tr("&Ask for it at each start (kept in memory only)"), this))
    , m_useCommand(new QRadioButton(tr("Use a password &command instead"), this))
    , m_commandHelp(new QLabel(this))
{
    setWindowTitle(tr("Password for %1").arg(accountName));
    setAttribute(Qt::WA_DeleteOnClose);
    for (QLabel *label : {m_reason, m_noKeyring, m_commandHelp}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->hide();
    }
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setChecked(true);
    m_commandHelp->setText(
        tr("A password command is a program that prints the password, for example "
           "\"pass show mail/work\" or \"secret-tool lookup mail work\". Mailbell runs it at each "
           "start. Set it in the account's settings."));

    auto *intro =
        new QLabel(tr("Mailbell needs the password of the account \"%1\".").arg(accountName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    auto *choices = new QVBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(m_askAtStart);
    choices->addWidget(m_useCommand);
    choices->addWidget(m_commandHelp);
    m_choices->hide();
    m_askAtStart->setChecked(true);
    connect(m_askAtStart, &QRadioButton::toggled, this, &PasswordDialog::updateChoice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Log In"));
    m_ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::updateChoice);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_noKeyring);
    layout->addLayout(form);
    layout->addWidget(m_choices);
    layout->addWidget(buttons);
    m_password->setFocus();

    // Asked without blocking: the answer comes in a few milliseconds, long before a password is
    // typed; should Log In come first, saving in the keyring fails and says so.
    CredentialStore::probeSecretService(this, [this](bool available) {
        if (!available && !m_keyringUnavailable)
            setKeyringUnavailable();
    });
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

void PasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty() && reason != m_noKeyring->text());
    ScreenFit::growToContents(this);
}

void PasswordDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Qt picks the first size from hints that undercount wrapped text in a narrow window.
    ScreenFit::growToContents(this);
}

void PasswordDialog::setRememberAvailable(bool available)
{
    m_remember->setChecked(available && !m_keyringUnavailable);
    m_remember->setEnabled(available && !m_keyringUnavailable);
}

void PasswordDialog::setKeyringUnavailable(const QString &why)
{
    m_keyringUnavailable = true;
    QString text = tr("No keyring (Secret Service, such as GNOME Keyring or KWallet) is "
                      "available, so Mailbell cannot save this password. It never writes "
                      "passwords to a file. Choose how to log in:");
    if (!why.isEmpty())
        text = why + u'\n' + text;
    m_noKeyring->setText(text);
    m_noKeyring->show();
    m_remember->setChecked(false);
    m_remember->hide();
    m_choices->show();
    updateChoice();
    // The keyring's answer comes after the dialog is shown: room for the new text and choices.
    ScreenFit::growToContents(this);
}

void PasswordDialog::updateChoice()
{
    const bool command = m_keyringUnavailable && m_useCommand->isChecked();
    m_password->setEnabled(!command);
    m_commandHelp->setVisible(command);
    m_ok->setText(command ? tr("Open &Settings…") : tr("&Log In"));
    m_ok->setEnabled(command || !m_password->text().isEmpty());
    ScreenFit::growToContents(this); // the password command's help
}

void PasswordDialog::accept()
{
    if (m_keyringUnavailable && m_useCommand->isChecked()) {
        m_password->clear();
        Q_EMIT settingsRequested(m_accountId);
        QDialog::accept();
        return;
    }
    if (m_password->text().isEmpty())
        return;
    if (m_keyringUnavailable) {
        // Remembered as a choice, so the next start asks again instead of trying the keyring.
        SettingsStore store(m_accountsFile);
        const QString error =
            store.setPasswordStore(m_accountId, AccountsFile::Account::PasswordStore::Ask);
        if (!error.isEmpty())
            qWarning("mailbell: %s", qPrintable(error));
    }
    Q_EMIT passwordEntered(m_accountId, m_password->text(),
                           m_remember->isChecked() && !m_keyringUnavailable);
    m_password->clear();
    QDialog::accept();
}
