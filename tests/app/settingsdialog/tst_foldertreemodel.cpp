// FolderTreeModel: the server's folders as a checkable tree; INBOX alone checked by default,
// Junk and Trash never by default; watched folders the listing lacks stay checked (nothing
// dropped); parents the server did not list are shown but cannot be checked; one stable order.
#include "foldertreemodel.h"

#include <QLocale>
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
    void stableOrder_data();
    void stableOrder();
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
    // Top level: INBOX, Sent, Junk, Trash, Lists, Projekte (not listed itself: a plain parent).
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data(FolderTreeModel::FullNameRole).toString(), u"INBOX"_s);
    QCOMPARE(model.index(1, 0).data(FolderTreeModel::FullNameRole).toString(), u"Sent"_s);
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
    // In tree order: "Gone/Away" sorts before "Lists" by name.
    QCOMPARE(model.checkedFolders(), (QStringList {u"INBOX"_s, u"Gone/Away"_s, u"Lists/Qt"_s}));
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

// Issue 9, point 10: one order whatever the server's, Thunderbird's: INBOX, Drafts, Templates,
// Sent, Archive, Junk, Trash (by SPECIAL-USE or, without it, by the usual names), the virtual
// All and Flagged, then the rest by name, case-insensitive and locale aware; children sorted
// the same way under their parent.
void Tst_FolderTreeModel::stableOrder_data()
{
    QTest::addColumn<int>("rotation"); // the server's order, rotated
    QTest::addColumn<bool>("reversed");
    for (int rotation : {0, 3, 7}) {
        for (bool reversed : {false, true})
            QTest::addRow("rotated %d%s", rotation, reversed ? " reversed" : "")
                << rotation << reversed;
    }
}

void Tst_FolderTreeModel::stableOrder()
{
    QFETCH(int, rotation);
    QFETCH(bool, reversed);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    using Use = FolderInfo::SpecialUse;
    QList<FolderInfo> folders {
        folder(u"zeta"_s),
        folder(u"Papierkorb"_s, Use::Trash),
        folder(u"Archiv"_s, Use::Archive),
        folder(u"alpha"_s),
        folder(u"INBOX"_s),
        folder(u"Sent Items"_s), // no SPECIAL-USE: known by its name
        folder(u"Entwürfe"_s, Use::Drafts),
        folder(u"Templates"_s),
        folder(u"Spam"_s, Use::Junk),
        folder(u"Beta"_s),
        folder(u"Ärger"_s),
        folder(u"Lists/zsh"_s),
        folder(u"Lists/Qt"_s),
        folder(u"Lists/Trash"_s), // just a name down here: no SPECIAL-USE, not under INBOX
        folder(u"Lists/Junk"_s, Use::Junk), // special wherever it is
        folder(u"INBOX/Aufgaben"_s),
        folder(u"INBOX/drafts"_s), // Courier's place for special folders
        folder(u"Lists"_s),
        folder(u"Alle Nachrichten"_s, Use::All),
        folder(u"Project 10"_s),
        folder(u"Project 9"_s),
    };
    std::rotate(folders.begin(), folders.begin() + rotation, folders.end());
    if (reversed)
        std::reverse(folders.begin(), folders.end());
    FolderTreeModel model;
    model.setFolders(folders, {});
    QLocale::setDefault(QLocale::c());
    QStringList top;
    for (int row = 0; row < model.rowCount(); ++row)
        top.append(model.index(row, 0).data(FolderTreeModel::FullNameRole).toString());
    QCOMPARE(
        top,
        (QStringList {u"INBOX"_s, u"Entwürfe"_s, u"Templates"_s, u"Sent Items"_s, u"Archiv"_s,
                      u"Spam"_s, u"Papierkorb"_s, u"Alle Nachrichten"_s, u"alpha"_s, u"Ärger"_s,
                      u"Beta"_s, u"Lists"_s, u"Project 9"_s, u"Project 10"_s, u"zeta"_s}));
    const QModelIndex lists = find(model, u"Lists"_s);
    QStringList children;
    for (int row = 0; row < model.rowCount(lists); ++row)
        children.append(model.index(row, 0, lists).data(FolderTreeModel::FullNameRole).toString());
    QCOMPARE(children,
             (QStringList {u"Lists/Junk"_s, u"Lists/Qt"_s, u"Lists/Trash"_s, u"Lists/zsh"_s}));
    const QModelIndex inbox = find(model, u"INBOX"_s);
    QCOMPARE(model.rowCount(inbox), 2);
    QCOMPARE(model.index(0, 0, inbox).data(FolderTreeModel::FullNameRole).toString(),
             u"INBOX/drafts"_s);
}

QTEST_MAIN(Tst_FolderTreeModel)
#include "tst_foldertreemodel.moc"
