#include "trayapplication.h"

#include "accountcontroller.h"
#include "certificatenotice.h"
#include "credentialstore.h"
#include "demo/dovecotfixture.h"
#include "manualcheck.h"
#include "notify/arrivalpacer.h"
#include "notify/notificationcenter.h"
#include "notify/notifier.h"
#include "notify/notifierfactory.h"
#include "oauthsignindialog.h"
#include "oauthtokenmanager.h"
#include "passworddialog.h"
#include "settings/accountsfile.h"
#include "settings/settingsfilewatcher.h"
#include "settings/settingsstore.h"
#include "settingsdialog/accounteditordialog.h"
#include "settingsdialog/accountspage.h"
#include "settingsdialog/settingsdialog.h"
#include "statefolder.h"
#include "systemevents.h"
#include "ui/accountstatuswords.h"
#include "ui/mailclientlauncher.h"
#include "ui/markallreaddialog.h"
#include "ui/messagesummarywindow.h"
#include "ui/recentmessagesmodel.h"
#include "ui/recentmessagesstore.h"
#include "ui/recentmessageswindow.h"
#include "ui/systemtraymonitor.h"
#include "ui/trayicon.h"
#include "windowbroker.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using ImapCore::AccountSpec;
using ImapCore::AccountStatus;
using ImapCore::FolderRef;
using ImapCore::FolderStatus;
using ImapCore::MailEngine;
using ImapCore::MessageFlags;
using ImapCore::MessageRef;
using ImapCore::MessageSummary;

TrayApplication::Paths TrayApplication::Paths::defaults()
{
    // The tray keeps its own record of what it announced: `mailbell watch` may run beside it.
    return {AccountsFile::defaultPath(), mailbellStateFolder() + u"/tray-seen.json"_s,
            mailbellStateFolder() + u"/recent.json"_s};
}

