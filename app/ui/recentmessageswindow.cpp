#include "recentmessageswindow.h"

#include "recentmessagedelegate.h"
#include "recentmessagesfilter.h"
#include "recentmessagesmodel.h"
#include "screenfit.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int refreshIntervalMs = 30 * 1000;
// A subject quoted in the undo bar or the confirmation is cut here (the bar wraps, it never
// clips, but a whole paragraph of subject would crowd out the button).
constexpr int maxQuotedSubject = 80;

QString quotedSubject(const QString &subject)
{
    const QString cut =
        subject.size() > maxQuotedSubject ? subject.left(maxQuotedSubject - 1) + u'…' : subject;
    return QCoreApplication::translate("RecentMessagesWindow", "“%1”").arg(cut);
}

} // namespace

RecentMessagesWindow::RecentMessagesWindow(RecentMessagesModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_proxy(new RecentMessagesFilter(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_trayHint(new QLabel(this))
    , m_delegate(new RecentMessageDelegate(this))
    , m_refreshTimer(new QTimer(this))
    , m_arrivalsNote(new QLabel(m_view))
    , m_undoBar(new QFrame(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undoButton(new QPushButton(tr("&Undo"), m_undoBar))
    , m_undoTimer(new QTimer(this))
{
    updateTitle();
    resize(ScreenFit::initialSize(this, QSize(440, 560)));

    m_trayHint->setTextFormat(Qt::PlainText);
    m_trayHint->setWordWrap(true);
    m_trayHint->setFrameShape(QFrame::StyledPanel);
    m_trayHint->setMargin(6);
    m_trayHint->setText(
        tr("No system tray found, so Mailbell lives in this window: closing it quits Mailbell. "
           "On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a "
           "tray."));
    m_trayHint->setVisible(false);

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
    m_noAccountPage = new QWidget(this);
    m_noAccountPage->setObjectName(u"noAccount"_s);
    m_noAccountPage->setBackgroundRole(QPalette::Base);
    m_noAccountPage->setAutoFillBackground(true);
    auto *noAccountText = new QLabel(
        tr("No account yet.\n\nAdd your mail account and Mailbell tells you the moment new mail "
           "arrives."),
        m_noAccountPage);
    noAccountText->setAlignment(Qt::AlignCenter);
    noAccountText->setWordWrap(true);
    noAccountText->setTextFormat(Qt::PlainText);
    auto *addAccount = new QPushButton(tr("&Add an account…"), m_noAccountPage);
    addAccount->setObjectName(u"addAccount"_s);
    connect(addAccount, &QPushButton::clicked, this, &RecentMessagesWindow::addAccountRequested);
    auto *noAccountLayout = new QVBoxLayout(m_noAccountPage);
    noAccountLayout->setContentsMargins(24, 24, 24, 24);
    noAccountLayout->addStretch(1);
    noAccountLayout->addWidget(noAccountText);
    noAccountLayout->addWidget(addAccount, 0, Qt::AlignHCenter);
    noAccountLayout->addStretch(1);
    m_stack->addWidget(m_noAccountPage);

    // A child of the view, not of its viewport (whose children scroll with the rows), and
    // transparent to the mouse: the row beneath stays clickable.
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

    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoBar->setAutoFillBackground(true);
    m_undoBar->setBackgroundRole(QPalette::ToolTipBase);
    m_undoLabel->setForegroundRole(QPalette::ToolTipText);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoLabel->setWordWrap(true);
    m_undoButton->setToolTip(tr("Undo the delete (Ctrl+Z)"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 4, 4, 4);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &RecentMessagesWindow::undoDelete);
    auto *undoShortcut = new QShortcut(QKeySequence::Undo, this);
    connect(undoShortcut, &QShortcut::activated, this, &RecentMessagesWindow::undoDelete);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(defaultUndoPeriodMs);
    connect(m_undoTimer, &QTimer::timeout, this, &RecentMessagesWindow::commitPendingDelete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_trayHint);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_undoBar);

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

RecentMessagesWindow::~RecentMessagesWindow()
{
    // Closing the app ends the undo period.
    commitPendingDelete();
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

void RecentMessagesWindow::setAppActions(const QList<QAction *> &actions)
{
    if (!m_menuBar) {
        m_menuBar = new QMenuBar(this);
        layout()->setMenuBar(m_menuBar);
    }
    m_menuBar->clear();
    QMenu *menu = m_menuBar->addMenu(tr("&Mailbell"));
    menu->addActions(actions);
    // The tray's actions have window shortcuts (F5, Ctrl+Q, ...): they need a widget to live in.
    addActions(actions);
}

void RecentMessagesWindow::setTrayMissing(bool missing)
{
    m_trayMissing = missing;
    m_trayHint->setVisible(missing);
    updateTitle();
}

void RecentMessagesWindow::updateTitle()
{
    setWindowTitle(m_trayMissing ? tr("Mailbell (no system tray found)")
                                 : tr("Recent messages — Mailbell"));
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
                deleteMessage(message);
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
        // Without a tray, nothing could bring a hidden window back.
        if (!m_trayMissing)
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
    // Undo lives in this window: hidden, it can no longer be asked for.
    commitPendingDelete();
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
    connect(remove, &QAction::triggered, this, [this, message] { deleteMessage(message); });
    return menu;
}

void RecentMessagesWindow::openCurrent()
{
    const MessageRef message = currentMessage();
    if (!message.accountId.isEmpty())
        Q_EMIT openMessageRequested(message);
}

void RecentMessagesWindow::setNoAccount(bool none)
{
    m_noAccount = none;
    updateEmptyState();
}

void RecentMessagesWindow::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->rowCount() == 0 && m_noAccount) {
        m_stack->setCurrentWidget(m_noAccountPage);
        return;
    }
    if (m_model->rowCount() == 0)
        m_emptyLabel->setText(tr("No new mail yet.\n\nUnread mail and messages that arrive while "
                                 "Mailbell is running appear here."));
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

QString RecentMessagesWindow::subjectOf(const MessageRef &message) const
{
    const int row = m_model->rowOf(message);
    return row >= 0 ? m_model->index(row).data(RecentMessagesModel::SubjectRole).toString()
                    : QString();
}

std::optional<QString> RecentMessagesWindow::trashFolder(const QString &accountId) const
{
    const auto it = m_trashFolders.constFind(accountId);
    if (it == m_trashFolders.cend())
        return std::nullopt;
    return *it;
}

void RecentMessagesWindow::setTrashFolder(const QString &accountId, const QString &trashFolder)
{
    m_trashFolders.insert(accountId, trashFolder);
}

void RecentMessagesWindow::setUndoPeriod(int milliseconds)
{
    m_undoTimer->setInterval(milliseconds);
}

QWidget *RecentMessagesWindow::undoBar() const
{
    return m_undoBar;
}

void RecentMessagesWindow::deleteMessage(const MessageRef &message)
{
    const std::optional<QString> trash = trashFolder(message.accountId);
    if (!trash || trash->isEmpty() || *trash == message.folder) {
        askToDeletePermanently(message);
        return;
    }
    // One undo at a time: a second delete settles the first.
    commitPendingDelete();
    const bool wasCurrent = currentMessage() == message;
    const int row = m_view->currentIndex().row();
    m_pendingDelete = message;
    m_proxy->hideMessage(message);
    // The next message (or the one before, at the end) takes the cursor, as in a mail client.
    if (wasCurrent && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(std::min(row, m_proxy->rowCount() - 1), 0));
    m_undoLabel->setText(tr("%1 moved to %2.").arg(quotedSubject(subjectOf(message)), *trash));
    m_undoBar->show();
    m_undoTimer->start();
}

void RecentMessagesWindow::undoDelete()
{
    if (m_pendingDelete.accountId.isEmpty())
        return;
    const MessageRef message = std::exchange(m_pendingDelete, MessageRef());
    m_undoTimer->stop();
    m_undoBar->hide();
    m_proxy->unhideMessage(message);
    const int row = m_model->rowOf(message);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
        if (index.isValid()) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void RecentMessagesWindow::restoreMessage(const MessageRef &message)
{
    if (message == m_pendingDelete)
        undoDelete();
    else
        m_proxy->unhideMessage(message);
}

void RecentMessagesWindow::commitPendingDelete()
{
    if (m_pendingDelete.accountId.isEmpty())
        return;
    const MessageRef message = std::exchange(m_pendingDelete, MessageRef());
    m_undoTimer->stop();
    m_undoBar->hide();
    // The row stays hidden: the server's expunge removes it from the model.
    Q_EMIT deleteRequested(message);
}

void RecentMessagesWindow::askToDeletePermanently(const MessageRef &message)
{
    const int row = m_model->rowOf(message);
    const QString account = row >= 0
        ? m_model->index(row).data(RecentMessagesModel::AccountNameRole).toString()
        : message.accountId;
    const std::optional<QString> trash = trashFolder(message.accountId);
    QString why;
    if (!trash)
        why = tr("Mailbell does not know yet whether %1 has a Trash folder. If it has none, the "
                 "message cannot be recovered.")
                  .arg(account);
    else if (trash->isEmpty())
        why = tr("%1 has no Trash folder, so the message cannot be recovered.").arg(account);
    else
        why = tr("The message is already in %1; deleting it here cannot be undone.").arg(*trash);

    // One plain-text label: subjects and account names are shown as typed, never as markup
    // (QMessageBox's informative text would guess the format).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete permanently? — Mailbell"),
                                tr("Delete %1 permanently?").arg(quotedSubject(subjectOf(message)))
                                    + u"\n\n"_s + why,
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("&Delete Permanently"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, remove, message] {
        if (box->clickedButton() == remove)
            Q_EMIT deleteRequested(message);
    });
    box->open();
}
