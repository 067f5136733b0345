#include "recentmessagesmodel.h"

#include "accountcolors.h"
#include "atomicwrite.h"
#include "filekindwords.h"
#include "localfile.h"
#include "messagetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int fileVersion = 1;

QJsonArray addressesToJson(const QList<MailAddress> &addresses)
{
    QJsonArray array;
    for (const MailAddress &address : addresses) {
        QJsonObject object {{u"address"_s, address.address}};
        if (!address.name.isEmpty())
            object.insert(u"name"_s, address.name);
        if (!address.group.isEmpty())
            object.insert(u"group"_s, address.group);
        array.append(object);
    }
    return array;
}

QList<MailAddress> addressesFromJson(const QJsonValue &value)
{
    QList<MailAddress> addresses;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        MailAddress address;
        address.name = object.value(u"name"_s).toString();
        address.address = object.value(u"address"_s).toString();
        address.group = object.value(u"group"_s).toString();
        addresses.append(address);
    }
    return addresses;
}

QJsonObject summaryToJson(const MessageSummary &summary)
{
    QJsonArray keywords;
    for (const QByteArray &keyword : summary.flags.keywords())
        keywords.append(QString::fromUtf8(keyword));
    return QJsonObject {
        {u"account"_s, summary.accountId},
        {u"folder"_s, summary.folder},
        {u"uidValidity"_s, double(summary.uidValidity)},
        {u"uid"_s, double(summary.uid)},
        {u"from"_s, addressesToJson(summary.from)},
        {u"to"_s, addressesToJson(summary.to)},
        {u"cc"_s, addressesToJson(summary.cc)},
        {u"date"_s, summary.date.toUTC().toString(Qt::ISODateWithMs)},
        {u"subject"_s, summary.subject},
        {u"preview"_s, summary.preview},
        {u"flags"_s, int(summary.flags.systemFlags())},
        {u"keywords"_s, keywords},
        {u"size"_s, double(summary.size)},
        {u"messageId"_s, summary.messageId},
    };
}

// A uid or UIDVALIDITY: a whole number in 1..2^32-1 (RFC 9051 nz-number).
std::optional<quint32> nzNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 1 || number > 4294967295.0 || number != double(quint64(number)))
        return std::nullopt;
    return quint32(number);
}

std::optional<MessageSummary> summaryFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    MessageSummary summary;
    summary.accountId = object.value(u"account"_s).toString();
    summary.folder = object.value(u"folder"_s).toString();
    const auto uid = nzNumber(object.value(u"uid"_s));
    const auto uidValidity = nzNumber(object.value(u"uidValidity"_s));
    if (summary.accountId.isEmpty() || summary.folder.isEmpty() || !uid || !uidValidity)
        return std::nullopt;
    summary.uid = *uid;
    summary.uidValidity = *uidValidity;
    summary.from = addressesFromJson(object.value(u"from"_s));
    summary.to = addressesFromJson(object.value(u"to"_s));
    summary.cc = addressesFromJson(object.value(u"cc"_s));
    summary.date = QDateTime::fromString(object.value(u"date"_s).toString(), Qt::ISODateWithMs);
    summary.subject = object.value(u"subject"_s).toString();
    summary.preview = object.value(u"preview"_s).toString();
    QList<QByteArray> keywords;
    for (const QJsonValue &keyword : object.value(u"keywords"_s).toArray())
        keywords.append(keyword.toString().toUtf8());
    const int system = object.value(u"flags"_s).toInt() & 0x1f;
    summary.flags = MessageFlags(quint8(system), keywords);
    // Clamped before converting: a double beyond quint64 would be undefined behaviour.
    summary.size = quint64(std::clamp(object.value(u"size"_s).toDouble(), 0.0, 1e18));
    summary.messageId = object.value(u"messageId"_s).toString();
    return summary;
}

} // namespace