TrayApplication::TrayApplication(Paths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_engine(std::make_unique<MailEngine>())
    , m_credentials(std::make_unique<CredentialStore>())
    , m_accounts(std::make_unique<AccountController>(m_engine.get(), m_credentials.get()))
    , m_systemEvents(std::make_unique<SystemEvents>())
    , m_tray(std::make_unique<TrayIcon>())
    , m_trayMonitor(std::make_unique<SystemTrayMonitor>())
    , m_manualCheck(std::make_unique<ManualCheck>())
    , m_recent(std::make_unique<RecentMessagesModel>())
    , m_recentStore(std::make_unique<RecentMessagesStore>(m_recent.get(), m_paths.recentMessages))
    , m_settingsFile(std::make_unique<SettingsFileWatcher>())
{
    m_hasSystemTray = m_trayMonitor->isAvailable();
    connect(m_trayMonitor.get(), &SystemTrayMonitor::availabilityChanged, this,
            &TrayApplication::onTrayAvailabilityChanged);
    m_notifier = NotifierFactory::create(m_tray->systemTrayIcon(), this);
    m_notifications = std::make_unique<NotificationCenter>(m_notifier);
    m_announcePacer = std::make_unique<ArrivalPacer>(
        [center = m_notifications.get()](const QList<MessageSummary> &slice) {
            center->messagesArrived(slice);
        });
    m_certificateNotice =
        std::make_unique<CertificateNotice>(m_notifier, [this](const QString &accountId) {
            CertificateNotice::Account account;
            account.displayName = accountInfo(accountId).displayName;
            for (const AccountSpec &spec : m_accounts->accountSpecs()) {
                if (spec.id == accountId) {
                    account.trustedSha256 = spec.connection.pinnedSha256;
                    account.host = spec.connection.host;
                }
            }
            return account;
        });
    m_windows = std::make_unique<WindowBroker>(WindowBroker::Factories {
        [this] { return makeRecentWindow(); },
        [this] { return makeSummaryWindow(); },
        [this] { return makeSettingsDialog(); },
        [this](const QString &accountId) { return makePasswordDialog(accountId); },
        [this](const QString &accountId, const OAuthProvider &provider) {
            return makeSignInDialog(accountId, provider);
        },
        [this](int unread) { return makeMarkAllReadDialog(unread); },
    });

    m_recentStore->load();
    m_tray->setRecentModel(m_recent.get());

    connectEngine();
    connectTray();
    connectNotifications();
    connect(m_accounts.get(), &AccountController::accountsChanged, this,
            &TrayApplication::refreshAccounts);
    connect(m_accounts.get(), &AccountController::passwordNeeded, this,
            &TrayApplication::askPassword);
    connect(m_accounts.get(), &AccountController::signInNeeded, this, &TrayApplication::askSignIn);
    connect(m_accounts.get(), &AccountController::passwordProblem, this,
            [this](const QString &accountId, const QString &message) {
                showMessageToUser(tr("Password for %1").arg(accountInfo(accountId).displayName),
                                  message);
            });
    connect(m_systemEvents.get(), &SystemEvents::networkChanged, m_engine.get(),
            &MailEngine::networkChanged);
    connect(m_systemEvents.get(), &SystemEvents::resumed, m_engine.get(), &MailEngine::resumed);
    connect(m_settingsFile.get(), &SettingsFileWatcher::changed, this,
            &TrayApplication::loadSettings);
}

TrayApplication::~TrayApplication() = default;

void TrayApplication::connectEngine()
{
    MailEngine *engine = m_engine.get();
    connect(engine, &MailEngine::messagesArrived, this, &TrayApplication::onMessagesArrived);
    connect(engine, &MailEngine::accountStatusChanged, m_manualCheck.get(),
            &ManualCheck::accountStatusChanged);
    // Unread mail that was there before: listed, never announced.
    connect(engine, &MailEngine::unseenBacklog, m_recent.get(), &RecentMessagesModel::addBacklog);
    connect(engine, &MailEngine::flagsChanged, this, &TrayApplication::onFlagsChanged);
    connect(engine, &MailEngine::messageExpunged, this,
            [this](const MessageRef &message, quint32) { onMessageExpunged(message); });
    connect(engine, &MailEngine::folderStatusChanged, this, &TrayApplication::onFolderStatus);
    connect(engine, &MailEngine::accountStatusChanged, m_tray.get(),
            &TrayIcon::updateAccountStatus);
    connect(engine, &MailEngine::accountStatusChanged, m_certificateNotice.get(),
            &CertificateNotice::accountStatusChanged);
    connect(engine, &MailEngine::commandFailed, this, &TrayApplication::onCommandFailed);
    // Where a delete goes, known before the user deletes: the recent window offers Undo there,
    // and asks first where deleting is permanent. Asked on every connect (answered from the
    // engine's memory after the first), so an edited account is asked again.
    connect(engine, &MailEngine::accountStatusChanged, this, [this](const AccountStatus &status) {
        if (status.state == AccountStatus::State::Online)
            m_engine->findTrash(status.accountId);
    });
    connect(engine, &MailEngine::trashFolderFound, this,
            [this](const QString &accountId, const QString &trashFolder) {
                m_trashFolders.insert(accountId, trashFolder);
                if (RecentMessagesWindow *window = m_windows->existingRecentWindow())
                    window->setTrashFolder(accountId, trashFolder);
            });
    connect(engine, &MailEngine::summaryFetched, this, [this](const MessageSummary &summary) {
        const MessageRef ref = refOf(summary);
        if (m_summariesWanted.removeAll(ref) > 0)
            showSummary(summary);
    });
}

void TrayApplication::connectTray()
{
    TrayIcon *tray = m_tray.get();
    connect(tray, &TrayIcon::toggleRecentWindowRequested, this,
            [this] { recentWindow()->toggle(); });
    connect(tray, &TrayIcon::showRecentWindowRequested, this,
            [this] { recentWindow()->showAndActivate(); });
    connect(tray, &TrayIcon::openMessageRequested, this, &TrayApplication::openMessage);
    connect(tray, &TrayIcon::checkNowRequested, this, &TrayApplication::checkNow);
    connect(m_manualCheck.get(), &ManualCheck::runningChanged, tray, &TrayIcon::setChecking);
    connect(m_manualCheck.get(), &ManualCheck::finished, this,
            [this](const ManualCheck::Result &result) {
                reportCheck(result.text, result.newMessages > 0);
            });
    connect(tray, &TrayIcon::markAllReadRequested, this, &TrayApplication::markAllRead);
    connect(tray, &TrayIcon::addAccountRequested, this, &TrayApplication::welcome);
    // An invalid time means "until resumed" on both sides.
    connect(tray, &TrayIcon::pauseRequested, m_notifications->policy(), &NotificationPolicy::pause);
    connect(tray, &TrayIcon::resumeRequested, this,
            [this] { m_notifications->policy()->resume(); });
    connect(tray, &TrayIcon::settingsRequested, this, [this] { openSettings(false); });
    connect(tray, &TrayIcon::quitRequested, this, &TrayApplication::quit);
}

void TrayApplication::connectNotifications()
{
    NotificationCenter *center = m_notifications.get();
    connect(center->policy(), &NotificationPolicy::pauseChanged, m_tray.get(),
            &TrayIcon::setPaused);
    connect(center, &NotificationCenter::openMessageRequested, this, &TrayApplication::openMessage);
    connect(center, &NotificationCenter::markReadRequested, m_engine.get(), &MailEngine::markSeen);
    connect(center, &NotificationCenter::deleteRequested, m_engine.get(),
            &MailEngine::deleteMessage);
    connect(center, &NotificationCenter::showRecentRequested, this,
            [this] { recentWindow()->showAndActivate(); });
}

RecentMessagesWindow *TrayApplication::recentWindow()
{
    return m_windows->recentWindow();
}

std::unique_ptr<RecentMessagesWindow> TrayApplication::makeRecentWindow()
{
    auto made = std::make_unique<RecentMessagesWindow>(m_recent.get());
    RecentMessagesWindow *window = made.get();
    window->setAppActions(m_tray->appActions());
    window->setTrayMissing(!m_hasSystemTray);
    window->setNoAccount(!m_accounts->hasAccounts());
    connect(window, &RecentMessagesWindow::addAccountRequested, this, &TrayApplication::welcome);
    // Without a tray, closing the window quits (see eventFilter).
    window->installEventFilter(this);
    connect(window, &RecentMessagesWindow::openMessageRequested, this,
            &TrayApplication::openMessage);
    connect(window, &RecentMessagesWindow::markReadRequested, m_engine.get(),
            &MailEngine::markSeen);
    connect(window, &RecentMessagesWindow::markUnreadRequested, m_engine.get(),
            &MailEngine::markUnseen);
    connect(window, &RecentMessagesWindow::flagRequested, m_engine.get(), &MailEngine::setFlagged);
    connect(window, &RecentMessagesWindow::deleteRequested, m_engine.get(),
            &MailEngine::deleteMessage);
    for (auto it = m_trashFolders.cbegin(); it != m_trashFolders.cend(); ++it)
        window->setTrashFolder(it.key(), it.value());
    return made;
}

void TrayApplication::setSettingsFile(const QString &path)
{
    m_settingsFile->setPath(path);
}

void TrayApplication::loadSettings()
{
    if (m_settingsFile->path().isEmpty())
        return;
    const SettingsFile::Result result = m_settingsFile->read();
    m_notifications->setSettings(result.notifications);
    for (const QString &warning : result.warnings)
        qWarning("mailbell: %s", qPrintable(warning));
    if (!result.errors.isEmpty())
        showMessageToUser(tr("Problems in the settings file"), result.errors.join(u'\n'));
}

void TrayApplication::addInMemoryAccount(const ImapCore::AccountSpec &spec, const QString &password,
                                         const UnsavedAccount &listed)
{
    m_accounts->addInMemoryAccount(spec, password);
    m_unsavedAccounts.append(listed);
    if (SettingsDialog *dialog = m_windows->existingSettingsDialog())
        dialog->accountsPage()->setUnsavedAccounts(m_unsavedAccounts);
}

void TrayApplication::start()
{
    loadSettings();
    // No accounts file yet (first run), or not watched yet (the demo): no file accounts, no error.
    if (m_paths.watchAccountsFileAtStart && !m_paths.accountsFile.isEmpty()
        && QFile::exists(m_paths.accountsFile))
        m_accounts->loadAccountsFile(m_paths.accountsFile);
    if (!m_accounts->loadErrors().isEmpty()) {
        showMessageToUser(tr("Problems in the accounts file"),
                          m_accounts->loadErrors().join(u'\n'));
    }
    // Shown even without a tray: a tray that starts after us embeds it then.
    m_tray->show();
    if (!m_hasSystemTray) {
        // No tray (yet): the recent-messages window stands in, and closing it quits unless a
        // tray has appeared meanwhile.
        recentWindow()->showAndActivate();
    }
    refreshAccounts();
    if (m_accounts->hasAccounts())
        startWatching();
    else
        welcome();
    Q_EMIT started();
}

bool TrayApplication::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == m_windows->existingRecentWindow()
        && !m_hasSystemTray)
        QTimer::singleShot(0, this, &TrayApplication::quit);
    return QObject::eventFilter(watched, event);
}

