#pragma once

#include "mailengine.h"

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

struct AccountInfo;
class MessageSummaryWindow;
class QMessageBox;
class QWidget;
class RecentMessagesWindow;
class SettingsDialog;

// The tray app's windows, one of a kind: the recent-messages window, the settings dialog, one
// summary window per message and one warning box per text (where no tray shows balloons). The first
// request for a window makes it with the factory the tray app gave (which wires it up); every later
// one brings that same window to the front instead of making a second. Owns them all: the ones
// still open go with the broker. Lives on the UI thread.
class WindowBroker
{
public:
    struct Factories
    {
        std::function<std::unique_ptr<RecentMessagesWindow>()> recentWindow;
        // A window that deletes itself when closed (Qt::WA_DeleteOnClose).
        std::function<MessageSummaryWindow *()> summaryWindow;
        std::function<std::unique_ptr<SettingsDialog>()> settingsDialog;
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

private:
    Factories m_factories;
    std::unique_ptr<RecentMessagesWindow> m_recentWindow;
    QList<QPointer<MessageSummaryWindow>> m_summaryWindows;
    std::unique_ptr<SettingsDialog> m_settingsDialog;
    QList<QPointer<QMessageBox>> m_notices;
};
