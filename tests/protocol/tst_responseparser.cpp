// ResponseParser: wire bytes -> typed Response values, table-driven (RFC 3501, RFC 9051 and
// extensions, plus real servers' dialogs). Every positive row is also re-framed by
// ResponseFramer at every split offset and must parse to the same value.
#include "protocol/limits.h"
#include "protocol/responsedebug.h"
#include "protocol/responseframer.h"
#include "protocol/responseparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImapCore::Response)

namespace {

const NString NIL = std::nullopt;

NString S(const char *s)
{
    return QByteArray(s);
}

Address A(NString name, NString adl, NString mailbox, NString host)
{
    return Address {std::move(name), std::move(adl), std::move(mailbox), std::move(host)};
}

ResponseCode code(ResponseCodeKind kind, const char *name, const char *raw = "")
{
    ResponseCode c;
    c.kind = kind;
    c.name = name;
    c.rawArguments = raw;
    return c;
}

ResponseCode numberCode(ResponseCodeKind kind, const char *name, const char *raw, quint64 n)
{
    ResponseCode c = code(kind, name, raw);
    c.number = n;
    return c;
}

ResponseCode atomsCode(ResponseCodeKind kind, const char *name, const char *raw,
                       QList<QByteArray> atoms)
{
    ResponseCode c = code(kind, name, raw);
    c.atoms = std::move(atoms);
    return c;
}

StatusResponse status(const char *tag, StatusKind kind, const char *text, ResponseCode c = {})
{
    StatusResponse s;
    s.tag = tag;
    s.status = kind;
    s.code = std::move(c);
    s.text = text;
    return s;
}

SequenceSet seq(const char *text)
{
    return SequenceSet::parse(text).value_or(SequenceSet());
}

BodyPart part(const char *type, const char *subtype, QList<BodyParameter> params, NString id,
              NString desc, const char *enc, quint64 size, std::optional<quint32> lines = {})
{
    BodyPart p;
    p.type = type;
    p.subtype = subtype;
    p.parameters = std::move(params);
    p.id = std::move(id);
    p.description = std::move(desc);
    p.encoding = enc;
    p.size = size;
    p.lines = lines;
    return p;
}

BodyPart multipart(const char *subtype, std::vector<BodyPart> children)
{
    BodyPart p;
    p.type = "MULTIPART";
    p.subtype = subtype;
    p.children = std::move(children);
    return p;
}

FetchResponse fetch(quint32 n)
{
    FetchResponse f;
    f.sequenceNumber = n;
    return f;
}

QList<BodyParameter> params(std::initializer_list<std::pair<const char *, const char *>> l)
{
    QList<BodyParameter> out;
    for (const auto &[k, v] : l)
        out.append(BodyParameter {k, v});
    return out;
}

BodySection section(const char *name, NString data, std::optional<quint32> origin = {},
                    bool binary = false)
{
    return BodySection {name, origin, std::move(data), binary};
}

ListResponse list(QList<QByteArray> attrs, std::optional<char> delim, const char *mailbox,
                  bool lsub = false)
{
    ListResponse l;
    l.isLsub = lsub;
    l.attributes = std::move(attrs);
    l.delimiter = delim;
    l.mailbox = mailbox;
    return l;
}

// The ENVELOPE of RFC 3501 / RFC 9051 7.5.2's FETCH example.
Envelope rfcEnvelope()
{
    Envelope e;
    e.date = S("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)");
    e.subject = S("IMAP4rev1 WG mtg summary and minutes");
    e.from = {A(S("Terry Gray"), NIL, S("gray"), S("cac.washington.edu"))};
    e.sender = e.from;
    e.replyTo = e.from;
    e.to = {A(NIL, NIL, S("imap"), S("cac.washington.edu"))};
    e.cc = {A(NIL, NIL, S("minutes"), S("CNRI.Reston.VA.US")),
            A(S("John Klensin"), NIL, S("KLENSIN"), S("MIT.EDU"))};
    e.messageId = S("<B27397-0100000@cac.washington.edu>");
    return e;
}

const char rfcEnvelopeWire[] =
    "(\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \"IMAP4rev1 WG mtg summary and minutes\" "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) "
    "((NIL NIL \"imap\" \"cac.washington.edu\")) "
    "((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) "
    "NIL NIL \"<B27397-0100000@cac.washington.edu>\")";

QByteArray W(const char *a, const char *b = "", const char *c = "")
{
    return QByteArray(a) + b + c;
}

// A byte string with embedded NULs.
template<qsizetype N>
QByteArray R(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

void row(const char *name, const QByteArray &wire, const Response &expected)
{
    QTest::newRow(name) << wire << expected;
}

} // namespace

class Tst_responseparser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void framedAtEverySplit_data() { parse_data(); }
    void framedAtEverySplit();
    void errors_data();
    void errors();
    void deepNestingFailsFast_data();
    void deepNestingFailsFast();
    void overlongLine();
    void hugeSearchIsBounded();
    void quotedStringAtEveryPosition();
    void valuesShareTheUnit();
};

