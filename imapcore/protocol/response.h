#pragma once

#include "sequenceset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

// Typed values for everything an IMAP4rev1 / IMAP4rev2 server sends (RFC 3501, RFC 9051, and
// the extensions Mailbell uses: CONDSTORE/QRESYNC RFC 7162, ESEARCH RFC 4731, LIST-EXTENDED
// RFC 5258, SPECIAL-USE RFC 6154, ID RFC 2971, NAMESPACE RFC 2342, ENABLE RFC 5161, UIDPLUS
// RFC 4315, BINARY RFC 3516, PREVIEW RFC 8970). The parser produces them; it decodes nothing:
// strings stay the raw bytes the server sent (charset and RFC 2047 decoding is EncodedWords' and
// CharsetDecoder's job, mailbox names are MailboxName's). These are plain values: cheap to copy, no
// QObject.
namespace ImapCore {

// An IMAP nstring: NIL (nullopt) is different from "".
using NString = std::optional<QByteArray>;

// ---- Response codes (RFC 9051 7.1, RFC 3501 7.1, plus extensions) -------------------------

enum class ResponseCodeKind {
    None, // the status response carried no [code]
    Alert,
    AlreadyExists,
    AppendUid, // RFC 4315
    AuthenticationFailed,
    AuthorizationFailed,
    BadCharset,
    BadEvent, // RFC 5465 5.9: the NOTIFY events the server does not support
    Cannot,
    Capability,
    ClientBug,
    Closed, // RFC 7162 3.2.11
    ContactAdmin,
    CopyUid, // RFC 4315
    Corruption,
    Expired,
    ExpungeIssued,
    HasChildren,
    HighestModSeq, // RFC 7162
    InUse,
    Limit,
    Modified, // RFC 7162
    NoModSeq, // RFC 7162
    NonExistent,
    NoPerm,
    NotificationOverflow, // RFC 5465 5.8: the server stopped sending NOTIFY events
    NotSaved,
    OverQuota,
    Parse,
    PermanentFlags,
    PrivacyRequired,
    ReadOnly,
    ReadWrite,
    ServerBug,
    TryCreate,
    UidNext,
    UidNotSticky,
    UidValidity,
    Unavailable,
    UnknownCte,
    Unseen,
    Other, // an unknown code: name and rawArguments kept verbatim
};

struct ResponseCode
{
    ResponseCodeKind kind = ResponseCodeKind::None;
    QByteArray name; // the code's atom as sent, e.g. "UIDNEXT", "X-GM-THRID"
    QByteArray rawArguments; // everything after the atom up to ']' verbatim (empty if none)

    // Typed arguments; which ones are set depends on kind:
    QList<QByteArray> atoms; // Capability, PermanentFlags (incl. "\\*"), BadCharset, BadEvent
    quint64 number =
        0; // UidNext, UidValidity, Unseen, HighestModSeq; AppendUid/CopyUid: UIDVALIDITY
    SequenceSet sourceUids; // CopyUid: source; Modified: the set
    SequenceSet uids; // AppendUid: appended; CopyUid: destination

    friend bool operator==(const ResponseCode &, const ResponseCode &) = default;
};

// ---- Status responses: tagged and untagged OK / NO / BAD, untagged PREAUTH / BYE --------------

enum class StatusKind { Ok, No, Bad, PreAuth, Bye };

// A tagged completion ("A1 OK [READ-WRITE] SELECT completed"), an untagged status
// ("* OK [UIDNEXT 42]", "* OK Still here", "* BYE shutting down") or the greeting.
struct StatusResponse
{
    QByteArray tag; // empty for untagged ("*")
    StatusKind status = StatusKind::Ok;
    ResponseCode code;
    QByteArray text; // human-readable text, raw bytes, may be empty
    bool isTagged() const { return !tag.isEmpty(); }

    friend bool operator==(const StatusResponse &, const StatusResponse &) = default;
};

// "+ text" or "+ base64": a command continuation request (RFC 9051 7.5).
struct ContinuationRequest
{
    QByteArray text; // raw; for SASL the base64 challenge, undecoded

    friend bool operator==(const ContinuationRequest &, const ContinuationRequest &) = default;
};

// ---- Server and mailbox status --------------------------------------------------------------

struct CapabilityResponse // "* CAPABILITY IMAP4rev1 IDLE ..."
{
    QList<QByteArray> capabilities; // as sent (case preserved); compare case-insensitively

    friend bool operator==(const CapabilityResponse &, const CapabilityResponse &) = default;
};

struct EnabledResponse // "* ENABLED CONDSTORE QRESYNC" (RFC 5161)
{
    QList<QByteArray> capabilities;

    friend bool operator==(const EnabledResponse &, const EnabledResponse &) = default;
};

struct FlagsResponse // "* FLAGS (\\Answered \\Seen $Forwarded)"
{
    QList<QByteArray> flags;

