#include "eventformatter.h"

#include "accountstatuswords.h"
#include "displaytext.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

QString isoDate(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString label(const QString &account, const QString &folder)
{
    return u'[' + EventFormatter::shown(account) + u'/' + EventFormatter::shown(folder) + u']';
}

// What helps to act on an error, as data, for the error and state events alike.
void insertErrorDetails(QJsonObject &object, const ImapError &error)
{
    if (!error.certificateProblems.isEmpty()) {
        QJsonArray reasons;
        for (const ImapError::CertificateProblem problem : error.certificateProblems)
            reasons.append(EventFormatter::certificateProblemName(problem));
        object.insert(u"reason"_s,
                      EventFormatter::certificateProblemName(error.certificateProblem()));
        object.insert(u"reasons"_s, reasons);
    }
    if (!error.fingerprintSha256.isEmpty())
        object.insert(u"fingerprint"_s, error.fingerprintText());
    if (error.kind == ErrorKind::ProtocolError) {
        if (!error.responseKind.isEmpty())
            object.insert(u"response"_s, error.responseKind);
        if (!error.excerpt.isEmpty())
            object.insert(u"excerpt"_s, QString::fromLatin1(error.excerpt));
        if (error.offset >= 0)
            object.insert(u"offset"_s, error.offset);
    }
}

} // namespace

QJsonObject EventFormatter::ready(int accounts, int folders)
{
    return {{u"event"_s, u"ready"_s}, {u"accounts"_s, accounts}, {u"folders"_s, folders}};
}

QJsonObject EventFormatter::newMessage(const MessageSummary &message)
{
    return {
        {u"event"_s, u"new"_s},
        {u"account"_s, message.accountId},
        {u"folder"_s, message.folder},
        {u"uid"_s, qint64(message.uid)},
        {u"uidvalidity"_s, qint64(message.uidValidity)},
        {u"from"_s, fromText(message)},
        {u"from_address"_s, fromAddress(message)},
        {u"subject"_s, message.subject},
        {u"preview"_s, message.preview},
        {u"date"_s, isoDate(message.date)},
        {u"size"_s, qint64(message.size)},
        {u"flags"_s, flagArray(message.flags)},
        {u"message_id"_s, message.messageId},
    };
}

QJsonObject EventFormatter::expunged(const MessageRef &message)
{
    return {{u"event"_s, u"expunged"_s},
            {u"account"_s, message.accountId},
            {u"folder"_s, message.folder},
            {u"uid"_s, qint64(message.uid)},
            {u"uidvalidity"_s, qint64(message.uidValidity)}};
}

QJsonObject EventFormatter::flags(const MessageRef &message, const MessageFlags &flags)
{
    return {{u"event"_s, u"flags"_s},
            {u"account"_s, message.accountId},
            {u"folder"_s, message.folder},
            {u"uid"_s, qint64(message.uid)},
            {u"uidvalidity"_s, qint64(message.uidValidity)},
            {u"flags"_s, flagArray(flags)}};
}

QJsonObject EventFormatter::count(const FolderStatus &status)
{
    return {{u"event"_s, u"count"_s},
            {u"account"_s, status.accountId},
            {u"folder"_s, status.folder},
            {u"messages"_s, qint64(status.messages)},
            {u"unseen"_s, qint64(status.unseen)}};
}

QJsonObject EventFormatter::state(const AccountStatus &status)
{
    QJsonObject object {{u"event"_s, u"state"_s},
                        {u"account"_s, status.accountId},
                        {u"state"_s, stateName(status.state)},
                        {u"state_text"_s, AccountStatusWords::state(status.state)}};
    if (status.error.isError()) {
        object.insert(u"error_kind"_s, kindName(status.error.kind));
        object.insert(u"message"_s, status.error.message);
        object.insert(u"error_text"_s, AccountStatusWords::summary(status.error));
        insertErrorDetails(object, status.error);
    }
    if (status.nextAttempt.isValid())
        object.insert(u"next_attempt"_s, isoDate(status.nextAttempt));
    return object;
}

QJsonObject EventFormatter::error(const QString &account, const QString &kind,
                                  const QString &message)
{
    return {{u"event"_s, u"error"_s},
            {u"account"_s, account},
            {u"kind"_s, kind},
            {u"message"_s, message}};
}

QJsonObject EventFormatter::error(const QString &account, const ImapError &error)
{
    QJsonObject object =
        EventFormatter::error(account, kindName(error.kind), AccountStatusWords::summary(error));
    insertErrorDetails(object, error);
    return object;
}

QByteArray EventFormatter::jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonArray EventFormatter::flagArray(const MessageFlags &flags)
{
    QJsonArray array;
    for (const QByteArray &flag : flags.toImap()) {
        if (!MessageFlags::isRecent(flag))
            array.append(QString::fromUtf8(flag));
    }
    return array;
}

