#pragma once

#include "accountinfo.h"
#include "badgeiconengine.h"
#include "mailengine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

// The tray icon: the bell in the state that matters (error/offline, unread, idle) with the
// unread count as a badge, a tooltip with per-account unread counts and connection state, and
// the menu (newest messages, Check now, Mark all as read, Pause notifications, Settings, Quit).
// It only reports what the user asked for; the app acts on the signals.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    static constexpr int menuMessageCount = 5;

    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable();
    // For the notification fallback (showMessage) and for tests.
    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }
    QMenu *menu() const { return m_menu.get(); }
    // The menu's actions that act on the whole app (Check now, Mark all as read, Pause or
    // Resume, Settings, Quit, with separators): the same QAction objects, for a window that
    // stands in where there is no tray, so both always agree (enabled, paused, texts).
    QList<QAction *> appActions() const;
    void show();
    void hide();

    void setUnreadCount(int count);
    int unreadCount() const { return m_unread; }
    void setAccounts(const QList<AccountInfo> &accounts);
    // No account at all: the menu offers to add one first, says so instead of "No new mail",
    // and has nothing to check or mark; so does the tooltip.
    void setNoAccount(bool none);
    bool hasNoAccount() const { return m_noAccount; }
    void setAccountStatuses(const QList<ImapCore::AccountStatus> &statuses);
    // Replaces one account's status (the engine reports them one at a time).
    void updateAccountStatus(const ImapCore::AccountStatus &status);
    void setFolderStatuses(const QList<ImapCore::FolderStatus> &statuses);
    // Replaces one folder's counts.
    void updateFolderStatus(const ImapCore::FolderStatus &status);
    // "Check now" is running: the menu item says "Checking…" (disabled) and so does the tooltip.
    void setChecking(bool checking);
    bool isChecking() const { return m_checking; }
    // The last check's result in words, the tooltip's last line (empty: none).
    void setLastCheck(const QString &text);
    // An invalid until means "until resumed".
    void setPaused(bool paused, const QDateTime &until = {});
    bool isPaused() const { return m_paused; }
    // A RecentMessagesModel (or a proxy of one): its first rows fill the menu's message section.
    void setRecentModel(QAbstractItemModel *model);
    // What "now" is for the pause choices (tests pin it; default: the system clock).
    void setClock(std::function<QDateTime()> clock);

    BadgeIconEngine::State iconState() const;
    QString toolTip() const;

Q_SIGNALS:
    // A left click on the icon.
    void toggleRecentWindowRequested();
    // "Add an account…", shown while there is none.
    void addAccountRequested();
    // The menu's "Recent messages…" entry (useful where a left click opens the menu).
    void showRecentWindowRequested();
    void openMessageRequested(const ImapCore::MessageRef &message);
    void checkNowRequested();
    void markAllReadRequested();
    // Invalid until: until resumed.
    void pauseRequested(const QDateTime &until);
    void resumeRequested();
    void settingsRequested();
    void quitRequested();

private:
    void buildMenu();
    void rebuildMessageSection();
    void scheduleMessageSectionRebuild();
    void updateIcon();
    void updateToolTip();
    void updatePauseActions();
    void updateActionStates();

    std::unique_ptr<QMenu> m_menu; // before m_tray: the tray refers to it
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QPointer<QAbstractItemModel> m_model;
    QTimer *m_rebuildTimer;
    std::function<QDateTime()> m_clock;

    QList<QAction *> m_messageActions;
    QAction *m_messagesSeparator = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_noMessagesAction = nullptr;
    QAction *m_recentAction = nullptr;
    QAction *m_checkNowAction = nullptr;
    QAction *m_markAllReadAction = nullptr;
    QMenu *m_pauseMenu = nullptr;
    QAction *m_pauseMenuAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_appSeparator = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;

    int m_unread = 0;
    bool m_iconShown = false;
    BadgeIconEngine::State m_shownState = BadgeIconEngine::State::Idle;
    QString m_shownBadge;
    bool m_shownPaused = false;
    bool m_paused = false;
    bool m_noAccount = false;
    bool m_checking = false;
    QString m_lastCheck;
    QDateTime m_pausedUntil;
    QList<AccountInfo> m_accounts;
    QList<ImapCore::AccountStatus> m_statuses;
    QList<ImapCore::FolderStatus> m_folders;
};
