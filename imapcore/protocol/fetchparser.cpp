#include "protocol/fetchparser.h"

#include "protocol/limits.h"

namespace ImapCore {

namespace {

bool checkDepth(ParseCursor &c, int depth)
{
    if (depth < Limits::maxNestingDepth)
        return true;
    c.fail(c.offset(),
           QStringLiteral("nesting deeper than Limits::maxNestingDepth (%1) at offset %2")
               .arg(Limits::maxNestingDepth)
               .arg(c.offset()));
    return false;
}

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

// Items of a parenthesised list are separated by SP; servers also send extra spaces and a space
// before ")" (Exchange pads BODYSTRUCTURE). Returns true when the list continues.
bool nextListItem(ParseCursor &c)
{
    c.skipSpaces();
    return !c.failed() && c.peek() != ')' && !c.atLineEnd();
}

// address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")" (RFC 9051 9).
bool parseAddress(ParseCursor &c, Address &a)
{
    c.expect('(', "'(' to open ENVELOPE address");
    c.skipSpaces();
    c.readNString(a.name, "address name (nstring)");
    c.expectSpace("SP after address name");
    c.readNString(a.adl, "address adl (nstring)");
    c.expectSpace("SP after address adl");
    c.readNString(a.mailbox, "address mailbox (nstring)");
    c.expectSpace("SP after address mailbox");
    c.readNString(a.host, "address host (nstring)");
    c.skipSpaces();
    return c.expect(')', "')' to close ENVELOPE address");
}

// env-from etc.: "(" 1*address ")" / nil. Group syntax (RFC 9051 7.5.2) arrives as addresses
// with a NIL host and is kept as sent.
bool parseAddressList(ParseCursor &c, QList<Address> &out, int depth)
{
    if (c.consumeNil())
        return true;
    if (!checkDepth(c, depth + 1))
        return false;
    if (!c.expect('(', "'(' or NIL for ENVELOPE address list"))
        return false;
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), "ENVELOPE address list"))
            return false;
        out.emplaceBack();
        if (!parseAddress(c, out.back()))
            return false;
    }
    return c.expect(')', "')' to close ENVELOPE address list");
}

// body-fld-param = "(" string SP string *(SP string SP string) ")" / nil
bool parseParameters(ParseCursor &c, QList<BodyParameter> &out)
{
    if (c.consumeNil())
        return true;
    if (!c.expect('(', "'(' or NIL for body parameter list"))
        return false;
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), "body parameter list"))
            return false;
        BodyParameter p;
        c.readStringOrNil(p.name, "body parameter name (string)");
        c.expectSpace("SP after body parameter name");
        c.readStringOrNil(p.value, "body parameter value (string)");
        if (c.failed())
            return false;
        out.append(std::move(p));
    }
    return c.expect(')', "')' to close body parameter list");
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil
bool parseDisposition(ParseCursor &c, std::optional<BodyDisposition> &out, int depth)
{
    if (c.consumeNil())
        return true;
    if (c.peek() != '(') {
        // Some servers send a bare string here; it carries no parameters, keep the type.
        BodyDisposition d;
        if (!c.readString(d.type, "'(' or NIL for body disposition"))
            return false;
        out = std::move(d);
        return true;
    }
    if (!checkDepth(c, depth + 1))
        return false;
    c.expect('(', "'(' for body disposition");
    BodyDisposition d;
    c.skipSpaces();
    c.readStringOrNil(d.type, "body disposition type (string)");
    c.skipSpaces();
    if (c.peek() != ')')
        parseParameters(c, d.parameters);
    c.skipSpaces();
    if (!c.expect(')', "')' to close body disposition"))
        return false;
    out = std::move(d);
    return true;
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
bool parseLanguage(ParseCursor &c, QList<QByteArray> &out)
{
    if (c.consumeNil())
        return true;
    if (c.peek() != '(') {
        QByteArray lang;
        if (!c.readString(lang, "body language (nstring or list)"))
            return false;
        out.append(std::move(lang));
        return true;
    }
    c.expect('(', "'(' for body language list");
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), "body language list"))
            return false;
        QByteArray lang;
        if (!c.readStringOrNil(lang, "body language (string)"))
            return false;
        out.append(std::move(lang));
    }
    return c.expect(')', "')' to close body language list");
}