QString EventFormatter::kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return u"none"_s;
    case ErrorKind::HostNotFound:
        return u"host-not-found"_s;
    case ErrorKind::ConnectionRefused:
        return u"connection-refused"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::TlsUntrusted:
        return u"tls-untrusted"_s;
    case ErrorKind::TlsPinMismatch:
        return u"tls-pin-mismatch"_s;
    case ErrorKind::TlsFailed:
        return u"tls-failed"_s;
    case ErrorKind::StartTlsUnavailable:
        return u"starttls-unavailable"_s;
    case ErrorKind::AuthUnavailable:
        return u"auth-unavailable"_s;
    case ErrorKind::AuthFailed:
        return u"auth-failed"_s;
    case ErrorKind::ProtocolError:
        return u"protocol-error"_s;
    case ErrorKind::ServerBye:
        return u"server-bye"_s;
    case ErrorKind::NetworkError:
        return u"network-error"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::MailboxUnavailable:
        return u"mailbox-unavailable"_s;
    case ErrorKind::StaleMessage:
        return u"stale-message"_s;
    }
    return u"unknown"_s;
}

QString EventFormatter::certificateProblemName(ImapError::CertificateProblem problem)
{
    using Problem = ImapError::CertificateProblem;
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::PinChanged:
        return u"pin-changed"_s;
    case Problem::HostNameMismatch:
        return u"host-mismatch"_s;
    case Problem::Expired:
        return u"expired"_s;
    case Problem::NotYetValid:
        return u"not-yet-valid"_s;
    case Problem::SelfSigned:
        return u"self-signed"_s;
    case Problem::UnknownIssuer:
        return u"unknown-issuer"_s;
    case Problem::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

QString EventFormatter::stateName(AccountStatus::State state)
{
    using State = AccountStatus::State;
    switch (state) {
    case State::Disabled:
        return u"disabled"_s;
    case State::WaitingForPassword:
        return u"waiting-for-password"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Synchronizing:
        return u"synchronizing"_s;
    case State::Online:
        return u"online"_s;
    case State::Reconnecting:
        return u"reconnecting"_s;
    case State::AuthFailed:
        return u"auth-failed"_s;
    case State::Error:
        return u"error"_s;
    case State::Stopped:
        return u"stopped"_s;
    }
    return u"unknown"_s;
}

QString EventFormatter::fromText(const MessageSummary &message)
{
    return message.from.isEmpty() ? QString() : message.from.constFirst().displayString();
}

QString EventFormatter::fromAddress(const MessageSummary &message)
{
    return message.from.isEmpty() ? QString() : message.from.constFirst().address;
}

QString EventFormatter::readableReady(int accounts, int folders)
{
    //: %1 is "%n folder(s)", %2 is "%n account(s)"
    return tr("Ready: watching %1 in %2.")
        .arg(tr("%n folder(s)", nullptr, folders), tr("%n account(s)", nullptr, accounts));
}

QString EventFormatter::readableNew(const MessageSummary &message, const QString &account)
{
    const QString from = fromText(message).isEmpty() ? tr("(unknown sender)") : fromText(message);
    const QString subject = message.subject.isEmpty() ? tr("(no subject)") : message.subject;
    QString line =
        tr("%1 New: %2 — %3").arg(label(account, message.folder), shown(from), shown(subject));
    if (!message.preview.isEmpty())
        line += u" — "_s + shown(message.preview.simplified());
    return line;
}

QString EventFormatter::readableExpunged(const MessageRef &message, const QString &account)
{
    return tr("%1 Removed: message %2").arg(label(account, message.folder)).arg(message.uid);
}

QString EventFormatter::readableFlags(const MessageRef &message, const MessageFlags &flags,
                                      const QString &account)
{
    QStringList names;
    for (const QJsonValue &value : flagArray(flags))
        names.append(printable(value.toString()));
    const QString list = names.isEmpty() ? tr("(none)") : names.join(u' ');
    return tr("%1 Flags of message %2: %3")
        .arg(label(account, message.folder))
        .arg(message.uid)
        .arg(list);
}

QString EventFormatter::readableCount(const FolderStatus &status, const QString &account)
{
    return tr("%1 %2 unseen of %3")
        .arg(label(account, status.folder))
        .arg(status.unseen)
        .arg(status.messages);
}

QString EventFormatter::readableState(const AccountStatus &status, const QString &account)
{
    // The words `mailbell check` and the tray use, translated; the engine's message is English.
    QString line;
    if (status.error.isError()) {
        //: %1 the account, %2 its state ("offline, reconnecting"), %3 what went wrong
        line = tr("[%1] %2 — %3")
                   .arg(shown(account), AccountStatusWords::state(status.state),
                        AccountStatusWords::summary(status.error));
    } else {
        line = tr("[%1] %2").arg(shown(account), AccountStatusWords::state(status.state));
    }
    if (status.nextAttempt.isValid())
        line += tr(" (next attempt at %1)")
                    .arg(status.nextAttempt.toLocalTime().toString(u"HH:mm:ss"_s));
    return line;
}

QString EventFormatter::readableError(const QString &account, const QString &message)
{
    return tr("[%1] Error: %2").arg(shown(account), printable(message));
}

QString EventFormatter::readableError(const QString &account, const ImapError &error)
{
    return readableError(account, AccountStatusWords::summary(error));
}

QString EventFormatter::shown(const QString &text)
{
    return printable(DisplayText::neutralise(text));
}

QString EventFormatter::printable(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}