    friend bool operator==(const FlagsResponse &, const FlagsResponse &) = default;
};

struct ListResponse // "* LIST (\\HasNoChildren \\Sent) "/" "Sent"" and LSUB
{
    bool isLsub = false;
    QList<QByteArray> attributes; // "\\Noselect", "\\Sent", ...
    std::optional<char> delimiter; // nullopt when the server sent NIL (flat namespace)
    QByteArray mailbox; // raw name: modified UTF-7, or UTF-8 with UTF8=ACCEPT; "INBOX" any case
    // LIST-EXTENDED (RFC 5258) extended data:
    QList<QByteArray> childInfo; // CHILDINFO ("SUBSCRIBED")
    std::optional<QByteArray> oldName; // OLDNAME (RFC 9051)

    friend bool operator==(const ListResponse &, const ListResponse &) = default;
};

struct StatusDataResponse // "* STATUS INBOX (MESSAGES 3 UIDNEXT 9 ...)"
{
    QByteArray mailbox;
    std::optional<quint32> messages;
    std::optional<quint32> recent;
    std::optional<quint32> uidNext;
    std::optional<quint32> uidValidity;
    std::optional<quint32> unseen;
    std::optional<quint32> deleted; // RFC 9051
    std::optional<quint64> size; // RFC 8438
    std::optional<quint64> highestModSeq; // RFC 7162

    friend bool operator==(const StatusDataResponse &, const StatusDataResponse &) = default;
};

struct SearchResponse // "* SEARCH 2 5 9 (MODSEQ 917162500)"
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq;

    friend bool operator==(const SearchResponse &, const SearchResponse &) = default;
};

struct ESearchResponse // "* ESEARCH (TAG "A282") UID MIN 2 COUNT 3 ALL 2,10:11" (RFC 4731)
{
    QByteArray tag; // the correlator; empty if absent
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<SequenceSet> all;
    std::optional<quint64> modSeq;

    friend bool operator==(const ESearchResponse &, const ESearchResponse &) = default;
};

struct ExistsResponse // "* 23 EXISTS"
{
    quint32 count = 0;

    friend bool operator==(const ExistsResponse &, const ExistsResponse &) = default;
};

struct RecentResponse // "* 5 RECENT" (IMAP4rev1 only)
{
    quint32 count = 0;

    friend bool operator==(const RecentResponse &, const RecentResponse &) = default;
};

struct ExpungeResponse // "* 44 EXPUNGE"
{
    quint32 sequenceNumber = 0;

    friend bool operator==(const ExpungeResponse &, const ExpungeResponse &) = default;
};

struct VanishedResponse // "* VANISHED (EARLIER) 300:310,405" (RFC 7162 3.2.10)
{
    bool earlier = false;
    SequenceSet uids;

    friend bool operator==(const VanishedResponse &, const VanishedResponse &) = default;
};

// ---- FETCH ------------------------------------------------------------------------------------

struct Address // RFC 9051 address: ( name adl mailbox host ); group syntax uses NIL host
{
    NString name;
    NString adl;
    NString mailbox;
    NString host;

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace ImapCore

// Only implicitly shared Qt values inside: a growing QList may memmove these.
Q_DECLARE_TYPEINFO(ImapCore::Address, Q_RELOCATABLE_TYPE);

namespace ImapCore {

struct Envelope // raw ENVELOPE (RFC 9051 7.5.2); decode with EnvelopeDecoder
{
    NString date;
    NString subject;
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    NString inReplyTo;
    NString messageId;

    friend bool operator==(const Envelope &, const Envelope &) = default;
};

struct BodyParameter
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const BodyParameter &, const BodyParameter &) = default;
};

} // namespace ImapCore

Q_DECLARE_TYPEINFO(ImapCore::BodyParameter, Q_RELOCATABLE_TYPE);

namespace ImapCore {

struct BodyDisposition
{
    QByteArray type; // "inline", "attachment"
    QList<BodyParameter> parameters;

    friend bool operator==(const BodyDisposition &, const BodyDisposition &) = default;
};

// BODYSTRUCTURE / BODY (RFC 9051 7.5.2). Multipart parts have children and no type-specific
// fields; message/rfc822 parts have one child (the encapsulated body) and an envelope.
struct BodyPart
{
    QByteArray type; // upper/lower case as sent: "TEXT", "multipart", ...
    QByteArray subtype; // "PLAIN", "alternative", ...
    QList<BodyParameter> parameters; // charset=..., boundary=...
    NString id;
    NString description;
    QByteArray encoding; // "7BIT", "BASE64", "QUOTED-PRINTABLE", ...
    quint64 size = 0; // octets of the encoded body
    std::optional<quint32> lines; // text/* and message/rfc822
    std::shared_ptr<const Envelope> envelope; // message/rfc822 only
    std::vector<BodyPart> children; // multipart: the parts; message/rfc822: the body
    // extension data (BODYSTRUCTURE only)
    NString md5;
    std::optional<BodyDisposition> disposition;
    QList<QByteArray> language;
    NString location;

