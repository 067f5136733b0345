#include "mailclientlauncher.h"

#include "recentmessagesmodel.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

// RFC 5092 section 6: achar = uchar / "&" / "=" / "~", uchar = unreserved / pct-encoded /
// sub-delims-sh; sub-delims-sh = "!" / "$" / "'" / "(" / ")" / "*" / "+" / ",". Everything else,
// and every byte of a non-ASCII character's UTF-8, is percent-encoded. ";", ":", "@", "/", "?",
// "#", "%" and space never appear raw in enc-user.
constexpr auto achar = "!$'()*+,&=~";
// bchar = achar / ":" / "@" / "/": the mailbox keeps its hierarchy separator "/" readable.
constexpr auto bchar = "!$'()*+,&=~:@/";

QString encode(const QString &value, const char *allowed)
{
    // toPercentEncoding always keeps RFC 3986 unreserved (ALPHA DIGIT - . _ ~).
    return QString::fromLatin1(value.toUtf8().toPercentEncoding(QByteArray(allowed)));
}

QString hostPart(const QString &host)
{
    // An IPv6 literal goes in brackets (RFC 3986 3.2.2).
    if (host.contains(u':') && !host.startsWith(u'['))
        return u'[' + host + u']';
    return host.toLower();
}

bool isWebUrl(const QString &command)
{
    const QString trimmed = command.trimmed();
    return trimmed.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || trimmed.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

} // namespace

QString MailClientLauncher::imapUrl(const AccountInfo &account, const MessageRef &message)
{
    QString url = u"imap://"_s;
    if (!account.user.isEmpty())
        url += encode(account.user, achar) + u'@';
    url += hostPart(account.host) + u':' + QString::number(account.port) + u'/'
        + encode(message.folder, bchar) + u";UIDVALIDITY="_s + QString::number(message.uidValidity)
        + u"/;UID="_s + QString::number(message.uid);
    return url;
}

QString MailClientLauncher::substitute(const QString &text, const QString &url,
                                       const QString &messageId, bool percentEncode)
{
    const auto value = [percentEncode](const QString &raw) {
        return percentEncode ? QString::fromLatin1(QUrl::toPercentEncoding(raw)) : raw;
    };
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'%' || i + 1 == text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == u'u') {
            result += value(url);
            ++i;
        } else if (next == u'm') {
            result += value(messageId);
            ++i;
        } else if (next == u'%') {
            result += u'%';
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

MailClientLauncher::Plan MailClientLauncher::plan(const AccountInfo &account,
                                                  const MessageSummary &summary)
{
    Plan plan;
    const QString command = account.openCommand.trimmed();
    if (command.isEmpty())
        return plan;
    const QString url = imapUrl(account, refOf(summary));
    // A Message-ID is server data: a line break or NUL in it has no business in an argument.
    QString messageId = summary.messageId;
    messageId.remove(QChar(u'\0'));
    messageId = messageId.simplified();

    if (isWebUrl(command)) {
        const QUrl webUrl(substitute(command, url, messageId, true), QUrl::StrictMode);
        const QString scheme = webUrl.scheme().toLower();
        if (!webUrl.isValid() || (scheme != u"http"_s && scheme != u"https"_s)) {
            plan.error = QCoreApplication::translate("MailClientLauncher",
                                                     "The webmail address “%1” is not valid.")
                             .arg(command);
            return plan;
        }
        plan.kind = Plan::Kind::Url;
        plan.url = webUrl;
        return plan;
    }

    const QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty()) {
        plan.error = QCoreApplication::translate("MailClientLauncher",
                                                 "The mail client command “%1” is empty.")
                         .arg(command);
        return plan;
    }
    plan.kind = Plan::Kind::Command;
    plan.program = substitute(words.first(), url, messageId, false);
    for (qsizetype i = 1; i < words.size(); ++i)
        plan.arguments.append(substitute(words.at(i), url, messageId, false));
    return plan;
}

bool MailClientLauncher::open(const AccountInfo &account, const MessageSummary &summary,
                              QString *errorMessage)
{
    const Plan plan = MailClientLauncher::plan(account, summary);
    const auto fail = [errorMessage](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };
    switch (plan.kind) {
    case Plan::Kind::None:
        return fail(plan.error.isEmpty() ? QCoreApplication::translate(
                        "MailClientLauncher", "No mail client is set for this account.")
                                         : plan.error);
    case Plan::Kind::Url:
        if (!QDesktopServices::openUrl(plan.url))
            return fail(QCoreApplication::translate("MailClientLauncher",
                                                    "The web browser could not be started."));
        return true;
    case Plan::Kind::Command:
        if (!QProcess::startDetached(plan.program, plan.arguments))
            return fail(QCoreApplication::translate("MailClientLauncher",
                                                    "The mail client “%1” could not be started.")
                            .arg(plan.program));
        return true;
    }
    return false;
}
