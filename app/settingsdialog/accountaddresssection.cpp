#include "accountaddresssection.h"

#include "fieldhint.h"
#include "formlabels.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

AccountAddressSection::AccountAddressSection(QWidget *editor)
{
    box = new QGroupBox(tr("Account"), editor);
    email = new QLineEdit(box);
    email->setObjectName(u"email"_s);
    email->setPlaceholderText(tr("you@example.org"));
    detect = new QPushButton(tr("D&etect"), box);
    detect->setObjectName(u"detect"_s);
    detect->setToolTip(tr("Find the server settings for this address"));
    detect->setAutoDefault(false);
    detectStatus = FormLabels::note(box);
    detectStatus->setObjectName(u"detectStatus"_s);
    // Rich text for the provider's link; every text put in is escaped first.
    detectStatus->setTextFormat(Qt::RichText);
    detectStatus->setOpenExternalLinks(true);
    detectStatus->setTextInteractionFlags(Qt::TextBrowserInteraction);
    detectStatus->hide();
    password = new QLineEdit(box);
    password->setObjectName(u"password"_s);
    password->setEchoMode(QLineEdit::Password);
    manualServer = new QPushButton(tr("Set up the &server myself"), box);
    manualServer->setObjectName(u"manualServer"_s);
    manualServer->setFlat(true);
    manualServer->setAutoDefault(false);
    manualServer->hide();

    auto *emailRow = new QHBoxLayout;
    emailRow->addWidget(email, 1);
    emailRow->addWidget(detect);
    auto *form = new QFormLayout(box);
    form->addRow(FormLabels::buddy(tr("E&mail address:"), email, box), emailRow);
    form->addRow(QString(), emailHint = new FieldHint(box));
    form->addRow(passwordLabel = FormLabels::buddy(tr("&Password:"), password, box), password);
    form->addRow(QString(), detectStatus);
    auto *manualRow = new QHBoxLayout;
    manualRow->addWidget(manualServer);
    manualRow->addStretch(1);
    form->addRow(QString(), manualRow);
}
