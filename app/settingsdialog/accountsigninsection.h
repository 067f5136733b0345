#pragma once

#include <QCoreApplication>

class FieldHint;
class OAuthSignInWidget;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The account editor's sign-in rows, in the server section's form: how the account signs in (the
// choices in the order of AccountEditorDialog::SignIn), the password command, the OAuth client id
// and sign-in, and a note on the way chosen. Builds the widgets; AccountEditorDialog shows the ones
// the chosen way needs and wires them.
class AccountSignInSection
{
    // The strings are the editor's: the translations have them under its context.
    Q_DECLARE_TR_FUNCTIONS(AccountEditorDialog)

public:
    // The widgets are children of box; their rows go on at the end of form.
    AccountSignInSection(QWidget *box, QFormLayout *form);

    QComboBox *signIn = nullptr;
    QLabel *commandLabel = nullptr;
    QLineEdit *command = nullptr;
    FieldHint *commandHint = nullptr;
    QLabel *clientIdLabel = nullptr;
    QLineEdit *clientId = nullptr;
    OAuthSignInWidget *oauthSignIn = nullptr;
    QLabel *note = nullptr;
};
