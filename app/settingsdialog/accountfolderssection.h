#pragma once

#include <QCoreApplication>

class FieldHint;
class FolderTreeModel;
class QTreeView;
class QWidget;

// The account editor's folder section: the tree of folders to watch, with its hint. Builds the
// widgets; AccountEditorDialog fills and wires them.
class AccountFoldersSection
{
    // The strings are the editor's: the translations have them under its context.
    Q_DECLARE_TR_FUNCTIONS(AccountEditorDialog)

public:
    // The section and the model are children of editor.
    explicit AccountFoldersSection(QWidget *editor);

    QWidget *box = nullptr;
    FolderTreeModel *model = nullptr;
    QTreeView *view = nullptr;
    FieldHint *hint = nullptr;
};
