#include "responseparser.h"

#include "protocol/fetchparser.h"
#include "protocol/limits.h"
#include "protocol/parsecursor.h"

#include <cstring>

namespace ImapCore {

namespace {

bool checkListSize(ParseCursor &c, qsizetype size, const char *what)
{
    if (size < Limits::maxListItems)
        return true;
    c.fail(c.offset(),
           QStringLiteral("%1 at offset %2 has more than Limits::maxListItems entries")
               .arg(QLatin1StringView(what))
               .arg(c.offset()));
    return false;
}

bool nextListItem(ParseCursor &c)
{
    c.skipSpaces();
    return !c.failed() && c.peek() != ')' && !c.atLineEnd();
}

// Units longer than one line may hide an over-long line between literals: find it before
// parsing, so the error names the limit rather than whatever the parser met first.
std::optional<ParseError> checkLines(QByteArrayView unit)
{
    const char *begin = unit.data();
    const char *end = begin + unit.size();
    const char *line = begin;
    while (line < end) {
        const auto *lf = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        const char *lineEnd = lf ? lf + 1 : end;
        if (lineEnd - line > Limits::maxLineLength) {
            const qsizetype at = line - begin + Limits::maxLineLength;
            return ParseError {at,
                               QStringLiteral("line starting at offset %1 exceeds "
                                              "Limits::maxLineLength (%2 bytes)")
                                   .arg(line - begin)
                                   .arg(Limits::maxLineLength)};
        }
        if (!lf)
            break;
        // A line ending in "{n}" CRLF is followed by n literal bytes (RFC 9051 4.3).
        const char *p = lf;
        if (p > line && p[-1] == '\r')
            --p;
        qint64 size = 0;
        if (p > line && p[-1] == '}') {
            const char *q = p - 1;
            if (q > line && q[-1] == '+')
                --q;
            const char *digitsEnd = q;
            while (q > line && q[-1] >= '0' && q[-1] <= '9' && digitsEnd - q < 18)
                --q;
            if (q < digitsEnd && q > line && q[-1] == '{') {
                for (const char *d = q; d < digitsEnd; ++d)
                    size = size * 10 + (*d - '0');
            }
        }
        line = lf + 1;
        if (size > 0)
            line = (end - line > size) ? line + size : end;
    }
    return std::nullopt;
}

// ---- Response codes (RFC 9051 7.1, RFC 3501 7.1, RFC 4315 3, RFC 7162 3.1.2, 3.2.11) ----------

struct CodeName
{
    std::string_view name;
    ResponseCodeKind kind;
};

constexpr CodeName codeNames[] = {
    {"ALERT", ResponseCodeKind::Alert},
    {"ALREADYEXISTS", ResponseCodeKind::AlreadyExists},
    {"APPENDUID", ResponseCodeKind::AppendUid},
    {"AUTHENTICATIONFAILED", ResponseCodeKind::AuthenticationFailed},
    {"AUTHORIZATIONFAILED", ResponseCodeKind::AuthorizationFailed},
    {"BADCHARSET", ResponseCodeKind::BadCharset},
    {"BADEVENT", ResponseCodeKind::BadEvent},
    {"CANNOT", ResponseCodeKind::Cannot},
    {"CAPABILITY", ResponseCodeKind::Capability},
    {"CLIENTBUG", ResponseCodeKind::ClientBug},
    {"CLOSED", ResponseCodeKind::Closed},
    {"CONTACTADMIN", ResponseCodeKind::ContactAdmin},
    {"COPYUID", ResponseCodeKind::CopyUid},
    {"CORRUPTION", ResponseCodeKind::Corruption},
    {"EXPIRED", ResponseCodeKind::Expired},
    {"EXPUNGEISSUED", ResponseCodeKind::ExpungeIssued},
    {"HASCHILDREN", ResponseCodeKind::HasChildren},
    {"HIGHESTMODSEQ", ResponseCodeKind::HighestModSeq},
    {"INUSE", ResponseCodeKind::InUse},
    {"LIMIT", ResponseCodeKind::Limit},
    {"MODIFIED", ResponseCodeKind::Modified},
    {"NOMODSEQ", ResponseCodeKind::NoModSeq},
    {"NONEXISTENT", ResponseCodeKind::NonExistent},
    {"NOPERM", ResponseCodeKind::NoPerm},
    {"NOTIFICATIONOVERFLOW", ResponseCodeKind::NotificationOverflow},
    {"NOTSAVED", ResponseCodeKind::NotSaved},
    {"OVERQUOTA", ResponseCodeKind::OverQuota},
    {"PARSE", ResponseCodeKind::Parse},
    {"PERMANENTFLAGS", ResponseCodeKind::PermanentFlags},
    {"PRIVACYREQUIRED", ResponseCodeKind::PrivacyRequired},
    {"READ-ONLY", ResponseCodeKind::ReadOnly},
    {"READ-WRITE", ResponseCodeKind::ReadWrite},
    {"SERVERBUG", ResponseCodeKind::ServerBug},
    {"TRYCREATE", ResponseCodeKind::TryCreate},
    {"UIDNEXT", ResponseCodeKind::UidNext},
    {"UIDNOTSTICKY", ResponseCodeKind::UidNotSticky},
    {"UIDVALIDITY", ResponseCodeKind::UidValidity},
    {"UNAVAILABLE", ResponseCodeKind::Unavailable},
    {"UNKNOWN-CTE", ResponseCodeKind::UnknownCte},
    {"UNSEEN", ResponseCodeKind::Unseen},
};

ResponseCodeKind codeKind(QByteArrayView name)
{
    for (const CodeName &c : codeNames) {
        if (keywordEquals(name, c.name))
            return c.kind;
    }
    return ResponseCodeKind::Other;
}

bool readSequenceSet(ParseCursor &c, SequenceSet &out, const char *what)
{
    const qsizetype at = c.offset();
    const QByteArrayView text = c.readToken(CharClass::SeqSet, what);
    if (c.failed())
        return false;
    std::optional<SequenceSet> set = SequenceSet::parse(text);
    if (!set) {
        c.fail(at,
               QStringLiteral("invalid %1 '%2' at offset %3")
                   .arg(QLatin1StringView(what), QLatin1StringView(text))
                   .arg(at));
        return false;
    }
    out = std::move(*set);
    return true;
}

bool readAtomList(ParseCursor &c, QList<QByteArray> &out, const char *what)
{
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), what))
            return false;
        const QByteArrayView atom = c.readAtom(what);
        if (atom.isEmpty())
            return false;
        out.append(atom.toByteArray());
    }
    return !c.failed();
}