void TrayApplication::onTrayAvailabilityChanged(bool available)
{
    m_hasSystemTray = available;
    if (available) {
        // A tray that starts after us embeds the icon by itself; the window stays as it is,
        // now an ordinary one.
        if (RecentMessagesWindow *window = m_windows->existingRecentWindow())
            window->setTrayMissing(false);
        return;
    }
    // The tray went away: without the window nothing of Mailbell would be left on screen.
    RecentMessagesWindow *window = recentWindow();
    window->setTrayMissing(true);
    window->showAndActivate();
}

void TrayApplication::startWatching()
{
    m_watching = true;
    m_accounts->start(m_paths.seenStore);
}

void TrayApplication::refreshAccounts()
{
    const QList<AccountInfo> infos = m_accounts->accountInfos();
    m_tray->setAccounts(infos);
    m_tray->setNoAccount(!m_accounts->hasAccounts());
    if (RecentMessagesWindow *window = m_windows->existingRecentWindow())
        window->setNoAccount(!m_accounts->hasAccounts());
    m_manualCheck->setAccounts(infos);
    m_recent->setAccounts(infos);
    m_notifications->setAccounts(infos);
}

void TrayApplication::activate(const QStringList &arguments)
{
    perform(LaunchOptions::requestOf(arguments));
}

