#include "messagetext.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace MessageText {

QString sender(const MessageSummary &summary)
{
    for (const MailAddress &address : summary.from) {
        const QString name = oneLine(address.name);
        if (!name.isEmpty())
            return name;
        const QString mailbox = oneLine(address.address);
        if (!mailbox.isEmpty())
            return mailbox;
    }
    return QCoreApplication::translate("MessageText", "(unknown sender)");
}

QString subject(const MessageSummary &summary)
{
    const QString text = oneLine(summary.subject);
    return text.isEmpty() ? QCoreApplication::translate("MessageText", "(no subject)") : text;
}

QString addressList(const QList<MailAddress> &addresses)
{
    QStringList parts;
    parts.reserve(addresses.size());
    for (const MailAddress &address : addresses) {
        const QString text = oneLine(address.displayString());
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u", "_s);
}

QString flags(const MessageFlags &flags)
{
    QStringList words;
    words.append(flags.has(MessageFlags::Seen)
                     ? QCoreApplication::translate("MessageText", "Read")
                     : QCoreApplication::translate("MessageText", "Unread"));
    if (flags.has(MessageFlags::Flagged))
        words.append(QCoreApplication::translate("MessageText", "Flagged"));
    if (flags.has(MessageFlags::Answered))
        words.append(QCoreApplication::translate("MessageText", "Answered"));
    if (flags.has(MessageFlags::Draft))
        words.append(QCoreApplication::translate("MessageText", "Draft"));
    if (flags.has(MessageFlags::Deleted))
        words.append(QCoreApplication::translate("MessageText", "Marked for deletion"));
    return words.join(u", "_s);
}

QString date(const QDateTime &date)
{
    if (!date.isValid())
        return QCoreApplication::translate("MessageText", "(no date)");
    return QLocale().toString(date.toLocalTime(), QLocale::LongFormat);
}

QString oneLine(const QString &text)
{
    return DisplayText::neutralise(DisplayText::stripBidiControls(text).simplified());
}

QString preview(const MessageSummary &summary)
{
    return DisplayText::neutralise(summary.preview.trimmed());
}

QString summaryAsText(const MessageSummary &summary, const QString &accountName)
{
    QString text;
    const auto line = [&text](const char *label, const QString &value) {
        if (!value.isEmpty())
            text += QCoreApplication::translate("MessageText", label) + u' ' + value + u'\n';
    };
    line(QT_TRANSLATE_NOOP("MessageText", "From:"), addressList(summary.from));
    line(QT_TRANSLATE_NOOP("MessageText", "To:"), addressList(summary.to));
    line(QT_TRANSLATE_NOOP("MessageText", "Cc:"), addressList(summary.cc));
    line(QT_TRANSLATE_NOOP("MessageText", "Date:"), date(summary.date));
    line(QT_TRANSLATE_NOOP("MessageText", "Subject:"), subject(summary));
    line(QT_TRANSLATE_NOOP("MessageText", "Account:"), oneLine(accountName));
    line(QT_TRANSLATE_NOOP("MessageText", "Folder:"), oneLine(summary.folder));
    if (!summary.preview.isEmpty())
        text += u'\n' + preview(summary) + u'\n';
    return text;
}

QString escapeMnemonics(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace MessageText