void Tst_responseparser::parse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Response>("expected");
    using K = ResponseCodeKind;
    using St = StatusKind;

    // ---- Greetings and status responses (RFC 9051 7.1, RFC 3501 7.1) ----------------------
    row("rfc9051-7.1.1-greeting", "* OK IMAP4rev2 server ready\r\n",
        status("", St::Ok, "IMAP4rev2 server ready"));
    row("rfc9051-7.1.1-alert", "* OK [ALERT] System shutdown in 10 minutes\r\n",
        status("", St::Ok, "System shutdown in 10 minutes", code(K::Alert, "ALERT")));
    row("rfc9051-7.1.1-tagged-ok", "A001 OK LOGIN completed\r\n",
        status("A001", St::Ok, "LOGIN completed"));
    row("rfc9051-7.1.2-untagged-no", "* NO Disk is 98% full, please delete unnecessary data\r\n",
        status("", St::No, "Disk is 98% full, please delete unnecessary data"));
    row("rfc9051-7.1.2-tagged-no", "A222 NO COPY failed: disk is full\r\n",
        status("A222", St::No, "COPY failed: disk is full"));
    row("rfc9051-7.1.3-untagged-bad", "* BAD Command line too long\r\n",
        status("", St::Bad, "Command line too long"));
    row("rfc9051-7.1.3-tagged-bad", "A443 BAD no such command as \"FOO\"\r\n",
        status("A443", St::Bad, "no such command as \"FOO\""));
    row("rfc9051-7.1.4-preauth", "* PREAUTH IMAP4rev2 server logged in as Smith\r\n",
        status("", St::PreAuth, "IMAP4rev2 server logged in as Smith"));
    row("rfc9051-7.1.5-bye", "* BYE Autologout; idle for too long\r\n",
        status("", St::Bye, "Autologout; idle for too long"));
    row("rfc9051-7.1-read-write", "A142 OK [READ-WRITE] SELECT completed\r\n",
        status("A142", St::Ok, "SELECT completed", code(K::ReadWrite, "READ-WRITE")));
    row("rfc9051-7.1-read-only", "A932 OK [READ-ONLY] EXAMINE completed\r\n",
        status("A932", St::Ok, "EXAMINE completed", code(K::ReadOnly, "READ-ONLY")));
    row("rfc9051-7.1-uidvalidity", "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n",
        status("", St::Ok, "UIDs valid",
               numberCode(K::UidValidity, "UIDVALIDITY", "3857529045", 3857529045u)));
    row("rfc9051-7.1-uidnext", "* OK [UIDNEXT 4392] Predicted next UID\r\n",
        status("", St::Ok, "Predicted next UID", numberCode(K::UidNext, "UIDNEXT", "4392", 4392)));
    row("rfc3501-7.1-unseen", "* OK [UNSEEN 12] Message 12 is first unseen\r\n",
        status("", St::Ok, "Message 12 is first unseen",
               numberCode(K::Unseen, "UNSEEN", "12", 12)));
    row("rfc9051-7.1-permanentflags", "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n",
        status("", St::Ok, "Limited",
               atomsCode(K::PermanentFlags, "PERMANENTFLAGS", "(\\Deleted \\Seen \\*)",
                         {"\\Deleted", "\\Seen", "\\*"})));
    row("rfc9051-7.1-permanentflags-empty", "* OK [PERMANENTFLAGS ()] No permanent flags\r\n",
        status("", St::Ok, "No permanent flags",
               atomsCode(K::PermanentFlags, "PERMANENTFLAGS", "()", {})));
    row("rfc9051-7.1-capability-code",
        "* OK [CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI] Server ready\r\n",
        status("", St::Ok, "Server ready",
               atomsCode(K::Capability, "CAPABILITY", "IMAP4rev2 STARTTLS AUTH=GSSAPI",
                         {"IMAP4rev2", "STARTTLS", "AUTH=GSSAPI"})));
    row("rfc9051-7.1-alreadyexists", "o356 NO [ALREADYEXISTS] Mailbox \"that\" already exists\r\n",
        status("o356", St::No, "Mailbox \"that\" already exists",
               code(K::AlreadyExists, "ALREADYEXISTS")));
    row("rfc9051-7.1-authenticationfailed", "b NO [AUTHENTICATIONFAILED] Authentication failed\r\n",
        status("b", St::No, "Authentication failed",
               code(K::AuthenticationFailed, "AUTHENTICATIONFAILED")));
    row("rfc9051-7.1-authorizationfailed",
        "c1 NO [AUTHORIZATIONFAILED] No such authorization-ID\r\n",
        status("c1", St::No, "No such authorization-ID",
               code(K::AuthorizationFailed, "AUTHORIZATIONFAILED")));
    row("rfc9051-7.1-badcharset", "A1 NO [BADCHARSET (UTF-8 \"US-ASCII\")] Unsupported\r\n",
        status(
            "A1", St::No, "Unsupported",
            atomsCode(K::BadCharset, "BADCHARSET", "(UTF-8 \"US-ASCII\")", {"UTF-8", "US-ASCII"})));
    row("rfc9051-7.1-badcharset-bare", "A1 NO [BADCHARSET] Unsupported\r\n",
        status("A1", St::No, "Unsupported", code(K::BadCharset, "BADCHARSET")));
    row("rfc5465-5.9-badevent", "A2 NO [BADEVENT (MessageNew MessageExpunge)] Unsupported\r\n",
        status("A2", St::No, "Unsupported",
               atomsCode(K::BadEvent, "BADEVENT", "(MessageNew MessageExpunge)",
                         {"MessageNew", "MessageExpunge"})));
    row("rfc5465-5.9-badevent-one", "A2 NO [BADEVENT (FlagChange)] Unsupported\r\n",
        status("A2", St::No, "Unsupported",
               atomsCode(K::BadEvent, "BADEVENT", "(FlagChange)", {"FlagChange"})));
    row("rfc5465-5.8-notificationoverflow",
        "* OK [NOTIFICATIONOVERFLOW] ...A large number of changes\r\n",
        status("", St::Ok, "...A large number of changes",
               code(K::NotificationOverflow, "NOTIFICATIONOVERFLOW")));
    row("rfc9051-7.1-cannot", "l NO [CANNOT] Adjacent slashes are not supported\r\n",
        status("l", St::No, "Adjacent slashes are not supported", code(K::Cannot, "CANNOT")));
    row("rfc9051-7.1-clientbug", "k1 OK [CLIENTBUG] Done\r\n",
        status("k1", St::Ok, "Done", code(K::ClientBug, "CLIENTBUG")));
    row("rfc9051-7.1-contactadmin", "e NO [CONTACTADMIN]\r\n",
        status("e", St::No, "", code(K::ContactAdmin, "CONTACTADMIN")));
    row("rfc9051-7.1-corruption", "i NO [CORRUPTION] Cannot open mailbox\r\n",
        status("i", St::No, "Cannot open mailbox", code(K::Corruption, "CORRUPTION")));
    row("rfc9051-7.1-expired", "d NO [EXPIRED] That password isn't valid any more\r\n",
        status("d", St::No, "That password isn't valid any more", code(K::Expired, "EXPIRED")));
    row("rfc9051-7.1-expungeissued", "h OK [EXPUNGEISSUED] Search completed\r\n",
        status("h", St::Ok, "Search completed", code(K::ExpungeIssued, "EXPUNGEISSUED")));
    row("rfc9051-7.1-haschildren", "o NO [HASCHILDREN] Mailbox has children\r\n",
        status("o", St::No, "Mailbox has children", code(K::HasChildren, "HASCHILDREN")));
    row("rfc9051-7.1-inuse", "g NO [INUSE] Mailbox in use\r\n",
        status("g", St::No, "Mailbox in use", code(K::InUse, "INUSE")));
    row("rfc9051-7.1-limit", "m NO [LIMIT] At most 32 flags in one mailbox supported\r\n",
        status("m", St::No, "At most 32 flags in one mailbox supported", code(K::Limit, "LIMIT")));
    row("rfc9051-7.1-nonexistent", "p NO [NONEXISTENT] No such mailbox\r\n",
        status("p", St::No, "No such mailbox", code(K::NonExistent, "NONEXISTENT")));
    row("rfc9051-7.1-noperm", "f NO [NOPERM] Access denied\r\n",
        status("f", St::No, "Access denied", code(K::NoPerm, "NOPERM")));
    row("rfc9051-7.1-overquota", "A NO [OVERQUOTA] Sorry\r\n",
        status("A", St::No, "Sorry", code(K::OverQuota, "OVERQUOTA")));
    row("rfc9051-7.1-parse", "A NO [PARSE] Unable to parse message\r\n",
        status("A", St::No, "Unable to parse message", code(K::Parse, "PARSE")));
    row("rfc9051-7.1-privacyrequired", "d NO [PRIVACYREQUIRED] Connection offers no privacy\r\n",
        status("d", St::No, "Connection offers no privacy",
               code(K::PrivacyRequired, "PRIVACYREQUIRED")));
    row("rfc9051-7.1-serverbug", "j NO [SERVERBUG] This should not happen\r\n",
        status("j", St::No, "This should not happen", code(K::ServerBug, "SERVERBUG")));
    row("rfc9051-7.1-trycreate", "A003 NO [TRYCREATE] No such mailbox\r\n",
        status("A003", St::No, "No such mailbox", code(K::TryCreate, "TRYCREATE")));
    row("rfc9051-7.1-unavailable", "a NO [UNAVAILABLE] User's backend down for maintenance\r\n",
        status("a", St::No, "User's backend down for maintenance",
               code(K::Unavailable, "UNAVAILABLE")));
    row("rfc9051-7.1-unknown-cte", "tag NO [UNKNOWN-CTE] Can't decode\r\n",
        status("tag", St::No, "Can't decode", code(K::UnknownCte, "UNKNOWN-CTE")));
    row("rfc9051-7.1-notsaved", "A1 OK [NOTSAVED] Search done\r\n",
        status("A1", St::Ok, "Search done", code(K::NotSaved, "NOTSAVED")));
    row("rfc4315-3-appenduid", "A003 OK [APPENDUID 38505 3955] APPEND completed\r\n", [] {
        ResponseCode c = numberCode(K::AppendUid, "APPENDUID", "38505 3955", 38505);
        c.uids = seq("3955");
        return status("A003", St::Ok, "APPEND completed", c);
    }());
    row("rfc4315-3-copyuid", "A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n", [] {
        ResponseCode c = numberCode(K::CopyUid, "COPYUID", "38505 304,319:320 3956:3958", 38505);
        c.sourceUids = seq("304,319:320");
        c.uids = seq("3956:3958");
        return status("A004", St::Ok, "Done", c);
    }());
    row("rfc4315-3-uidnotsticky", "A002 OK [UIDNOTSTICKY] Non-persistent UIDs\r\n",
        status("A002", St::Ok, "Non-persistent UIDs", code(K::UidNotSticky, "UIDNOTSTICKY")));
    row("rfc7162-3.1.2.1-highestmodseq", "* OK [HIGHESTMODSEQ 715194045007] Highest\r\n",
        status("", St::Ok, "Highest",
               numberCode(K::HighestModSeq, "HIGHESTMODSEQ", "715194045007", 715194045007ull)));
    row("rfc7162-3.1.2.2-nomodseq",
        "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n",
        status("", St::Ok, "Sorry, this mailbox format doesn't support modsequences",
               code(K::NoModSeq, "NOMODSEQ")));
    row("rfc7162-3.1.3-modified", "d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n", [] {
        ResponseCode c = code(K::Modified, "MODIFIED", "7,9");
        c.sourceUids = seq("7,9");
        return status("d105", St::Ok, "Conditional STORE failed", c);
    }());
    row("rfc7162-3.2.11-closed", "* OK [CLOSED] Previous mailbox closed.\r\n",
        status("", St::Ok, "Previous mailbox closed.", code(K::Closed, "CLOSED")));
    row("unknown-code-kept", "* OK [XYZZY foo bar] whatever\r\n",
        status("", St::Ok, "whatever", code(K::Other, "XYZZY", "foo bar")));
    row("lowercase-code", "a1 ok [read-write] done\r\n",
        status("a1", St::Ok, "done", code(K::ReadWrite, "read-write")));
    row("bracket-without-close-is-text", "* OK [not a code\r\n", status("", St::Ok, "[not a code"));
    row("tag-with-bracket", "A]1 OK done\r\n", status("A]1", St::Ok, "done"));

    // ---- Real servers' status lines ---------------------------------------------------------
    row("dovecot-greeting-capability",
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
        "AUTH=PLAIN] Dovecot ready.\r\n",
        status("", St::Ok, "Dovecot ready.",
               atomsCode(K::Capability, "CAPABILITY",
                         "IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS "
                         "AUTH=PLAIN",
                         {"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE",
                          "LITERAL+", "STARTTLS", "AUTH=PLAIN"})));
    row("dovecot-select-completed", "A3 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n",
        status("A3", St::Ok, "Select completed (0.001 + 0.000 secs).",
               code(K::ReadWrite, "READ-WRITE")));
    row("dovecot-permanentflags",
        "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags "
        "permitted.\r\n",
        status("", St::Ok, "Flags permitted.",
               atomsCode(K::PermanentFlags, "PERMANENTFLAGS",
                         "(\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)",
                         {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft", "\\*"})));
    row("dovecot-still-here", "* OK Still here\r\n", status("", St::Ok, "Still here"));
    row("dovecot-bye-logging-out", "* BYE Logging out\r\n", status("", St::Bye, "Logging out"));
    row("dovecot-idle-done", "A7 OK Idle completed (0.001 + 29.999 + 29.998 secs).\r\n",
        status("A7", St::Ok, "Idle completed (0.001 + 29.999 + 29.998 secs)."));
    row("gmail-greeting", "* OK Gimap ready for requests from 203.0.113.7 a1mb123456ejb\r\n",
        status("", St::Ok, "Gimap ready for requests from 203.0.113.7 a1mb123456ejb"));
    row("gmail-webalert",
        "* NO [WEBALERT https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs] "
        "Web login required.\r\n",
        status("", St::No, "Web login required.",
               code(K::Other, "WEBALERT",
                    "https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs")));
    row("gmail-throttled", "A5 NO [THROTTLED] Account exceeded command or bandwidth limits.\r\n",
        status("A5", St::No, "Account exceeded command or bandwidth limits.",
               code(K::Other, "THROTTLED")));
    row("gmail-authenticationfailed",
        "A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n",
        status("A1", St::No, "Invalid credentials (Failure)",
               code(K::AuthenticationFailed, "AUTHENTICATIONFAILED")));
    row("gmail-highestmodseq-untagged", "* OK [HIGHESTMODSEQ 8523721]\r\n",
        status("", St::Ok, "", numberCode(K::HighestModSeq, "HIGHESTMODSEQ", "8523721", 8523721)));
    row("gmail-alert-web-login",
        "* NO [ALERT] Please log in via your web browser: "
        "https://support.google.com/mail/accounts/answer/78754 (Failure)\r\n",
        status("", St::No,
               "Please log in via your web browser: "
               "https://support.google.com/mail/accounts/answer/78754 (Failure)",
               code(K::Alert, "ALERT")));
    row("exchange-greeting-base64ish",
        "* OK The Microsoft Exchange IMAP4 service is ready. "
        "[TQBOADIAUABSADEAMgBDAEEAMAAwADAANgAuAG4AYQBtAHAAcgBkADEAMgAuAHAAcgBvAGQA]\r\n",
        status("", St::Ok,
               "The Microsoft Exchange IMAP4 service is ready. "
               "[TQBOADIAUABSADEAMgBDAEEAMAAwADAANgAuAG4AYQBtAHAAcgBkADEAMgAuAHAAcgBvAGQA]"));
    row("exchange-tagged-ok-no-text", "A1 OK\r\n", status("A1", St::Ok, ""));
    row("exchange-bye-with-number", "* BYE Connection is closed. 13\r\n",
        status("", St::Bye, "Connection is closed. 13"));
    row("exchange-select-completed", "A2 OK [READ-WRITE] SELECT completed.\r\n",
        status("A2", St::Ok, "SELECT completed.", code(K::ReadWrite, "READ-WRITE")));
    row("exchange-login-failed", "A1 NO LOGIN failed.\r\n", status("A1", St::No, "LOGIN failed."));
    row("tagged-ok-no-text-trailing-space", "A4 OK \r\n", status("A4", St::Ok, ""));
    row("yahoo-greeting-capability",
        "* OK [CAPABILITY IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN "
        "X-MSG-EXT UNSELECT OBJECTID] IMAP4rev1 Hello\r\n",
        status("", St::Ok, "IMAP4rev1 Hello",
               atomsCode(K::Capability, "CAPABILITY",
                         "IMAP4rev1 ID MOVE NAMESPACE XYMHIGHESTMODSEQ UIDPLUS LITERAL+ CHILDREN "
                         "X-MSG-EXT UNSELECT OBJECTID",
                         {"IMAP4rev1", "ID", "MOVE", "NAMESPACE", "XYMHIGHESTMODSEQ", "UIDPLUS",
                          "LITERAL+", "CHILDREN", "X-MSG-EXT", "UNSELECT", "OBJECTID"})));
    row("cyrus-urlmech", "* OK [URLMECH INTERNAL] Ok\r\n",
        status("", St::Ok, "Ok", code(K::Other, "URLMECH", "INTERNAL")));
    row("cyrus-greeting", "* OK cyrus.example.org Cyrus IMAP 3.4.3 server ready\r\n",
        status("", St::Ok, "cyrus.example.org Cyrus IMAP 3.4.3 server ready"));
    row("cyrus-annotations-code", "* OK [ANNOTATIONS 65536] Ok\r\n",
        status("", St::Ok, "Ok", code(K::Other, "ANNOTATIONS", "65536")));
    row("code-without-space-before-text", "* OK [ALERT]Mailbox almost full\r\n",
        status("", St::Ok, "Mailbox almost full", code(K::Alert, "ALERT")));
    row("missing-space-after-ok", "* OK[READ-ONLY] done\r\n",
        status("", St::Ok, "done", code(K::ReadOnly, "READ-ONLY")));
    row("bare-lf-line-end", "* OK Still here\n", status("", St::Ok, "Still here"));
    row("text-8bit-kept-raw", "* OK Gr\xc3\xbc\xc3\x9f Gott\r\n",
        status("", St::Ok, "Gr\xc3\xbc\xc3\x9f Gott"));

    // ---- Continuation requests (RFC 9051 7.5) --------------------------------------------
    row("rfc9051-7.5-continuation-text", "+ Ready for additional command text\r\n",
        ContinuationRequest {"Ready for additional command text"});
    row("rfc9051-7.5-continuation-base64",
        "+ YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=\r\n",
        ContinuationRequest {
            "YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ="});
    row("continuation-empty-with-space", "+ \r\n", ContinuationRequest {""});
    row("continuation-bare-plus", "+\r\n", ContinuationRequest {""});
    row("dovecot-idling", "+ idling\r\n", ContinuationRequest {"idling"});
    row("exchange-idle-accepted", "+ IDLE accepted, awaiting DONE command.\r\n",
        ContinuationRequest {"IDLE accepted, awaiting DONE command."});

    // ---- CAPABILITY, ENABLED, FLAGS (RFC 9051 7.2.2, RFC 5161, 7.3.5) ------------------------
    row("rfc9051-7.2.2-capability", "* CAPABILITY IMAP4rev2 STARTTLS AUTH=GSSAPI XPIG-LATIN\r\n",
        CapabilityResponse {{"IMAP4rev2", "STARTTLS", "AUTH=GSSAPI", "XPIG-LATIN"}});
    row("gmail-capability",
        "* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 "
        "XYZZY SASL-IR AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\r\n",
        CapabilityResponse {{"IMAP4rev1", "UNSELECT", "IDLE", "NAMESPACE", "QUOTA", "ID", "XLIST",
                             "CHILDREN", "X-GM-EXT-1", "XYZZY", "SASL-IR", "AUTH=XOAUTH2",
                             "AUTH=PLAIN", "AUTH=PLAIN-CLIENTTOKEN", "AUTH=OAUTHBEARER"}});
    row("capability-trailing-space", "* CAPABILITY IMAP4rev1 IDLE \r\n",
        CapabilityResponse {{"IMAP4rev1", "IDLE"}});
    row("capability-lowercase-keyword", "* capability imap4rev1 idle\r\n",
        CapabilityResponse {{"imap4rev1", "idle"}});
    row("rfc5161-enabled", "* ENABLED CONDSTORE QRESYNC\r\n",
        EnabledResponse {{"CONDSTORE", "QRESYNC"}});
    row("rfc5161-enabled-empty", "* ENABLED\r\n", EnabledResponse {});
    row("rfc9051-7.3.5-flags", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
        FlagsResponse {{"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"}});
    row("flags-with-keywords", "* FLAGS (\\Seen $Forwarded $MDNSent Junk NonJunk $label1)\r\n",
        FlagsResponse {{"\\Seen", "$Forwarded", "$MDNSent", "Junk", "NonJunk", "$label1"}});
    row("flags-empty", "* FLAGS ()\r\n", FlagsResponse {});
    row("cyrus-flags-recent",
        "* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen \\Recent)\r\n",
        FlagsResponse {{"\\Answered", "\\Flagged", "\\Draft", "\\Deleted", "\\Seen", "\\Recent"}});

    // ---- LIST / LSUB (RFC 9051 7.3.1, RFC 5258, RFC 6154) ----------------------------------
    row("rfc9051-7.3.1-list-noselect", "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
        list({"\\Noselect"}, '/', "~/Mail/foo"));
    row("rfc3501-7.2.2-list-news", "* LIST (\\Noselect) \".\" #news.comp.mail.misc\r\n",
        list({"\\Noselect"}, '.', "#news.comp.mail.misc"));
    row("rfc3501-7.2.3-lsub", "* LSUB () \".\" #news.comp.mail.misc\r\n",
        list({}, '.', "#news.comp.mail.misc", true));
    row("rfc9051-list-nil-delimiter", "* LIST (\\Noinferiors) NIL INBOX\r\n",
        list({"\\Noinferiors"}, std::nullopt, "INBOX"));
    row("list-inbox-lowercase", "* LIST (\\Marked \\NoInferiors) \"/\" \"inbox\"\r\n",
        list({"\\Marked", "\\NoInferiors"}, '/', "inbox"));
    row("list-backslash-delimiter", "* LIST () \"\\\\\" Drafts\r\n", list({}, '\\', "Drafts"));
    row("list-mailbox-literal", "* LIST () \"/\" {10}\r\nfoo \"bar\"/\r\n",
        list({}, '/', "foo \"bar\"/"));
    row("list-mailbox-escaped-quote", "* LIST () \"/\" \"a \\\"quoted\\\" name\"\r\n",
        list({}, '/', "a \"quoted\" name"));
    row("list-mailbox-mutf7", "* LIST () \"/\" \"Entw&APw-rfe\"\r\n",
        list({}, '/', "Entw&APw-rfe"));
    row("list-mailbox-utf8-quoted", "* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n",
        list({}, '/', "Entw\xc3\xbcrfe"));
    row("rfc6154-list-drafts", "* LIST (\\HasNoChildren \\Drafts) \"/\" Drafts\r\n",
        list({"\\HasNoChildren", "\\Drafts"}, '/', "Drafts"));
    row("rfc6154-list-sent", "* LIST (\\Marked \\HasNoChildren \\Sent) \"/\" \"Sent Mail\"\r\n",
        list({"\\Marked", "\\HasNoChildren", "\\Sent"}, '/', "Sent Mail"));
    row("rfc6154-list-junk", "* LIST (\\HasNoChildren \\Junk) \"/\" Spam\r\n",
        list({"\\HasNoChildren", "\\Junk"}, '/', "Spam"));
    row("gmail-list-all-mail", "* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n",
        list({"\\All", "\\HasNoChildren"}, '/', "[Gmail]/All Mail"));
    row("gmail-list-noselect-root", "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n",
        list({"\\HasChildren", "\\Noselect"}, '/', "[Gmail]"));
    row("gmail-xlist-inbox", "* XLIST (\\HasNoChildren \\Inbox) \"/\" \"Inbox\"\r\n",
        list({"\\HasNoChildren", "\\Inbox"}, '/', "Inbox"));
    row("rfc5258-list-childinfo", "* LIST () \"/\" \"Tofu\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n",
        [] {
            ListResponse l = list({}, '/', "Tofu");
            l.childInfo = {"SUBSCRIBED"};
            return l;
        }());
    row("rfc5258-list-subscribed-nonexistent",
        "* LIST (\\Subscribed \\NonExistent) \"/\" \"Fruit/Peach\"\r\n",
        list({"\\Subscribed", "\\NonExistent"}, '/', "Fruit/Peach"));
    row("rfc9051-list-oldname", "* LIST () \"/\" \"NewMailbox\" (\"OLDNAME\" (\"OldMailbox\"))\r\n",
        [] {
            ListResponse l = list({}, '/', "NewMailbox");
            l.oldName = QByteArray("OldMailbox");
            return l;
        }());
    row("list-extended-unknown-item-skipped",
        "* LIST () \".\" foo (\"X-FOO\" (1 (2 \"x\")) \"CHILDINFO\" (\"SUBSCRIBED\"))\r\n", [] {
            ListResponse l = list({}, '.', "foo");
            l.childInfo = {"SUBSCRIBED"};
            return l;
        }());
    row("cyrus-list-dot-hierarchy", "* LIST (\\HasNoChildren) \".\" INBOX.Sent\r\n",
        list({"\\HasNoChildren"}, '.', "INBOX.Sent"));
    row("exchange-list-quoted-attrs",
        "* LIST (\\HasNoChildren \\Trash) \"/\" \"Deleted Items\"\r\n",
        list({"\\HasNoChildren", "\\Trash"}, '/', "Deleted Items"));

    // ---- STATUS (RFC 9051 7.3.2, RFC 7162, RFC 8438) ----------------------------------------
    row("rfc9051-7.3.2-status", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n", [] {
        StatusDataResponse s;
        s.mailbox = "blurdybloop";
        s.messages = 231;
        s.uidNext = 44292;
        return s;
    }());
    row("status-all-items",
        "* STATUS \"INBOX\" (MESSAGES 3 RECENT 1 UIDNEXT 9 UIDVALIDITY 1700000000 UNSEEN 2 "
        "DELETED 0 SIZE 123456789012 HIGHESTMODSEQ 9007199254740993)\r\n",
        [] {
            StatusDataResponse s;
            s.mailbox = "INBOX";
            s.messages = 3;
            s.recent = 1;
            s.uidNext = 9;
            s.uidValidity = 1700000000;
            s.unseen = 2;
            s.deleted = 0;
            s.size = 123456789012ull;
            s.highestModSeq = 9007199254740993ull;
            return s;
        }());
    row("status-unknown-items-skipped",
        "* STATUS Archive (X-GUID 1234abcd MESSAGES 5 X-LIST (a (b)) APPENDLIMIT NIL)\r\n", [] {
            StatusDataResponse s;
            s.mailbox = "Archive";
            s.messages = 5;
            return s;
        }());
    row("status-literal-mailbox", "* STATUS {7}\r\nSent Me (UNSEEN 0)\r\n", [] {
        StatusDataResponse s;
        s.mailbox = "Sent Me";
        s.unseen = 0;
        return s;
    }());
    row("status-empty-list", "* STATUS INBOX ()\r\n", [] {
        StatusDataResponse s;
        s.mailbox = "INBOX";
        return s;
    }());
    row("status-space-before-close-paren", "* STATUS INBOX (MESSAGES 1 UNSEEN 1 )\r\n", [] {
        StatusDataResponse s;
        s.mailbox = "INBOX";
        s.messages = 1;
        s.unseen = 1;
        return s;
    }());

    // RFC 5465 5.1: what NOTIFY reports for a mailbox that is not selected (Dovecot 2.3 sends
    // only the items that changed after a flag change).
    row("rfc5465-dovecot-notify-status",
        "* STATUS Work (MESSAGES 1 UIDNEXT 2 UIDVALIDITY 1796690104 UNSEEN 1 HIGHESTMODSEQ 2)\r\n",
        [] {
            StatusDataResponse s;
            s.mailbox = "Work";
            s.messages = 1;
            s.uidNext = 2;
            s.uidValidity = 1796690104;
            s.unseen = 1;
            s.highestModSeq = 2;
            return s;
        }());
    row("rfc5465-dovecot-notify-status-partial", "* STATUS Work (UNSEEN 0 HIGHESTMODSEQ 3)\r\n",
        [] {
            StatusDataResponse s;
            s.mailbox = "Work";
            s.unseen = 0;
            s.highestModSeq = 3;
            return s;
        }());

    // ---- SEARCH / ESEARCH (RFC 9051 7.3.4, 7.3.6, RFC 4731, RFC 7162 3.1.5) -------------------
    row("rfc3501-7.2.5-search", "* SEARCH 2 3 6\r\n", SearchResponse {{2, 3, 6}, std::nullopt});
    row("rfc3501-search-empty", "* SEARCH\r\n", SearchResponse {});
    row("search-empty-trailing-space", "* SEARCH \r\n", SearchResponse {});
    row("rfc7162-3.1.5-search-modseq", "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n",
        SearchResponse {{2, 5, 6, 7, 11, 12, 18, 19, 20, 23}, 917162500ull});
    row("search-leading-zeros", "* SEARCH 007 0042\r\n", SearchResponse {{7, 42}, std::nullopt});
    row("rfc4731-esearch-min-count", "* ESEARCH (TAG \"A282\") MIN 2 COUNT 3\r\n", [] {
        ESearchResponse e;
        e.tag = "A282";
        e.min = 2;
        e.count = 3;
        return e;
    }());
    row("rfc4731-esearch-all", "* ESEARCH (TAG \"A283\") ALL 2,10:11\r\n", [] {
        ESearchResponse e;
        e.tag = "A283";
        e.all = seq("2,10:11");
        return e;
    }());
    row("rfc4731-esearch-uid-min-max", "* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n", [] {
        ESearchResponse e;
        e.tag = "A285";
        e.uid = true;
        e.min = 7;
        e.max = 3800;
        return e;
    }());
    row("rfc4731-esearch-count-only", "* ESEARCH (TAG \"A286\") COUNT 15\r\n", [] {
        ESearchResponse e;
        e.tag = "A286";
        e.count = 15;
        return e;
    }());
    row("rfc4731-esearch-no-results", "* ESEARCH (TAG \"A287\")\r\n", [] {
        ESearchResponse e;
        e.tag = "A287";
        return e;
    }());
    row("rfc4731-esearch-bare", "* ESEARCH\r\n", ESearchResponse {});
    row("rfc7162-3.1.5-esearch-modseq", "* ESEARCH (TAG \"a\") ALL 1:3,5 MODSEQ 1236\r\n", [] {
        ESearchResponse e;
        e.tag = "a";
        e.all = seq("1:3,5");
        e.modSeq = 1236;
        return e;
    }());
    row("esearch-unknown-return-data-skipped",
        "* ESEARCH (TAG \"x1\") UID PARTIAL (1:10 1,3) COUNT 2\r\n", [] {
            ESearchResponse e;
            e.tag = "x1";
            e.uid = true;
            e.count = 2;
            return e;
        }());

    // ---- Message status (RFC 9051 7.4, RFC 7162 3.2.10) ------------------------------------
    row("rfc9051-7.4.1-exists", "* 23 EXISTS\r\n", ExistsResponse {23});
    row("rfc3501-7.3.2-recent", "* 5 RECENT\r\n", RecentResponse {5});
    row("rfc9051-7.5.1-expunge", "* 44 EXPUNGE\r\n", ExpungeResponse {44});
    row("exists-zero", "* 0 EXISTS\r\n", ExistsResponse {0});
    row("exists-max", "* 4294967295 EXISTS\r\n", ExistsResponse {4294967295u});
    row("exists-leading-zeros", "* 0003 EXISTS\r\n", ExistsResponse {3});
    row("exists-lowercase", "* 3 exists\r\n", ExistsResponse {3});
    row("exists-trailing-space", "* 3 EXISTS \r\n", ExistsResponse {3});
    row("rfc7162-3.2.10-vanished", "* VANISHED 405,407,410,425\r\n",
        VanishedResponse {false, seq("405,407,410,425")});
    row("rfc7162-3.2.10-vanished-earlier", "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n",
        VanishedResponse {true, seq("41,43:116,118,120:211,214:540")});
    row("vanished-earlier-lowercase", "* vanished (earlier) 300:310\r\n",
        VanishedResponse {true, seq("300:310")});

    // ---- ID (RFC 2971 3.2) and NAMESPACE (RFC 2342 5, RFC 9051 7.3.3) --------------------------
    row("rfc2971-id-cyrus",
        "* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"os\" \"sunos\" \"os-version\" \"5.5\" "
        "\"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\")\r\n",
        IdResponse {{{"name", S("Cyrus")},
                     {"version", S("1.5")},
                     {"os", S("sunos")},
                     {"os-version", S("5.5")},
                     {"support-url", S("mailto:cyrus-bugs+@andrew.cmu.edu")}}});
    row("rfc2971-id-nil", "* ID NIL\r\n", IdResponse {});
    row("dovecot-id", "* ID (\"name\" \"Dovecot\")\r\n", IdResponse {{{"name", S("Dovecot")}}});
    row("gmail-id", "* ID (\"name\" \"GImap\" \"vendor\" \"Google, Inc.\" \"support-url\" NIL)\r\n",
        IdResponse {{{"name", S("GImap")}, {"vendor", S("Google, Inc.")}, {"support-url", NIL}}});
    row("rfc2342-namespace-personal-only", "* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n",
        NamespaceResponse {{{"", '/'}}, {}, {}});
    row("rfc2342-namespace-shared-only", "* NAMESPACE NIL NIL ((\"\" \".\"))\r\n",
        NamespaceResponse {{}, {}, {{"", '.'}}});
    row("rfc2342-namespace-all",
        "* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\")"
        "(\"#ftp/\" \"/\")(\"#news.\" \".\"))\r\n",
        NamespaceResponse {
            {{"", '/'}},
            {{"~", '/'}},
            {{"#shared/", '/'}, {"#public/", '/'}, {"#ftp/", '/'}, {"#news.", '.'}}});
    row("rfc2342-namespace-extension-skipped",
        "* NAMESPACE ((\"\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n",
        NamespaceResponse {{{"", '/'}}, {}, {}});
    row("dovecot-namespace-inbox-prefix", "* NAMESPACE ((\"INBOX.\" \".\")) NIL NIL\r\n",
        NamespaceResponse {{{"INBOX.", '.'}}, {}, {}});
    row("namespace-nil-delimiter", "* NAMESPACE ((\"\" NIL)) NIL NIL\r\n",
        NamespaceResponse {{{"", std::nullopt}}, {}, {}});

    // ---- Responses without a type of their own are kept (RFC 9051 7) -------------------------
    row("rfc2087-quota-kept", "* QUOTA \"\" (STORAGE 10 512)\r\n",
        OtherResponse {std::nullopt, "QUOTA", "\"\" (STORAGE 10 512)"});
    row("rfc5464-metadata-literal-kept", "* METADATA INBOX (/private/comment {3}\r\nabc)\r\n",
        OtherResponse {std::nullopt, "METADATA", "INBOX (/private/comment {3}\r\nabc)"});
    row("numbered-unknown-kept", "* 3 XFOO bar\r\n", OtherResponse {3u, "XFOO", "bar"});
    row("unknown-no-arguments", "* XNOOP\r\n", OtherResponse {std::nullopt, "XNOOP", ""});

    // ---- FETCH (RFC 9051 7.5.2, RFC 3501 7.4.2) -----------------------------------------------
    row("rfc9051-7.5.2-fetch-envelope-body",
        W("* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE "
          "4286 ENVELOPE ",
          rfcEnvelopeWire,
          " BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n"),
        [] {
            FetchResponse f = fetch(12);
            f.flags = QList<QByteArray> {"\\Seen"};
            f.internalDate = QByteArray("17-Jul-1996 02:44:25 -0700");
            f.rfc822Size = 4286;
            f.envelope = rfcEnvelope();
            f.bodyStructure = part("TEXT", "PLAIN", params({{"CHARSET", "US-ASCII"}}), NIL, NIL,
                                   "7BIT", 3028, 92);
            return f;
        }());
    row("rfc9051-6.4.6-fetch-flags-uid", "* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n", [] {
        FetchResponse f = fetch(23);
        f.flags = QList<QByteArray> {"\\Seen"};
        f.uid = 4827313;
        return f;
    }());
    row("rfc9051-6.4.6-store-flags", "* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\n", [] {
        FetchResponse f = fetch(2);
        f.flags = QList<QByteArray> {"\\Deleted", "\\Seen"};
        return f;
    }());
    row("fetch-flags-empty", "* 4 FETCH (FLAGS ())\r\n", [] {
        FetchResponse f = fetch(4);
        f.flags = QList<QByteArray> {};
        return f;
    }());
    row("cyrus-fetch-flags-recent", "* 1 FETCH (FLAGS (\\Recent))\r\n", [] {
        FetchResponse f = fetch(1);
        f.flags = QList<QByteArray> {"\\Recent"};
        return f;
    }());
    row("fetch-keywords-any-case", "* 1 fetch (Flags (\\Seen) uid 3)\r\n", [] {
        FetchResponse f = fetch(1);
        f.flags = QList<QByteArray> {"\\Seen"};
        f.uid = 3;
        return f;
    }());
    row("fetch-leading-zeros", "* 01 FETCH (UID 0099 RFC822.SIZE 000123)\r\n", [] {
        FetchResponse f = fetch(1);
        f.uid = 99;
        f.rfc822Size = 123;
        return f;
    }());
    row("rfc7162-3.1.4.1-fetch-modseq", "* 1 FETCH (UID 4 MODSEQ (12121231000))\r\n", [] {
        FetchResponse f = fetch(1);
        f.uid = 4;
        f.modSeq = 12121231000ull;
        return f;
    }());
    row("rfc7162-3.2.4-fetch-modseq-flags",
        "* 7 FETCH (MODSEQ (12121231777) FLAGS (\\Deleted) UID 7)\r\n", [] {
            FetchResponse f = fetch(7);
            f.modSeq = 12121231777ull;
            f.flags = QList<QByteArray> {"\\Deleted"};
            f.uid = 7;
            return f;
        }());
    row("fetch-modseq-63bit", "* 1 FETCH (MODSEQ (9223372036854775807))\r\n", [] {
        FetchResponse f = fetch(1);
        f.modSeq = 9223372036854775807ull;
        return f;
    }());
    row("rfc8970-preview", "* 1 FETCH (PREVIEW \"Lorem ipsum dolor sit amet.\")\r\n", [] {
        FetchResponse f = fetch(1);
        f.preview = S("Lorem ipsum dolor sit amet.");
        return f;
    }());
    row("rfc8970-preview-nil", "* 2 FETCH (UID 6 PREVIEW NIL)\r\n", [] {
        FetchResponse f = fetch(2);
        f.uid = 6;
        return f;
    }());
    row("rfc8970-preview-empty-literal", "* 3 FETCH (PREVIEW {0}\r\n)\r\n", [] {
        FetchResponse f = fetch(3);
        f.preview = S("");
        return f;
    }());
    row("preview-fuzzy-draft", "* 4 FETCH (PREVIEW (FUZZY) \"Hi there\")\r\n", [] {
        FetchResponse f = fetch(4);
        f.preview = S("Hi there");
        return f;
    }());
    row("rfc8474-emailid-threadid",
        "* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9))\r\n", [] {
            FetchResponse f = fetch(1);
            f.emailId = QByteArray("M6d99ac3275bb4e");
            f.threadId = QByteArray("T64b478a75b7ea9");
            return f;
        }());
    row("rfc8474-threadid-nil", "* 2 FETCH (EMAILID (Mdeadbeef) THREADID NIL)\r\n", [] {
        FetchResponse f = fetch(2);
        f.emailId = QByteArray("Mdeadbeef");
        return f;
    }());
    row("gmail-x-gm-items",
        "* 1 FETCH (X-GM-THRID 1278455344230334865 UID 1 X-GM-LABELS (\\Inbox \\Sent Important "
        "\"Muy Importante\") X-GM-MSGID 1278455344230334865)\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.uid = 1;
            f.otherItems = {{"X-GM-THRID", "1278455344230334865"},
                            {"X-GM-LABELS", "(\\Inbox \\Sent Important \"Muy Importante\")"},
                            {"X-GM-MSGID", "1278455344230334865"}};
            return f;
        }());
    row("gmail-x-gm-labels-empty", "* 9 FETCH (X-GM-LABELS () UID 300)\r\n", [] {
        FetchResponse f = fetch(9);
        f.uid = 300;
        f.otherItems = {{"X-GM-LABELS", "()"}};
        return f;
    }());
    row("fetch-unknown-item-with-section", "* 1 FETCH (X-FOO[1.2]<5> NIL UID 3)\r\n", [] {
        FetchResponse f = fetch(1);
        f.uid = 3;
        f.otherItems = {{"X-FOO[1.2]<5>", "NIL"}};
        return f;
    }());
    row("fetch-body-section-literal",
        "* 1 FETCH (UID 5 BODY[HEADER.FIELDS (FROM SUBJECT)] {34}\r\n"
        "From: a@b.example\r\nSubject: hi\r\n\r\n)\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.uid = 5;
            f.sections = {section("HEADER.FIELDS (FROM SUBJECT)",
                                  S("From: a@b.example\r\nSubject: hi\r\n\r\n"))};
            return f;
        }());
    row("fetch-body-empty-section", "* 2 FETCH (BODY[] {5}\r\nHello)\r\n", [] {
        FetchResponse f = fetch(2);
        f.sections = {section("", S("Hello"))};
        return f;
    }());
    row("fetch-body-section-origin", "* 2 FETCH (BODY[TEXT]<0> \"Hello\" UID 8)\r\n", [] {
        FetchResponse f = fetch(2);
        f.sections = {section("TEXT", S("Hello"), 0u)};
        f.uid = 8;
        return f;
    }());
    row("fetch-body-section-mime-nil", "* 3 FETCH (BODY[1.2.MIME] NIL)\r\n", [] {
        FetchResponse f = fetch(3);
        f.sections = {section("1.2.MIME", NIL)};
        return f;
    }());
    row("fetch-two-sections",
        "* 3 FETCH (BODY[1]<100> \"abc\" BODY[HEADER.FIELDS.NOT (\"X-Spam\")] \"\")\r\n", [] {
            FetchResponse f = fetch(3);
            f.sections = {section("1", S("abc"), 100u),
                          section("HEADER.FIELDS.NOT (\"X-Spam\")", S(""))};
            return f;
        }());
    row("rfc3516-binary-literal8", R("* 12 FETCH (BINARY[2] ~{4}\r\na\0b\n)\r\n"), [] {
        FetchResponse f = fetch(12);
        f.sections = {section("2", QByteArray("a\0b\n", 4), {}, true)};
        return f;
    }());
    row("rfc3516-binary-size", "* 12 FETCH (BINARY.SIZE[2] 3)\r\n", [] {
        FetchResponse f = fetch(12);
        f.binarySize = 3;
        return f;
    }());
    row("rfc3501-rfc822-header", "* 1 FETCH (RFC822.HEADER {6}\r\nA: b\r\n)\r\n", [] {
        FetchResponse f = fetch(1);
        f.sections = {section("HEADER", S("A: b\r\n"))};
        return f;
    }());
    row("rfc3501-rfc822-text-and-rfc822", "* 1 FETCH (RFC822.TEXT \"body\" RFC822 NIL)\r\n", [] {
        FetchResponse f = fetch(1);
        f.sections = {section("TEXT", S("body")), section("", NIL)};
        return f;
    }());
    row("fetch-envelope-literal-subject",
        "* 5 FETCH (ENVELOPE (NIL {9}\r\nHi \"you\"! NIL NIL NIL NIL NIL NIL NIL NIL))\r\n", [] {
            FetchResponse f = fetch(5);
            Envelope e;
            e.subject = S("Hi \"you\"!");
            f.envelope = e;
            return f;
        }());
    row("fetch-envelope-escaped-quotes",
        "* 5 FETCH (ENVELOPE (\"d\" \"say \\\"hi\\\" \\\\ bye\" ((\"\\\"Q\\\" Person\" NIL \"q\" "
        "\"x.example\")) NIL NIL NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(5);
            Envelope e;
            e.date = S("d");
            e.subject = S("say \"hi\" \\ bye");
            e.from = {A(S("\"Q\" Person"), NIL, S("q"), S("x.example"))};
            f.envelope = e;
            return f;
        }());
    row("rfc9051-7.5.2-envelope-group-syntax",
        "* 6 FETCH (ENVELOPE (NIL \"g\" NIL NIL NIL ((NIL NIL \"undisclosed-recipients\" NIL)"
        "(NIL NIL NIL NIL)) NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(6);
            Envelope e;
            e.subject = S("g");
            e.to = {A(NIL, NIL, S("undisclosed-recipients"), NIL), A(NIL, NIL, NIL, NIL)};
            f.envelope = e;
            return f;
        }());
    row("envelope-8bit-subject-raw",
        "* 7 FETCH (ENVELOPE (NIL \"Gr\xc3\xbc\xc3\x9f\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(7);
            Envelope e;
            e.subject = S("Gr\xc3\xbc\xc3\x9f");
            f.envelope = e;
            return f;
        }());
    row("envelope-address-spaces-between",
        "* 8 FETCH (ENVELOPE (NIL NIL ((\"A\" NIL \"a\" \"x\") (\"B\" NIL \"b\" \"y\")) NIL NIL "
        "NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(8);
            Envelope e;
            e.from = {A(S("A"), NIL, S("a"), S("x")), A(S("B"), NIL, S("b"), S("y"))};
            f.envelope = e;
            return f;
        }());
    row("dovecot-fetch-uid-flags-envelope",
        "* 1 FETCH (UID 1 FLAGS (\\Seen $NotJunk) ENVELOPE (\"Mon, 6 May 2024 10:00:00 +0000\" "
        "\"=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\" ((\"Alice\" NIL \"alice\" \"example.org\")) "
        "((\"Alice\" NIL \"alice\" \"example.org\")) ((\"Alice\" NIL \"alice\" \"example.org\")) "
        "((NIL NIL \"bob\" \"example.org\")) NIL NIL NIL \"<1@example.org>\"))\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.uid = 1;
            f.flags = QList<QByteArray> {"\\Seen", "$NotJunk"};
            Envelope e;
            e.date = S("Mon, 6 May 2024 10:00:00 +0000");
            e.subject = S("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=");
            e.from = {A(S("Alice"), NIL, S("alice"), S("example.org"))};
            e.sender = e.from;
            e.replyTo = e.from;
            e.to = {A(NIL, NIL, S("bob"), S("example.org"))};
            e.messageId = S("<1@example.org>");
            f.envelope = e;
            return f;
        }());
    // Sender and Reply-To that repeat From byte for byte share its list; any difference, or a
    // literal inside, and they are parsed on their own.
    row("envelope-sender-differs-in-last-byte",
        "* 9 FETCH (ENVELOPE (NIL NIL ((\"A\" NIL \"a\" \"x\")) ((\"A\" NIL \"a\" \"y\")) "
        "((\"A\" NIL \"a\" \"x\")) NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(9);
            Envelope e;
            e.from = {A(S("A"), NIL, S("a"), S("x"))};
            e.sender = {A(S("A"), NIL, S("a"), S("y"))};
            e.replyTo = e.from;
            f.envelope = e;
            return f;
        }());
    row("envelope-reply-to-starts-like-from",
        "* 9 FETCH (ENVELOPE (NIL NIL ((\"A\" NIL \"a\" \"x\")) NIL ((\"A\" NIL \"a\" \"x\")"
        "(\"B\" NIL \"b\" \"y\")) NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(9);
            Envelope e;
            e.from = {A(S("A"), NIL, S("a"), S("x"))};
            e.replyTo = {A(S("A"), NIL, S("a"), S("x")), A(S("B"), NIL, S("b"), S("y"))};
            f.envelope = e;
            return f;
        }());
    row("envelope-repeated-from-with-literal",
        "* 9 FETCH (ENVELOPE (NIL NIL (({1}\r\nA NIL \"a\" \"x\")) (({1}\r\nA NIL \"a\" \"x\")) "
        "NIL NIL NIL NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(9);
            Envelope e;
            e.from = {A(S("A"), NIL, S("a"), S("x"))};
            e.sender = e.from;
            f.envelope = e;
            return f;
        }());
    row("fetch-extra-spaces", "* 3 FETCH ( UID 4  FLAGS ( \\Seen ) )\r\n", [] {
        FetchResponse f = fetch(3);
        f.uid = 4;
        f.flags = QList<QByteArray> {"\\Seen"};
        return f;
    }());
    row("fetch-internaldate-nil-ignored", "* 3 FETCH (INTERNALDATE NIL UID 1)\r\n", [] {
        FetchResponse f = fetch(3);
        f.uid = 1;
        return f;
    }());

    // ---- BODYSTRUCTURE / BODY (RFC 9051 7.5.2) ------------------------------------------------
    row("rfc3501-7.4.2-bodystructure-multipart",
        "* 2 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL "
        "\"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
        "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) "
        "\"MIXED\"))\r\n",
        [] {
            FetchResponse f = fetch(2);
            f.bodyStructure = multipart(
                "MIXED",
                {part("TEXT", "PLAIN", params({{"CHARSET", "US-ASCII"}}), NIL, NIL, "7BIT", 1152,
                      23),
                 part("TEXT", "PLAIN", params({{"CHARSET", "US-ASCII"}, {"NAME", "cc.diff"}}),
                      S("<960723163407.20117h@cac.washington.edu>"), S("Compiler diff"), "BASE64",
                      4554, 73)});
            return f;
        }());
    row("bodystructure-single-extensions",
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL "
        "\"QUOTED-PRINTABLE\" 2345 48 \"Q2hlY2sgSW50ZWdyaXR5IQ==\" (\"inline\" NIL) (\"en\" "
        "\"de\") \"http://example.org/x\"))\r\n",
        [] {
            FetchResponse f = fetch(1);
            BodyPart p = part("TEXT", "HTML", params({{"CHARSET", "utf-8"}}), NIL, NIL,
                              "QUOTED-PRINTABLE", 2345, 48);
            p.md5 = S("Q2hlY2sgSW50ZWdyaXR5IQ==");
            p.disposition = BodyDisposition {"inline", {}};
            p.language = {"en", "de"};
            p.location = S("http://example.org/x");
            f.bodyStructure = p;
            return f;
        }());
    row("bodystructure-attachment-disposition",
        "* 1 FETCH (BODYSTRUCTURE (\"APPLICATION\" \"PDF\" (\"NAME\" \"a.pdf\") NIL NIL "
        "\"BASE64\" 81234 NIL (\"attachment\" (\"FILENAME\" \"a.pdf\" \"SIZE\" \"59360\")) "
        "\"en\" NIL))\r\n",
        [] {
            FetchResponse f = fetch(1);
            BodyPart p =
                part("APPLICATION", "PDF", params({{"NAME", "a.pdf"}}), NIL, NIL, "BASE64", 81234);
            p.disposition =
                BodyDisposition {"attachment", params({{"FILENAME", "a.pdf"}, {"SIZE", "59360"}})};
            p.language = {"en"};
            f.bodyStructure = p;
            return f;
        }());
    row("bodystructure-unknown-extensions-skipped",
        "* 1 FETCH (BODYSTRUCTURE (\"IMAGE\" \"PNG\" NIL NIL NIL \"BASE64\" 10 NIL NIL NIL NIL "
        "\"x1\" 42 (\"a\" (1 2) NIL)) UID 3)\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.bodyStructure = part("IMAGE", "PNG", {}, NIL, NIL, "BASE64", 10);
            f.uid = 3;
            return f;
        }());
    row("bodystructure-multipart-extensions",
        "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" "
        "10 1 NIL NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 20 2 "
        "NIL NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"b1\") NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(1);
            BodyPart m = multipart(
                "ALTERNATIVE",
                {part("TEXT", "PLAIN", params({{"CHARSET", "utf-8"}}), NIL, NIL, "7BIT", 10, 1),
                 part("TEXT", "HTML", params({{"CHARSET", "utf-8"}}), NIL, NIL, "7BIT", 20, 2)});
            m.parameters = params({{"BOUNDARY", "b1"}});
            f.bodyStructure = m;
            return f;
        }());
    row("bodystructure-nested-multipart",
        "* 1 FETCH (BODYSTRUCTURE (((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)(\"TEXT\" "
        "\"HTML\" NIL NIL NIL \"7BIT\" 2 1) \"ALTERNATIVE\")(\"IMAGE\" \"GIF\" NIL \"<c1>\" NIL "
        "\"BASE64\" 3) \"RELATED\"))\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.bodyStructure =
                multipart("RELATED",
                          {multipart("ALTERNATIVE",
                                     {part("TEXT", "PLAIN", {}, NIL, NIL, "7BIT", 1, 1),
                                      part("TEXT", "HTML", {}, NIL, NIL, "7BIT", 2, 1)}),
                           part("IMAGE", "GIF", {}, S("<c1>"), NIL, "BASE64", 3)});
            return f;
        }());
    row("rfc9051-7.5.2-message-rfc822",
        W("* 3 FETCH (BODYSTRUCTURE (\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 4286 ",
          rfcEnvelopeWire,
          " (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92) 120 NIL "
          "(\"attachment\" NIL) NIL NIL))\r\n"),
        [] {
            FetchResponse f = fetch(3);
            BodyPart p = part("MESSAGE", "RFC822", {}, NIL, NIL, "7BIT", 4286, 120);
            p.envelope = std::make_shared<Envelope>(rfcEnvelope());
            p.children = {part("TEXT", "PLAIN", params({{"CHARSET", "US-ASCII"}}), NIL, NIL, "7BIT",
                               3028, 92)};
            p.disposition = BodyDisposition {"attachment", {}};
            f.bodyStructure = p;
            return f;
        }());
    row("message-rfc822-in-multipart",
        "* 3 FETCH (BODY ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 5 1)(\"MESSAGE\" \"RFC822\" "
        "NIL NIL NIL \"7BIT\" 50 (NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL) ((\"TEXT\" "
        "\"PLAIN\" NIL NIL NIL \"7BIT\" 6 1)(\"TEXT\" \"HTML\" NIL NIL NIL \"7BIT\" 7 1) "
        "\"ALTERNATIVE\") 4) \"MIXED\"))\r\n",
        [] {
            FetchResponse f = fetch(3);
            BodyPart msg = part("MESSAGE", "RFC822", {}, NIL, NIL, "7BIT", 50, 4);
            Envelope e;
            e.subject = S("inner");
            msg.envelope = std::make_shared<Envelope>(e);
            msg.children = {multipart("ALTERNATIVE",
                                      {part("TEXT", "PLAIN", {}, NIL, NIL, "7BIT", 6, 1),
                                       part("TEXT", "HTML", {}, NIL, NIL, "7BIT", 7, 1)})};
            f.bodyStructure =
                multipart("MIXED", {part("TEXT", "PLAIN", {}, NIL, NIL, "7BIT", 5, 1), msg});
            return f;
        }());
    row("rfc6532-message-global",
        "* 3 FETCH (BODY (\"message\" \"global\" NIL NIL NIL \"8bit\" 9 (NIL NIL NIL NIL NIL NIL "
        "NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"8bit\" 2 1) 2))\r\n",
        [] {
            FetchResponse f = fetch(3);
            BodyPart msg = part("message", "global", {}, NIL, NIL, "8bit", 9, 2);
            msg.envelope = std::make_shared<Envelope>();
            msg.children = {part("text", "plain", {}, NIL, NIL, "8bit", 2, 1)};
            f.bodyStructure = msg;
            return f;
        }());
    row("exchange-bodystructure-nil-strings",
        "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" NIL) NIL NIL NIL NIL NIL NIL "
        "NIL NIL NIL))\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.bodyStructure = part("text", "plain", params({{"charset", ""}}), NIL, NIL, "", 0);
            return f;
        }());
    row("exchange-bodystructure-extra-spaces",
        "* 1 FETCH (UID 9 BODYSTRUCTURE ( (\"text\" \"plain\"  (\"charset\" \"utf-8\") NIL NIL "
        "\"quoted-printable\" 1234 40 NIL NIL NIL NIL ) (\"text\" \"html\" (\"charset\" \"utf-8\") "
        "NIL NIL \"quoted-printable\" 4321 80 NIL NIL NIL NIL )  \"alternative\" (\"boundary\" "
        "\"_000_\") NIL \"en-US\" ))\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.uid = 9;
            BodyPart m = multipart("alternative",
                                   {part("text", "plain", params({{"charset", "utf-8"}}), NIL, NIL,
                                         "quoted-printable", 1234, 40),
                                    part("text", "html", params({{"charset", "utf-8"}}), NIL, NIL,
                                         "quoted-printable", 4321, 80)});
            m.parameters = params({{"boundary", "_000_"}});
            m.language = {"en-US"};
            f.bodyStructure = m;
            return f;
        }());
    row("body-params-empty-list",
        "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" () NIL NIL \"7BIT\" 0 0))\r\n", [] {
            FetchResponse f = fetch(1);
            f.bodyStructure = part("TEXT", "PLAIN", {}, NIL, NIL, "7BIT", 0, 0);
            return f;
        }());
    row("bodystructure-literal-param",
        "* 1 FETCH (BODYSTRUCTURE (\"APPLICATION\" \"OCTET-STREAM\" (\"NAME\" "
        "{8}\r\nr\xc3\xa9sum\xc3\xa9) "
        "NIL NIL \"BASE64\" 10))\r\n",
        [] {
            FetchResponse f = fetch(1);
            f.bodyStructure =
                part("APPLICATION", "OCTET-STREAM", params({{"NAME", "r\xc3\xa9sum\xc3\xa9"}}), NIL,
                     NIL, "BASE64", 10);
            return f;
        }());
    row("bodystructure-disposition-bare-string",
        "* 1 FETCH (BODYSTRUCTURE (\"IMAGE\" \"JPEG\" NIL NIL NIL \"BASE64\" 10 NIL "
        "\"inline\"))\r\n",
        [] {
            FetchResponse f = fetch(1);
            BodyPart p = part("IMAGE", "JPEG", {}, NIL, NIL, "BASE64", 10);
            p.disposition = BodyDisposition {"inline", {}};
            f.bodyStructure = p;
            return f;
        }());
    row(
        "bodystructure-depth-63-ok",
        []() -> QByteArray {
            QByteArray w = "* 1 FETCH (BODY ";
            w += QByteArray(Limits::maxNestingDepth - 1, '(');
            w += "\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)";
            for (int i = 0; i < Limits::maxNestingDepth - 2; ++i)
                w += " \"MIXED\")";
            return w + ")\r\n";
        }(),
        [] {
            BodyPart p = part("TEXT", "PLAIN", {}, NIL, NIL, "7BIT", 1, 1);
            for (int i = 0; i < Limits::maxNestingDepth - 2; ++i)
                p = multipart("MIXED", {p});
            FetchResponse f = fetch(1);
            f.bodyStructure = p;
            return f;
        }());
}

