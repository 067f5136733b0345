#pragma once

#include <QMessageBox>

// Asks before "Mark all as read" changes many messages on the server: it marks every unread
// message of the watched folders, most of which the user may never have seen listed. Not
// modal: the tray keeps working while it is open.
class MarkAllReadDialog : public QMessageBox
{
    Q_OBJECT
public:
    // Up to this many unread messages are marked at once, without asking.
    static constexpr int confirmAbove = 20;

    explicit MarkAllReadDialog(int unread, QWidget *parent = nullptr);

    static bool needsConfirmation(int unread) { return unread > confirmAbove; }
    // The count in the question (the badge's, which may change while the dialog is open).
    void setUnread(int unread);
    QAbstractButton *markButton() const { return m_markButton; }

Q_SIGNALS:
    // The user chose to mark them all (not emitted on Cancel, Escape or closing the window).
    void confirmed();

private:
    QAbstractButton *m_markButton = nullptr;
};
