#include "engine/folderlistcollector.h"

#include "protocol/mailboxname.h"

namespace ImapCore {

namespace {

bool is(const QByteArray &attribute, const char *name)
{
    return attribute.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<FolderInfo::SpecialUse> specialUse(const QByteArray &attribute)
{
    using Use = FolderInfo::SpecialUse;
    // RFC 6154 2.
    static const std::pair<const char *, Use> uses[] = {
        {"\\All", Use::All},         {"\\Archive", Use::Archive}, {"\\Drafts", Use::Drafts},
        {"\\Flagged", Use::Flagged}, {"\\Junk", Use::Junk},       {"\\Sent", Use::Sent},
        {"\\Trash", Use::Trash},
    };
    for (const auto &[name, use] : uses) {
        if (is(attribute, name))
            return use;
    }
    return std::nullopt;
}

} // namespace

FolderListCollector::FolderListCollector(bool utf8Accepted, qsizetype maxFolders)
    : m_utf8Accepted(utf8Accepted)
    , m_maxFolders(maxFolders)
{ }

std::optional<FolderInfo> FolderListCollector::folderInfo(const ListResponse &list,
                                                          bool utf8Accepted)
{
    if (list.isLsub)
        return std::nullopt;
    const std::optional<QString> name = MailboxName::decode(list.mailbox, utf8Accepted);
    if (!name)
        return std::nullopt;
    FolderInfo folder;
    // RFC 9051 5.1: INBOX in any case is the inbox; keep the one spelling the app uses.
    folder.name = MailboxName::isInbox(*name) ? QStringLiteral("INBOX") : *name;
    if (list.delimiter)
        folder.delimiter = QChar::fromLatin1(*list.delimiter);
    for (const QByteArray &attribute : list.attributes) {
        if (is(attribute, "\\Noselect") || is(attribute, "\\NonExistent"))
            folder.selectable = false;
        else if (is(attribute, "\\HasChildren"))
            folder.hasChildren = true;
        else if (is(attribute, "\\Subscribed"))
            folder.subscribed = true;
        else if (const auto use = specialUse(attribute);
                 use && folder.specialUse == FolderInfo::SpecialUse::None)
            folder.specialUse = *use;
    }
    return folder;
}

bool FolderListCollector::add(const ListResponse &list)
{
    if (list.isLsub)
        return true;
    if (m_folders.size() >= m_maxFolders) {
        m_truncated = true;
        return false;
    }
    std::optional<FolderInfo> folder = folderInfo(list, m_utf8Accepted);
    if (!folder) {
        ++m_undecodable;
        return true;
    }
    m_folders.append(std::move(*folder));
    return true;
}

} // namespace ImapCore
