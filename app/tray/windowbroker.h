#pragma once

#include "mailengine.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

struct AccountInfo;
struct OAuthProvider;
class MarkAllReadDialog;
class MessageSummaryWindow;
class OAuthSignInDialog;
class PasswordDialog;
class QMessageBox;
class QWidget;
class RecentMessagesWindow;
class SettingsDialog;

// The tray app's windows, one of a kind: the recent-messages window, the settings dialog, one
// summary window per message, one warning box per text (where no tray shows balloons), one
// password dialog and one OAuth sign-in dialog per account, and the "Mark all as read"
// confirmation. The first request for a window makes it with the factory the tray app gave
// (which wires it up); every later one brings that same window to the front instead of making a
// second. Owns them all: the ones still open go with the broker. Lives on the UI thread.
class WindowBroker
{
public:
    struct Factories
    {
        std::function<std::unique_ptr<RecentMessagesWindow>()> recentWindow;
        // A window that deletes itself when closed (Qt::WA_DeleteOnClose).
        std::function<MessageSummaryWindow *()> summaryWindow;
        std::function<std::unique_ptr<SettingsDialog>()> settingsDialog;
        std::function<PasswordDialog *(const QString &accountId)> passwordDialog;
        std::function<OAuthSignInDialog *(const QString &accountId, const OAuthProvider &provider)>
            signInDialog;
        std::function<MarkAllReadDialog *(int unread)> markAllReadDialog;
    };

    explicit WindowBroker(Factories factories);
    ~WindowBroker();
    WindowBroker(const WindowBroker &) = delete;
    WindowBroker &operator=(const WindowBroker &) = delete;

    // Shown, raised and given the focus.
    static void bringToFront(QWidget *window);

    // The recent-messages window, made at the first call.
    RecentMessagesWindow *recentWindow();
    // nullptr until recentWindow() made it.
    RecentMessagesWindow *existingRecentWindow() const { return m_recentWindow.get(); }

    // The window showing message, or nullptr.
    MessageSummaryWindow *summaryWindow(const ImapCore::MessageRef &message) const;
    // The summary windows open now.
    QList<MessageSummaryWindow *> summaryWindows() const;
    // summary in the window of its message (made when there is none), in front.
    MessageSummaryWindow *showSummary(const ImapCore::MessageSummary &summary,
                                      const AccountInfo &account);

    // Made at the first call; later, while hidden, reloaded from the files (they may have
    // changed since it was last open).
    SettingsDialog *settingsDialog();
    // nullptr until settingsDialog() made it.
    SettingsDialog *existingSettingsDialog() const { return m_settingsDialog.get(); }
    // settingsDialog(), in front.
    SettingsDialog *showSettings();

    // A warning box with title and plain text and an OK button, in front; the box already
    // showing the same text when there is one. It closes (and goes) with OK or with the broker.
    QMessageBox *showNotice(const QString &title, const QString &text);

    // The account's password dialog with reason, in front: made at its first request, the same
    // one later. Closed, it hides and is kept for the account's next request.
    PasswordDialog *showPasswordDialog(const QString &accountId, const QString &reason,
                                       bool rememberAvailable);
    // nullptr until showPasswordDialog() made it.
    PasswordDialog *passwordDialog(const QString &accountId) const;
    // The account's OAuth sign-in dialog with reason, in front: made with provider at the
    // account's first request (or after it closed, which deletes it), the same one while open.
    OAuthSignInDialog *showSignInDialog(const QString &accountId, const OAuthProvider &provider,
                                        const QString &reason);
    // nullptr when the account has none open.
    OAuthSignInDialog *signInDialog(const QString &accountId) const;
    // The "Mark all as read" confirmation with this count, in front: one at a time; closed, it
    // goes.
    MarkAllReadDialog *showMarkAllRead(int unread);
    // nullptr when none is open.
    MarkAllReadDialog *markAllReadDialog() const;

private:
    Factories m_factories;
    std::unique_ptr<RecentMessagesWindow> m_recentWindow;
    QList<QPointer<MessageSummaryWindow>> m_summaryWindows;
    std::unique_ptr<SettingsDialog> m_settingsDialog;
    QList<QPointer<QMessageBox>> m_notices;
    QHash<QString, QPointer<PasswordDialog>> m_passwordDialogs;
    QHash<QString, QPointer<OAuthSignInDialog>> m_signInDialogs;
    QPointer<MarkAllReadDialog> m_markAllReadDialog;
};
