#include "settingsdialog.h"

#include "accountspage.h"
#include "credentialstore.h"
#include "fittingscrollarea.h"
#include "generalpage.h"
#include "notificationspage.h"
#include "screenfit.h"
#include "settingsstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(SettingsStore *store, CredentialStore *credentials,
                               ImapCore::MailEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_tabs(new QTabWidget(this))
    , m_accounts(new AccountsPage(this))
    , m_notifications(new NotificationsPage(this))
    , m_general(new GeneralPage(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Mailbell Settings"));
    m_accounts->setEngine(engine);
    m_accounts->setCredentials(credentials);
    m_tabs->setObjectName(u"tabs"_s);
    // Each page scrolls where the screen is short (a laptop at 2x); OK and Cancel stay in view.
    m_tabs->addTab(new FittingScrollArea(m_accounts), tr("A&ccounts"));
    m_tabs->addTab(new FittingScrollArea(m_notifications), tr("&Notifications"));
    m_tabs->addTab(new FittingScrollArea(m_general), tr("&General"));
    m_status->setObjectName(u"status"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setDefault(true);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setObjectName(u"apply"_s);
    m_apply->setText(tr("Appl&y")); // "&Add…" has the A
    // Escape is Cancel's key: an Alt letter of its own would clash with a tab's ("A&ccounts").
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &SettingsDialog::apply);
    // Return presses OK wherever the focus is: a page's button (Add…, Edit…) that has the
    // focus must not take it over, as a dialog's buttons do by default.
    for (QWidget *page :
         {static_cast<QWidget *>(m_accounts), static_cast<QWidget *>(m_notifications),
          static_cast<QWidget *>(m_general)}) {
        for (QPushButton *button : page->findChildren<QPushButton *>())
            button->setAutoDefault(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_accounts, &AccountsPage::changed, this, [this] {
        m_accountsDirty = true;
        updateButtons();
    });
    connect(m_notifications, &NotificationsPage::changed, this, [this] {
        m_notificationsDirty = true;
        updateButtons();
    });
    connect(m_notifications, &NotificationsPage::validityChanged, this,
            &SettingsDialog::updateButtons);
    connect(m_general, &GeneralPage::changed, this, [this] {
        m_generalDirty = true;
        updateButtons();
    });
    reload();
    resize(ScreenFit::initialSize(this, sizeHint().expandedTo(QSize(640, 560))));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::reload()
{
    const SettingsStore::Snapshot snapshot = m_store->load();
    m_accounts->setAccounts(snapshot.accounts);
    m_notifications->setSettings(snapshot.notifications);
    m_general->setStartAtLogin(snapshot.general.startAtLogin);
    m_general->setLanguage(snapshot.general.language);
    m_accountsDirty = m_notificationsDirty = m_generalDirty = false;
    showStatus(snapshot.errors, false);
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    const bool valid = m_notifications->isValid();
    m_ok->setEnabled(valid);
    m_apply->setEnabled(valid && (m_accountsDirty || m_notificationsDirty || m_generalDirty));
}

void SettingsDialog::showStatus(const QStringList &problems, bool error)
{
    m_status->setText(problems.join(u'\n'));
    m_status->setStyleSheet(error ? u"color: #c0392b;"_s : u"color: #a15c00;"_s);
    m_status->setVisible(!problems.isEmpty());
}

bool SettingsDialog::apply()
{
    if (!m_notifications->isValid()) {
        showPage(Page::Notifications);
        return false;
    }
    QStringList problems;
    if (m_accountsDirty) {
        const QList<AccountsFile::Account> accounts = m_accounts->accounts();
        if (const QString error = m_store->saveAccounts(accounts); !error.isEmpty()) {
            problems.append(error);
        } else {
            m_accountsDirty = false;
            QStringList ids;
            for (const AccountsFile::Account &account : accounts)
                ids.append(account.spec.id);
            const QHash<QString, QString> passwords = m_accounts->passwords();
            const QHash<QString, OAuthTokenResult> signIns = m_accounts->oauthSignIns();
            const QStringList removed = m_accounts->removedIds();
            m_accounts->clearPasswords();
            // The typed passwords go out before accountsSaved: that starts (or reconfigures)
            // the engine, whose new session must find its password already there. Announced
            // after, the session would ask first, and the tray would take the question for a
            // rejection of the password just typed (issue 9, point 1).
            for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
                if (!ids.contains(it.key()))
                    continue;
                const QString id = it.key();
                QPointer<SettingsDialog> self(this);
                m_credentials->write(id, it.value(), [self, id](const CredentialStore::Result &r) {
                    if (!self || r.status == CredentialStore::Result::Status::Found
                        || r.status == CredentialStore::Result::Status::NotFound)
                        return;
                    const QString message =
                        tr("The keyring did not save the password of \"%1\": %2\nMailbell "
                           "uses it until it quits. To keep it elsewhere choose \"asked at "
                           "each start\" or a password command.")
                            .arg(id, r.error);
                    self->showStatus({message}, true);
                    Q_EMIT self->keyringProblem(id, message);
                });
                Q_EMIT passwordEntered(id, it.value());
            }
            Q_EMIT accountsSaved();
            for (auto it = signIns.cbegin(); it != signIns.cend(); ++it) {
                if (ids.contains(it.key()))
                    Q_EMIT oauthSignedIn(it.key(), it.value());
            }
            // A removed account's password goes too (not when an account took its id again).
            for (const QString &id : removed) {
                if (!ids.contains(id))
                    m_credentials->remove(id, [](const CredentialStore::Result &) {});
            }
        }
    }
    bool settingsWritten = false;
    if (m_notificationsDirty) {
        if (const QString error = m_store->saveNotifications(m_notifications->settings());
            !error.isEmpty())
            problems.append(error);
        else
            m_notificationsDirty = false;
        settingsWritten = settingsWritten || !m_notificationsDirty;
    }
    if (m_generalDirty) {
        if (const QString error =
                m_store->saveGeneral({m_general->language(), m_general->startAtLogin()});
            !error.isEmpty())
            problems.append(error);
        else
            m_generalDirty = false;
        settingsWritten = settingsWritten || !m_generalDirty;
    }
    if (settingsWritten)
        Q_EMIT settingsSaved();
    showStatus(problems, true);
    updateButtons();
    return problems.isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
