#include "recentmessagesfilter.h"

#include "recentmessagesmodel.h"

using namespace ImapCore;

namespace {

MessageRef refAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(RecentMessagesModel::MessageRefRole).value<MessageRef>();
}

} // namespace

RecentMessagesFilter::RecentMessagesFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(RecentMessagesModel::FilterTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RecentMessagesFilter::setSourceModel(QAbstractItemModel *source)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_held.clear();
    m_hidden.clear();
    // Connected before the base class connects its own handlers, so that new rows are already
    // held when it asks filterAcceptsRow() about them.
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { holdInserted(first, last); });
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) {
                    const qsizetype held = m_held.size();
                    for (int row = first; row <= last; ++row) {
                        const MessageRef ref = refAt(sourceModel(), row);
                        m_held.removeAll(ref);
                        m_hidden.removeAll(ref);
                    }
                    if (m_held.size() != held)
                        Q_EMIT heldCountChanged(m_held.size());
                });
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
            const bool hadHeld = !m_held.isEmpty();
            m_held.clear();
            m_hidden.clear();
            if (hadHeld)
                Q_EMIT heldCountChanged(0);
        });
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void RecentMessagesFilter::setHoldingArrivals(bool holding)
{
    m_holding = holding;
}

void RecentMessagesFilter::releaseArrivals()
{
    if (m_held.isEmpty())
        return;
    m_held.clear();
    invalidateRowsFilter();
    Q_EMIT heldCountChanged(0);
}

void RecentMessagesFilter::hideMessage(const MessageRef &message)
{
    if (m_hidden.contains(message))
        return;
    m_hidden.append(message);
    invalidateRowsFilter();
}

void RecentMessagesFilter::unhideMessage(const MessageRef &message)
{
    if (m_hidden.removeAll(message) > 0)
        invalidateRowsFilter();
}

bool RecentMessagesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_held.isEmpty() || !m_hidden.isEmpty()) {
        const MessageRef ref = refAt(sourceModel(), sourceRow);
        if (m_held.contains(ref) || m_hidden.contains(ref))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void RecentMessagesFilter::holdInserted(int first, int last)
{
    if (!m_holding)
        return;
    for (int row = first; row <= last; ++row)
        m_held.append(refAt(sourceModel(), row));
    Q_EMIT heldCountChanged(m_held.size());
}
