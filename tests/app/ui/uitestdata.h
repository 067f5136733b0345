#pragma once

#include "mailengine.h"
#include "messagesummary.h"

#include <QDateTime>
#include <QDir>
#include <QString>
#include <QWidget>

// Message summaries for the UI tests, built in one line each.
namespace UiTestData {

inline ImapCore::MessageSummary message(const QString &account, quint32 uid,
                                        const QString &fromName, const QString &subject,
                                        const QString &preview = {}, bool seen = false,
                                        const QDateTime &date = {})
{
    using namespace Qt::StringLiterals;
    ImapCore::MessageSummary summary;
    summary.accountId = account;
    summary.folder = u"INBOX"_s;
    summary.uidValidity = 1700000000;
    summary.uid = uid;
    const QString local = fromName.section(u' ', 0, 0).toLower();
    summary.from = {ImapCore::MailAddress {fromName, local + u"@example.org"_s, {}}};
    summary.to = {ImapCore::MailAddress {u"Sam Reader"_s, u"sam@example.org"_s, {}}};
    summary.date = date.isValid() ? date : QDateTime::currentDateTime().addSecs(-120);
    summary.subject = subject;
    summary.preview = preview;
    summary.flags = ImapCore::MessageFlags(seen ? ImapCore::MessageFlags::Seen : 0, {});
    summary.size = 2048;
    summary.messageId = QString::number(uid) + u"@mail.example.org"_s;
    return summary;
}

using ImapCore::refOf;

// Saves a grab of the widget for a person to look at; returns the file's path.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(MAILBELL_UI_SCREENSHOTS));
    const QString path = QStringLiteral(MAILBELL_UI_SCREENSHOTS) + u'/' + name + u".png";
    widget->grab().save(path);
    return path;
}

} // namespace UiTestData
