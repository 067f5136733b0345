#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &accountId, const QString &accountName,
                               QWidget *parent)
    : QDialog(parent)
    , m_accountId(accountId)
    , m_reason(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keyring"), this))
{
    setWindowTitle(tr("Password for %1").arg(accountName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setChecked(true);

    auto *intro =
        new QLabel(tr("Mailbell needs the password of the account \"%1\".").arg(accountName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Log In"));
    ok->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
}

PasswordDialog::~PasswordDialog()
{
    m_password->clear();
}

void PasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void PasswordDialog::setRememberAvailable(bool available)
{
    m_remember->setChecked(available);
    m_remember->setEnabled(available);
}

void PasswordDialog::accept()
{
    if (m_password->text().isEmpty())
        return;
    Q_EMIT passwordEntered(m_accountId, m_password->text(), m_remember->isChecked());
    m_password->clear();
    QDialog::accept();
}