    bool isMultipart() const { return !children.empty() && !envelope; }

    // Case-insensitive media type check, e.g. hasType("text", "plain").
    bool hasType(QByteArrayView t, QByteArrayView sub) const
    {
        return type.compare(t, Qt::CaseInsensitive) == 0
            && subtype.compare(sub, Qt::CaseInsensitive) == 0;
    }

    // Envelopes compare by value, not by pointer.
    friend bool operator==(const BodyPart &a, const BodyPart &b);
};

// One BODY[section]<origin> / BINARY[section]<origin> item of a FETCH.
struct BodySection
{
    QByteArray section; // what was between the brackets, e.g. "", "1.2", "HEADER.FIELDS (FROM)"
    std::optional<quint32> origin; // <origin> of a partial fetch
    NString data; // NIL when the server has no such section
    bool binary = false; // BINARY[...] (literal8 allowed)

    friend bool operator==(const BodySection &, const BodySection &) = default;
};

} // namespace ImapCore

Q_DECLARE_TYPEINFO(ImapCore::BodySection, Q_RELOCATABLE_TYPE);

namespace ImapCore {

// "* 12 FETCH (UID 99 FLAGS (\\Seen) ...)": only the items the server sent are set.
struct FetchResponse
{
    quint32 sequenceNumber = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<Envelope> envelope;
    std::optional<QByteArray> internalDate; // raw "17-Jul-1996 02:44:25 -0700"
    std::optional<quint64> rfc822Size;
    std::optional<BodyPart> bodyStructure; // BODYSTRUCTURE or BODY (non-extensible)
    QList<BodySection> sections;
    std::optional<quint64> binarySize; // BINARY.SIZE[...], last one seen
    std::optional<quint64> modSeq; // MODSEQ (n)
    NString preview; // PREVIEW (RFC 8970); NIL when the server could not make one
    std::optional<QByteArray> emailId; // EMAILID (RFC 8474)
    std::optional<QByteArray> threadId; // THREADID (RFC 8474)
    // Gmail's X-GM-* and other unknown items: name and the raw value text.
    QList<std::pair<QByteArray, QByteArray>> otherItems;

    friend bool operator==(const FetchResponse &, const FetchResponse &) = default;
};

// ---- Server identity ----------------------------------------------------------------------

struct IdResponse // "* ID ("name" "Dovecot")" or "* ID NIL" (RFC 2971)
{
    QList<std::pair<QByteArray, NString>> fields;

    friend bool operator==(const IdResponse &, const IdResponse &) = default;
};

struct NamespaceDescriptor
{
    QByteArray prefix;
    std::optional<char> delimiter;

    friend bool operator==(const NamespaceDescriptor &, const NamespaceDescriptor &) = default;
};

struct NamespaceResponse // RFC 2342 / RFC 9051 7.3.3
{
    QList<NamespaceDescriptor> personal;
    QList<NamespaceDescriptor> otherUsers;
    QList<NamespaceDescriptor> shared;

    friend bool operator==(const NamespaceResponse &, const NamespaceResponse &) = default;
};

// Any untagged response this parser has no type for ("* QUOTA ...", "* METADATA ...",
// "* 3 XFOO ..."): RFC 9051 7 asks clients to ignore what they do not understand, so it is kept
// rather than treated as a protocol error.
struct OtherResponse
{
    std::optional<quint32> number; // "* 3 XFOO": the leading number, if any
    QByteArray name; // the response's keyword as sent
    QByteArray rawText; // everything after the keyword and its space, up to the line end

    friend bool operator==(const OtherResponse &, const OtherResponse &) = default;
};

// ---- The sum type -------------------------------------------------------------------------

using Response =
    std::variant<StatusResponse, ContinuationRequest, CapabilityResponse, EnabledResponse,
                 FlagsResponse, ListResponse, StatusDataResponse, SearchResponse, ESearchResponse,
                 ExistsResponse, RecentResponse, ExpungeResponse, VanishedResponse, FetchResponse,
                 IdResponse, NamespaceResponse, OtherResponse>;

// Where and why a response could not be understood. offset is a byte offset into the unit.
struct ParseError
{
    qsizetype offset = 0;
    QString reason;

    friend bool operator==(const ParseError &, const ParseError &) = default;
};

using ParseResult = std::variant<Response, ParseError>;

inline bool operator==(const BodyPart &a, const BodyPart &b)
{
    const bool envelopesEqual =
        (!a.envelope && !b.envelope) || (a.envelope && b.envelope && *a.envelope == *b.envelope);
    return envelopesEqual && a.type == b.type && a.subtype == b.subtype
        && a.parameters == b.parameters && a.id == b.id && a.description == b.description
        && a.encoding == b.encoding && a.size == b.size && a.lines == b.lines
        && a.children == b.children && a.md5 == b.md5 && a.disposition == b.disposition
        && a.language == b.language && a.location == b.location;
}

} // namespace ImapCore
