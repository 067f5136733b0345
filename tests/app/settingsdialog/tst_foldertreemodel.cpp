// FolderTreeModel: the server's folders as a checkable tree; INBOX alone checked by default,
// Junk and Trash never by default; watched folders the listing lacks stay checked (nothing
// dropped); parents the server did not list are shown but cannot be checked.
#include "foldertreemodel.h"

#include <QSignalSpy>
#include <QTest>

using ImapCore::FolderInfo;
using namespace Qt::StringLiterals;

namespace {

FolderInfo folder(const QString &name, FolderInfo::SpecialUse use = FolderInfo::SpecialUse::None,
                  bool selectable = true)
{
    FolderInfo info;
    info.name = name;
    info.delimiter = u'/';
    info.specialUse = use;
    info.selectable = selectable;
    return info;
}

QList<FolderInfo> serverFolders()
{
    return {folder(u"Junk"_s, FolderInfo::SpecialUse::Junk),
            folder(u"INBOX"_s), // INBOX leads the tree wherever the server lists it
            folder(u"Trash"_s, FolderInfo::SpecialUse::Trash),
            folder(u"Sent"_s, FolderInfo::SpecialUse::Sent),
            folder(u"Lists"_s, FolderInfo::SpecialUse::None, false),
            folder(u"Lists/Qt"_s),
            folder(u"Projekte/Übersicht"_s)};
}

QModelIndex find(const QAbstractItemModel &model, const QString &fullName,
                 const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(FolderTreeModel::FullNameRole).toString() == fullName)
            return index;
        if (const QModelIndex found = find(model, fullName, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class Tst_FolderTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsInboxOnly();
    void treeFollowsDelimiter();
    void watchedFoldersKeptEvenUnlisted();
    void userChecksAndUnchecks();
    void configuredOnlyBeforeListing();
};

void Tst_FolderTreeModel::defaultIsInboxOnly()
{
    FolderTreeModel model;
    model.setFolders(serverFolders(), {});
    QCOMPARE(model.checkedFolders(), QStringList {u"INBOX"_s});
    QCOMPARE(find(model, u"Junk"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(find(model, u"Trash"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(find(model, u"Junk"_s).data().toString().contains(u"Junk"_s));
}

void Tst_FolderTreeModel::treeFollowsDelimiter()
{
    FolderTreeModel model;
    model.setFolders(serverFolders(), {});
    // Top level: INBOX, Junk, Trash, Sent, Lists, Projekte (not listed itself: a plain parent).
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data(FolderTreeModel::FullNameRole).toString(), u"INBOX"_s);
    QCOMPARE(model.index(1, 0).data(FolderTreeModel::FullNameRole).toString(), u"Junk"_s);
    const QModelIndex lists = find(model, u"Lists"_s);
    QVERIFY(lists.isValid());
    QCOMPARE(model.rowCount(lists), 1);
    QCOMPARE(model.index(0, 0, lists).data().toString(), u"Qt"_s);
    QCOMPARE(model.parent(model.index(0, 0, lists)), lists);
    // \Noselect and unlisted parents cannot be watched.
    QVERIFY(!(model.flags(lists) & Qt::ItemIsUserCheckable));
    const QModelIndex projekte = find(model, u"Projekte"_s);
    QVERIFY(projekte.isValid());
    QVERIFY(!(model.flags(projekte) & Qt::ItemIsUserCheckable));
    QCOMPARE(model.index(0, 0, projekte).data().toString(), u"Übersicht"_s);
    QVERIFY(!model.setData(lists, Qt::Checked, Qt::CheckStateRole));
}

void Tst_FolderTreeModel::watchedFoldersKeptEvenUnlisted()
{
    FolderTreeModel model;
    model.setFolders(serverFolders(), {u"INBOX"_s, u"Lists/Qt"_s, u"Gone/Away"_s});
    QCOMPARE(model.checkedFolders(), (QStringList {u"INBOX"_s, u"Lists/Qt"_s, u"Gone/Away"_s}));
    // The listed folder is one node, not a second copy beside the tree.
    QCOMPARE(model.rowCount(), 7); // ... plus "Gone/Away", flat: its delimiter is unknown
    QVERIFY(find(model, u"Gone/Away"_s).data(Qt::ToolTipRole).toString().contains(u"not"_s));
}

void Tst_FolderTreeModel::userChecksAndUnchecks()
{
    FolderTreeModel model;
    model.setFolders(serverFolders(), {});
    QSignalSpy changed(&model, &FolderTreeModel::checkedFoldersChanged);
    QVERIFY(model.setData(find(model, u"Lists/Qt"_s), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(find(model, u"INBOX"_s), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.checkedFolders(), QStringList {u"Lists/Qt"_s});
}

void Tst_FolderTreeModel::configuredOnlyBeforeListing()
{
    FolderTreeModel model;
    model.setWatchedOnly({u"INBOX"_s, u"Work, Team"_s});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.checkedFolders(), (QStringList {u"INBOX"_s, u"Work, Team"_s}));
    // An account without any folder gets the default once a listing arrives.
    model.setFolders(serverFolders(), {});
    QCOMPARE(model.checkedFolders(), QStringList {u"INBOX"_s});
}

QTEST_MAIN(Tst_FolderTreeModel)
#include "tst_foldertreemodel.moc"