void Tst_responseparser::parse()
{
    QFETCH(QByteArray, wire);
    QFETCH(Response, expected);
    const ParseResult result = ResponseParser::parse(wire);
    const auto *response = std::get_if<Response>(&result);
    if (!response || *response != expected)
        QFAIL(qPrintable(u"\n   got: " + describe(result) + u"\nwanted: " + describe(expected)));
}

// CONVENTIONS.md: framing must not care where TCP cuts. Feed the row in two parts split at every
// offset; the framer must yield the same single unit, which must parse to the same value.
void Tst_responseparser::framedAtEverySplit()
{
    QFETCH(QByteArray, wire);
    QFETCH(Response, expected);
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        ResponseFramer framer;
        QList<QByteArray> units;
        auto drain = [&]() -> bool {
            for (;;) {
                FramerResult r = framer.next();
                if (std::holds_alternative<NeedMoreData>(r))
                    return true;
                if (const auto *e = std::get_if<FramingError>(&r)) {
                    qWarning("framing error at %lld: %s", qlonglong(e->offset),
                             qPrintable(e->reason));
                    return false;
                }
                units.append(std::get<ResponseUnit>(r).bytes);
            }
        };
        framer.feed(QByteArrayView(wire).first(cut));
        QVERIFY2(drain(), qPrintable(u"cut at " + QString::number(cut)));
        framer.feed(QByteArrayView(wire).sliced(cut));
        QVERIFY2(drain(), qPrintable(u"cut at " + QString::number(cut)));
        QCOMPARE(units.size(), 1);
        QCOMPARE(units.first(), wire);
        const ParseResult result = ResponseParser::parse(units.first());
        const auto *response = std::get_if<Response>(&result);
        if (!response || *response != expected)
            QFAIL(qPrintable(u"cut at " + QString::number(cut) + u"\n   got: " + describe(result)
                             + u"\nwanted: " + describe(expected)));
    }
}

