#include "recentmessageswindow.h"

#include "recentmessagedelegate.h"
#include "recentmessagesmodel.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace ImapCore;

namespace {

constexpr int refreshIntervalMs = 30 * 1000;

} // namespace

RecentMessagesWindow::RecentMessagesWindow(RecentMessagesModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_delegate(new RecentMessageDelegate(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Recent messages — Mailbell"));
    resize(440, 560);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RecentMessagesModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by sender, subject or text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter messages"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        updateEmptyState();
    });
    // The top match, whatever was selected before the filter narrowed the list.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_proxy->index(0, 0));
        openCurrent();
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Recent messages"));
    m_view->installEventFilter(this);
    // activated: Enter, and a double-click (or a single click where the desktop asks for it).
    connect(m_view, &QListView::activated, this, [this] { openCurrent(); });
    connect(m_view, &QListView::customContextMenuRequested, this,
            &RecentMessagesWindow::showContextMenu);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    // The same white page as the list it stands in for.
    m_emptyLabel->setBackgroundRole(QPalette::Base);
    m_emptyLabel->setAutoFillBackground(true);
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] {
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            updateEmptyState();
        });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
            &RecentMessagesWindow::updateEmptyState);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));

    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateEmptyState();
}

MessageRef RecentMessagesWindow::currentMessage() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(RecentMessagesModel::MessageRefRole).value<MessageRef>();
}

void RecentMessagesWindow::toggle()
{
    if (isVisible() && isActiveWindow())
        hide();
    else
        showAndActivate();
}

void RecentMessagesWindow::showAndActivate()
{
    show();
    raise();
    activateWindow();
}

bool RecentMessagesWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        // From the filter straight into the list.
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    } else if (watched == m_view) {
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Delete) {
            const MessageRef message = currentMessage();
            if (!message.accountId.isEmpty())
                Q_EMIT deleteRequested(message);
            return true;
        }
        if (key->key() == Qt::Key_Up && m_view->currentIndex().row() == 0) {
            // Up from the first message goes back to the filter.
            m_filter->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecentMessagesWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RecentMessagesWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->viewport()->update();
    m_refreshTimer->start();
    if (!m_filter->hasFocus())
        m_view->setFocus(Qt::ActiveWindowFocusReason);
}

void RecentMessagesWindow::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void RecentMessagesWindow::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu *menu = createContextMenu(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

QMenu *RecentMessagesWindow::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    const MessageRef message = index.data(RecentMessagesModel::MessageRefRole).value<MessageRef>();
    const bool unread = index.data(RecentMessagesModel::UnreadRole).toBool();
    const bool flagged = index.data(RecentMessagesModel::FlaggedRole).toBool();

    auto *menu = new QMenu(parent);
    QAction *open = menu->addAction(tr("&Open"));
    menu->setDefaultAction(open);
    connect(open, &QAction::triggered, this,
            [this, message] { Q_EMIT openMessageRequested(message); });
    menu->addSeparator();
    if (unread) {
        connect(menu->addAction(tr("Mark as &read")), &QAction::triggered, this,
                [this, message] { Q_EMIT markReadRequested(message); });
    } else {
        connect(menu->addAction(tr("Mark as &unread")), &QAction::triggered, this,
                [this, message] { Q_EMIT markUnreadRequested(message); });
    }
    connect(menu->addAction(flagged ? tr("Un&flag") : tr("&Flag")), &QAction::triggered, this,
            [this, message, flagged] { Q_EMIT flagRequested(message, !flagged); });
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("&Delete"));
    remove->setShortcut(QKeySequence::Delete); // a hint only: the list handles the key
    connect(remove, &QAction::triggered, this,
            [this, message] { Q_EMIT deleteRequested(message); });
    return menu;
}

void RecentMessagesWindow::openCurrent()
{
    const MessageRef message = currentMessage();
    if (!message.accountId.isEmpty())
        Q_EMIT openMessageRequested(message);
}

void RecentMessagesWindow::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->rowCount() == 0)
        m_emptyLabel->setText(tr("No new mail yet.\n\nMessages that arrive while Mailbell is "
                                 "running appear here."));
    else
        m_emptyLabel->setText(tr("No message matches “%1”.").arg(m_filter->text()));
    m_stack->setCurrentWidget(m_emptyLabel);
}
