#include "accountserversection.h"

#include "fieldhint.h"
#include "formlabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using ImapCore::AccountConfig;
using namespace Qt::StringLiterals;

AccountConfig::Security AccountServerSection::securityAt(int index)
{
    return index == StartTls ? AccountConfig::Security::StartTls
        : index == Plain     ? AccountConfig::Security::Plain
                             : AccountConfig::Security::Tls;
}

int AccountServerSection::securityIndex(AccountConfig::Security security)
{
    return security == AccountConfig::Security::StartTls ? StartTls
        : security == AccountConfig::Security::Plain     ? Plain
                                                         : Tls;
}

AccountServerSection::AccountServerSection(QWidget *editor)
{
    box = new QGroupBox(tr("Server"), editor);
    host = new QLineEdit(box);
    host->setObjectName(u"host"_s);
    host->setPlaceholderText(tr("imap.example.org"));
    security = new QComboBox(box);
    security->setObjectName(u"security"_s);
    security->addItem(tr("TLS (recommended)"));
    security->addItem(tr("STARTTLS"));
    security->addItem(tr("None (unencrypted)"));
    port = new QSpinBox(box);
    port->setObjectName(u"port"_s);
    port->setRange(1, 65535);
    plainWarning = FormLabels::note(box);
    plainWarning->setObjectName(u"plainWarning"_s);
    plainWarning->setText(tr("Without encryption your password and mail cross the network readable "
                             "by anyone "
                             "on the way. Use this only for a server on this machine."));
    plainWarning->setStyleSheet(u"color: #a15c00; font-weight: bold;"_s);
    plainWarning->hide();
    user = new QLineEdit(box);
    user->setObjectName(u"user"_s);
    user->setPlaceholderText(tr("Often your email address"));

    form = new QFormLayout(box);
    form->addRow(FormLabels::buddy(tr("&Server:"), host, box), host);
    form->addRow(QString(), hostHint = new FieldHint(box));
    form->addRow(FormLabels::buddy(tr("Securit&y:"), security, box), security);
    form->addRow(QString(), plainWarning);
    form->addRow(FormLabels::buddy(tr("P&ort:"), port, box), port);
    form->addRow(FormLabels::buddy(tr("&User name:"), user, box), user);
    form->addRow(QString(), userHint = new FieldHint(box));
}
