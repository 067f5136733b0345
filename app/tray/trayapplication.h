#pragma once

#include "accountinfo.h"
#include "launchoptions.h"
#include "mailengine.h"
#include "settingsdialog/unsavedaccount.h"

#include <QHash>
#include <QObject>

#include <memory>

class AccountController;
class CertificateNotice;
class CredentialStore;
class ManualCheck;
class MarkAllReadDialog;
class MessageSummaryWindow;
class ArrivalPacer;
class NotificationCenter;
class Notifier;
class OAuthSignInDialog;
struct OAuthProvider;
class PasswordDialog;
class RecentMessagesModel;
class RecentMessagesStore;
class RecentMessagesWindow;
class SettingsDialog;
class SettingsFileWatcher;
class SettingsStore;
class SystemEvents;
class SystemTrayMonitor;
class TrayIcon;
class WindowBroker;

// The running tray app: owns the engine and every piece of UI and connects them. Engine events
// go to the recent list, the badge and tooltip, the notifications and any open summary window;
// the user's clicks (tray menu, notification actions, list, summary window) go back to the engine
// as queued commands. Knows nothing about IMAP or D-Bus details itself, and keeps to wiring:
// the recent list's file is RecentMessagesStore's, the settings file's changes
// SettingsFileWatcher's, the windows WindowBroker's, a changed certificate CertificateNotice's.
class TrayApplication : public QObject
{
    Q_OBJECT

public:
    struct Paths
    {
        QString accountsFile; // AccountsFile::defaultPath(); empty: in-memory accounts only
        QString seenStore; // $XDG_STATE_HOME/mailbell/tray-seen.json
        QString recentMessages; // $XDG_STATE_HOME/mailbell/recent.json
        // false (the demo): the accounts of the file are watched only once Settings saved it;
        // Settings still reads and writes that file.
        bool watchAccountsFileAtStart = true;
        static Paths defaults();
    };

    explicit TrayApplication(Paths paths, QObject *parent = nullptr);
    ~TrayApplication() override;

    // The settings file (SettingsFile: notifications); read at start() and again whenever it
    // changes on disk. Without one the defaults apply.
    void setSettingsFile(const QString &path);

    // An account that is not in the accounts file (the demo's), with its password in memory;
    // Settings lists it as listed says, and never saves it.
    void addInMemoryAccount(const ImapCore::AccountSpec &spec, const QString &password,
                            const UnsavedAccount &listed);
    // Loads the accounts, shows the tray icon (or the window when there is no tray) and starts
    // watching; with no account at all it opens the account setup first.
    void start();
    // Another launch of mailbell was started: does what its arguments ask (LaunchOptions), or
    // shows ourselves when they ask nothing.
    void activate(const QStringList &arguments);
    // Checks now and / or opens the settings; a plain request shows the window (or the welcome
    // when there is no account yet).
    void perform(const LaunchOptions::Request &request);
    // Logs out everywhere (bounded) and then quits the application.
    void quit();

    // For tests and the desktop smoke test.
    TrayIcon *trayIcon() const { return m_tray.get(); }
    ManualCheck *manualCheck() const { return m_manualCheck.get(); }
    RecentMessagesModel *recentModel() const { return m_recent.get(); }
    RecentMessagesStore *recentStore() const { return m_recentStore.get(); }
    RecentMessagesWindow *recentWindow();
    NotificationCenter *notifications() const { return m_notifications.get(); }
    ImapCore::MailEngine *engine() const { return m_engine.get(); }
    MessageSummaryWindow *summaryWindow(const ImapCore::MessageRef &message) const;
    bool hasSystemTray() const { return m_hasSystemTray; }
    // Watches for a tray that comes or goes (tests replace its probe).
    SystemTrayMonitor *trayMonitor() const { return m_trayMonitor.get(); }
    // The settings dialog, once opened (tests).
    SettingsDialog *settingsDialog() const;
    // The "Mark all as read" confirmation while it is open (tests).
    MarkAllReadDialog *markAllReadDialog() const;
    // What the badge shows: the servers' unseen counts of the watched folders, summed.
    int unreadCount() const;