// Extension data after the type-specific fields (RFC 9051 7.5.2): for a single part
// body-fld-md5 first, for a multipart body-fld-param first; then disposition, language,
// location, and any body-extension, which are skipped.
bool parseExtensions(ParseCursor &c, BodyPart &part, int depth, bool multipart)
{
    if (!nextListItem(c))
        return !c.failed();
    if (multipart) {
        if (!parseParameters(c, part.parameters))
            return false;
    } else if (!c.readNString(part.md5, "body MD5 (nstring)")) {
        return false;
    }
    if (!nextListItem(c))
        return !c.failed();
    if (!parseDisposition(c, part.disposition, depth))
        return false;
    if (!nextListItem(c))
        return !c.failed();
    if (!parseLanguage(c, part.language))
        return false;
    if (!nextListItem(c))
        return !c.failed();
    if (!c.readNString(part.location, "body location (nstring)"))
        return false;
    while (nextListItem(c)) {
        if (c.skipValue(depth + 1, "body extension").isEmpty())
            return false;
    }
    return !c.failed();
}

bool readBodyNumber(ParseCursor &c, quint64 &out, const char *what)
{
    // Exchange sends NIL for sizes it does not know.
    if (c.consumeNil()) {
        out = 0;
        return true;
    }
    return c.readNumber64(out, what);
}

bool isMessageRfc822(const BodyPart &p)
{
    // RFC 9051 7.5.2: MESSAGE/RFC822 and MESSAGE/GLOBAL (RFC 6532) carry an envelope and body.
    return keywordEquals(p.type, "MESSAGE")
        && (keywordEquals(p.subtype, "RFC822") || keywordEquals(p.subtype, "GLOBAL"));
}

} // namespace

bool FetchParser::parseEnvelope(ParseCursor &c, Envelope &e, int depth)
{
    if (!checkDepth(c, depth))
        return false;
    if (!c.expect('(', "'(' to open ENVELOPE"))
        return false;
    c.skipSpaces();
    c.readNString(e.date, "ENVELOPE date (nstring)");
    c.expectSpace("SP after ENVELOPE date");
    c.readNString(e.subject, "ENVELOPE subject (nstring)");
    c.expectSpace("SP after ENVELOPE subject");
    const char *fromStart = c.position();
    parseAddressList(c, e.from, depth);
    const QByteArrayView from(fromStart, c.position() - fromStart);
    c.expectSpace("SP after ENVELOPE from");
    // RFC 9051 7.5.2: the server fills Sender and Reply-To with From when the message has none,
    // so they nearly always repeat it byte for byte: share From's list instead of parsing again.
    if (c.consumeRepeatOf(from))
        e.sender = e.from;
    else
        parseAddressList(c, e.sender, depth);
    c.expectSpace("SP after ENVELOPE sender");
    if (c.consumeRepeatOf(from))
        e.replyTo = e.from;
    else
        parseAddressList(c, e.replyTo, depth);
    c.expectSpace("SP after ENVELOPE reply-to");
    parseAddressList(c, e.to, depth);
    c.expectSpace("SP after ENVELOPE to");
    parseAddressList(c, e.cc, depth);
    c.expectSpace("SP after ENVELOPE cc");
    parseAddressList(c, e.bcc, depth);
    c.expectSpace("SP after ENVELOPE bcc");
    c.readNString(e.inReplyTo, "ENVELOPE in-reply-to (nstring)");
    c.expectSpace("SP after ENVELOPE in-reply-to");
    c.readNString(e.messageId, "ENVELOPE message-id (nstring)");
    c.skipSpaces();
    return c.expect(')', "')' to close ENVELOPE");
}

