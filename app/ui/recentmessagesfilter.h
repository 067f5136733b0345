#pragma once

#include "mailengine.h"

#include <QList>
#include <QSortFilterProxyModel>

// What the recent-messages window shows of RecentMessagesModel: the rows matching the filter
// text, minus the messages the user just deleted (hidden until the undo period ends) and minus
// arrivals held back while the user points at the list (so that no row moves under the pointer).
class RecentMessagesFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecentMessagesFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // While holding, rows the source inserts stay out of view until releaseArrivals().
    void setHoldingArrivals(bool holding);
    bool isHoldingArrivals() const { return m_holding; }
    qsizetype heldCount() const { return m_held.size(); }
    // Shows the held rows (they appear where the source has them, newest on top).
    void releaseArrivals();

    void hideMessage(const ImapCore::MessageRef &message);
    void unhideMessage(const ImapCore::MessageRef &message);

Q_SIGNALS:
    // The number of held rows changed.
    void heldCountChanged(qsizetype count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void holdInserted(int first, int last);

    bool m_holding = false;
    QList<ImapCore::MessageRef> m_held;
    QList<ImapCore::MessageRef> m_hidden;
};
