#pragma once

#include "mailengine.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStackedWidget;
class QTimer;
class RecentMessageDelegate;
class RecentMessagesFilter;
class RecentMessagesModel;

// The recent-messages window: the list with a filter box. Keyboard: Ctrl+F focuses the filter,
// Down moves from the filter into the list, Enter (or a double-click) opens a message (Enter in
// the filter: the top match), Delete asks to delete it, Esc clears a non-empty filter first and
// otherwise hides the window. Every action leaves as a signal; the window never changes a
// message itself.
//
// The list never moves under the pointer: while the pointer is over the list, arrivals are held
// back (a note at the top counts them) and shown when it leaves; when the list is scrolled away
// from the top, rows appearing or going above the view are offset by scrolling, so that what the
// user reads stays put. Only at the very top, not pointed at, new mail pushes the list down.
class RecentMessagesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RecentMessagesWindow(RecentMessagesModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    RecentMessageDelegate *delegate() const { return m_delegate; }
    // The message under the cursor; accountId empty when none.
    ImapCore::MessageRef currentMessage() const;
    // Shows, raises and activates, or hides when already the active window.
    void toggle();
    void showAndActivate();
    // The context menu for a row (Open, Mark read/unread, Flag/Unflag, Delete); the caller owns it.
    QMenu *createContextMenu(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    void openMessageRequested(const ImapCore::MessageRef &message);
    void markReadRequested(const ImapCore::MessageRef &message);
    void markUnreadRequested(const ImapCore::MessageRef &message);
    void flagRequested(const ImapCore::MessageRef &message, bool flagged);
    void deleteRequested(const ImapCore::MessageRef &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void openCurrent();
    void updateEmptyState();
    void setPointerOverList(bool over);
    void updateArrivalsNote();
    // Keeping the rows in place across a change of the rows above them (rows first..last are
    // about to go; -1 when rows arrive).
    void rememberAnchor(int firstRemoved, int lastRemoved);
    void restoreAnchor();

    RecentMessagesModel *m_model;
    RecentMessagesFilter *m_proxy;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QListView *m_view;
    QLabel *m_emptyLabel;
    RecentMessageDelegate *m_delegate;
    QTimer *m_refreshTimer; // repaints the relative times while shown
    QLabel *m_arrivalsNote; // over the list's top: arrivals held back while pointed at
    bool m_pointerOverList = false;
    bool m_filtering = false; // the user changes the filter text: no anchoring
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
};