RecentMessagesModel::RecentMessagesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int RecentMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant RecentMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageSummary &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return MessageText::subject(message);
    case Qt::AccessibleTextRole:
        // What a screen reader says for the row: the delegate paints, so it has no text.
        return QCoreApplication::translate("RecentMessagesModel", "%1, from %2: %3")
            .arg(message.flags.has(MessageFlags::Seen)
                     ? QCoreApplication::translate("RecentMessagesModel", "Read")
                     : QCoreApplication::translate("RecentMessagesModel", "Unread"),
                 MessageText::sender(message), MessageText::subject(message));
    case Qt::ToolTipRole:
        return MessageText::summaryAsText(message, accountName(message.accountId));
    case SenderRole:
        return MessageText::sender(message);
    case PreviewRole:
        return MessageText::oneLine(message.preview);
    case DateRole:
        return message.date;
    case UnreadRole:
        return !message.flags.has(MessageFlags::Seen);
    case FlaggedRole:
        return message.flags.has(MessageFlags::Flagged);
    case AccountIdRole:
        return message.accountId;
    case AccountNameRole:
        return accountName(message.accountId);
    case AccountColorRole: {
        const auto account = m_accounts.constFind(message.accountId);
        return account != m_accounts.cend() ? AccountColors::forAccount(*account)
                                            : AccountColors::forId(message.accountId);
    }
    case FolderRole:
        return message.folder;
    case MessageRefRole:
        return QVariant::fromValue(refOf(message));
    case SummaryRole:
        return QVariant::fromValue(message);
    case FilterTextRole:
        return QStringList {MessageText::sender(message), MessageText::addressList(message.from),
                            message.subject, message.preview}
            .join(u'\n');
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentMessagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SenderRole, "sender");
    names.insert(SubjectRole, "subject");
    names.insert(PreviewRole, "preview");
    names.insert(DateRole, "date");
    names.insert(UnreadRole, "unread");
    names.insert(FlaggedRole, "flagged");
    names.insert(AccountIdRole, "accountId");
    names.insert(AccountNameRole, "accountName");
    names.insert(AccountColorRole, "accountColor");
    names.insert(FolderRole, "folder");
    return names;
}

void RecentMessagesModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    trimToLimit();
}

void RecentMessagesModel::setAccounts(const QList<AccountInfo> &accounts)
{
    m_accounts.clear();
    for (const AccountInfo &account : accounts)
        m_accounts.insert(account.id, account);
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {AccountNameRole, AccountColorRole, Qt::ToolTipRole});
}

void RecentMessagesModel::addMessages(const QList<MessageSummary> &messages)
{
    QHash<MessageRef, int> rows; // existing rows by key
    for (int row = 0; row < m_messages.size(); ++row)
        rows.insert(refOf(m_messages.at(row)), row);

    // Newest arrival on top: walk the batch from its end; only the newest m_limit can stay.
    QList<MessageSummary> fresh;
    QSet<MessageRef> taken;
    for (auto it = messages.crbegin(); it != messages.crend() && fresh.size() < m_limit; ++it) {
        const MessageRef key = refOf(*it);
        if (taken.contains(key))
            continue;
        taken.insert(key);
        const auto existing = rows.constFind(key);
        if (existing != rows.cend()) {
            m_messages[*existing] = *it;
            const QModelIndex changed = index(*existing);
            Q_EMIT dataChanged(changed, changed);
            continue;
        }
        fresh.append(*it);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_messages = fresh + m_messages;
    endInsertRows();
    trimToLimit();
}

void RecentMessagesModel::addBacklog(const QList<MessageSummary> &messages)
{
    QHash<MessageRef, int> rows;
    for (int row = 0; row < m_messages.size(); ++row)
        rows.insert(refOf(m_messages.at(row)), row);
    QSet<MessageRef> taken;
    QList<MessageSummary> fresh;
    for (const MessageSummary &message : messages) {
        const MessageRef key = refOf(message);
        if (taken.contains(key))
            continue;
        taken.insert(key);
        if (const auto existing = rows.constFind(key); existing != rows.cend()) {
            m_messages[*existing] = message;
            const QModelIndex changed = index(*existing);
            Q_EMIT dataChanged(changed, changed);
            continue;
        }
        fresh.append(message);
    }
    // Newest first; equal dates by UID, so the order does not depend on the batch's.
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const MessageSummary &a, const MessageSummary &b) {
                         return a.date != b.date ? a.date > b.date : a.uid > b.uid;
                     });
    int row = 0;
    for (const MessageSummary &message : std::as_const(fresh)) {
        // Above the first row that is older; rows without a date stay above a dated backlog.
        while (row < m_messages.size()
               && (!m_messages.at(row).date.isValid() || m_messages.at(row).date >= message.date))
            ++row;
        if (row >= m_limit)
            break; // it and every older one would fall off at once
        beginInsertRows({}, row, row);
        m_messages.insert(row, message);
        endInsertRows();
        ++row;
    }
    trimToLimit();
}

void RecentMessagesModel::applyFlags(const MessageRef &message, const MessageFlags &flags)
{
    const int row = rowOf(message);
    if (row < 0 || m_messages.at(row).flags == flags)
        return;
    m_messages[row].flags = flags;
    Q_EMIT dataChanged(index(row), index(row), {UnreadRole, FlaggedRole, SummaryRole});
}

void RecentMessagesModel::removeMessage(const MessageRef &message)
{
    const int row = rowOf(message);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
}

