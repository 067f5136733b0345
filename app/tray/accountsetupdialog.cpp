#include "accountsetupdialog.h"

#include "cli/accountsfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum SecurityIndex { Tls, StartTls, Plain };

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

AccountSetupDialog::AccountSetupDialog(const QString &accountsFilePath, QWidget *parent)
    : QDialog(parent)
    , m_path(accountsFilePath)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keyring"), this))
    , m_plainWarning(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a Mail Account"));
    m_name->setPlaceholderText(tr("Work"));
    m_host->setPlaceholderText(tr("imap.example.org"));
    m_user->setPlaceholderText(tr("you@example.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_security->addItem(tr("TLS (recommended)"));
    m_security->addItem(tr("STARTTLS"));
    m_security->addItem(tr("None (unencrypted)"));
    m_port->setRange(1, 65535);
    m_port->setValue(993);
    m_remember->setChecked(true);
    m_plainWarning->setText(
        tr("Without encryption your password and mail cross the network readable by anyone "
           "on the way. Use this only for a server on this machine."));
    m_plainWarning->setWordWrap(true);
    m_plainWarning->setTextFormat(Qt::PlainText);
    m_plainWarning->setStyleSheet(u"color: #a15c00; font-weight: bold;"_s);
    m_plainWarning->hide();
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #c0392b;"_s);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_name);
    form->addRow(buddyLabel(tr("&Server:"), m_host), m_host);
    form->addRow(buddyLabel(tr("S&ecurity:"), m_security), m_security);
    form->addRow(buddyLabel(tr("P&ort:"), m_port), m_port);
    form->addRow(buddyLabel(tr("&User name:"), m_user), m_user);
    form->addRow(buddyLabel(tr("&Password:"), m_password), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add Account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Mailbell watches your IMAP mailbox and tells you the moment new "
                                "mail arrives."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_plainWarning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_security, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_portEdited)
            m_port->setValue(index == Tls ? 993 : 143);
        m_plainWarning->setVisible(index == Plain);
        updateState();
    });
    connect(m_port, &QSpinBox::valueChanged, this,
            [this] { m_portEdited = m_port->hasFocus() || m_portEdited; });
    for (QLineEdit *edit : {m_name, m_host, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AccountSetupDialog::updateState);
    updateState();
    m_name->setFocus();
}

AccountSetupDialog::~AccountSetupDialog()
{
    m_password->clear();
    m_result.password.fill(u'\0');
}

void AccountSetupDialog::setFields(const QString &name, const QString &host, int port,
                                   const QString &user, const QString &password)
{
    if (!name.isEmpty())
        m_name->setText(name);
    if (!host.isEmpty())
        m_host->setText(host);
    if (port > 0) {
        m_port->setValue(port);
        m_portEdited = true;
    }
    if (!user.isEmpty())
        m_user->setText(user);
    if (!password.isEmpty())
        m_password->setText(password);
}

QString AccountSetupDialog::validationError() const
{
    static const QRegularExpression hostPattern(u"^[A-Za-z0-9.:\\[\\]-]+$"_s);
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the IMAP server, for example imap.example.org.");
    if (!hostPattern.match(host).hasMatch())
        return tr("The server name may contain only letters, digits, dots and dashes.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter your user name (often your email address).");
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    return {};
}

void AccountSetupDialog::updateState()
{
    // Say what is missing only once the user has started typing there; the button says the
    // rest.
    const QString error = validationError();
    m_ok->setEnabled(error.isEmpty());
    m_error->setText(m_host->text().isEmpty() && m_user->text().isEmpty() ? QString() : error);
    m_error->setVisible(!m_error->text().isEmpty());
}

QString AccountSetupDialog::uniqueId() const
{
    // Stable and readable: "work", "work-2"; from the name, else the user name.
    QString base =
        (m_name->text().trimmed().isEmpty() ? m_user->text() : m_name->text()).trimmed().toLower();
    static const QRegularExpression notAllowed(u"[^a-z0-9._@-]+"_s);
    base.replace(notAllowed, u"-"_s);
    if (base.isEmpty())
        base = u"account"_s;
    const AccountsFile::Result existing = AccountsFile::load(m_path);
    QStringList ids;
    for (const AccountsFile::Account &account : existing.accounts)
        ids.append(account.spec.id);
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

void AccountSetupDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    const QString id = uniqueId();
    static const char *const securityNames[] = {"tls", "starttls", "plain"};
    QList<std::pair<QString, QString>> keys;
    if (!m_name->text().trimmed().isEmpty())
        keys.append({u"name"_s, m_name->text().trimmed()});
    keys.append({u"host"_s, m_host->text().trimmed()});
    keys.append({u"port"_s, QString::number(m_port->value())});
    keys.append({u"security"_s,
                 QString::fromLatin1(securityNames[qBound(0, m_security->currentIndex(), 2)])});
    keys.append({u"user"_s, m_user->text().trimmed()});
    const QString writeError = AccountsFile::appendAccount(m_path, id, keys);
    if (!writeError.isEmpty()) {
        m_error->setText(writeError);
        m_error->show();
        return;
    }
    m_result = {id, m_password->text(), m_remember->isChecked()};
    m_password->clear();
    QDialog::accept();
}
