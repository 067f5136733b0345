#include "accountspage.h"

#include "accounteditordialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon colourChip(const QColor &colour)
{
    QPixmap chip(12, 12);
    chip.fill(Qt::transparent);
    if (colour.isValid()) {
        QPainter painter(&chip);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(140));
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, 11, 11));
    }
    return QIcon(chip);
}

QString shownName(const AccountsFile::Account &account)
{
    if (!account.spec.displayName.isEmpty())
        return account.spec.displayName;
    return account.spec.id;
}

QString shownAddress(const AccountsFile::Account &account)
{
    if (!account.email.isEmpty())
        return account.email;
    return account.spec.connection.user + u'@' + account.spec.connection.host;
}

} // namespace

QString AccountsPage::addButtonText()
{
    return tr("&Add…");
}

AccountsPage::AccountsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(addButtonText(), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_list->setObjectName(u"accounts"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Account"), tr("Address")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Tick an account to watch it; untick to pause it"));
    m_add->setObjectName(u"add"_s);
    m_edit->setObjectName(u"edit"_s);
    m_remove->setObjectName(u"remove"_s);
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setAutoDefault(false);

    auto *label = new QLabel(tr("Accounts to &watch (untick to pause one):"), this);
    label->setBuddy(m_list);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row, 1);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &AccountsPage::editCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        const int row = m_list->indexOfTopLevelItem(item);
        if (m_refreshing || column != 0 || row < 0 || row >= m_accounts.size())
            return;
        const bool enabled = item->checkState(0) == Qt::Checked;
        if (m_accounts[row].spec.enabled != enabled) {
            m_accounts[row].spec.enabled = enabled;
            // Later, not inside the item's own signal: refresh() rebuilds the items.
            QMetaObject::invokeMethod(this, &AccountsPage::refresh, Qt::QueuedConnection);
            Q_EMIT changed();
        }
    });
    updateButtons();
}

AccountsPage::~AccountsPage()
{
    clearPasswords();
}

void AccountsPage::setAccounts(const QList<AccountsFile::Account> &accounts)
{
    m_accounts = accounts;
    m_removedIds.clear();
    clearPasswords();
    refresh();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void AccountsPage::setUnsavedAccounts(const QList<UnsavedAccount> &accounts)
{
    m_unsaved = accounts;
    refresh();
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void AccountsPage::clearPasswords()
{
    for (QString &password : m_passwords)
        password.fill(u'\0');
    m_passwords.clear();
    m_signIns.clear();
}

void AccountsPage::refresh()
{
    m_refreshing = true;
    const int current = m_list->currentIndex().row();
    m_list->clear();
    for (const AccountsFile::Account &account : std::as_const(m_accounts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, shownName(account));
        item->setText(1, shownAddress(account));
        item->setIcon(0, colourChip(account.color));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, account.spec.enabled ? Qt::Checked : Qt::Unchecked);
        if (!account.spec.enabled) {
            const QBrush dimmed = palette().brush(QPalette::Disabled, QPalette::Text);
            item->setForeground(0, dimmed);
            item->setForeground(1, dimmed);
            item->setToolTip(0, tr("Paused: tick to watch this account again"));
        }
    }
    for (const UnsavedAccount &account : std::as_const(m_unsaved)) {
        auto *item = new QTreeWidgetItem(m_list, {account.name, account.address});
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled); // no box: it cannot be paused
        item->setToolTip(0, account.reason);
        item->setToolTip(1, account.reason);
    }
    if (current >= 0 && current < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(current));
    m_refreshing = false;
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const int row = m_list->currentIndex().row();
    const bool editable = m_list->currentItem() && row < m_accounts.size();
    m_edit->setEnabled(editable);
    m_remove->setEnabled(editable);
    // Qt shows a disabled button's tooltip: it says why.
    const qsizetype unsaved = row - m_accounts.size();
    const QString why =
        unsaved >= 0 && unsaved < m_unsaved.size() ? m_unsaved[unsaved].reason : QString();
    m_edit->setToolTip(why);
    m_remove->setToolTip(why);
}

void AccountsPage::addAccount()
{
    openEditor(-1);
}

void AccountsPage::editCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row >= 0 && row < m_accounts.size())
        openEditor(row);
}

void AccountsPage::editAccount(const QString &accountId)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].spec.id == accountId) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            openEditor(row);
            return;
        }
    }
}

void AccountsPage::openEditor(int row)
{
    if (m_editor && m_editor->isVisible()) { // one editor at a time; a closed one is on its way
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    QStringList taken;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (i != row)
            taken.append(m_accounts[i].spec.id);
    }
    for (const UnsavedAccount &unsaved : std::as_const(m_unsaved))
        taken.append(unsaved.id);
    const AccountsFile::Account account = row >= 0 ? m_accounts[row] : AccountsFile::Account {};
    m_editor = new AccountEditorDialog(account, taken, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setEngine(m_engine);
    m_editor->setCredentials(m_credentials);
    const QString originalId = account.spec.id;
    connect(m_editor, &QDialog::accepted, this, [this, originalId] {
        const AccountsFile::Account edited = m_editor->account();
        int at = -1;
        for (int i = 0; i < m_accounts.size(); ++i) {
            if (!originalId.isEmpty() && m_accounts[i].spec.id == originalId)
                at = i;
        }
        if (at >= 0) {
            m_accounts[at] = edited;
        } else {
            m_accounts.append(edited);
            at = int(m_accounts.size()) - 1;
        }
        if (const QString password = m_editor->password(); !password.isEmpty())
            m_passwords.insert(edited.spec.id, password);
        if (const auto tokens = m_editor->oauthSignIn())
            m_signIns.insert(edited.spec.id, *tokens);
        refresh();
        m_list->setCurrentItem(m_list->topLevelItem(at));
        m_list->setFocus();
        Q_EMIT changed();
    });
    m_editor->open();
}

void AccountsPage::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_accounts.size() || m_confirm)
        return;
    const QString id = m_accounts[row].spec.id;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account \"%1\"? Mailbell stops watching it and "
                                   "forgets its saved password. The mail on the server stays.")
                                    .arg(shownName(m_accounts[row])),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setTextFormat(Qt::PlainText);
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->button(QMessageBox::Yes)->setText(tr("&Remove"));
    m_confirm->button(QMessageBox::No)->setText(tr("&Keep"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        for (int i = 0; i < m_accounts.size(); ++i) {
            if (m_accounts[i].spec.id == id) {
                m_accounts.removeAt(i);
                if (QString password = m_passwords.take(id); !password.isEmpty())
                    password.fill(u'\0');
                m_signIns.remove(id);
                m_removedIds.append(id);
                refresh();
                Q_EMIT changed();
                return;
            }
        }
    });
    m_confirm->open();
}