// Typed arguments of the codes that have them; the cursor is limited to the text before "]".
bool parseCodeArguments(ParseCursor &c, ResponseCode &code, const char *end)
{
    switch (code.kind) {
    case ResponseCodeKind::Capability:
        return readAtomList(c, code.atoms, "capability");
    case ResponseCodeKind::PermanentFlags:
        c.expect('(', "'(' to open PERMANENTFLAGS list");
        while (nextListItem(c)) {
            const QByteArrayView flag = c.readFlag("flag");
            if (flag.isEmpty())
                return false;
            code.atoms.append(flag.toByteArray());
        }
        return c.expect(')', "')' to close PERMANENTFLAGS list");
    case ResponseCodeKind::BadCharset:
        if (c.atEnd())
            return true;
        c.expect('(', "'(' to open BADCHARSET list");
        while (nextListItem(c)) {
            QByteArray charset;
            if (!c.readAString(charset, "charset"))
                return false;
            code.atoms.append(std::move(charset));
        }
        return c.expect(')', "')' to close BADCHARSET list");
    case ResponseCodeKind::BadEvent:
        // RFC 5465 8: "BADEVENT" SP "(" event *(SP event) ")"
        c.expect('(', "'(' to open BADEVENT list");
        if (!readAtomList(c, code.atoms, "event"))
            return false;
        return c.expect(')', "')' to close BADEVENT list");
    case ResponseCodeKind::UidNext:
    case ResponseCodeKind::UidValidity:
    case ResponseCodeKind::Unseen: {
        quint32 n = 0;
        c.readNumber32(n, "response code number");
        code.number = n;
        return !c.failed();
    }
    case ResponseCodeKind::HighestModSeq:
        return c.readNumber64(code.number, "HIGHESTMODSEQ value");
    case ResponseCodeKind::AppendUid: {
        // RFC 4315 3: "APPENDUID" SP nz-number SP append-uid
        quint32 validity = 0;
        c.readNumber32(validity, "APPENDUID uidvalidity");
        c.expectSpace("SP after APPENDUID uidvalidity");
        code.number = validity;
        return readSequenceSet(c, code.uids, "APPENDUID uid set");
    }
    case ResponseCodeKind::CopyUid: {
        // RFC 4315 3: "COPYUID" SP nz-number SP uid-set SP uid-set
        quint32 validity = 0;
        c.readNumber32(validity, "COPYUID uidvalidity");
        c.expectSpace("SP after COPYUID uidvalidity");
        code.number = validity;
        readSequenceSet(c, code.sourceUids, "COPYUID source uid set");
        c.expectSpace("SP after COPYUID source uid set");
        return readSequenceSet(c, code.uids, "COPYUID destination uid set");
    }
    case ResponseCodeKind::Modified:
        // RFC 7162 3.1.3: "MODIFIED" SP sequence-set
        return readSequenceSet(c, code.sourceUids, "MODIFIED set");
    default:
        c.advanceTo(end); // no typed arguments; rawArguments has whatever was sent
        return true;
    }
}

