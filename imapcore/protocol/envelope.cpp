#include "protocol/envelope.h"

#include "protocol/charsetdecoder.h"
#include "protocol/encodedwords.h"
#include "protocol/limits.h"
#include "protocol/maildate.h"
#include "protocol/mimeparameters.h"

#include <array>
#include <cstring>

namespace ImapCore {

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// Placeholders servers put in ENVELOPE addresses for headers without a domain (UW-IMAP and
// Dovecot's ".MISSING-HOST-NAME.", Dovecot's "MISSING_DOMAIN"): there is no host to show.
bool isMissingHost(QByteArrayView host)
{
    return host.isEmpty() || host == ".MISSING-HOST-NAME." || host == "MISSING_DOMAIN";
}

QString localPart(QByteArrayView mailbox)
{
    const QString text = CharsetDecoder::decodeRaw8Bit(mailbox);
    // RFC 5322 3.4.1: a local part with specials or spaces is written as a quoted string.
    static const QString specials = QStringLiteral(" ()<>[]:;@\\,\"");
    bool needsQuotes = text.isEmpty();
    for (QChar c : text) {
        if (specials.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes || text.isEmpty())
        return text;
    QString quoted = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted;
}

// The bytes of a mailbox or host that decodes to itself and needs no quoting (RFC 5322 3.2.3
// atext and dots), as a table: the check runs over every address of a sync.
constexpr std::array<bool, 256> plainAddressBytes = [] {
    std::array<bool, 256> table {};
    for (int c = 0x21; c < 0x7F; ++c)
        table[c] = true;
    for (const char c : {'(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '"'})
        table[uchar(c)] = false;
    return table;
}();

bool isPlainAddressPart(QByteArrayView part)
{
    if (part.size() > CharsetDecoder::maxDecodedHeaderLength)
        return false;
    for (const char c : part) {
        if (!plainAddressBytes[uchar(c)])
            return false;
    }
    return true;
}

// A hash for the per-thread tables below, inline and eight bytes a step. qHash() goes through
// Qt's AES-based qHashBits, which cost about 100 ns a call here (a VM), more than the allocation
// a table saves. The tables only need spread: a collision costs a miss, never a wrong answer.
size_t tableHash(QByteArrayView bytes, size_t h = 0)
{
    constexpr quint64 multiplier = 0x9E3779B97F4A7C15ull;
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    h = (h ^ quint64(n)) * multiplier;
    for (; n >= 8; p += 8, n -= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * multiplier;
        h ^= h >> 32;
    }
    quint64 tail = 0;
    if (n > 0) // an empty view may have no data pointer at all
        std::memcpy(&tail, p, size_t(n));
    h = (h ^ tail) * multiplier;
    return size_t(h ^ (h >> 29));
}

// Whether the UTF-16 text at d starts with the bytes widened. Inline: Qt's Latin-1 against
// UTF-16 comparison is an out-of-line general routine, slow for these short strings.
bool sameLatin1(QByteArrayView bytes, const QChar *d)
{
    for (const char c : bytes) {
        if ((d++)->unicode() != char16_t(uchar(c)))
            return false;
    }
    return true;
}

// "mailbox@host" for the common address whose parts decode to themselves and need no quoting;
// false (and *out untouched) for any other, which goes the general way. Addresses recur as names
// do (a mailbox's correspondents and lists), so a small per-thread table indexed by a hash of
// the raw parts hands out the same shared QString again instead of allocating one per message.
// The string is its own key (its parts are the raw bytes widened): a miss copies nothing more,
// and a collision only replaces the slot.
bool plainAddress(QByteArrayView mailbox, QByteArrayView host, QString *out)
{
    if (!isPlainAddressPart(mailbox) || !isPlainAddressPart(host))
        return false;
    constexpr size_t tableSize = 1024;
    constexpr qsizetype maxKept = 256; // what the table holds stays small whatever servers send
    thread_local std::array<QString, tableSize> recent;
    const qsizetype at = mailbox.size();
    const qsizetype size = at + 1 + host.size();
    QString *slot = nullptr;
    if (size <= maxKept) {
        slot = &recent[tableHash(host, tableHash(mailbox)) % tableSize];
        if (slot->size() == size && sameLatin1(mailbox, slot->constData()) && slot->at(at) == u'@'
            && sameLatin1(host, slot->constData() + at + 1)) {
            *out = *slot;
            return true;
        }
    }
    QString address(size, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(address.data());
    for (const char c : mailbox)
        *d++ = char16_t(uchar(c));
    *d++ = u'@';
    for (const char c : host)
        *d++ = char16_t(uchar(c));
    if (slot)
        *slot = address;
    *out = std::move(address);
    return true;
}

// Display names recur: the same few correspondents and lists fill a mailbox, and an initial sync
// decodes each of them thousands of times. decodePhrase is a pure function of the raw bytes, so
// a small per-thread table (1024 slots by tableHash, a collision replaces the slot) returns the
// same (shared) QString for a repeated name, without decoding or allocating again. Long names
// are not kept.
QString decodeName(const QByteArray &raw)
{
    constexpr size_t tableSize = 1024;
    constexpr qsizetype maxKeyLength = 256;
    if (raw.size() > maxKeyLength)
        return EncodedWords::decodePhrase(raw);
    struct Entry
    {
        QByteArray raw;
        QString name;
    };
    thread_local std::array<Entry, tableSize> recent;
    Entry &slot = recent[tableHash(raw) % tableSize];
    if (!slot.raw.isNull() && slot.raw == raw)
        return slot.name;
    QString name = EncodedWords::decodePhrase(raw);
    slot.raw = QByteArray(raw.constData(), raw.size()); // own copy: raw shares the read buffer
    slot.name = name;
    return name;
}

// One address (not a group marker) decoded into m, which is empty but for its group.
void decodeOne(const Address &a, MailAddress &m)
{
    if (a.name)
        m.name = decodeName(*a.name);
    const bool hasHost = a.host && !isMissingHost(*a.host);
    if (a.mailbox && hasHost && plainAddress(*a.mailbox, *a.host, &m.address))
        return;
    const QString mailbox = a.mailbox ? localPart(*a.mailbox) : QString();
    if (hasHost)
        m.address = mailbox + u'@' + CharsetDecoder::decodeRaw8Bit(*a.host);
    else
        m.address = mailbox;
}

std::optional<PreviewPart> findPart(const BodyPart &part, const QByteArray &section, int depth);

bool isAttachment(const BodyPart &part)
{
    if (part.disposition) {
        if (equalsIgnoreCase(part.disposition->type, "attachment"))
            return true;
        if (!MimeParameters::value(part.disposition->parameters, "filename").isNull())
            return true;
        if (equalsIgnoreCase(part.disposition->type, "inline"))
            return false;
    }
    // No disposition but a name: how many clients attach text files.
    return !MimeParameters::value(part.parameters, "name").isNull();
}

QByteArray childSection(const QByteArray &parent, size_t index)
{
    const QByteArray n = QByteArray::number(qulonglong(index + 1));
    return parent.isEmpty() ? n : parent + '.' + n;
}

std::optional<PreviewPart> findInMultipart(const BodyPart &part, const QByteArray &section,
                                           int depth)
{
    const QByteArray &sub = part.subtype;
    if (equalsIgnoreCase(sub, "encrypted"))
        return std::nullopt; // RFC 1847 2.2: nothing readable without the key
    if (equalsIgnoreCase(sub, "signed"))
        return findPart(part.children.front(), childSection(section, 0), depth + 1);
    if (equalsIgnoreCase(sub, "related")) {
        // RFC 2387 3.2: the root is the "start" part, else the first.
        const QByteArray start = MimeParameters::rawValue(part.parameters, "start");
        for (size_t k = 0; !start.isEmpty() && k < part.children.size(); ++k) {
            const NString &id = part.children[k].id;
            if (id && id->trimmed() == start.trimmed())
                return findPart(part.children[k], childSection(section, k), depth + 1);
        }
        return findPart(part.children.front(), childSection(section, 0), depth + 1);
    }
    if (equalsIgnoreCase(sub, "alternative")) {
        std::optional<PreviewPart> html;
        for (size_t k = 0; k < part.children.size(); ++k) {
            std::optional<PreviewPart> p =
                findPart(part.children[k], childSection(section, k), depth + 1);
            if (p && !p->isHtml)
                return p;
            if (p && !html)
                html = p;
        }
        return html;
    }
    // mixed, report, digest, parallel and unknown multiparts (RFC 2046 5.1.3): the first
    // inline text part is the body.
    for (size_t k = 0; k < part.children.size(); ++k) {
        if (std::optional<PreviewPart> p =
                findPart(part.children[k], childSection(section, k), depth + 1))
            return p;
    }
    return std::nullopt;
}

std::optional<PreviewPart> findPart(const BodyPart &part, const QByteArray &section, int depth)
{
    if (depth > Limits::maxNestingDepth)
        return std::nullopt;
    if (part.envelope)
        return std::nullopt; // an attached message is not this message's text
    if (part.isMultipart())
        return findInMultipart(part, section, depth);
    if (!equalsIgnoreCase(part.type, "text"))
        return std::nullopt;
    const bool plain = equalsIgnoreCase(part.subtype, "plain");
    const bool html = equalsIgnoreCase(part.subtype, "html");
    if ((!plain && !html) || isAttachment(part))
        return std::nullopt;
    PreviewPart p;
    p.section = section.isEmpty() ? QByteArray("1") : section;
    p.encoding = part.encoding.trimmed().toUpper();
    if (p.encoding.isEmpty())
        p.encoding = "7BIT";
    p.charset = MimeParameters::rawValue(part.parameters, "charset").trimmed();
    p.size = part.size;
    p.isHtml = html;
    return p;
}

} // namespace

QList<MailAddress> EnvelopeDecoder::decodeAddresses(const QList<Address> &addresses)
{
    QList<MailAddress> out;
    if (addresses.isEmpty())
        return out; // reserve(0) would still allocate
    out.reserve(addresses.size()); // one entry per address at most (group markers add none)
    QString group;
    bool inGroup = false;
    qsizetype groupMembers = 0;
    for (const Address &a : addresses) {
        if (!a.host && a.mailbox) {
            // Start of group (RFC 9051 7.5.2). Groups do not nest (RFC 5322 3.4); a new
            // start closes an unterminated one.
            if (inGroup && groupMembers == 0 && !group.isEmpty())
                out.append(MailAddress {group, QString(), group});
            group = EncodedWords::decodePhrase(*a.mailbox);
            inGroup = true;
            groupMembers = 0;
            continue;
        }
        if (!a.host && !a.mailbox) {
            // End of group; a stray end marker (no group open) is ignored.
            if (inGroup && groupMembers == 0 && !group.isEmpty())
                out.append(MailAddress {group, QString(), group});
            inGroup = false;
            group.clear();
            continue;
        }
        // Built in place in the result: no MailAddress temporary to move and destroy.
        MailAddress &m = out.emplaceBack();
        if (inGroup)
            m.group = group;
        decodeOne(a, m);
        ++groupMembers;
    }
    if (inGroup && groupMembers == 0 && !group.isEmpty())
        out.append(MailAddress {group, QString(), group});
    return out;
}

QString EnvelopeDecoder::decodeMessageId(const NString &raw)
{
    if (!raw)
        return QString();
    QByteArrayView v = QByteArrayView(*raw).trimmed();
    const qsizetype open = v.indexOf('<');
    if (open >= 0) {
        const qsizetype close = v.sliced(open + 1).indexOf('>');
        v = close >= 0 ? v.sliced(open + 1, close) : v.sliced(open + 1);
    }
    return CharsetDecoder::decodeRaw8Bit(v.trimmed());
}

DecodedEnvelope EnvelopeDecoder::decode(const Envelope &envelope)
{
    DecodedEnvelope d;
    if (envelope.date)
        d.date = MailDate::parseRfc5322Date(*envelope.date);
    if (envelope.subject)
        d.subject = EncodedWords::decodeUnstructured(*envelope.subject);
    d.from = decodeAddresses(envelope.from);
    d.sender = decodeAddresses(envelope.sender);
    d.replyTo = decodeAddresses(envelope.replyTo);
    d.to = decodeAddresses(envelope.to);
    d.cc = decodeAddresses(envelope.cc);
    d.bcc = decodeAddresses(envelope.bcc);
    d.inReplyTo = decodeMessageId(envelope.inReplyTo);
    d.messageId = decodeMessageId(envelope.messageId);
    return d;
}

std::optional<PreviewPart> EnvelopeDecoder::previewPart(const BodyPart &body)
{
    return findPart(body, QByteArray(), 0);
}

} // namespace ImapCore
