#include "protocol/responsedebug.h"

namespace ImapCore {

namespace {

QString bytes(QByteArrayView b)
{
    QString out;
    out.reserve(b.size() + 2);
    out += QLatin1Char('"');
    for (const char c : b) {
        const auto u = quint8(c);
        if (c == '"' || c == '\\')
            out += QLatin1Char('\\') + QLatin1Char(c);
        else if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    out += QLatin1Char('"');
    return out;
}

QString nstr(const NString &s)
{
    return s ? bytes(*s) : QStringLiteral("NIL");
}

QString list(const QList<QByteArray> &l)
{
    QStringList parts;
    for (const QByteArray &b : l)
        parts << bytes(b);
    return u'(' + parts.join(u' ') + u')';
}

template<typename T>
QString opt(const std::optional<T> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString set(const SequenceSet &s)
{
    return QString::fromLatin1(s.toByteArray());
}

QString addresses(const QList<Address> &l)
{
    QStringList parts;
    for (const Address &a : l)
        parts << u'(' + nstr(a.name) + u' ' + nstr(a.adl) + u' ' + nstr(a.mailbox) + u' '
                + nstr(a.host) + u')';
    return u'(' + parts.join(u' ') + u')';
}

QString params(const QList<BodyParameter> &l)
{
    QStringList parts;
    for (const BodyParameter &p : l)
        parts << bytes(p.name) + u'=' + bytes(p.value);
    return u'(' + parts.join(u' ') + u')';
}

QString code(const ResponseCode &c)
{
    if (c.kind == ResponseCodeKind::None)
        return {};
    QString out = u" [" + QString::fromLatin1(c.name) + u" kind=" + QString::number(int(c.kind));
    if (!c.rawArguments.isEmpty())
        out += u" raw=" + bytes(c.rawArguments);
    if (!c.atoms.isEmpty())
        out += u" atoms=" + list(c.atoms);
    if (c.number)
        out += u" n=" + QString::number(c.number);
    if (!c.sourceUids.isEmpty())
        out += u" src=" + set(c.sourceUids);
    if (!c.uids.isEmpty())
        out += u" uids=" + set(c.uids);
    return out + u']';
}

const char *statusName(StatusKind k)
{
    switch (k) {
    case StatusKind::Ok:
        return "OK";
    case StatusKind::No:
        return "NO";
    case StatusKind::Bad:
        return "BAD";
    case StatusKind::PreAuth:
        return "PREAUTH";
    case StatusKind::Bye:
        return "BYE";
    }
    return "?";
}

struct Describer
{
    QString operator()(const StatusResponse &s) const
    {
        return u"Status{tag=" + bytes(s.tag) + u' ' + QLatin1StringView(statusName(s.status))
            + code(s.code) + u" text=" + bytes(s.text) + u'}';
    }
    QString operator()(const ContinuationRequest &c) const
    {
        return u"Continuation{" + bytes(c.text) + u'}';
    }
    QString operator()(const CapabilityResponse &c) const
    {
        return u"Capability" + list(c.capabilities);
    }
    QString operator()(const EnabledResponse &e) const { return u"Enabled" + list(e.capabilities); }
    QString operator()(const FlagsResponse &f) const { return u"Flags" + list(f.flags); }
    QString operator()(const ListResponse &l) const
    {
        return QLatin1StringView(l.isLsub ? "Lsub{" : "List{") + list(l.attributes) + u" delim="
            + (l.delimiter ? bytes(QByteArrayView(&*l.delimiter, 1)) : QStringLiteral("NIL"))
            + u" mailbox=" + bytes(l.mailbox) + u" childinfo=" + list(l.childInfo) + u" oldname="
            + nstr(l.oldName) + u'}';
    }
    QString operator()(const StatusDataResponse &s) const
    {
        return u"StatusData{" + bytes(s.mailbox) + u" messages=" + opt(s.messages) + u" recent="
            + opt(s.recent) + u" uidnext=" + opt(s.uidNext) + u" uidvalidity=" + opt(s.uidValidity)
            + u" unseen=" + opt(s.unseen) + u" deleted=" + opt(s.deleted) + u" size=" + opt(s.size)
            + u" highestmodseq=" + opt(s.highestModSeq) + u'}';
    }
    QString operator()(const SearchResponse &s) const
    {
        QStringList n;
        for (quint32 v : s.numbers)
            n << QString::number(v);
        return u"Search{" + n.join(u' ') + u" modseq=" + opt(s.modSeq) + u'}';
    }
    QString operator()(const ESearchResponse &e) const
    {
        return u"ESearch{tag=" + bytes(e.tag) + u" uid=" + QString::number(e.uid) + u" min="
            + opt(e.min) + u" max=" + opt(e.max) + u" count=" + opt(e.count) + u" all="
            + (e.all ? set(*e.all) : QStringLiteral("-")) + u" modseq=" + opt(e.modSeq) + u'}';
    }
    QString operator()(const ExistsResponse &e) const
    {
        return u"Exists{" + QString::number(e.count) + u'}';
    }
    QString operator()(const RecentResponse &r) const
    {
        return u"Recent{" + QString::number(r.count) + u'}';
    }
    QString operator()(const ExpungeResponse &e) const
    {
        return u"Expunge{" + QString::number(e.sequenceNumber) + u'}';
    }
    QString operator()(const VanishedResponse &v) const
    {
        return u"Vanished{earlier=" + QString::number(v.earlier) + u' ' + set(v.uids) + u'}';
    }
    QString operator()(const FetchResponse &f) const
    {
        QString out = u"Fetch{seq=" + QString::number(f.sequenceNumber);
        if (f.uid)
            out += u" uid=" + QString::number(*f.uid);
        if (f.flags)
            out += u" flags=" + list(*f.flags);
        if (f.envelope)
            out += u" envelope=" + describe(*f.envelope);
        if (f.internalDate)
            out += u" internaldate=" + bytes(*f.internalDate);
        if (f.rfc822Size)
            out += u" size=" + QString::number(*f.rfc822Size);
        if (f.bodyStructure)
            out += u" body=" + describe(*f.bodyStructure);
        for (const BodySection &s : f.sections) {
            out += QLatin1StringView(s.binary ? " BINARY[" : " BODY[")
                + QString::fromLatin1(s.section) + u']';
            if (s.origin)
                out += u'<' + QString::number(*s.origin) + u'>';
            out += u'=' + nstr(s.data);
        }
        if (f.binarySize)
            out += u" binarysize=" + QString::number(*f.binarySize);
        if (f.modSeq)
            out += u" modseq=" + QString::number(*f.modSeq);
        if (f.preview)
            out += u" preview=" + bytes(*f.preview);
        if (f.emailId)
            out += u" emailid=" + bytes(*f.emailId);
        if (f.threadId)
            out += u" threadid=" + bytes(*f.threadId);
        for (const auto &[name, raw] : f.otherItems)
            out += u' ' + QString::fromLatin1(name) + u'=' + bytes(raw);
        return out + u'}';
    }
    QString operator()(const IdResponse &r) const
    {
        QStringList parts;
        for (const auto &[k, v] : r.fields)
            parts << bytes(k) + u'=' + nstr(v);
        return u"Id{" + parts.join(u' ') + u'}';
    }
    static QString group(const QList<NamespaceDescriptor> &g)
    {
        QStringList parts;
        for (const NamespaceDescriptor &d : g)
            parts << u'(' + bytes(d.prefix) + u' '
                    + (d.delimiter ? bytes(QByteArrayView(&*d.delimiter, 1))
                                   : QStringLiteral("NIL"))
                    + u')';
        return u'(' + parts.join(u' ') + u')';
    }
    QString operator()(const NamespaceResponse &n) const
    {
        return u"Namespace{" + group(n.personal) + u' ' + group(n.otherUsers) + u' '
            + group(n.shared) + u'}';
    }
    QString operator()(const OtherResponse &o) const
    {
        return u"Other{" + (o.number ? QString::number(*o.number) + u' ' : QString())
            + QString::fromLatin1(o.name) + u' ' + bytes(o.rawText) + u'}';
    }
};

} // namespace

QString describe(const Envelope &e)
{
    return u'(' + nstr(e.date) + u' ' + nstr(e.subject) + u' ' + addresses(e.from) + u' '
        + addresses(e.sender) + u' ' + addresses(e.replyTo) + u' ' + addresses(e.to) + u' '
        + addresses(e.cc) + u' ' + addresses(e.bcc) + u' ' + nstr(e.inReplyTo) + u' '
        + nstr(e.messageId) + u')';
}

QString describe(const BodyPart &b)
{
    QString out = u'(' + bytes(b.type) + u'/' + bytes(b.subtype) + u' ' + params(b.parameters)
        + u" id=" + nstr(b.id) + u" desc=" + nstr(b.description) + u" enc=" + bytes(b.encoding)
        + u" size=" + QString::number(b.size) + u" lines=" + opt(b.lines);
    if (b.envelope)
        out += u" envelope=" + describe(*b.envelope);
    for (const BodyPart &child : b.children)
        out += u' ' + describe(child);
    out += u" md5=" + nstr(b.md5);
    if (b.disposition)
        out += u" dsp=" + bytes(b.disposition->type) + params(b.disposition->parameters);
    out += u" lang=" + list(b.language) + u" loc=" + nstr(b.location);
    return out + u')';
}

QString describe(const Response &response)
{
    return std::visit(Describer {}, response);
}

QString describe(const ParseResult &result)
{
    if (const auto *error = std::get_if<ParseError>(&result))
        return u"ParseError{offset=" + QString::number(error->offset) + u" reason=" + error->reason
            + u'}';
    return describe(std::get<Response>(result));
}

} // namespace ImapCore