void Tst_responseparser::errors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("reason");
    auto err = [](const char *name, const QByteArray &wire, qsizetype offset, const char *reason) {
        QTest::newRow(name) << wire << offset << QString::fromUtf8(reason);
    };
    err("truncated-literal", "* 1 FETCH (BODY[] {10}\r\nabc", 27,
        "announces 10 bytes but only 3 follow");
    err("truncated-literal-in-list", "* LIST () \"/\" {5}\r\nab", 21,
        "announces 5 bytes but only 2 follow");
    err("literal-99999999999-bytes", "* 1 FETCH (BODY[] {99999999999}\r\nabc)\r\n", 18,
        "literal of 99999999999 bytes at offset 18 exceeds Limits::maxLiteralSize");
    err("literal-19-digits", "* 1 FETCH (BODY[] {9999999999999999999}\r\nabc)\r\n", 18,
        "has more than 18 digits");
    err("literal-over-max-size", "* 1 FETCH (BODY[] {4294967296}\r\nabc)\r\n", 18,
        "exceeds Limits::maxLiteralSize");
    err("literal-size-missing", "* 1 FETCH (BODY[] {}\r\n)\r\n", 19, "expected literal size");
    err("literal-without-crlf", "* 1 FETCH (BODY[] {3}abc)\r\n", 21,
        "expected CRLF after literal size");
    err("nul-in-text", R("* OK hello\0world\r\n"), 10, "NUL byte at offset 10");
    err("nul-in-quoted",
        R("* 1 FETCH (ENVELOPE (\"a\0b\" NIL NIL NIL NIL NIL NIL NIL NIL NIL))\r\n"), 23,
        "NUL byte");
    err("nul-in-atom", R("* 3 EXI\0STS\r\n"), 7, "invalid byte 0x00 in response name");
    err("nul-as-tag", R("\0 OK\r\n"), 0, "invalid byte 0x00 in tag");
    err("utf8-in-flag", "* FLAGS (\\Seen \\Fl\xc3\xa4gged)\r\n", 18, "invalid byte 0xc3 in flag");
    err("utf8-in-keyword-flag", "* 1 FETCH (FLAGS (M\xc3\xbcll))\r\n", 19,
        "invalid byte 0xc3 in flag");
    err("utf8-in-capability", "* CAPABILITY IMAP4rev1 \xff\r\n", 23,
        "invalid byte 0xff in capability at offset 23");
    err("utf8-in-capability-atom", "* CAPABILITY IMAP4rev1 X\xffY\r\n", 24,
        "invalid byte 0xff in capability");
    err("utf8-in-tag",
        "A\xc3\xa9"
        "1 OK done\r\n",
        1, "invalid byte 0xc3 in tag");
    err("utf8-in-unquoted-mailbox", "* LIST () \"/\" Entw\xc3\xbcrfe\r\n", 18,
        "invalid byte 0xc3 in mailbox name");
    err("utf8-in-number", "* 3\xc2\xa0 EXISTS\r\n", 3, "got byte 0xc2 after the digits");
    err("garbage-after-exists", "* 3 EXISTS junk\r\n", 11,
        "unexpected 'j' at offset 11 after a complete response");
    err("garbage-after-fetch", "* 1 FETCH (UID 1) extra\r\n", 18, "after a complete response");
    err("bytes-after-crlf", "* 3 EXISTS\r\n* 4 EXISTS\r\n", 12,
        "unexpected bytes at offset 12 after the response's CRLF");
    err("unbalanced-fetch-open", "* 1 FETCH (FLAGS (\\Seen)\r\n", 24,
        "expected ')' to close FETCH attributes");
    err("unbalanced-fetch-close", "* 1 FETCH (FLAGS (\\Seen)))\r\n", 25, "unexpected ')'");
    err("unbalanced-envelope-address-list",
        "* 1 FETCH (ENVELOPE (NIL NIL ((\"a\" NIL \"b\" \"c\") X NIL NIL NIL NIL NIL NIL NIL))\r\n",
        48, "expected '(' to open ENVELOPE address at offset");
    err("envelope-address-list-unclosed",
        "* 1 FETCH (ENVELOPE (NIL NIL ((\"a\" NIL \"b\" \"c\")\r\n", 47,
        "expected ')' to close ENVELOPE address list at offset 47, got end of line");
    err("envelope-too-short", "* 1 FETCH (ENVELOPE (NIL NIL NIL))\r\n", 32,
        "expected SP after ENVELOPE from at offset 32, got ')'");
    err("unbalanced-unknown-response", "* XFOO (a (b)\r\n", 13,
        "expected ')' to close list at offset 13, got end of line");
    err("unbalanced-unknown-response-close", "* XFOO a)\r\n", 8, "unbalanced ')'");
    err("exists-overflow", "* 4294967296 EXISTS\r\n", 2,
        "message number at offset 2 exceeds 4294967295");
    err("uid-overflow", "* 1 FETCH (UID 99999999999999999999999)\r\n", 15, "exceeds 4294967295");
    err("modseq-overflow", "* 1 FETCH (MODSEQ (9223372036854775808))\r\n", 19,
        "exceeds 9223372036854775807");
    err("modseq-overflow-wrapping", "* 1 FETCH (MODSEQ (92233720368547758070))\r\n", 19,
        "exceeds 9223372036854775807");
    err("search-overflow", "* SEARCH 1 4294967296\r\n", 11,
        "SEARCH result number at offset 11 exceeds 4294967295");
    err("uidnext-overflow", "* OK [UIDNEXT 4294967296] x\r\n", 14, "exceeds 4294967295");
    err("missing-crlf", "* 3 EXISTS", 10, "missing CRLF at end of response");
    err("missing-lf", "* 3 EXISTS\r", 11, "missing LF after CR");
    err("empty-unit", "", 0, "expected tag, '*' or '+'");
    err("empty-line", "\r\n", 0, "expected tag, '*' or '+'");
    err("star-only", "* \r\n", 2, "expected untagged response name");
    err("tagged-unknown-status", "A1 FOO bar\r\n", 3,
        "expected OK, NO or BAD after tag at offset 3, got 'FOO'");
    err("tag-without-status", "A1\r\n", 2, "expected SP after tag");
    err("exists-without-number", "* EXISTS x\r\n", 2, "EXISTS needs a message number");
    err("number-without-name", "* 3\r\n", 3, "expected SP after message number");
    err("unterminated-quoted", "* LIST () \"/\" \"INBOX\r\n", 20, "unterminated quoted string");
    err("list-delimiter-too-long", "* LIST () \"//\" INBOX\r\n", 10, "is 2 bytes long");
    err("status-item-not-number", "* STATUS INBOX (MESSAGES x)\r\n", 25,
        "expected STATUS item value (number)");
    err("search-not-number", "* SEARCH 1 two\r\n", 11, "expected SEARCH result number");
    err("vanished-star", "* VANISHED 1:*\r\n", 11, "invalid VANISHED uid set '1:*'");
    err("vanished-empty", "* VANISHED \r\n", 11, "expected VANISHED uid set");
    err("copyuid-missing-set", "A1 OK [COPYUID 1 2] Done\r\n", 18,
        "expected SP after COPYUID source uid set");
    err("permanentflags-unclosed", "* OK [PERMANENTFLAGS (\\Seen] x\r\n", 27,
        "expected ')' to close PERMANENTFLAGS list");
    err("badevent-without-list", "A2 NO [BADEVENT MessageNew] x\r\n", 16,
        "expected '(' to open BADEVENT list");
    err("badevent-unclosed", "A2 NO [BADEVENT (MessageNew] x\r\n", 27,
        "expected ')' to close BADEVENT list");
    err("uidvalidity-not-number", "* OK [UIDVALIDITY abc] x\r\n", 18,
        "expected response code number");
    err("code-trailing-garbage", "* OK [UIDNEXT 5 6] x\r\n", 15,
        "expected ']' to close response code");
    err("body-section-unclosed", "* 1 FETCH (BODY[HEADER \"x)\r\n", 26,
        "unterminated quoted string");
    err("body-origin-unclosed", "* 1 FETCH (BODY[]<12 \"x\")\r\n", 20,
        "expected '>' to close partial fetch origin");
    err("bodystructure-missing-size",
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\"))\r\n", 59,
        "expected SP after body encoding");
    err("bodystructure-unclosed",
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1)\r\n", 64,
        "expected ')' to close FETCH attributes");
    err("fetch-item-missing-value", "* 1 FETCH (UID)\r\n", 14, "expected SP after UID");
    err("fetch-flags-not-list", "* 1 FETCH (FLAGS \\Seen)\r\n", 17,
        "expected '(' to open FLAGS list");
    err("id-odd-fields", "* ID (\"name\")\r\n", 12, "expected SP after ID field name");
    err("namespace-missing-groups", "* NAMESPACE NIL\r\n", 15,
        "expected SP after personal namespaces");
    err("esearch-min-not-number", "* ESEARCH (TAG \"A\") MIN x\r\n", 24,
        "expected ESEARCH MIN value");
    err("bare-cr-inside-line", "* OK a\rb\r\n", 6, "unexpected");
}

