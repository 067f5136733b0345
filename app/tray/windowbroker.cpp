#include "windowbroker.h"

#include "accountinfo.h"
#include "oauthsignindialog.h"
#include "passworddialog.h"
#include "settingsdialog/settingsdialog.h"
#include "ui/markallreaddialog.h"
#include "ui/messagesummarywindow.h"
#include "ui/recentmessagesmodel.h"
#include "ui/recentmessageswindow.h"

#include <QMessageBox>

using ImapCore::MessageRef;
using ImapCore::MessageSummary;

WindowBroker::WindowBroker(Factories factories)
    : m_factories(std::move(factories))
{ }

WindowBroker::~WindowBroker()
{
    for (const QPointer<MessageSummaryWindow> &window : std::as_const(m_summaryWindows))
        delete window.data();
    for (const QPointer<QMessageBox> &notice : std::as_const(m_notices))
        delete notice.data();
    for (const QPointer<PasswordDialog> &dialog : std::as_const(m_passwordDialogs))
        delete dialog.data();
    for (const QPointer<OAuthSignInDialog> &dialog : std::as_const(m_signInDialogs))
        delete dialog.data();
    delete m_markAllReadDialog.data();
}

void WindowBroker::bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

RecentMessagesWindow *WindowBroker::recentWindow()
{
    if (!m_recentWindow)
        m_recentWindow = m_factories.recentWindow();
    return m_recentWindow.get();
}

MessageSummaryWindow *WindowBroker::summaryWindow(const MessageRef &message) const
{
    for (const QPointer<MessageSummaryWindow> &window : m_summaryWindows) {
        if (window && window->message() == message)
            return window;
    }
    return nullptr;
}

QList<MessageSummaryWindow *> WindowBroker::summaryWindows() const
{
    QList<MessageSummaryWindow *> open;
    for (const QPointer<MessageSummaryWindow> &window : m_summaryWindows) {
        if (window)
            open.append(window);
    }
    return open;
}

MessageSummaryWindow *WindowBroker::showSummary(const MessageSummary &summary,
                                                const AccountInfo &account)
{
    MessageSummaryWindow *window = summaryWindow(refOf(summary));
    if (!window) {
        m_summaryWindows.removeAll(nullptr);
        window = m_factories.summaryWindow();
        m_summaryWindows.append(window);
    }
    window->setSummary(summary, account);
    bringToFront(window);
    return window;
}

SettingsDialog *WindowBroker::settingsDialog()
{
    if (!m_settingsDialog)
        m_settingsDialog = m_factories.settingsDialog();
    else if (!m_settingsDialog->isVisible())
        m_settingsDialog->reload(); // the files may have changed since
    return m_settingsDialog.get();
}

SettingsDialog *WindowBroker::showSettings()
{
    SettingsDialog *dialog = settingsDialog();
    bringToFront(dialog);
    return dialog;
}

QMessageBox *WindowBroker::showNotice(const QString &title, const QString &text)
{
    m_notices.removeAll(nullptr);
    for (const QPointer<QMessageBox> &notice : std::as_const(m_notices)) {
        if (notice->windowTitle() == title && notice->text() == text) {
            bringToFront(notice);
            return notice;
        }
    }
    auto *notice = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok);
    notice->setTextFormat(Qt::PlainText);
    notice->setAttribute(Qt::WA_DeleteOnClose);
    m_notices.append(notice);
    bringToFront(notice);
    return notice;
}

PasswordDialog *WindowBroker::showPasswordDialog(const QString &accountId, const QString &reason,
                                                 bool rememberAvailable)
{
    QPointer<PasswordDialog> &dialog = m_passwordDialogs[accountId];
    if (!dialog)
        dialog = m_factories.passwordDialog(accountId);
    dialog->setReason(reason);
    dialog->setRememberAvailable(rememberAvailable);
    bringToFront(dialog);
    return dialog;
}

PasswordDialog *WindowBroker::passwordDialog(const QString &accountId) const
{
    return m_passwordDialogs.value(accountId);
}

OAuthSignInDialog *WindowBroker::showSignInDialog(const QString &accountId,
                                                  const OAuthProvider &provider,
                                                  const QString &reason)
{
    QPointer<OAuthSignInDialog> &dialog = m_signInDialogs[accountId];
    if (!dialog) {
        dialog = m_factories.signInDialog(accountId, provider);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->setReason(reason);
    bringToFront(dialog);
    return dialog;
}

OAuthSignInDialog *WindowBroker::signInDialog(const QString &accountId) const
{
    return m_signInDialogs.value(accountId);
}

MarkAllReadDialog *WindowBroker::showMarkAllRead(int unread)
{
    if (!m_markAllReadDialog) {
        m_markAllReadDialog = m_factories.markAllReadDialog(unread);
        m_markAllReadDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_markAllReadDialog->setUnread(unread);
    bringToFront(m_markAllReadDialog);
    return m_markAllReadDialog;
}

MarkAllReadDialog *WindowBroker::markAllReadDialog() const
{
    return m_markAllReadDialog;
}
