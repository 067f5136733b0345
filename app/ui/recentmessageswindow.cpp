#include "recentmessageswindow.h"

#include "recentmessagedelegate.h"
#include "recentmessagesfilter.h"
#include "recentmessagesmodel.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
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
    , m_proxy(new RecentMessagesFilter(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_delegate(new RecentMessageDelegate(this))
    , m_refreshTimer(new QTimer(this))
    , m_arrivalsNote(nullptr)
{
    setWindowTitle(tr("Recent messages — Mailbell"));
    resize(440, 560);

    m_proxy->setSourceModel(m_model);

    m_filter->setPlaceholderText(tr("Filter by sender, subject or text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter messages"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtering = true;
        m_proxy->setFilterFixedString(text);
        m_filtering = false;
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

    // Before the view's own handlers, which drop its layout when rows are about to go.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { rememberAnchor(-1, -1); });
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { rememberAnchor(first, last); });
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(m_delegate);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Recent messages"));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
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

    // A child of the view, not of its viewport (whose children scroll with the rows), and
    // transparent to the mouse: the row beneath stays clickable.
    m_arrivalsNote = new QLabel(m_view);
    m_arrivalsNote->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_arrivalsNote->setTextFormat(Qt::PlainText);
    m_arrivalsNote->setWordWrap(true);
    m_arrivalsNote->setAutoFillBackground(true);
    m_arrivalsNote->setBackgroundRole(QPalette::ToolTipBase);
    m_arrivalsNote->setForegroundRole(QPalette::ToolTipText);
    m_arrivalsNote->setFrameShape(QFrame::StyledPanel);
    m_arrivalsNote->setMargin(3);
    m_arrivalsNote->hide();
    connect(m_proxy, &RecentMessagesFilter::heldCountChanged, this,
            &RecentMessagesWindow::updateArrivalsNote);

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
            restoreAnchor();
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
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseMove:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
            setPointerOverList(true);
            break;
        case QEvent::Leave:
            setPointerOverList(false);
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }
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
    setPointerOverList(false);
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

void RecentMessagesWindow::setPointerOverList(bool over)
{
    if (m_pointerOverList == over)
        return;
    m_pointerOverList = over;
    m_proxy->setHoldingArrivals(over);
    if (!over)
        m_proxy->releaseArrivals();
}

void RecentMessagesWindow::updateArrivalsNote()
{
    const qsizetype held = m_proxy->heldCount();
    if (held == 0) {
        m_arrivalsNote->hide();
        return;
    }
    m_arrivalsNote->setText(
        tr("↑ %n new message(s) when the pointer leaves the list", nullptr, int(held)));
    // As wide as the text, never wider than the list: it wraps there rather than clips.
    const QRect area = m_view->viewport()->geometry().adjusted(4, 4, -4, -4);
    const int textWidth = m_arrivalsNote->fontMetrics().horizontalAdvance(m_arrivalsNote->text());
    const int frame = 2 * (m_arrivalsNote->margin() + m_arrivalsNote->frameWidth()) + 2;
    const int width = std::min(textWidth + frame, area.width());
    m_arrivalsNote->setGeometry(area.left() + (area.width() - width) / 2, area.top(), width,
                                m_arrivalsNote->heightForWidth(width));
    m_arrivalsNote->show();
    m_arrivalsNote->raise();
}

// Rows appearing or going above the view would move what the user reads; the anchor is the row
// at the view's top edge and where it is, restored by scrolling once the rows changed. At the
// very top and not pointed at, nothing is anchored: new mail may push the list down there.
void RecentMessagesWindow::rememberAnchor(int firstRemoved, int lastRemoved)
{
    m_anchor = QPersistentModelIndex();
    if (m_filtering || !m_view->isVisible())
        return;
    if (m_view->verticalScrollBar()->value() == 0 && !m_pointerOverList)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_anchorTop = m_view->visualRect(top).top();
    // The top row itself goes: the row after the removed ones takes its place.
    if (top.row() >= firstRemoved && top.row() <= lastRemoved)
        m_anchor = m_proxy->index(lastRemoved + 1, 0);
    else
        m_anchor = top;
}

void RecentMessagesWindow::restoreAnchor()
{
    if (!m_anchor.isValid())
        return;
    const QModelIndex anchor = m_anchor;
    m_anchor = QPersistentModelIndex();
    m_view->doItemsLayout(); // the new rows' geometry, now rather than at the next paint
    const int moved = m_view->visualRect(anchor).top() - m_anchorTop;
    if (moved != 0)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + moved);
}
