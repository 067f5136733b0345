#include "trayicon.h"

#include "accountcolors.h"
#include "accountstatuswords.h"
#include "messagetext.h"
#include "pausechoices.h"
#include "recentmessagesmodel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFontMetrics>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>
#include <climits>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// Menu entries for messages stay short: the menu is a glance, the window has the rest.
constexpr int menuTextWidthChars = 48;

QIcon colourDot(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(4, 4, 8, 8));
    return QIcon(pixmap);
}

} // namespace

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
    , m_rebuildTimer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_menu->setTitle(u"Mailbell"_s);
    buildMenu();
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    Q_EMIT toggleRecentWindowRequested();
            });
    // Bursts of model changes rebuild the message entries once.
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TrayIcon::rebuildMessageSection);
    updateIcon();
    updateToolTip();
}

TrayIcon::~TrayIcon()
{
    // The tray icon goes first: it holds a pointer to the menu.
    m_tray.reset();
}

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::hide()
{
    m_tray->hide();
}

void TrayIcon::buildMenu()
{
    QMenu *menu = m_menu.get();
    // In the menu, first, only while there is no account: the one thing to do.
    m_addAccountAction = menu->addAction(tr("&Add an account…"));
    m_addAccountAction->setVisible(false);
    connect(m_addAccountAction, &QAction::triggered, this, &TrayIcon::addAccountRequested);
    m_noMessagesAction = menu->addAction(tr("No new mail"));
    m_noMessagesAction->setEnabled(false);
    m_recentAction = menu->addAction(tr("&Recent messages…"));
    connect(m_recentAction, &QAction::triggered, this, &TrayIcon::showRecentWindowRequested);
    m_messagesSeparator = menu->addSeparator();

    // The shortcuts work where a window shows these actions (the stand-in for a missing tray).
    m_checkNowAction = menu->addAction(tr("&Check now"));
    m_checkNowAction->setShortcut(QKeySequence::Refresh);
    connect(m_checkNowAction, &QAction::triggered, this, &TrayIcon::checkNowRequested);
    m_markAllReadAction = menu->addAction(tr("&Mark all as read"));
    connect(m_markAllReadAction, &QAction::triggered, this, &TrayIcon::markAllReadRequested);

    m_pauseMenu = menu->addMenu(tr("&Pause notifications"));
    m_pauseMenuAction = m_pauseMenu->menuAction();
    connect(m_pauseMenu->addAction(tr("For 1 &hour")), &QAction::triggered, this,
            [this] { Q_EMIT pauseRequested(PauseChoices::forOneHour(m_clock())); });
    QAction *tomorrow = m_pauseMenu->addAction(tr("Until &tomorrow"));
    connect(tomorrow, &QAction::triggered, this,
            [this] { Q_EMIT pauseRequested(PauseChoices::untilTomorrow(m_clock())); });
    connect(m_pauseMenu, &QMenu::aboutToShow, this, [this, tomorrow] {
        tomorrow->setText(tr("Until &tomorrow, %1")
                              .arg(QLocale().toString(PauseChoices::untilTomorrow(m_clock()).time(),
                                                      QLocale::ShortFormat)));
    });
    connect(m_pauseMenu->addAction(tr("Until I &resume them")), &QAction::triggered, this,
            [this] { Q_EMIT pauseRequested(QDateTime()); });
    m_resumeAction = menu->addAction(tr("Resume &notifications"));
    connect(m_resumeAction, &QAction::triggered, this, &TrayIcon::resumeRequested);

    m_appSeparator = menu->addSeparator();
    m_settingsAction = menu->addAction(tr("&Settings…"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &TrayIcon::settingsRequested);
    m_quitAction = menu->addAction(tr("&Quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Not QKeySequence::Quit: empty on some platform themes.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);

    updatePauseActions();
    updateActionStates();
}

QList<QAction *> TrayIcon::appActions() const
{
    return {m_addAccountAction, m_checkNowAction, m_markAllReadAction, m_pauseMenuAction,
            m_resumeAction,     m_appSeparator,   m_settingsAction,    m_quitAction};
}

void TrayIcon::setRecentModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        const auto rebuild = &TrayIcon::scheduleMessageSectionRebuild;
        connect(m_model, &QAbstractItemModel::rowsInserted, this, rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, rebuild);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, rebuild);
        connect(m_model, &QAbstractItemModel::modelReset, this, rebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft) {
                    if (topLeft.row() < menuMessageCount)
                        scheduleMessageSectionRebuild();
                });
    }
    rebuildMessageSection();
}