// resp-text = ["[" resp-text-code "]" SP] [text]. The SP before text, and the text, may be
// missing ("A1 OK" from Exchange and Yahoo, "* OK [READ-WRITE]").
bool parseRespText(ParseCursor &c, ResponseCode &code, QByteArray &text)
{
    c.skipSpaces();
    if (c.peek() == '[') {
        // Find "]" on this line; without one the bracket is just text.
        ParseCursor probe = c;
        probe.consume('[');
        const QByteArrayView rest = probe.readText();
        const auto *close =
            static_cast<const char *>(std::memchr(rest.data(), ']', size_t(rest.size())));
        if (close) {
            c.consume('[');
            const QByteArrayView name = c.readToken(CharClass::Name, "response code name");
            if (name.isEmpty())
                return false;
            code.name = name.toByteArray();
            code.kind = codeKind(name);
            if (c.consume(' ')) {
                const char *argStart = c.position();
                code.rawArguments = QByteArray(argStart, close - argStart);
                ParseCursor args = c;
                args.limitTo(close);
                if (!parseCodeArguments(args, code, close) || !args.atEnd()) {
                    if (!args.failed())
                        args.failExpected("']' to close response code");
                    c.fail(args.error().offset, args.error().reason);
                    return false;
                }
                c.advanceTo(close);
            }
            if (!c.expect(']', "']' to close response code"))
                return false;
            c.skipSpaces();
        }
    }
    const QByteArrayView t = c.readText();
    if (c.failed())
        return false;
    text = t.toByteArray();
    return true;
}

Response parseStatus(ParseCursor &c, QByteArray tag, StatusKind kind)
{
    StatusResponse s;
    s.tag = std::move(tag);
    s.status = kind;
    parseRespText(c, s.code, s.text);
    return s;
}

bool readMailbox(ParseCursor &c, QByteArray &out)
{
    return c.readAString(out, "mailbox name (astring)");
}

// mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
//                [SP "(" mbox-list-extended ")"]          (RFC 9051 7.3.1, RFC 5258 9)
Response parseList(ParseCursor &c, bool lsub)
{
    ListResponse l;
    l.isLsub = lsub;
    c.expectSpace("SP after LIST");
    c.expect('(', "'(' to open LIST attributes");
    while (nextListItem(c)) {
        if (!checkListSize(c, l.attributes.size(), "LIST attributes"))
            return l;
        const QByteArrayView flag = c.readFlag("mailbox attribute");
        if (flag.isEmpty())
            return l;
        l.attributes.append(flag.toByteArray());
    }
    c.expect(')', "')' to close LIST attributes");
    c.expectSpace("SP after LIST attributes");
    if (!c.consumeNil()) {
        QByteArray delimiter;
        const qsizetype at = c.offset();
        if (c.readString(delimiter, "hierarchy delimiter (quoted char or NIL)")) {
            if (delimiter.size() == 1)
                l.delimiter = delimiter.at(0);
            else if (!delimiter.isEmpty())
                c.fail(at,
                       QStringLiteral("hierarchy delimiter at offset %1 is %2 bytes long, "
                                      "expected one")
                           .arg(at)
                           .arg(delimiter.size()));
        }
    }
    c.expectSpace("SP after hierarchy delimiter");
    readMailbox(c, l.mailbox);
    c.skipSpaces();
    if (c.consume('(')) {
        // mbox-list-extended-item = mbox-list-extended-item-tag SP tagged-ext-val
        while (nextListItem(c)) {
            QByteArray itemTag;
            if (!c.readAString(itemTag, "LIST extended item tag"))
                return l;
            c.expectSpace("SP after LIST extended item tag");
            if (keywordEquals(itemTag, "CHILDINFO")) {
                // RFC 5258 4: CHILDINFO ("SUBSCRIBED")
                c.expect('(', "'(' to open CHILDINFO list");
                while (nextListItem(c)) {
                    QByteArray info;
                    if (!c.readAString(info, "CHILDINFO item"))
                        return l;
                    l.childInfo.append(std::move(info));
                }
                c.expect(')', "')' to close CHILDINFO list");
            } else if (keywordEquals(itemTag, "OLDNAME")) {
                // RFC 9051 7.3.1: OLDNAME ("old name")
                QByteArray old;
                c.expect('(', "'(' to open OLDNAME");
                c.skipSpaces();
                readMailbox(c, old);
                c.skipSpaces();
                if (c.expect(')', "')' to close OLDNAME"))
                    l.oldName = std::move(old);
            } else {
                c.skipValue(1, "LIST extended item value");
            }
        }
        c.expect(')', "')' to close LIST extended items");
    }
    return l;
}

// "* STATUS" SP mailbox SP "(" [status-att-val *(SP status-att-val)] ")"   (RFC 9051 7.3.2)
Response parseStatusData(ParseCursor &c)
{
    StatusDataResponse s;
    c.expectSpace("SP after STATUS");
    readMailbox(c, s.mailbox);
    c.skipSpaces(); // lenient: extra spaces before the item list
    c.expect('(', "'(' to open STATUS items");
    while (nextListItem(c)) {
        const QByteArrayView item = c.readAtom("STATUS item name");
        c.expectSpace("SP after STATUS item name");
        if (c.failed())
            return s;
        quint32 n32 = 0;
        quint64 n64 = 0;
        auto number32 = [&](std::optional<quint32> &field) {
            if (c.readNumber32(n32, "STATUS item value (number)"))
                field = n32;
        };
        if (keywordEquals(item, "MESSAGES"))
            number32(s.messages);
        else if (keywordEquals(item, "RECENT"))
            number32(s.recent);
        else if (keywordEquals(item, "UIDNEXT"))
            number32(s.uidNext);
        else if (keywordEquals(item, "UIDVALIDITY"))
            number32(s.uidValidity);
        else if (keywordEquals(item, "UNSEEN"))
            number32(s.unseen);
        else if (keywordEquals(item, "DELETED"))
            number32(s.deleted);
        else if (keywordEquals(item, "SIZE")) {
            if (c.readNumber64(n64, "STATUS SIZE value"))
                s.size = n64;
        } else if (keywordEquals(item, "HIGHESTMODSEQ")) {
            if (c.readNumber64(n64, "STATUS HIGHESTMODSEQ value"))
                s.highestModSeq = n64;
        } else {
            c.skipValue(1, "STATUS item value");
        }
    }
    c.expect(')', "')' to close STATUS items");
    return s;
}

// "* SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]   (RFC 7162 3.1.5)
Response parseSearch(ParseCursor &c)
{
    SearchResponse s;
    for (;;) {
        c.skipSpaces();
        if (c.failed() || c.atLineEnd())
            break;
        if (c.peek() == '(') {
            c.consume('(');
            c.skipSpaces();
            if (!c.consumeKeyword("MODSEQ"))
                c.failExpected("MODSEQ in SEARCH result");
            c.expectSpace("SP after MODSEQ");
            quint64 modSeq = 0;
            if (c.readNumber64(modSeq, "SEARCH MODSEQ value"))
                s.modSeq = modSeq;
            c.skipSpaces();
            c.expect(')', "')' to close SEARCH MODSEQ");
            break;
        }
        if (!checkListSize(c, s.numbers.size(), "SEARCH result"))
            break;
        quint32 n = 0;
        if (!c.readNumber32(n, "SEARCH result number"))
            break;
        s.numbers.append(n);
    }
    return s;
}

