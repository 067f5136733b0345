#pragma once

#include "mailengine.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QMenuBar;
class QSortFilterProxyModel;
class QPushButton;
class QStackedWidget;
class QTimer;
class RecentMessageDelegate;
class RecentMessagesFilter;
class RecentMessagesModel;

// The recent-messages window: the list with a filter box. Keyboard: Ctrl+F focuses the filter,
// Down moves from the filter into the list, Enter (or a double-click) opens a message (Enter in
// the filter: the top match), Delete deletes it, Ctrl+Z undoes that, Esc clears a non-empty
// filter first and otherwise hides the window. Every action leaves as a signal; the window never
// changes a message itself.
//
// The list never moves under the pointer: while the pointer is over the list, arrivals are held
// back (a note at the top counts them) and shown when it leaves; when the list is scrolled away
// from the top, rows appearing or going above the view are offset by scrolling, so that what the
// user reads stays put. Only at the very top, not pointed at, new mail pushes the list down.
//
// Delete is safe: where the account has a Trash folder the row goes away at once, with an Undo
// bar, and deleteRequested is emitted only when the undo period ends (or the window hides, or
// another delete follows). Holding the command back rather than moving the message back on Undo
// means an undone delete never reached the server: no round trip that can fail half-way, and the
// message keeps its UID (a message moved back would come back as a new UID, i.e. new mail). Where
// deleting is permanent (no Trash, the message is in the Trash, or the Trash is not known yet) a
// dialog naming the message asks first, Cancel being the default.
//
// Where there is no system tray it stands in for it: the app's actions (the tray menu's own
// QActions) in its menu bar, a line on how to get a tray, and Esc no longer hides it.
class RecentMessagesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RecentMessagesWindow(RecentMessagesModel *model, QWidget *parent = nullptr);
    ~RecentMessagesWindow() override;

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

    // The app's actions (TrayIcon::appActions()) for the menu bar; their shortcuts work here.
    void setAppActions(const QList<QAction *> &actions);
    QMenuBar *menuBar() const { return m_menuBar; }
    // No tray: the window is the app's only face (title, hint line, Esc keeps it open).
    void setTrayMissing(bool missing);
    bool isTrayMissing() const { return m_trayMissing; }
    QLabel *trayHint() const { return m_trayHint; }
    // No account at all: the empty list says so and offers to add one.
    void setNoAccount(bool none);
    // The account's Trash folder as the engine found it; empty: the account has none. Until told,
    // deleting a message of that account counts as permanent (asks first).
    void setTrashFolder(const QString &accountId, const QString &trashFolder);
    // Deletes as the Delete key does: with Undo where there is a Trash, else after asking.
    void deleteMessage(const ImapCore::MessageRef &message);
    // The delete failed on the server: the hidden row shows again.
    void restoreMessage(const ImapCore::MessageRef &message);
    // How long Undo is offered (tests shorten it).
    static constexpr int defaultUndoPeriodMs = 6000;
    void setUndoPeriod(int milliseconds);
    // The message whose delete can still be undone; accountId empty when none.
    ImapCore::MessageRef pendingDelete() const { return m_pendingDelete; }
    void undoDelete();
    QWidget *undoBar() const;

Q_SIGNALS:
    void openMessageRequested(const ImapCore::MessageRef &message);
    void markReadRequested(const ImapCore::MessageRef &message);
    void markUnreadRequested(const ImapCore::MessageRef &message);
    void flagRequested(const ImapCore::MessageRef &message, bool flagged);
    // The message is to be deleted now (after the undo period, or confirmed as permanent).
    void deleteRequested(const ImapCore::MessageRef &message);
    // "Add an account…" on the empty list of an app without an account.
    void addAccountRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void openCurrent();
    void updateEmptyState();
    void updateTitle();
    void setPointerOverList(bool over);
    void updateArrivalsNote();
    // Keeping the rows in place across a change of the rows above them (rows first..last are
    // about to go; -1 when rows arrive).
    void rememberAnchor(int firstRemoved, int lastRemoved);
    void restoreAnchor();
    void commitPendingDelete();
    void askToDeletePermanently(const ImapCore::MessageRef &message);
    std::optional<QString> trashFolder(const QString &accountId) const;
    QString subjectOf(const ImapCore::MessageRef &message) const;

    RecentMessagesModel *m_model;
    RecentMessagesFilter *m_proxy;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QListView *m_view;
    QLabel *m_emptyLabel;
    QMenuBar *m_menuBar = nullptr;
    QLabel *m_trayHint;
    bool m_trayMissing = false;
    bool m_noAccount = false;
    QWidget *m_noAccountPage; // the empty list without an account: a line and a button
    RecentMessageDelegate *m_delegate;
    QTimer *m_refreshTimer; // repaints the relative times while shown
    QLabel *m_arrivalsNote; // over the list's top: arrivals held back while pointed at
    QFrame *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undoButton;
    QTimer *m_undoTimer;
    ImapCore::MessageRef m_pendingDelete;
    QHash<QString, QString> m_trashFolders; // by account; "" = none
    bool m_pointerOverList = false;
    bool m_filtering = false; // the user changes the filter text: no anchoring
    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
};