void TrayIcon::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TrayIcon::scheduleMessageSectionRebuild()
{
    m_rebuildTimer->start();
}

void TrayIcon::rebuildMessageSection()
{
    m_rebuildTimer->stop();
    for (QAction *action : std::as_const(m_messageActions)) {
        m_menu->removeAction(action);
        delete action;
    }
    m_messageActions.clear();

    const int rows = m_model ? std::min(m_model->rowCount(), menuMessageCount) : 0;
    const QFontMetrics metrics(m_menu->font());
    const int width = metrics.averageCharWidth() * menuTextWidthChars;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const QString sender = index.data(RecentMessagesModel::SenderRole).toString();
        const QString subject = index.data(RecentMessagesModel::SubjectRole).toString();
        const bool unread = index.data(RecentMessagesModel::UnreadRole).toBool();
        // Unread also in the text: StatusNotifierItem hosts (KDE, GNOME's AppIndicator) get
        // the menu over D-Bus as labels and icons, without fonts, so bold alone would be lost.
        // Everywhere, not only there: Qt does not say which kind of tray it embedded in.
        QString entry = tr("%1: %2").arg(sender, subject);
        if (unread)
            entry = tr("● %1", "an unread message in the tray menu").arg(entry);
        const QString text = metrics.elidedText(entry, Qt::ElideRight, width);
        auto *action = new QAction(MessageText::escapeMnemonics(text), m_menu.get());
        action->setIcon(
            colourDot(index.data(RecentMessagesModel::AccountColorRole).value<QColor>()));
        action->setIconVisibleInMenu(true);
        if (unread) {
            QFont font = action->font();
            font.setBold(true);
            action->setFont(font);
        }
        const auto message = index.data(RecentMessagesModel::MessageRefRole).value<MessageRef>();
        connect(action, &QAction::triggered, this,
                [this, message] { Q_EMIT openMessageRequested(message); });
        m_menu->insertAction(m_noMessagesAction, action);
        m_messageActions.append(action);
    }
    m_noMessagesAction->setVisible(rows == 0);
}

void TrayIcon::setUnreadCount(int count)
{
    count = std::max(count, 0);
    if (count == m_unread)
        return;
    m_unread = count;
    updateActionStates();
    updateIcon();
    updateToolTip();
}

void TrayIcon::setAccounts(const QList<AccountInfo> &accounts)
{
    m_accounts = accounts;
    updateIcon();
    updateToolTip();
}

void TrayIcon::updateActionStates()
{
    // Nothing to check or mark without an account; one check at a time; nothing unread, nothing
    // to mark.
    m_checkNowAction->setEnabled(!m_noAccount && !m_checking);
    m_markAllReadAction->setEnabled(!m_noAccount && m_unread > 0);
}

void TrayIcon::setNoAccount(bool none)
{
    m_noAccount = none;
    m_addAccountAction->setVisible(none);
    m_noMessagesAction->setText(none ? tr("No account yet") : tr("No new mail"));
    updateActionStates();
    updateToolTip();
}

void TrayIcon::setAccountStatuses(const QList<AccountStatus> &statuses)
{
    m_statuses = statuses;
    updateIcon();
    updateToolTip();
}

void TrayIcon::updateAccountStatus(const AccountStatus &status)
{
    const auto it = std::find_if(m_statuses.begin(), m_statuses.end(), [&](const AccountStatus &s) {
        return s.accountId == status.accountId;
    });
    if (it != m_statuses.end())
        *it = status;
    else
        m_statuses.append(status);
    updateIcon();
    updateToolTip();
}

void TrayIcon::setFolderStatuses(const QList<FolderStatus> &statuses)
{
    m_folders = statuses;
    updateToolTip();
}

void TrayIcon::updateFolderStatus(const FolderStatus &status)
{
    const auto it = std::find_if(m_folders.begin(), m_folders.end(), [&](const FolderStatus &f) {
        return f.accountId == status.accountId && f.folder == status.folder;
    });
    if (it != m_folders.end())
        *it = status;
    else
        m_folders.append(status);
    updateToolTip();
}

void TrayIcon::setPaused(bool paused, const QDateTime &until)
{
    m_paused = paused;
    m_pausedUntil = paused ? until : QDateTime();
    updatePauseActions();
    updateIcon();
    updateToolTip();
}

