#pragma once

#include "accountinfo.h"
#include "mailengine.h"
#include "messagesummary.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// One message at a glance: from, to, cc, date, subject, account, folder, flags and the preview,
// all as plain selectable text (nothing from mail is ever read as rich text). Buttons: Mark
// read/unread, Flag/Unflag, Delete, Copy, Open in mail client (only when the account has an open
// command), Close; Esc closes. Stays live: applyFlags() and markExpunged() update it.
class MessageSummaryWindow : public QDialog
{
    Q_OBJECT
public:
    explicit MessageSummaryWindow(QWidget *parent = nullptr);

    void setSummary(const ImapCore::MessageSummary &summary, const AccountInfo &account);
    const ImapCore::MessageSummary &summary() const { return m_summary; }
    ImapCore::MessageRef message() const;

    // Ignored unless they name this window's message.
    void applyFlags(const ImapCore::MessageRef &message, const ImapCore::MessageFlags &flags);
    // The message was expunged (here or in another client): says so, disables the actions.
    void markExpunged(const ImapCore::MessageRef &message);
    bool isExpunged() const { return m_expunged; }

    // The summary as plain text, as Copy puts it on the clipboard.
    QString summaryText() const;

Q_SIGNALS:
    void markReadRequested(const ImapCore::MessageRef &message);
    void markUnreadRequested(const ImapCore::MessageRef &message);
    void flagRequested(const ImapCore::MessageRef &message, bool flagged);
    // The window closes after asking.
    void deleteRequested(const ImapCore::MessageRef &message);
    void openInMailClientRequested(const ImapCore::MessageSummary &summary,
                                   const AccountInfo &account);

private:
    void updateFlagWidgets();
    void copyToClipboard();

    ImapCore::MessageSummary m_summary;
    AccountInfo m_account;
    bool m_expunged = false;

    QFormLayout *m_form;
    QLabel *m_subject;
    QLabel *m_from;
    QLabel *m_to;
    QLabel *m_cc;
    QLabel *m_date;
    QLabel *m_accountLabel;
    QLabel *m_folder;
    QLabel *m_flags;
    QLabel *m_status;
    QPlainTextEdit *m_preview;
    QPushButton *m_readButton;
    QPushButton *m_flagButton;
    QPushButton *m_deleteButton;
    QPushButton *m_copyButton;
    QPushButton *m_openButton;
};
