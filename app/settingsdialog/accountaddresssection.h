#pragma once

#include <QCoreApplication>

class FieldHint;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// The account editor's first section, "Account": the email address with Detect and what the
// detection found, the password, and the button to set up the server by hand (hidden until the
// guided flow offers it). Builds the widgets; AccountEditorDialog fills and wires them.
class AccountAddressSection
{
    // The strings are the editor's: the translations have them under its context.
    Q_DECLARE_TR_FUNCTIONS(AccountEditorDialog)

public:
    // The section's group box is a child of editor.
    explicit AccountAddressSection(QWidget *editor);

    QGroupBox *box = nullptr;
    QLineEdit *email = nullptr;
    FieldHint *emailHint = nullptr;
    QPushButton *detect = nullptr;
    QLabel *detectStatus = nullptr; // rich text: whatever goes in must be escaped
    QLabel *passwordLabel = nullptr;
    QLineEdit *password = nullptr;
    QPushButton *manualServer = nullptr;
};