void TrayApplication::perform(const LaunchOptions::Request &request)
{
    if (request.openSettings)
        openSettings(false);
    if (request.checkNow)
        checkNow();
    if (!request.isPlain())
        return;
    if (!m_accounts->hasAccounts())
        welcome();
    else
        recentWindow()->showAndActivate();
}

void TrayApplication::checkNow()
{
    if (!m_accounts->hasAccounts()) {
        welcome(); // nothing to check: the way to add an account instead
        return;
    }
    m_engine->checkNow();
    m_manualCheck->start();
}

void TrayApplication::welcome()
{
    SettingsDialog *dialog = m_windows->settingsDialog();
    AccountsPage *page = dialog->accountsPage();
    if (AccountEditorDialog *open = page->editor(); open && open->isVisible()) { // on screen
        open->raise();
        open->activateWindow();
        return;
    }
    page->addAccount();
    AccountEditorDialog *editor = page->editor();
    if (!editor)
        return;
    // The welcome is the editor alone: the settings dialog behind it would only be a second
    // thing to confirm. Adding the account saves it at once.
    editor->setFirstStart(!DovecotFixture::toolPath(u"dovecot"_s).isEmpty());
    connect(editor, &AccountEditorDialog::demoRequested, this, &TrayApplication::startDemo);
    connect(editor, &QDialog::accepted, dialog, [dialog] {
        if (!dialog->apply()) { // it says why; the account is still there to save
            dialog->show();
            dialog->raise();
        }
    });
}

void TrayApplication::startDemo()
{
    // The demo is its own process (its own server and state); this instance makes way for it.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"demo"_s})) {
        showMessageToUser(tr("The demo did not start"),
                          tr("Run \"mailbell demo\" in a terminal to see why."));
        return;
    }
    quit();
}

SettingsDialog *TrayApplication::settingsDialog() const
{
    return m_windows->existingSettingsDialog();
}

std::unique_ptr<SettingsDialog> TrayApplication::makeSettingsDialog()
{
    // Without a settings file of its own (the demo) the dialog uses the user's default.
    const QString settingsPath = m_settingsFile->path();
    m_store = std::make_unique<SettingsStore>(
        m_paths.accountsFile,
        settingsPath.isEmpty() ? SettingsStore::defaultSettingsPath() : settingsPath);
    auto made =
        std::make_unique<SettingsDialog>(m_store.get(), m_credentials.get(), m_engine.get());
    SettingsDialog *dialog = made.get();
    dialog->accountsPage()->setUnsavedAccounts(m_unsavedAccounts);
    connect(dialog, &SettingsDialog::accountsSaved, this, &TrayApplication::onAccountsSaved);
    // Already on its way to the keyring: this run uses it at once.
    connect(dialog, &SettingsDialog::passwordEntered, this,
            [this](const QString &accountId, const QString &password) {
                m_accounts->providePassword(accountId, password, false);
            });
    connect(dialog, &SettingsDialog::oauthSignedIn, m_accounts.get(),
            &AccountController::provideSignIn);
    connect(dialog, &SettingsDialog::keyringProblem, this,
            [this, dialog](const QString &, const QString &message) {
                if (!dialog->isVisible())
                    showMessageToUser(tr("Password not saved"), message);
            });
    connect(dialog, &SettingsDialog::settingsSaved, this, &TrayApplication::loadSettings);
    return made;
}