bool FetchParser::parseBody(ParseCursor &c, BodyPart &part, int depth)
{
    if (!checkDepth(c, depth))
        return false;
    if (!c.expect('(', "'(' to open body structure"))
        return false;
    c.skipSpaces();
    if (c.peek() == '(') {
        // body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]. Some servers separate
        // the parts with spaces.
        part.type = QByteArrayLiteral("MULTIPART");
        while (c.peek() == '(') {
            if (!checkListSize(c, qsizetype(part.children.size()), "multipart body"))
                return false;
            part.children.emplace_back();
            if (!parseBody(c, part.children.back(), depth + 1))
                return false;
            c.skipSpaces();
        }
        c.readStringOrNil(part.subtype, "multipart subtype (string)");
        if (!parseExtensions(c, part, depth, true))
            return false;
        c.skipSpaces();
        return c.expect(')', "')' to close multipart body structure");
    }

    // body-type-1part: media-type SP body-fields, then the type-specific fields.
    c.readStringOrNil(part.type, "body media type (string)");
    c.expectSpace("SP after body media type");
    c.readStringOrNil(part.subtype, "body media subtype (string)");
    c.expectSpace("SP after body media subtype");
    parseParameters(c, part.parameters);
    c.expectSpace("SP after body parameters");
    c.readNString(part.id, "body id (nstring)");
    c.expectSpace("SP after body id");
    c.readNString(part.description, "body description (nstring)");
    c.expectSpace("SP after body description");
    c.readStringOrNil(part.encoding, "body encoding (string)");
    c.expectSpace("SP after body encoding");
    readBodyNumber(c, part.size, "body size (number)");
    if (c.failed())
        return false;

    if (isMessageRfc822(part) && nextListItem(c) && c.peek() == '(') {
        // body-type-msg: SP envelope SP body SP body-fld-lines
        auto envelope = std::make_shared<Envelope>();
        if (!parseEnvelope(c, *envelope, depth + 1))
            return false;
        part.envelope = std::move(envelope);
        c.expectSpace("SP after message/rfc822 envelope");
        part.children.emplace_back();
        if (!parseBody(c, part.children.back(), depth + 1))
            return false;
        if (nextListItem(c)) {
            quint32 lines = 0;
            if (c.consumeNil() || c.readNumber32(lines, "message/rfc822 body lines (number)"))
                part.lines = lines;
        }
    } else if (nextListItem(c) && c.peek() >= '0' && c.peek() <= '9') {
        // body-type-text: SP body-fld-lines. Accepted for any type: a number cannot start md5.
        quint32 lines = 0;
        if (c.readNumber32(lines, "body lines (number)"))
            part.lines = lines;
    }
    if (c.failed() || !parseExtensions(c, part, depth, false))
        return false;
    c.skipSpaces();
    return c.expect(')', "')' to close body structure");
}

namespace {

// section = "[" [section-spec] "]" (RFC 9051 9); kept as the raw text between the brackets.
bool parseSection(ParseCursor &c, QByteArray &out)
{
    if (!c.expect('[', "'[' to open section"))
        return false;
    const char *start = c.position();
    for (;;) {
        const char ch = c.peek();
        if (ch == ']')
            break;
        if (ch == '"') {
            QByteArray ignored;
            if (!c.readString(ignored, "header field name in section"))
                return false;
            continue;
        }
        if (c.atLineEnd() || quint8(ch) < 0x20 || quint8(ch) >= 0x7f) {
            c.failExpected("']' to close section");
            return false;
        }
        c.consume(ch);
    }
    out = QByteArray(start, c.position() - start);
    c.consume(']');
    return true;
}

// "<" number ">" after a section: the origin of a partial fetch.
bool parseOrigin(ParseCursor &c, std::optional<quint32> &origin)
{
    if (!c.consume('<'))
        return true;
    quint32 n = 0;
    if (!c.readNumber32(n, "partial fetch origin (number)"))
        return false;
    if (!c.expect('>', "'>' to close partial fetch origin"))
        return false;
    origin = n;
    return true;
}

bool parseFlagList(ParseCursor &c, QList<QByteArray> &out, const char *what, const char *close)
{
    if (!c.expect('(', what))
        return false;
    while (nextListItem(c)) {
        if (!checkListSize(c, out.size(), what))
            return false;
        const QByteArrayView flag = c.readFlag("flag");
        if (flag.isEmpty())
            return false;
        out.append(flag.toByteArray());
    }
    return c.expect(')', close);
}

bool parseObjectId(ParseCursor &c, std::optional<QByteArray> &out, bool nilAllowed)
{
    // RFC 8474 5: "(" objectid ")"; THREADID may be NIL.
    if (nilAllowed && c.consumeNil())
        return true;
    c.expect('(', "'(' to open object id");
    const QByteArrayView id = c.readAtom("object id");
    if (!c.expect(')', "')' to close object id"))
        return false;
    out = id.toByteArray();
    return true;
}

} // namespace