    static constexpr int quitTimeoutMs = 3'000;

Q_SIGNALS:
    void started();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectEngine();
    void connectTray();
    void connectNotifications();
    void startWatching();
    // The tray menu's "Check now" (also --check-now); with no account, the welcome instead.
    void checkNow();
    // A tray appeared or went away: the recent window stands in for it, or stops doing so.
    void onTrayAvailabilityChanged(bool available);
    // The settings dialog; addAccount: straight into a new account.
    void openSettings(bool addAccount);
    // The windows as WindowBroker first makes them, wired to the rest.
    std::unique_ptr<RecentMessagesWindow> makeRecentWindow();
    MessageSummaryWindow *makeSummaryWindow();
    std::unique_ptr<SettingsDialog> makeSettingsDialog();
    PasswordDialog *makePasswordDialog(const QString &accountId);
    OAuthSignInDialog *makeSignInDialog(const QString &accountId, const OAuthProvider &provider);
    MarkAllReadDialog *makeMarkAllReadDialog(int unread);
    // The first start: the account editor alone with a welcome (and the demo to try first).
    void welcome();
    // "Try the demo first": `mailbell demo` in its own process, then this instance quits.
    void startDemo();
    void onAccountsSaved();
    void askPassword(const QString &accountId, const QString &reason);
    // An OAuth account must sign in (again) in the browser.
    void askSignIn(const QString &accountId, const QString &reason);
    void openMessage(const ImapCore::MessageRef &message);
    void showSummary(const ImapCore::MessageSummary &summary);
    void onMessagesArrived(const QList<ImapCore::MessageSummary> &messages);
    void onFlagsChanged(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    void onMessageExpunged(const ImapCore::MessageRef &message);
    void onFolderStatus(const ImapCore::FolderStatus &status);
    void onCommandFailed(const ImapCore::MessageRef &message, const ImapCore::ImapError &error);
    // Every unread message of the watched folders, on the servers; asks first when there are
    // more than MarkAllReadDialog::confirmAbove.
    void markAllRead();
    void refreshAccounts();
    void loadSettings();
    void showMessageToUser(const QString &title, const QString &text);
    // What "Check now" found: in the tooltip, and (only when nothing new came, which announces
    // itself) in one quiet notification that replaces the previous check's.
    void reportCheck(const QString &text, bool foundNew);
    AccountInfo accountInfo(const QString &accountId) const;

    Paths m_paths;
    std::unique_ptr<ImapCore::MailEngine> m_engine;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountController> m_accounts;
    std::unique_ptr<SystemEvents> m_systemEvents;
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<SystemTrayMonitor> m_trayMonitor;
    std::unique_ptr<ManualCheck> m_manualCheck;
    std::unique_ptr<RecentMessagesModel> m_recent;
    std::unique_ptr<RecentMessagesStore> m_recentStore; // recent.json
    Notifier *m_notifier = nullptr; // child of this
    std::unique_ptr<NotificationCenter> m_notifications;
    // Feeds arrivals to m_notifications a slice per event-loop turn (declared after it: it goes
    // first on destruction and never calls into a deleted center).
    std::unique_ptr<ArrivalPacer> m_announcePacer;
    std::unique_ptr<CertificateNotice> m_certificateNotice;
    std::unique_ptr<SettingsFileWatcher> m_settingsFile;
    std::unique_ptr<SettingsStore> m_store; // made with the settings dialog
    // Every window and dialog (declared after the model, the store and the account controller
    // they show and talk to: it goes first on destruction).
    std::unique_ptr<WindowBroker> m_windows;
    QList<UnsavedAccount> m_unsavedAccounts; // the in-memory ones, for Settings
    QList<ImapCore::MessageRef> m_summariesWanted; // fetchSummary sent, window to open
    QHash<ImapCore::FolderRef, quint32> m_unseen;
    quint32 m_checkNotification = 0; // the last check's notification, replaced by the next
    QHash<QString, QString> m_trashFolders; // account -> its Trash as the engine found it; "": none
    bool m_hasSystemTray = false;
    bool m_quitting = false;
    bool m_watching = false; // the engine was started on the accounts
};