void TrayApplication::openSettings(bool addAccount)
{
    SettingsDialog *dialog = m_windows->showSettings();
    if (addAccount) {
        dialog->showPage(SettingsDialog::Page::Accounts);
        dialog->accountsPage()->addAccount();
    }
}

void TrayApplication::onAccountsSaved()
{
    m_accounts->loadAccountsFile(m_paths.accountsFile);
    for (const QString &warning : m_accounts->loadWarnings())
        qWarning("mailbell: %s", qPrintable(warning));
    if (!m_watching && m_accounts->hasAccounts())
        startWatching();
    else
        m_accounts->apply();
}

void TrayApplication::askPassword(const QString &accountId, const QString &reason)
{
    m_windows->showPasswordDialog(accountId, reason, m_accounts->canRememberPassword(accountId));
}

PasswordDialog *TrayApplication::makePasswordDialog(const QString &accountId)
{
    auto *dialog = new PasswordDialog(accountId, accountInfo(accountId).displayName);
    dialog->setAccountsFile(m_paths.accountsFile);
    connect(dialog, &PasswordDialog::passwordEntered, m_accounts.get(),
            &AccountController::providePassword);
    // "Use a password command": that account's editor, in the settings dialog.
    connect(dialog, &PasswordDialog::settingsRequested, this, [this](const QString &id) {
        openSettings(false);
        settingsDialog()->accountsPage()->editAccount(id);
    });
    return dialog;
}

void TrayApplication::askSignIn(const QString &accountId, const QString &reason)
{
    const auto provider = m_accounts->oauthTokens()->provider(accountId);
    if (!provider) {
        showMessageToUser(tr("Sign in to %1").arg(accountInfo(accountId).displayName), reason);
        return;
    }
    m_windows->showSignInDialog(accountId, *provider, reason);
}

OAuthSignInDialog *TrayApplication::makeSignInDialog(const QString &accountId,
                                                     const OAuthProvider &provider)
{
    const AccountInfo info = accountInfo(accountId);
    auto *dialog = new OAuthSignInDialog(accountId, info.displayName, provider, info.user);
    connect(dialog, &OAuthSignInDialog::signedIn, m_accounts.get(),
            &AccountController::provideSignIn);
    return dialog;
}

void TrayApplication::onMessagesArrived(const QList<MessageSummary> &messages)
{
    // The list takes the whole batch at once (it keeps only the newest few hundred); the
    // notifications, whose cost grows with the batch, take it a slice per event-loop turn.
    m_recent->addMessages(messages);
    m_announcePacer->add(messages);
    m_manualCheck->messagesArrived(int(messages.size()));
}

void TrayApplication::onFlagsChanged(const MessageRef &message, const MessageFlags &flags)
{
    m_recent->applyFlags(message, flags);
    m_announcePacer->flush(); // a message's arrival is announced before news about it
    m_notifications->flagsChanged(message, flags);
    for (MessageSummaryWindow *window : m_windows->summaryWindows())
        window->applyFlags(message, flags);
}

void TrayApplication::onMessageExpunged(const MessageRef &message)
{
    m_recent->removeMessage(message);
    m_announcePacer->flush();
    m_notifications->messageExpunged(message);
    for (MessageSummaryWindow *window : m_windows->summaryWindows())
        window->markExpunged(message);
}

void TrayApplication::onFolderStatus(const FolderStatus &status)
{
    m_tray->updateFolderStatus(status);
    m_unseen.insert(FolderRef {status.accountId, status.folder}, status.unseen);
    m_tray->setUnreadCount(unreadCount());
}

int TrayApplication::unreadCount() const
{
    quint64 total = 0;
    for (const quint32 unseen : std::as_const(m_unseen))
        total += unseen;
    return int(qMin<quint64>(total, INT_MAX));
}

