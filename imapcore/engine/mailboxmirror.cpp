#include "engine/mailboxmirror.h"

#include "protocol/limits.h"

#include <QHash>
#include <QtEndian>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

constexpr QByteArrayView magic = "MBMIRROR";
constexpr qsizetype headerSize = 8 + 4 + 4;
// Bounds of what a file may claim, far above real use, so a damaged or hostile file cannot make
// the reader allocate or loop in proportion to a number it invents.
constexpr qsizetype maxNameBytes = 4096;
constexpr quint64 maxKeywords = 1024;
constexpr qsizetype maxKeywordBytes = 1024;
// Every message with its own UID run and flag run, each number a 5-byte varint, plus the names.
constexpr qint64 maxBodyBytes = qint64(Limits::maxMailboxMessages) * 20 + 1024 * 1024;

quint32 checksum(QByteArrayView bytes)
{
    return quint32(::crc32(0, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(0x80 | (value & 0x7f)));
        value >>= 7;
    }
    out.append(char(value));
}

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    putVarint(out, quint64(bytes.size()));
    out.append(bytes);
}

// Reads the body; the first problem stops it and says what it was.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    bool ok() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    bool atEnd() const { return m_at == m_bytes.size(); }

    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    // A varint in [min, max]; what names it in a problem.
    quint64 number(quint64 min, quint64 max, const char *what)
    {
        quint64 value = 0;
        for (int shift = 0; ok(); shift += 7) {
            if (m_at >= m_bytes.size() || shift > 63) {
                fail(u"%1 is cut off or too long"_s.arg(QLatin1StringView(what)));
                return 0;
            }
            const auto byte = quint8(m_bytes[m_at++]);
            value |= quint64(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                break;
        }
        if (ok() && (value < min || value > max))
            fail(u"%1 is %2, outside %3..%4"_s.arg(QLatin1StringView(what))
                     .arg(value)
                     .arg(min)
                     .arg(max));
        return ok() ? value : 0;
    }

    quint8 byte(quint8 max, const char *what)
    {
        if (!ok())
            return 0;
        if (m_at >= m_bytes.size()) {
            fail(u"%1 is cut off"_s.arg(QLatin1StringView(what)));
            return 0;
        }
        const auto value = quint8(m_bytes[m_at++]);
        if (value > max)
            fail(u"%1 is %2, above %3"_s.arg(QLatin1StringView(what)).arg(value).arg(max));
        return value;
    }

    QByteArray bytes(qsizetype min, qsizetype max, const char *what)
    {
        const auto size = qsizetype(number(quint64(min), quint64(max), what));
        if (!ok())
            return {};
        if (m_bytes.size() - m_at < size) {
            fail(u"%1 is cut off"_s.arg(QLatin1StringView(what)));
            return {};
        }
        const QByteArray result = m_bytes.sliced(m_at, size).toByteArray();
        m_at += size;
        return result;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    QString m_problem;
};

QByteArray flagSetKey(const MessageFlags &flags)
{
    QByteArray key(1, char(flags.systemFlags()));
    for (const QByteArray &keyword : flags.keywords())
        key += ' ' + keyword;
    return key;
}

} // namespace

QByteArray MailboxMirror::encode() const
{
    Q_ASSERT(uids.size() == flags.size());
    QByteArray body;
    body.reserve(256);
    putBytes(body, account.toUtf8());
    putBytes(body, folder.toUtf8());
    putVarint(body, uidValidity);
    putVarint(body, highestModSeq);
    putVarint(body, quint64(uids.size()));

    // Runs of consecutive UIDs: the gap since the end of the last run, and the length - 1.
    QByteArray runs;
    quint64 runCount = 0;
    quint32 end = 0; // the last UID of the previous run
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i + 1;
        while (j < uids.size() && uids[j] == uids[j - 1] + 1)
            ++j;
        putVarint(runs, uids[i] - end - 1);
        putVarint(runs, quint64(j - i - 1));
        end = uids[j - 1];
        ++runCount;
        i = j;
    }
    putVarint(body, runCount);
    body += runs;

    // The distinct flag sets, then each message's set as runs over the messages in UID order.
    QHash<QByteArray, quint64> index;
    QList<const MessageFlags *> sets;
    QByteArray flagRuns;
    quint64 flagRunCount = 0;
    for (qsizetype i = 0; i < flags.size();) {
        const QByteArray key = flagSetKey(flags[i]);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, quint64(sets.size()));
            sets.append(&flags[i]);
        }
        qsizetype j = i + 1;
        while (j < flags.size() && flags[j] == flags[i])
            ++j;
        putVarint(flagRuns, it.value());
        putVarint(flagRuns, quint64(j - i));
        ++flagRunCount;
        i = j;
    }
    putVarint(body, quint64(sets.size()));
    for (const MessageFlags *set : std::as_const(sets)) {
        body.append(char(set->systemFlags()));
        putVarint(body, quint64(set->keywords().size()));
        for (const QByteArray &keyword : set->keywords())
            putBytes(body, keyword);
    }
    putVarint(body, flagRunCount);
    body += flagRuns;

    const QByteArray packed = qCompress(body, 9);
    QByteArray file;
    file.reserve(headerSize + packed.size());
    file.append(magic);
    char word[4];
    qToLittleEndian(formatVersion, word);
    file.append(word, 4);
    qToLittleEndian(checksum(packed), word);
    file.append(word, 4);
    file.append(packed);
    return file;
}

