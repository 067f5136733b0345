#include "folderorder.h"

#include <QLocale>

using ImapCore::FolderInfo;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOtherRank = 9;

int rankOf(FolderInfo::SpecialUse use)
{
    switch (use) {
    case FolderInfo::SpecialUse::Drafts:
        return 1;
    case FolderInfo::SpecialUse::Sent:
        return 3;
    case FolderInfo::SpecialUse::Archive:
        return 4;
    case FolderInfo::SpecialUse::Junk:
        return 5;
    case FolderInfo::SpecialUse::Trash:
        return 6;
    case FolderInfo::SpecialUse::All:
        return 7;
    case FolderInfo::SpecialUse::Flagged:
        return 8;
    case FolderInfo::SpecialUse::None:
        break;
    }
    return kOtherRank;
}

// Servers without SPECIAL-USE (and Templates, which RFC 6154 lacks): the names clients create.
int rankOfName(const QString &label)
{
    static const QList<std::pair<QString, int>> names {
        {u"drafts"_s, 1},        {u"templates"_s, 2},        {u"sent"_s, 3},
        {u"sent items"_s, 3},    {u"sent messages"_s, 3},    {u"sent mail"_s, 3},
        {u"archive"_s, 4},       {u"archives"_s, 4},         {u"junk"_s, 5},
        {u"spam"_s, 5},          {u"junk e-mail"_s, 5},      {u"trash"_s, 6},
        {u"deleted items"_s, 6}, {u"deleted messages"_s, 6},
    };
    const QString lower = label.toLower();
    for (const auto &[name, rank] : names) {
        if (lower == name)
            return rank;
    }
    return kOtherRank;
}

} // namespace

FolderOrder::FolderOrder()
    : m_collator(QLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true); // "Project 9" before "Project 10"
}

int FolderOrder::rank(const FolderInfo &folder, const QString &label, const QString &parent)
{
    const bool topLevel = parent.isEmpty();
    if (topLevel && folder.name.compare("INBOX"_L1, Qt::CaseInsensitive) == 0)
        return 0;
    if (const int byUse = rankOf(folder.specialUse); byUse != kOtherRank)
        return byUse;
    // A "Trash" deep in someone's folders is just a name.
    const bool underInbox = parent.compare("INBOX"_L1, Qt::CaseInsensitive) == 0;
    return topLevel || underInbox ? rankOfName(label) : kOtherRank;
}

bool FolderOrder::lessThan(const FolderInfo &a, const QString &aLabel, const FolderInfo &b,
                           const QString &bLabel, const QString &parent) const
{
    const int rankA = rank(a, aLabel, parent);
    const int rankB = rank(b, bLabel, parent);
    if (rankA != rankB)
        return rankA < rankB;
    if (const int byName = m_collator.compare(aLabel, bLabel); byName != 0)
        return byName < 0;
    return aLabel < bLabel; // "a" and "A": still one order, every time
}