void Tst_responseparser::errors()
{
    QFETCH(QByteArray, wire);
    QFETCH(qsizetype, offset);
    QFETCH(QString, reason);
    const ParseResult result = ResponseParser::parse(wire);
    const auto *error = std::get_if<ParseError>(&result);
    QVERIFY2(error, qPrintable(u"parsed, but should not: " + describe(result)));
    QVERIFY2(error->reason.contains(reason), qPrintable(error->reason));
    QCOMPARE(error->offset, offset);
}

void Tst_responseparser::deepNestingFailsFast_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<qsizetype>("firstParen");
    QTest::addColumn<int>("depthOfFirst");
    QTest::newRow("bodystructure")
        << QByteArray("* 1 FETCH (BODYSTRUCTURE ") << QByteArray(")") << qsizetype(25) << 1;
    QTest::newRow("body") << QByteArray("* 1 FETCH (BODY ") << QByteArray(")") << qsizetype(16)
                          << 1;
    QTest::newRow("unknown-fetch-item")
        << QByteArray("* 1 FETCH (X-GM-LABELS ") << QByteArray(")") << qsizetype(23) << 1;
    QTest::newRow("unknown-response") << QByteArray("* XFOO ") << QByteArray() << qsizetype(7) << 0;
    QTest::newRow("status-item") << QByteArray("* STATUS INBOX (X-FOO ") << QByteArray(")")
                                 << qsizetype(22) << 1;
}

