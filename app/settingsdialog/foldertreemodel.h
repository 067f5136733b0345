#pragma once

#include "folderinfo.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <memory>
#include <vector>

// The account editor's "folders to watch": the server's folders as a checkable tree (split at
// each folder's hierarchy delimiter), each level in FolderOrder's order (INBOX, the special
// folders, then the rest by name). Before a listing it holds just the configured folders.
// A watched folder the listing lacks stays in the tree, checked, so saving never drops it.
// Defaults for an account without a choice yet: INBOX only; Junk and Trash are never checked by
// default (mail there is not worth a notification).
class FolderTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { FullNameRole = Qt::UserRole + 1 };

    explicit FolderTreeModel(QObject *parent = nullptr);
    ~FolderTreeModel() override;

    // The server's folders, with watched checked (empty watched: the defaults). Replaces the tree.
    void setFolders(const QList<ImapCore::FolderInfo> &folders, const QStringList &watched);
    // Just these folder names, all checked (no listing yet).
    void setWatchedOnly(const QStringList &watched);
    // The checked folders' full names, in tree order.
    QStringList checkedFolders() const;
    // INBOX, the only folder watched by default.
    static bool isWatchedByDefault(const ImapCore::FolderInfo &folder);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The set of checked folders changed (by the user or by a new listing).
    void checkedFoldersChanged();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    Node *childNamed(Node *parent, const QString &label, const QString &fullName);
    Node *find(Node *node, const QString &fullName) const;
    void insert(const ImapCore::FolderInfo &folder, bool listed);
    void collectChecked(const Node *node, QStringList &out) const;

    std::unique_ptr<Node> m_root;
};