void TrayIcon::setChecking(bool checking)
{
    m_checking = checking;
    m_checkNowAction->setText(checking ? tr("Checking…") : tr("&Check now"));
    updateActionStates();
    updateToolTip();
}

void TrayIcon::setLastCheck(const QString &text)
{
    m_lastCheck = text;
    updateToolTip();
}

void TrayIcon::updatePauseActions()
{
    m_pauseMenuAction->setVisible(!m_paused);
    m_resumeAction->setVisible(m_paused);
    if (m_paused && m_pausedUntil.isValid()) {
        m_resumeAction->setText(
            tr("Resume &notifications (paused until %1)")
                .arg(QLocale().toString(m_pausedUntil.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_resumeAction->setText(tr("Resume &notifications"));
    }
}

BadgeIconEngine::State TrayIcon::iconState() const
{
    // Only accounts the user kept: a status left over from a removed account does not count.
    const bool trouble =
        std::any_of(m_statuses.cbegin(), m_statuses.cend(), [this](const AccountStatus &status) {
            const bool known = m_accounts.isEmpty()
                || std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                               [&](const AccountInfo &a) { return a.id == status.accountId; });
            return known && AccountStatusWords::isTrouble(status.state);
        });
    if (trouble)
        return BadgeIconEngine::State::Error;
    return m_unread > 0 ? BadgeIconEngine::State::Unread : BadgeIconEngine::State::Idle;
}

void TrayIcon::updateIcon()
{
    // Only on a visible change: a StatusNotifierItem host re-reads every pixmap each time.
    const BadgeIconEngine::State state = iconState();
    const QString badge = BadgeIconEngine::badgeText(m_unread);
    if (m_iconShown && state == m_shownState && badge == m_shownBadge && m_paused == m_shownPaused)
        return;
    m_iconShown = true;
    m_shownState = state;
    m_shownBadge = badge;
    m_shownPaused = m_paused;
    m_tray->setIcon(BadgeIconEngine::icon(state, m_unread, m_paused));
}

QString TrayIcon::toolTip() const
{
    QStringList lines;
    if (m_noAccount)
        return tr("Mailbell: no account yet\nAdd one from this icon's menu.");
    lines.append(m_unread > 0 ? tr("Mailbell: %n unread", nullptr, m_unread)
                              : tr("Mailbell: no unread mail"));

    // The accounts in the user's order. Before setAccounts(), whatever the engine reported; after
    // it, only those accounts (a status left over from a removed account is not shown).
    QStringList ids;
    for (const AccountInfo &account : m_accounts)
        ids.append(account.id);
    if (m_accounts.isEmpty()) {
        for (const AccountStatus &status : m_statuses) {
            if (!ids.contains(status.accountId))
                ids.append(status.accountId);
        }
        for (const FolderStatus &folder : m_folders) {
            if (!ids.contains(folder.accountId))
                ids.append(folder.accountId);
        }
    }
    for (const QString &id : std::as_const(ids)) {
        QString name = id;
        for (const AccountInfo &account : m_accounts) {
            if (account.id == id && !account.displayName.isEmpty())
                name = account.displayName;
        }
        quint64 unread = 0;
        bool counted = false;
        for (const FolderStatus &folder : m_folders) {
            if (folder.accountId == id) {
                unread += folder.unseen;
                counted = true;
            }
        }
        QString line = MessageText::oneLine(name) + u": "_s;
        line += counted ? tr("%n unread", nullptr, int(std::min<quint64>(unread, INT_MAX)))
                        : tr("not checked yet");
        const auto status = std::find_if(m_statuses.cbegin(), m_statuses.cend(),
                                         [&](const AccountStatus &s) { return s.accountId == id; });
        if (status != m_statuses.cend() && status->state != AccountStatus::State::Online)
            line += u" ("_s + AccountStatusWords::describe(*status) + u')';
        lines.append(line);
    }
    if (m_paused) {
        lines.append(
            m_pausedUntil.isValid()
                ? tr("Notifications paused until %1")
                      .arg(QLocale().toString(m_pausedUntil.toLocalTime(), QLocale::ShortFormat))
                : tr("Notifications paused"));
    }
    if (m_checking)
        lines.append(tr("Checking for new mail…"));
    else if (!m_lastCheck.isEmpty())
        lines.append(m_lastCheck);
    return lines.join(u'\n');
}

void TrayIcon::updateToolTip()
{
    m_tray->setToolTip(toolTip());
}
