#include "accountsigninsection.h"

#include "fieldhint.h"
#include "formlabels.h"
#include "oauthsigninwidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

AccountSignInSection::AccountSignInSection(QWidget *box, QFormLayout *form)
{
    signIn = new QComboBox(box);
    signIn->setObjectName(u"signIn"_s);
    signIn->addItem(tr("Password, saved in the keyring"));
    signIn->addItem(tr("Password, asked at each start"));
    signIn->addItem(tr("Password command"));
    signIn->addItem(tr("OAuth 2: Google"));
    signIn->addItem(tr("OAuth 2: Microsoft"));
    command = new QLineEdit(box);
    command->setObjectName(u"passwordCommand"_s);
    command->setPlaceholderText(tr("pass show mail/work"));
    clientId = new QLineEdit(box);
    clientId->setObjectName(u"clientId"_s);
    clientId->setPlaceholderText(tr("The packaged client ID"));
    note = FormLabels::note(box);
    note->setObjectName(u"signInNote"_s);
    oauthSignIn = new OAuthSignInWidget(box);
    oauthSignIn->setObjectName(u"oauthSignIn"_s);
    oauthSignIn->signInButton()->setAutoDefault(false);

    form->addRow(FormLabels::buddy(tr("Sign-&in:"), signIn, box), signIn);
    form->addRow(commandLabel = FormLabels::buddy(tr("Passwor&d command:"), command, box), command);
    form->addRow(QString(), commandHint = new FieldHint(box));
    form->addRow(clientIdLabel = FormLabels::buddy(tr("OAuth client I&D:"), clientId, box),
                 clientId);
    form->addRow(QString(), oauthSignIn);
    form->addRow(QString(), note);
}