void RecentMessagesModel::removeAccount(const QString &accountId)
{
    // Backwards so each removal leaves the rows still to visit where they were.
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (m_messages.at(row).accountId != accountId)
            continue;
        int first = row;
        while (first > 0 && m_messages.at(first - 1).accountId == accountId)
            --first;
        beginRemoveRows({}, first, row);
        m_messages.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void RecentMessagesModel::clear()
{
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

QList<MessageRef> RecentMessagesModel::unreadMessages() const
{
    QList<MessageRef> refs;
    for (const MessageSummary &message : m_messages) {
        if (!message.flags.has(MessageFlags::Seen))
            refs.append(refOf(message));
    }
    return refs;
}

std::optional<MessageSummary> RecentMessagesModel::summary(const MessageRef &message) const
{
    const int row = rowOf(message);
    if (row < 0)
        return std::nullopt;
    return m_messages.at(row);
}

int RecentMessagesModel::rowOf(const MessageRef &message) const
{
    const auto it = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                 [&](const MessageSummary &m) { return refOf(m) == message; });
    return it == m_messages.cend() ? -1 : int(it - m_messages.cbegin());
}

MessageRef RecentMessagesModel::refAt(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return {};
    return refOf(m_messages.at(row));
}

bool RecentMessagesModel::load(const QString &path, QString *errorMessage)
{
    const auto fail = [&](const QString &why) {
        clear();
        if (errorMessage)
            *errorMessage = tr("The recent-messages list %1 could not be read (%2); starting "
                               "with an empty list.")
                                .arg(path, why);
        return false;
    };
    // Only a regular file is read: a FIFO would block the UI thread.
    const LocalFile::ReadResult read = LocalFile::read(path, maxFileBytes);
    if (read.kind == LocalFile::Kind::Missing) {
        clear();
        return true;
    }
    if (!read.error.isEmpty())
        return fail(read.error);
    if (read.kind != LocalFile::Kind::Regular) {
        clear();
        if (errorMessage)
            //: %1 says what the path is instead, e.g. "/x is a folder, not a regular file"
            *errorMessage = tr("%1; starting with an empty recent-messages list.")
                                .arg(FileKindWords::notRegularFile(path, read.kind));
        return false;
    }
    if (read.tooLarge)
        return fail(tr("the file is too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(read.bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"version"_s).toInt() != fileVersion
        || !root.value(u"messages"_s).isArray())
        return fail(tr("not a Mailbell recent-messages file of a known version"));

    QList<MessageSummary> loaded;
    QSet<MessageRef> keys;
    int skipped = 0;
    for (const QJsonValue &value : root.value(u"messages"_s).toArray()) {
        if (loaded.size() >= m_limit)
            break;
        const auto summary = summaryFromJson(value);
        if (!summary) {
            ++skipped;
            continue;
        }
        const MessageRef key = refOf(*summary);
        if (keys.contains(key))
            continue;
        keys.insert(key);
        loaded.append(*summary);
    }
    beginResetModel();
    m_messages = loaded;
    endResetModel();
    if (skipped > 0) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate(
                                "RecentMessagesModel",
                                "%n unreadable entries in the recent-messages list %1 were "
                                "dropped.",
                                nullptr, skipped)
                                .arg(path);
        return false;
    }
    return true;
}

bool RecentMessagesModel::saveSnapshot(const QList<MessageSummary> &list, const QString &path,
                                       QString *errorMessage)
{
    QJsonArray messages;
    for (const MessageSummary &message : list)
        messages.append(summaryToJson(message));
    const QJsonObject root {{u"version"_s, fileVersion}, {u"messages"_s, messages}};

    // Atomic, and only over a regular file (a FIFO or a device node is never replaced); a
    // symbolic link stays and its target is written. Subjects, senders and previews: owner only,
    // like the other state files, from the first byte on, also for an old 0644 file. A file
    // system without permissions (FAT) refuses the mode; the list is still saved there. The
    // folder is the store's to make.
    AtomicWrite::Options options;
    options.folder = AtomicWrite::Folder::Existing;
    options.link = AtomicWrite::Link::WriteTarget;
    options.modeRequired = false;
    const AtomicWrite::Result written =
        AtomicWrite::write(path, QJsonDocument(root).toJson(), options);
    if (written.replaced())
        return true;
    if (errorMessage) {
        *errorMessage = written.failure == AtomicWrite::Failure::NotRegularFile
            ? tr("The recent-messages list could not be saved: %1.")
                  .arg(FileKindWords::notRegularFile(path, written.kind))
            : tr("The recent-messages list could not be saved to %1: %2")
                  .arg(path, written.systemMessage());
    }
    return false;
}

QString RecentMessagesModel::accountName(const QString &accountId) const
{
    const auto account = m_accounts.constFind(accountId);
    if (account == m_accounts.cend() || account->displayName.isEmpty())
        return accountId;
    return account->displayName;
}

void RecentMessagesModel::trimToLimit()
{
    if (m_messages.size() <= m_limit)
        return;
    beginRemoveRows({}, m_limit, int(m_messages.size()) - 1);
    m_messages.resize(m_limit);
    endRemoveRows();
}