std::optional<MailboxMirror> MailboxMirror::decode(const QByteArray &bytes, QString *reason)
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    if (bytes.size() < headerSize + 4 || !bytes.startsWith(magic))
        return refuse(u"not a mailbox mirror file (no MBMIRROR header)"_s);
    const auto version = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (version != formatVersion)
        return refuse(
            u"version %1; this Mailbell reads version %2"_s.arg(version).arg(formatVersion));
    const QByteArrayView packed = QByteArrayView(bytes).sliced(headerSize);
    if (qFromLittleEndian<quint32>(bytes.constData() + 12) != checksum(packed))
        return refuse(u"the checksum does not match (truncated or damaged)"_s);
    // qUncompress allocates what the first four bytes claim: check the claim first.
    if (qFromBigEndian<quint32>(packed.data()) > quint64(maxBodyBytes))
        return refuse(u"claims a body of more than %1 bytes"_s.arg(maxBodyBytes));
    const QByteArray body =
        qUncompress(reinterpret_cast<const uchar *>(packed.data()), qsizetype(packed.size()));
    if (body.isEmpty())
        return refuse(u"the body does not decompress"_s);

    Reader in(body);
    MailboxMirror mirror;
    mirror.account = QString::fromUtf8(in.bytes(1, maxNameBytes, "the account"));
    mirror.folder = QString::fromUtf8(in.bytes(1, maxNameBytes, "the folder"));
    mirror.uidValidity = quint32(in.number(1, 0xFFFFFFFFu, "UIDVALIDITY"));
    mirror.highestModSeq = in.number(0, 0x7FFFFFFFFFFFFFFFull, "HIGHESTMODSEQ");
    const quint64 count = in.number(0, Limits::maxMailboxMessages, "the message count");
    const quint64 runCount = in.number(count > 0 ? 1 : 0, count, "the UID run count");
    if (in.ok())
        mirror.uids.reserve(qsizetype(count));
    quint64 end = 0;
    for (quint64 r = 0; in.ok() && r < runCount; ++r) {
        const quint64 first = end + 1 + in.number(0, 0xFFFFFFFFu, "a UID gap");
        const quint64 extra = in.number(0, count - 1, "a UID run");
        if (!in.ok())
            break;
        if (first + extra > 0xFFFFFFFFu || quint64(mirror.uids.size()) + extra + 1 > count) {
            in.fail(u"the UID runs go beyond 4294967295 or the message count"_s);
            break;
        }
        for (quint64 uid = first; uid <= first + extra; ++uid)
            mirror.uids.append(quint32(uid));
        end = first + extra;
    }
    if (in.ok() && quint64(mirror.uids.size()) != count)
        in.fail(u"the UID runs hold %1 UIDs, not %2"_s.arg(mirror.uids.size()).arg(count));

    const quint64 setCount = in.number(count > 0 ? 1 : 0, count, "the flag set count");
    QList<MessageFlags> sets;
    for (quint64 s = 0; in.ok() && s < setCount; ++s) {
        const auto system = quint8(in.byte(0x1f, "the system flags of a flag set"));
        const quint64 keywordCount = in.number(0, maxKeywords, "the keyword count of a flag set");
        QList<QByteArray> keywords;
        for (quint64 k = 0; in.ok() && k < keywordCount; ++k)
            keywords.append(in.bytes(1, maxKeywordBytes, "a keyword"));
        sets.append(MessageFlags(system, std::move(keywords)));
    }
    const quint64 flagRunCount = in.number(count > 0 ? 1 : 0, count, "the flag run count");
    if (in.ok())
        mirror.flags.reserve(qsizetype(count));
    for (quint64 r = 0; in.ok() && r < flagRunCount; ++r) {
        const auto set = qsizetype(in.number(0, setCount - 1, "a flag set index"));
        const quint64 length = in.number(1, count, "a flag run");
        if (in.ok() && quint64(mirror.flags.size()) + length > count) {
            in.fail(u"the flag runs hold more than %1 messages"_s.arg(count));
            break;
        }
        for (quint64 i = 0; in.ok() && i < length; ++i)
            mirror.flags.append(sets[set]);
    }
    if (in.ok() && quint64(mirror.flags.size()) != count)
        in.fail(u"the flag runs hold %1 messages, not %2"_s.arg(mirror.flags.size()).arg(count));
    if (in.ok() && !in.atEnd())
        in.fail(u"bytes follow the end of the body"_s);
    if (!in.ok())
        return refuse(in.problem());
    return mirror;
}

} // namespace ImapCore
