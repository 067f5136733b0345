#pragma once

#include <QCoreApplication>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

// The account editor's "Advanced" section, folded away behind its toggle: the account's name, the
// IDLE renewal and polling intervals, the preview, the account colour and the command that opens a
// message. Builds the widgets; AccountEditorDialog fills and wires them (the toggle too: unfolding
// grows the dialog).
class AccountAdvancedSection
{
    // The strings are the editor's: the translations have them under its context.
    Q_DECLARE_TR_FUNCTIONS(AccountEditorDialog)

public:
    // The section is a child of editor.
    explicit AccountAdvancedSection(QWidget *editor);

    QWidget *section = nullptr; // the toggle and the options
    QToolButton *toggle = nullptr;
    QWidget *options = nullptr; // hidden until toggled
    QLineEdit *name = nullptr;
    QSpinBox *idleMinutes = nullptr;
    QSpinBox *pollSeconds = nullptr;
    QCheckBox *showPreview = nullptr;
    QPushButton *colour = nullptr;
    QPushButton *autoColour = nullptr;
    QLineEdit *openCommand = nullptr;
};