// "* ESEARCH" [SP search-correlator] [SP "UID"] *(SP search-return-data)   (RFC 4731 3.1)
Response parseESearch(ParseCursor &c)
{
    ESearchResponse e;
    c.skipSpaces();
    if (c.peek() == '(') {
        c.consume('(');
        c.skipSpaces();
        if (!c.consumeKeyword("TAG"))
            c.failExpected("TAG in ESEARCH correlator");
        c.expectSpace("SP after TAG");
        c.readAString(e.tag, "ESEARCH correlator tag (string)");
        c.skipSpaces();
        c.expect(')', "')' to close ESEARCH correlator");
    }
    for (;;) {
        c.skipSpaces();
        if (c.failed() || c.atLineEnd())
            break;
        const QByteArrayView name = c.readAtom("ESEARCH return data name");
        if (c.failed())
            break;
        if (keywordEquals(name, "UID")) {
            e.uid = true;
            continue;
        }
        c.expectSpace("SP after ESEARCH return data name");
        quint32 n = 0;
        if (keywordEquals(name, "MIN")) {
            if (c.readNumber32(n, "ESEARCH MIN value"))
                e.min = n;
        } else if (keywordEquals(name, "MAX")) {
            if (c.readNumber32(n, "ESEARCH MAX value"))
                e.max = n;
        } else if (keywordEquals(name, "COUNT")) {
            if (c.readNumber32(n, "ESEARCH COUNT value"))
                e.count = n;
        } else if (keywordEquals(name, "ALL")) {
            SequenceSet set;
            if (readSequenceSet(c, set, "ESEARCH ALL set"))
                e.all = std::move(set);
        } else if (keywordEquals(name, "MODSEQ")) {
            quint64 modSeq = 0;
            if (c.readNumber64(modSeq, "ESEARCH MODSEQ value"))
                e.modSeq = modSeq;
        } else {
            c.skipValue(0, "ESEARCH return data value");
        }
    }
    return e;
}

// "* VANISHED" [SP "(EARLIER)"] SP known-uids   (RFC 7162 3.2.10)
Response parseVanished(ParseCursor &c)
{
    VanishedResponse v;
    c.expectSpace("SP after VANISHED");
    if (c.consume('(')) {
        c.skipSpaces();
        if (!c.consumeKeyword("EARLIER"))
            c.failExpected("EARLIER in VANISHED");
        c.skipSpaces();
        c.expect(')', "')' to close (EARLIER)");
        c.expectSpace("SP after (EARLIER)");
        v.earlier = true;
    }
    readSequenceSet(c, v.uids, "VANISHED uid set");
    return v;
}

// "* ID" SP ("(" string SP nstring *(SP string SP nstring) ")" / nil)   (RFC 2971 3.2)
Response parseId(ParseCursor &c)
{
    IdResponse r;
    c.expectSpace("SP after ID");
    if (c.consumeNil())
        return r;
    c.expect('(', "'(' or NIL for ID parameters");
    while (nextListItem(c)) {
        if (!checkListSize(c, r.fields.size(), "ID parameters"))
            return r;
        QByteArray key;
        NString value;
        c.readString(key, "ID field name (string)");
        c.expectSpace("SP after ID field name");
        if (!c.readNString(value, "ID field value (nstring)"))
            return r;
        r.fields.append({std::move(key), std::move(value)});
    }
    c.expect(')', "')' to close ID parameters");
    return r;
}

