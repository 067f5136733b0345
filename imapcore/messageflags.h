#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace ImapCore {

// The flags of one message as a value: the five system flags as bits plus keywords (RFC 9051
// 2.3.2). \Recent is never kept (it is session state, removed in IMAP4rev2). Flag names are
// case-insensitive; keywords keep the spelling first seen and compare case-insensitively.
// Unknown backslash flags ("\Important", "\Junk") are kept as keywords.
class MessageFlags
{
public:
    enum Flag : quint8 {
        Seen = 0x01,
        Answered = 0x02,
        Flagged = 0x04,
        Deleted = 0x08,
        Draft = 0x10,
    };

    MessageFlags() = default;
    MessageFlags(quint8 systemFlags, QList<QByteArray> keywords);

    // From a FLAGS list as the server sent it; \Recent and duplicates are dropped.
    static MessageFlags fromImap(const QList<QByteArray> &flags);

    quint8 systemFlags() const { return m_system; }
    bool has(Flag flag) const { return (m_system & flag) != 0; }
    // Sorted case-insensitively, no duplicates.
    const QList<QByteArray> &keywords() const { return m_keywords; }
    bool hasKeyword(QByteArrayView keyword) const;

    // The complete set as IMAP flag strings: system flags first ("\\Seen", "\\Answered",
    // "\\Flagged", "\\Deleted", "\\Draft"), then keywords.
    QList<QByteArray> toImap() const;

    // The system flag for a name ("\\seen" -> Seen), or 0 for keywords and \Recent.
    static quint8 systemFlagFor(QByteArrayView name);
    static bool isRecent(QByteArrayView name);

    friend bool operator==(const MessageFlags &a, const MessageFlags &b);

private:
    quint8 m_system = 0;
    QList<QByteArray> m_keywords;
};

} // namespace ImapCore

// A byte and a QList: a growing QList may memmove it.
Q_DECLARE_TYPEINFO(ImapCore::MessageFlags, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ImapCore::MessageFlags)
