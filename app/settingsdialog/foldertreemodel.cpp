#include "foldertreemodel.h"

#include "folderorder.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

using ImapCore::FolderInfo;
using namespace Qt::StringLiterals;

struct FolderTreeModel::Node
{
    Node *parent = nullptr;
    QString label; // the last hierarchy level, as shown
    FolderInfo info; // info.name is the full name; empty for the root
    bool listed = false; // the server listed it (else: configured, or an unlisted parent level)
    bool checkable = false;
    bool checked = false;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return 0;
    }
};

namespace {

bool isInbox(const QString &name)
{
    return name.compare("INBOX"_L1, Qt::CaseInsensitive) == 0;
}

QString specialUseWords(FolderInfo::SpecialUse use)
{
    switch (use) {
    case FolderInfo::SpecialUse::None:
        return {};
    case FolderInfo::SpecialUse::All:
        return QCoreApplication::translate("FolderTreeModel", "All mail");
    case FolderInfo::SpecialUse::Archive:
        return QCoreApplication::translate("FolderTreeModel", "Archive");
    case FolderInfo::SpecialUse::Drafts:
        return QCoreApplication::translate("FolderTreeModel", "Drafts");
    case FolderInfo::SpecialUse::Flagged:
        return QCoreApplication::translate("FolderTreeModel", "Flagged");
    case FolderInfo::SpecialUse::Junk:
        return QCoreApplication::translate("FolderTreeModel", "Junk");
    case FolderInfo::SpecialUse::Sent:
        return QCoreApplication::translate("FolderTreeModel", "Sent");
    case FolderInfo::SpecialUse::Trash:
        return QCoreApplication::translate("FolderTreeModel", "Trash");
    }
    return {};
}

} // namespace

FolderTreeModel::FolderTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

FolderTreeModel::~FolderTreeModel() = default;

bool FolderTreeModel::isWatchedByDefault(const FolderInfo &folder)
{
    return isInbox(folder.name) && folder.selectable;
}

void FolderTreeModel::setFolders(const QList<FolderInfo> &folders, const QStringList &watched)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const FolderInfo &folder : folders)
        insert(folder, true);
    // Configured folders the server did not list stay, checked: nothing is dropped silently.
    for (const QString &name : watched) {
        FolderInfo info;
        info.name = name;
        insert(info, false);
    }
    // Check after inserting, so a folder listed and configured is checked once.
    std::function<void(Node *)> check = [&](Node *node) {
        if (node->checkable) {
            node->checked = watched.isEmpty() ? isWatchedByDefault(node->info)
                                              : watched.contains(node->info.name)
                    || (isInbox(node->info.name)
                        && watched.contains("INBOX"_L1, Qt::CaseInsensitive));
        }
        for (const auto &child : node->children)
            check(child.get());
    };
    check(m_root.get());
    const FolderOrder order;
    std::function<void(Node *)> sort = [&](Node *node) {
        std::stable_sort(node->children.begin(), node->children.end(),
                         [&](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
                             return order.lessThan(a->info, a->label, b->info, b->label,
                                                   node->info.name);
                         });
        for (const auto &child : node->children)
            sort(child.get());
    };
    sort(m_root.get());
    endResetModel();
    Q_EMIT checkedFoldersChanged();
}

void FolderTreeModel::setWatchedOnly(const QStringList &watched)
{
    setFolders({}, watched);
}

FolderTreeModel::Node *FolderTreeModel::childNamed(Node *parent, const QString &label,
                                                   const QString &fullName)
{
    for (const auto &child : parent->children) {
        if (child->info.name == fullName)
            return child.get();
    }
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->label = label;
    node->info.name = fullName;
    node->info.selectable = false;
    // In the server's order for now: setFolders() sorts the finished tree (FolderOrder).
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

void FolderTreeModel::insert(const FolderInfo &folder, bool listed)
{
    if (folder.name.isEmpty())
        return;
    if (!listed) {
        // A configured folder the listing has (anywhere in the tree) is that node.
        if (Node *existing = find(m_root.get(), folder.name)) {
            existing->checkable = true; // even \Noselect: the user unticks it, not the dialog
            return;
        }
    }
    // A folder already in the tree (listed, or configured and listed) is not added twice.
    const QStringList parts = folder.delimiter.isNull()
        ? QStringList {folder.name}
        : folder.name.split(folder.delimiter, Qt::KeepEmptyParts);
    Node *node = m_root.get();
    QString path;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        path = i == 0 ? parts[i] : path + folder.delimiter + parts[i];
        node = childNamed(node, parts[i], path);
    }
    if (node->listed)
        return;
    if (listed) {
        node->info = folder;
        node->listed = true;
        node->checkable = folder.selectable;
    } else if (!node->checkable) {
        node->checkable = true; // configured: the user watches it, listed or not
        node->info.selectable = true;
    }
}

FolderTreeModel::Node *FolderTreeModel::find(Node *node, const QString &fullName) const
{
    if (node != m_root.get()
        && (node->info.name == fullName || (isInbox(fullName) && isInbox(node->info.name))))
        return node;
    for (const auto &child : node->children) {
        if (Node *found = find(child.get(), fullName))
            return found;
    }
    return nullptr;
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node == m_root.get() || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row(), 0, node->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString use = specialUseWords(node->info.specialUse);
        if (isInbox(node->info.name) && node->parent == m_root.get())
            return tr("Inbox");
        return use.isEmpty() || use == node->label ? node->label
                                                   : tr("%1 (%2)").arg(node->label, use);
    }
    case Qt::ToolTipRole:
        if (node->checkable && !node->listed && !node->children.empty())
            return node->info.name;
        if (node->checkable && !node->listed)
            return tr("%1: configured, not (yet) listed by the server").arg(node->info.name);
        return node->info.name;
    case Qt::CheckStateRole:
        if (!node->checkable)
            return {};
        return node->checked ? Qt::Checked : Qt::Unchecked;
    case FullNameRole:
        return node->info.name;
    default:
        return {};
    }
}

bool FolderTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Node *node = index.isValid() ? nodeFor(index) : nullptr;
    if (!node || role != Qt::CheckStateRole || !node->checkable)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == node->checked)
        return true;
    node->checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedFoldersChanged();
    return true;
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->checkable)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QStringList FolderTreeModel::checkedFolders() const
{
    QStringList out;
    collectChecked(m_root.get(), out);
    return out;
}

void FolderTreeModel::collectChecked(const Node *node, QStringList &out) const
{
    if (node->checkable && node->checked)
        out.append(node->info.name);
    for (const auto &child : node->children)
        collectChecked(child.get(), out);
}

FolderTreeModel::Node *FolderTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}