// Namespace = nil / "(" 1*Namespace-Descr ")"; Namespace-Descr = "(" string SP
// (DQUOTE QUOTED-CHAR DQUOTE / nil) *(Namespace-Response-Extension) ")"   (RFC 2342 5)
bool parseNamespaceGroup(ParseCursor &c, QList<NamespaceDescriptor> &out)
{
    if (c.consumeNil())
        return true;
    c.expect('(', "'(' or NIL for namespace group");
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), "namespace group"))
            return false;
        NamespaceDescriptor d;
        c.expect('(', "'(' to open namespace descriptor");
        c.skipSpaces();
        c.readString(d.prefix, "namespace prefix (string)");
        c.expectSpace("SP after namespace prefix");
        if (!c.consumeNil()) {
            QByteArray delimiter;
            if (c.readString(delimiter, "namespace delimiter (quoted char or NIL)")
                && !delimiter.isEmpty())
                d.delimiter = delimiter.at(0);
        }
        while (nextListItem(c)) // Namespace-Response-Extension: skipped
            c.skipValue(2, "namespace extension");
        if (!c.expect(')', "')' to close namespace descriptor"))
            return false;
        out.append(std::move(d));
    }
    return c.expect(')', "')' to close namespace group");
}

Response parseNamespace(ParseCursor &c)
{
    NamespaceResponse n;
    c.expectSpace("SP after NAMESPACE");
    parseNamespaceGroup(c, n.personal);
    c.expectSpace("SP after personal namespaces");
    parseNamespaceGroup(c, n.otherUsers);
    c.expectSpace("SP after other users' namespaces");
    parseNamespaceGroup(c, n.shared);
    return n;
}

Response parseOther(ParseCursor &c, std::optional<quint32> number, QByteArrayView name)
{
    OtherResponse o;
    o.number = number;
    o.name = name.toByteArray();
    c.skipSpaces();
    const char *start = c.position();
    while (nextListItem(c) || (!c.failed() && c.peek() == ')')) {
        if (c.peek() == ')') {
            c.failExpected("value (unbalanced ')')");
            break;
        }
        c.skipValue(0, "response value");
    }
    o.rawText = QByteArray(start, c.position() - start);
    return o;
}

Response parseUntagged(ParseCursor &c)
{
    // "* " already consumed.
    const char first = c.peek();
    if (first >= '0' && first <= '9') {
        quint32 n = 0;
        c.readNumber32(n, "message number");
        c.expectSpace("SP after message number");
        const QByteArrayView name =
            c.readToken(CharClass::Name, "response name after message number");
        if (c.failed())
            return {};
        if (keywordEquals(name, "EXISTS"))
            return ExistsResponse {n};
        if (keywordEquals(name, "RECENT"))
            return RecentResponse {n};
        if (keywordEquals(name, "EXPUNGE"))
            return ExpungeResponse {n};
        if (keywordEquals(name, "FETCH")) {
            Response r(std::in_place_type<FetchResponse>);
            auto &f = std::get<FetchResponse>(r);
            f.sequenceNumber = n;
            c.expectSpace("SP after FETCH");
            FetchParser::parseAttributes(c, f);
            return r;
        }
        return parseOther(c, n, name);
    }
    const qsizetype nameAt = c.offset();
    const QByteArrayView name = c.readToken(CharClass::Name, "untagged response name");
    if (c.failed())
        return {};
    for (std::string_view numbered : {"EXISTS", "RECENT", "EXPUNGE", "FETCH"}) {
        if (keywordEquals(name, numbered)) {
            c.fail(nameAt,
                   QStringLiteral("%1 needs a message number before it (offset %2)")
                       .arg(QLatin1StringView(name))
                       .arg(nameAt));
            return {};
        }
    }
    switch (name.size()) {
    case 2:
        if (keywordEquals(name, "OK"))
            return parseStatus(c, {}, StatusKind::Ok);
        if (keywordEquals(name, "NO"))
            return parseStatus(c, {}, StatusKind::No);
        if (keywordEquals(name, "ID"))
            return parseId(c);
        break;
    case 3:
        if (keywordEquals(name, "BAD"))
            return parseStatus(c, {}, StatusKind::Bad);
        if (keywordEquals(name, "BYE"))
            return parseStatus(c, {}, StatusKind::Bye);
        break;
    case 4:
        if (keywordEquals(name, "LIST"))
            return parseList(c, false);
        if (keywordEquals(name, "LSUB"))
            return parseList(c, true);
        break;
    case 5:
        if (keywordEquals(name, "FLAGS")) {
            FlagsResponse f;
            c.expectSpace("SP after FLAGS");
            c.expect('(', "'(' to open FLAGS list");
            while (nextListItem(c)) {
                if (!checkListSize(c, f.flags.size(), "FLAGS list"))
                    break;
                const QByteArrayView flag = c.readFlag("flag");
                if (flag.isEmpty())
                    break;
                f.flags.append(flag.toByteArray());
            }
            c.expect(')', "')' to close FLAGS list");
            return f;
        }
        // Gmail's legacy XLIST (superseded by SPECIAL-USE, RFC 6154) has LIST's syntax.
        if (keywordEquals(name, "XLIST"))
            return parseList(c, false);
        break;
    case 6:
        if (keywordEquals(name, "STATUS"))
            return parseStatusData(c);
        if (keywordEquals(name, "SEARCH"))
            return parseSearch(c);
        break;
    case 7:
        if (keywordEquals(name, "PREAUTH"))
            return parseStatus(c, {}, StatusKind::PreAuth);
        if (keywordEquals(name, "ESEARCH"))
            return parseESearch(c);
        if (keywordEquals(name, "ENABLED")) {
            EnabledResponse e;
            readAtomList(c, e.capabilities, "capability");
            return e;
        }
        break;
    case 8:
        if (keywordEquals(name, "VANISHED"))
            return parseVanished(c);
        break;
    case 9:
        if (keywordEquals(name, "NAMESPACE"))
            return parseNamespace(c);
        break;
    case 10:
        if (keywordEquals(name, "CAPABILITY")) {
            CapabilityResponse cap;
            readAtomList(c, cap.capabilities, "capability");
            return cap;
        }
        break;
    default:
        break;
    }
    return parseOther(c, std::nullopt, name);
}

} // namespace