void TrayApplication::onCommandFailed(const MessageRef &message, const ImapCore::ImapError &error)
{
    // A refused delete: the row the window hid shows again.
    if (RecentMessagesWindow *window = m_windows->existingRecentWindow())
        window->restoreMessage(message);
    const std::optional<MessageSummary> summary = m_recent->summary(message);
    const QString subject = summary ? summary->subject : QString();
    showMessageToUser(tr("Could not change a message in %1").arg(message.folder),
                      subject.isEmpty() ? error.message
                                        : tr("\"%1\": %2").arg(subject, error.message));
}

void TrayApplication::openMessage(const MessageRef &message)
{
    if (const std::optional<MessageSummary> summary = m_recent->summary(message)) {
        showSummary(*summary);
        return;
    }
    // Not in the recent list (older, or the list was cleared): ask the server.
    if (!m_summariesWanted.contains(message))
        m_summariesWanted.append(message);
    m_engine->fetchSummary(message);
}

MessageSummaryWindow *TrayApplication::summaryWindow(const MessageRef &message) const
{
    return m_windows->summaryWindow(message);
}

void TrayApplication::showSummary(const MessageSummary &summary)
{
    m_windows->showSummary(summary, accountInfo(summary.accountId));
}

MessageSummaryWindow *TrayApplication::makeSummaryWindow()
{
    auto *window = new MessageSummaryWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MessageSummaryWindow::markReadRequested, m_engine.get(),
            &MailEngine::markSeen);
    connect(window, &MessageSummaryWindow::markUnreadRequested, m_engine.get(),
            &MailEngine::markUnseen);
    connect(window, &MessageSummaryWindow::flagRequested, m_engine.get(), &MailEngine::setFlagged);
    connect(window, &MessageSummaryWindow::deleteRequested, m_engine.get(),
            &MailEngine::deleteMessage);
    connect(window, &MessageSummaryWindow::openInMailClientRequested, this,
            [this](const MessageSummary &message, const AccountInfo &account) {
                QString error;
                if (!MailClientLauncher::open(account, message, &error) && !error.isEmpty())
                    showMessageToUser(tr("Could not open the mail client"), error);
            });
    return window;
}

void TrayApplication::markAllRead()
{
    // The badge counts the servers' unseen messages, so "all" is theirs, not only the list's:
    // afterwards the badge, the list and the servers agree on zero.
    const int unread = unreadCount();
    if (!MarkAllReadDialog::needsConfirmation(unread)) {
        m_engine->markAllSeen();
        return;
    }
    m_windows->showMarkAllRead(unread);
}

MarkAllReadDialog *TrayApplication::makeMarkAllReadDialog(int unread)
{
    auto *dialog = new MarkAllReadDialog(unread);
    connect(dialog, &MarkAllReadDialog::confirmed, m_engine.get(), &MailEngine::markAllSeen);
    return dialog;
}

MarkAllReadDialog *TrayApplication::markAllReadDialog() const
{
    return m_windows->markAllReadDialog();
}

void TrayApplication::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_recentStore->save();
    m_tray->hide();
    connect(m_engine.get(), &MailEngine::stopped, qApp, &QCoreApplication::quit);
    QTimer::singleShot(quitTimeoutMs, qApp, &QCoreApplication::quit);
    m_engine->stop();
}

void TrayApplication::reportCheck(const QString &text, bool foundNew)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_tray->setLastCheck(tr("Checked at %1: %2").arg(time, text));
    if (foundNew || m_notifications->policy()->isPaused())
        return;
    Notification notification;
    const qsizetype lineEnd = text.indexOf(u'\n');
    notification.summary = lineEnd < 0 ? text : text.left(lineEnd);
    notification.body = lineEnd < 0 ? QString() : text.mid(lineEnd + 1);
    notification.silent = true;
    notification.urgency = Notification::Urgency::Low;
    m_checkNotification = m_notifier->show(notification, m_checkNotification);
}

void TrayApplication::showMessageToUser(const QString &title, const QString &text)
{
    if (TrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray->systemTrayIcon()->showMessage(title, text, QSystemTrayIcon::Warning);
        return;
    }
    m_windows->showNotice(title, text);
}

AccountInfo TrayApplication::accountInfo(const QString &accountId) const
{
    for (const AccountInfo &info : m_accounts->accountInfos()) {
        if (info.id == accountId)
            return info;
    }
    AccountInfo unknown;
    unknown.id = accountId;
    unknown.displayName = accountId;
    return unknown;
}
