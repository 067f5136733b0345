#include "accountfolderssection.h"

#include "fieldhint.h"
#include "foldertreemodel.h"
#include "formlabels.h"

#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountFoldersSection::AccountFoldersSection(QWidget *editor)
{
    box = new QWidget(editor);
    model = new FolderTreeModel(editor);
    view = new QTreeView(box);
    view->setObjectName(u"folders"_s);
    view->setModel(model);
    view->setHeaderHidden(true);
    view->setUniformRowHeights(true);
    view->setMinimumHeight(100);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins({});
    layout->addWidget(FormLabels::buddy(tr("&Folders to watch:"), view, box));
    layout->addWidget(view, 1);
    layout->addWidget(hint = new FieldHint(box));
}