namespace {

ParseResult parseUnit(QByteArrayView unit, ParseCursor &c)
{
    if (unit.size() > Limits::maxLineLength) {
        if (unit.size() > Limits::maxResponseSize)
            return ParseError {
                Limits::maxResponseSize,
                QStringLiteral("response of %1 bytes exceeds Limits::maxResponseSize")
                    .arg(unit.size())};
        if (std::optional<ParseError> e = checkLines(unit))
            return *e;
    }
    // Built in place in the result: a FetchResponse is large, each move of it costs.
    ParseResult result;
    Response &r = std::get<Response>(result);
    if (c.consume('+')) {
        // continue-req = "+" SP (resp-text / base64) CRLF (RFC 9051 7.5); some servers send a
        // bare "+" without the SP.
        c.consume(' ');
        const QByteArrayView text = c.readText();
        r = ContinuationRequest {c.bytes(text)};
    } else if (c.consume('*')) {
        c.expectSpace("SP after '*'");
        if (!c.failed())
            r = parseUntagged(c);
    } else {
        // response-tagged = tag SP resp-cond-state CRLF (RFC 9051 7.1)
        const QByteArrayView tag = c.readToken(CharClass::Tag, "tag, '*' or '+'");
        c.expectSpace("SP after tag");
        const QByteArrayView status = c.readToken(CharClass::Name, "OK, NO or BAD after tag");
        if (!c.failed()) {
            if (keywordEquals(status, "OK"))
                r = parseStatus(c, c.bytes(tag), StatusKind::Ok);
            else if (keywordEquals(status, "NO"))
                r = parseStatus(c, c.bytes(tag), StatusKind::No);
            else if (keywordEquals(status, "BAD"))
                r = parseStatus(c, c.bytes(tag), StatusKind::Bad);
            else
                c.fail(c.offset() - status.size(),
                       QStringLiteral("expected OK, NO or BAD after tag at offset %1, got '%2'")
                           .arg(c.offset() - status.size())
                           .arg(QLatin1StringView(status)));
        }
    }
    c.skipSpaces(); // lenient: trailing spaces before CRLF
    c.expectEndOfResponse();
    if (c.failed())
        result = c.error();
    return result;
}

} // namespace

ParseResult ResponseParser::parse(QByteArrayView unit)
{
    ParseCursor c(unit);
    return parseUnit(unit, c);
}

ParseResult ResponseParser::parse(const QByteArray &unit)
{
    ParseCursor c(unit);
    return parseUnit(unit, c);
}

} // namespace ImapCore