// A BODYSTRUCTURE nested 100000 deep must fail at Limits::maxNestingDepth, after looking at a
// few dozen bytes, without deep recursion (ASan would report the stack overflow).
void Tst_responseparser::deepNestingFailsFast()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    QFETCH(qsizetype, firstParen);
    QFETCH(int, depthOfFirst);
    constexpr int depth = 100000;
    const QByteArray wire =
        prefix + QByteArray(depth, '(') + QByteArray(depth, ')') + suffix + "\r\n";
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = ResponseParser::parse(wire);
    qInfo("parse of a %lld-byte, %d-deep unit failed in %lld us", qlonglong(wire.size()), depth,
          qlonglong(timer.nsecsElapsed() / 1000));
    const auto *error = std::get_if<ParseError>(&result);
    QVERIFY2(error, qPrintable(describe(result)));
    QVERIFY2(error->reason.contains(u"Limits::maxNestingDepth"), qPrintable(error->reason));
    QCOMPARE(error->offset, firstParen + Limits::maxNestingDepth - depthOfFirst);
}

void Tst_responseparser::overlongLine()
{
    // A text line one byte over the limit, and the same line hidden after a literal.
    const QByteArray text(Limits::maxLineLength, 'a');
    const QByteArray plain = "* OK " + text + "\r\n";
    ParseResult r = ResponseParser::parse(plain);
    auto *e = std::get_if<ParseError>(&r);
    QVERIFY(e);
    QVERIFY2(e->reason.contains(u"Limits::maxLineLength"), qPrintable(e->reason));
    QCOMPARE(e->offset, Limits::maxLineLength);

    const QByteArray afterLiteral =
        "* 1 FETCH (BODY[] {3}\r\nabc UID 1 X-FOO \"" + text + "\")\r\n";
    r = ResponseParser::parse(afterLiteral);
    e = std::get_if<ParseError>(&r);
    QVERIFY(e);
    QVERIFY2(e->reason.contains(u"Limits::maxLineLength"), qPrintable(e->reason));
    QCOMPARE(e->offset, 26 + Limits::maxLineLength);

    // Exactly at the limit (CRLF included) is fine.
    const QByteArray atLimit = "* OK " + QByteArray(Limits::maxLineLength - 7, 'b') + "\r\n";
    QCOMPARE(atLimit.size(), Limits::maxLineLength);
    r = ResponseParser::parse(atLimit);
    QVERIFY2(std::holds_alternative<Response>(r), qPrintable(describe(r)));
}