bool FetchParser::parseAttributes(ParseCursor &c, FetchResponse &f)
{
    if (!c.expect('(', "'(' to open FETCH attributes"))
        return false;
    while (nextListItem(c)) {
        const char *nameStart = c.position();
        // A fetch item name stops at "[" (BODY[...]), which is an ATOM-CHAR.
        const QByteArrayView name = c.readToken(CharClass::Name, "FETCH item name");
        if (name.isEmpty())
            return false;
        const bool hasSection = c.peek() == '[';
        switch (name.size()) {
        case 3:
            if (keywordEquals(name, "UID")) {
                quint32 uid = 0;
                c.expectSpace("SP after UID");
                if (c.readNumber32(uid, "UID value (number)"))
                    f.uid = uid;
                continue;
            }
            break;
        case 4:
            if (keywordEquals(name, "BODY")) {
                if (hasSection) {
                    BodySection s;
                    parseSection(c, s.section);
                    parseOrigin(c, s.origin);
                    c.expectSpace("SP after BODY[section]");
                    if (c.readNString(s.data, "BODY[section] data (nstring)"))
                        f.sections.append(std::move(s));
                } else {
                    c.expectSpace("SP after BODY");
                    BodyPart body;
                    if (parseBody(c, body, 1))
                        f.bodyStructure = std::move(body);
                }
                continue;
            }
            break;
        case 5:
            if (keywordEquals(name, "FLAGS")) {
                c.expectSpace("SP after FLAGS");
                QList<QByteArray> flags;
                if (parseFlagList(c, flags, "'(' to open FLAGS list", "')' to close FLAGS list"))
                    f.flags = std::move(flags);
                continue;
            }
            break;
        case 6:
            if (keywordEquals(name, "RFC822")) {
                // RFC 3501 6.4.5: RFC822 is BODY[]; kept as that section.
                BodySection s;
                c.expectSpace("SP after RFC822");
                if (c.readNString(s.data, "RFC822 data (nstring)"))
                    f.sections.append(std::move(s));
                continue;
            }
            if (keywordEquals(name, "MODSEQ")) {
                // RFC 7162 3.1.4.1: MODSEQ (mod-sequence-value)
                quint64 modSeq = 0;
                c.expectSpace("SP after MODSEQ");
                c.expect('(', "'(' after MODSEQ");
                c.skipSpaces();
                c.readNumber64(modSeq, "MODSEQ value");
                c.skipSpaces();
                if (c.expect(')', "')' to close MODSEQ"))
                    f.modSeq = modSeq;
                continue;
            }
            if (keywordEquals(name, "BINARY") && hasSection) {
                BodySection s;
                s.binary = true;
                parseSection(c, s.section);
                parseOrigin(c, s.origin);
                c.expectSpace("SP after BINARY[section]");
                if (c.readNString(s.data, "BINARY[section] data (nstring or literal8)"))
                    f.sections.append(std::move(s));
                continue;
            }
            break;
        case 7:
            if (keywordEquals(name, "PREVIEW")) {
                c.expectSpace("SP after PREVIEW");
                // A modifier list before the text ("PREVIEW (FUZZY) ...", RFC 8970 drafts) is
                // not server-sent today; it is skipped rather than rejected.
                if (c.peek() == '(') {
                    c.skipValue(1, "PREVIEW modifiers");
                    c.expectSpace("SP after PREVIEW modifiers");
                }
                NString preview;
                if (c.readNString(preview, "PREVIEW text (nstring)"))
                    f.preview = std::move(preview);
                continue;
            }
            if (keywordEquals(name, "EMAILID")) {
                c.expectSpace("SP after EMAILID");
                parseObjectId(c, f.emailId, false);
                continue;
            }
            break;
        case 8:
            if (keywordEquals(name, "ENVELOPE")) {
                c.expectSpace("SP after ENVELOPE");
                Envelope e;
                if (parseEnvelope(c, e, 1))
                    f.envelope = std::move(e);
                continue;
            }
            if (keywordEquals(name, "THREADID")) {
                c.expectSpace("SP after THREADID");
                parseObjectId(c, f.threadId, true);
                continue;
            }
            break;
        case 11:
            if (keywordEquals(name, "RFC822.SIZE")) {
                quint64 size = 0;
                c.expectSpace("SP after RFC822.SIZE");
                if (c.readNumber64(size, "RFC822.SIZE value (number)"))
                    f.rfc822Size = size;
                continue;
            }
            if (keywordEquals(name, "RFC822.TEXT")) {
                // RFC 3501 6.4.5: RFC822.TEXT is BODY[TEXT].
                BodySection s;
                s.section = QByteArrayLiteral("TEXT");
                c.expectSpace("SP after RFC822.TEXT");
                if (c.readNString(s.data, "RFC822.TEXT data (nstring)"))
                    f.sections.append(std::move(s));
                continue;
            }
            if (keywordEquals(name, "BINARY.SIZE") && hasSection) {
                QByteArray section;
                quint64 size = 0;
                parseSection(c, section);
                c.expectSpace("SP after BINARY.SIZE[section]");
                if (c.readNumber64(size, "BINARY.SIZE value (number)"))
                    f.binarySize = size;
                continue;
            }
            break;
        case 12:
            if (keywordEquals(name, "INTERNALDATE")) {
                c.expectSpace("SP after INTERNALDATE");
                NString date;
                if (c.readNString(date, "INTERNALDATE value (quoted date-time)") && date)
                    f.internalDate = std::move(*date);
                continue;
            }
            break;
        case 13:
            if (keywordEquals(name, "BODYSTRUCTURE")) {
                c.expectSpace("SP after BODYSTRUCTURE");
                BodyPart body;
                if (parseBody(c, body, 1))
                    f.bodyStructure = std::move(body);
                continue;
            }
            if (keywordEquals(name, "RFC822.HEADER")) {
                // RFC 3501 6.4.5: RFC822.HEADER is BODY[HEADER].
                BodySection s;
                s.section = QByteArrayLiteral("HEADER");
                c.expectSpace("SP after RFC822.HEADER");
                if (c.readNString(s.data, "RFC822.HEADER data (nstring)"))
                    f.sections.append(std::move(s));
                continue;
            }
            break;
        default:
            break;
        }
        // Unknown item (Gmail X-GM-MSGID, X-GM-THRID, X-GM-LABELS, ...): name, an optional
        // [section]<origin> kept in the name, and the raw value.
        if (hasSection) {
            QByteArray section;
            std::optional<quint32> origin;
            parseSection(c, section);
            parseOrigin(c, origin);
        }
        QByteArray fullName(nameStart, c.position() - nameStart);
        c.expectSpace("SP after FETCH item name");
        const QByteArrayView raw = c.skipValue(1, "FETCH item value");
        if (c.failed())
            return false;
        if (!checkListSize(c, f.otherItems.size(), "FETCH unknown items"))
            return false;
        f.otherItems.append({std::move(fullName), raw.toByteArray()});
    }
    return c.expect(')', "')' to close FETCH attributes");
}

} // namespace ImapCore
