#pragma once

#include "accountconfig.h"

#include <QCoreApplication>

class FieldHint;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

// The account editor's "Server" section: the server, its security (with the warning for none) and
// port, and the user name. The sign-in rows (AccountSignInSection) and the connection test go on
// below in the same form. Builds the widgets; AccountEditorDialog fills and wires them.
class AccountServerSection
{
    // The strings are the editor's: the translations have them under its context.
    Q_DECLARE_TR_FUNCTIONS(AccountEditorDialog)

public:
    // The security choices, in the order of the combo box.
    enum SecurityIndex { Tls, StartTls, Plain };
    static ImapCore::AccountConfig::Security securityAt(int index);
    static int securityIndex(ImapCore::AccountConfig::Security security);

    // The section's group box is a child of editor.
    explicit AccountServerSection(QWidget *editor);

    QGroupBox *box = nullptr;
    QFormLayout *form = nullptr;
    QLineEdit *host = nullptr;
    FieldHint *hostHint = nullptr;
    QComboBox *security = nullptr;
    QLabel *plainWarning = nullptr; // shown while security is Plain
    QSpinBox *port = nullptr;
    QLineEdit *user = nullptr;
    FieldHint *userHint = nullptr;
};