void Tst_responseparser::hugeSearchIsBounded()
{
    // A long but legal SEARCH result parses completely.
    QByteArray wire = "* SEARCH";
    for (int i = 1; i <= 50000; ++i)
        wire += ' ' + QByteArray::number(i);
    wire += "\r\n";
    const ParseResult r = ResponseParser::parse(wire);
    const auto *resp = std::get_if<Response>(&r);
    QVERIFY2(resp, qPrintable(describe(r)));
    const auto *search = std::get_if<SearchResponse>(resp);
    QVERIFY(search);
    QCOMPARE(search->numbers.size(), 50000);
    QCOMPARE(search->numbers.last(), 50000u);
}

// Quoted strings are scanned eight bytes at a time: each byte that ends or changes the scan must
// be found at every position in a word, for every string length around the word size.
void Tst_responseparser::quotedStringAtEveryPosition()
{
    const QByteArray prefix = "* LIST () \"/\" \"";
    struct Kept
    {
        QByteArray wire;
        QByteArray value;
    };
    // Escapes, and bytes that stop a word-at-a-time scan but belong to the string.
    const Kept kept[] = {{"\\\"", "\""},           {"\\\\", "\\"},   {"\t", "\t"},
                         {"\xc3\xbc", "\xc3\xbc"}, {"\x7f", "\x7f"}, {"\\x", "\\x"}};
    struct Bad
    {
        char byte;
        const char *reason;
    };
    const Bad bad[] = {{'\r', "unterminated quoted string"},
                       {'\n', "unterminated quoted string"},
                       {'\0', "NUL byte"}};
    for (int length = 1; length <= 40; ++length) {
        for (int at = 0; at < length; ++at) {
            const QByteArray before(at, 'a');
            const QByteArray after(length - at - 1, 'b');
            for (const Kept &k : kept) {
                const QByteArray wire = prefix + before + k.wire + after + "\"\r\n";
                const ParseResult result = ResponseParser::parse(wire);
                const auto *response = std::get_if<Response>(&result);
                QVERIFY2(response, wire.toPercentEncoding().constData());
                const auto *l = std::get_if<ListResponse>(response);
                QVERIFY2(l, wire.toPercentEncoding().constData());
                QCOMPARE(l->mailbox, before + k.value + after);
            }
            for (const Bad &b : bad) {
                const QByteArray wire = prefix + before + b.byte + after + "\"\r\n";
                const ParseResult result = ResponseParser::parse(wire);
                const auto *error = std::get_if<ParseError>(&result);
                QVERIFY2(error, wire.toPercentEncoding().constData());
                QVERIFY2(error->reason.contains(QLatin1StringView(b.reason)),
                         qPrintable(error->reason));
                QCOMPARE(error->offset, prefix.size() + at);
            }
        }
        const QByteArray unterminated = prefix + QByteArray(length, 'c') + "\r\n";
        const ParseResult result = ResponseParser::parse(unterminated);
        const auto *error = std::get_if<ParseError>(&result);
        QVERIFY(error);
        QCOMPARE(error->offset, prefix.size() + length);
    }
}

