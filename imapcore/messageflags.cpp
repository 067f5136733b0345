#include "messageflags.h"

#include <algorithm>

namespace ImapCore {

namespace {

struct SystemFlagName
{
    QByteArrayView name;
    MessageFlags::Flag flag;
};

constexpr SystemFlagName systemFlagNames[] = {
    {"\\Seen", MessageFlags::Seen},       {"\\Answered", MessageFlags::Answered},
    {"\\Flagged", MessageFlags::Flagged}, {"\\Deleted", MessageFlags::Deleted},
    {"\\Draft", MessageFlags::Draft},
};

bool lessCaseInsensitive(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

void normaliseKeywords(QList<QByteArray> &keywords)
{
    // Most messages carry no keyword or one: nothing to sort, and begin() would detach.
    if (keywords.size() < 2)
        return;
    std::stable_sort(keywords.begin(), keywords.end(), lessCaseInsensitive);
    const auto last =
        std::unique(keywords.begin(), keywords.end(), [](const QByteArray &a, const QByteArray &b) {
            return a.compare(b, Qt::CaseInsensitive) == 0;
        });
    keywords.erase(last, keywords.end());
}

} // namespace

MessageFlags::MessageFlags(quint8 systemFlags, QList<QByteArray> keywords)
    : m_system(systemFlags & 0x1f)
    , m_keywords(std::move(keywords))
{
    m_keywords.removeIf(
        [](const QByteArray &k) { return k.isEmpty() || isRecent(k) || systemFlagFor(k) != 0; });
    normaliseKeywords(m_keywords);
}

MessageFlags MessageFlags::fromImap(const QList<QByteArray> &flags)
{
    MessageFlags result;
    for (const QByteArray &flag : flags) {
        if (flag.isEmpty() || isRecent(flag))
            continue;
        if (const quint8 bit = systemFlagFor(flag))
            result.m_system |= bit;
        else
            result.m_keywords.append(flag);
    }
    normaliseKeywords(result.m_keywords);
    return result;
}

bool MessageFlags::hasKeyword(QByteArrayView keyword) const
{
    return std::any_of(m_keywords.cbegin(), m_keywords.cend(), [keyword](const QByteArray &k) {
        return k.compare(keyword, Qt::CaseInsensitive) == 0;
    });
}

QList<QByteArray> MessageFlags::toImap() const
{
    QList<QByteArray> result;
    result.reserve(5 + m_keywords.size());
    for (const SystemFlagName &entry : systemFlagNames) {
        if (m_system & entry.flag)
            result.append(entry.name.toByteArray());
    }
    result.append(m_keywords);
    return result;
}

quint8 MessageFlags::systemFlagFor(QByteArrayView name)
{
    // Case folding keeps the length: only names of an entry's length need comparing.
    for (const SystemFlagName &entry : systemFlagNames) {
        if (name.size() == entry.name.size() && name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.flag;
    }
    return 0;
}

bool MessageFlags::isRecent(QByteArrayView name)
{
    constexpr QByteArrayView recent("\\Recent");
    return name.size() == recent.size() && name.compare(recent, Qt::CaseInsensitive) == 0;
}

bool operator==(const MessageFlags &a, const MessageFlags &b)
{
    if (a.m_system != b.m_system || a.m_keywords.size() != b.m_keywords.size())
        return false;
    for (qsizetype i = 0; i < a.m_keywords.size(); ++i) {
        if (a.m_keywords[i].compare(b.m_keywords[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace ImapCore