// Issue 10.3: parsed from the unit's QByteArray, strings and literals are views that share its
// buffer (a 30 MiB literal is held once, not twice) and stay valid after the unit is gone; parsed
// from a view, they are copies.
void Tst_responseparser::valuesShareTheUnit()
{
    // Received bytes, on the heap (a literal "..."_ba is static data, which is always copied).
    QByteArray unit = QByteArrayView("* 1 FETCH (UID 7 BODY[1] {11}\r\nhello world ENVELOPE (NIL "
                                     "\"Hi\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n")
                          .toByteArray();
    const char *begin = unit.constData();
    const char *end = begin + unit.size();
    const auto within = [&](const QByteArray &value) {
        return value.constData() >= begin && value.constData() + value.size() <= end;
    };
    ParseResult shared = ResponseParser::parse(unit);
    const auto *fetch = std::get_if<FetchResponse>(std::get_if<Response>(&shared));
    QVERIFY(fetch);
    QCOMPARE(fetch->sections.size(), 1);
    QCOMPARE(*fetch->sections.front().data, "hello world"_ba);
    QVERIFY(within(*fetch->sections.front().data));
    QVERIFY(within(*fetch->envelope->subject));

    ParseResult copied = ResponseParser::parse(QByteArrayView(unit));
    const auto *copiedFetch = std::get_if<FetchResponse>(std::get_if<Response>(&copied));
    QVERIFY(copiedFetch);
    QVERIFY(!within(*copiedFetch->sections.front().data));

    // The shared values keep the bytes alive on their own; writing to them detaches.
    unit = QByteArray();
    QByteArray body = *fetch->sections.front().data;
    QCOMPARE(body, "hello world"_ba);
    QCOMPARE(*fetch->envelope->subject, "Hi"_ba);
    body[0] = 'j';
    QCOMPARE(*fetch->sections.front().data, "hello world"_ba);
}

QTEST_GUILESS_MAIN(Tst_responseparser)
#include "tst_responseparser.moc"
