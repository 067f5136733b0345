#pragma once

#include "protocol/mailaddress.h"
#include "protocol/response.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ImapCore {

// An ENVELOPE (RFC 9051 7.5.2) with every string decoded. Message ids keep their angle
// brackets off: "<id@host>" becomes "id@host"; inReplyTo holds the first id when several.
struct DecodedEnvelope
{
    QDateTime date; // invalid when the Date header was NIL or unreadable
    QString subject;
    QList<MailAddress> from;
    QList<MailAddress> sender;
    QList<MailAddress> replyTo;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc;
    QString inReplyTo;
    QString messageId;
};

// The body part whose text makes a message's preview, as found in its BODYSTRUCTURE.
struct PreviewPart
{
    QByteArray section; // IMAP section to fetch: "1", "1.2", "2.1.1"
    QByteArray encoding; // Content-Transfer-Encoding, upper-case: "BASE64", "QUOTED-PRINTABLE"
    QByteArray charset; // the charset parameter as sent; empty when absent
    quint64 size = 0; // octets of the encoded part
    bool isHtml = false; // text/html: reduce with HtmlToText::convert

    friend bool operator==(const PreviewPart &, const PreviewPart &) = default;
};

// Turns the parser's raw ENVELOPE and BODYSTRUCTURE values into what a notification shows.
class EnvelopeDecoder
{
public:
    EnvelopeDecoder() = delete;

    static DecodedEnvelope decode(const Envelope &envelope);

    // RFC 9051 7.5.2 address lists, with group syntax (a NIL host starts a group whose name is
    // the mailbox, NIL mailbox and host end it).
    static QList<MailAddress> decodeAddresses(const QList<Address> &addresses);

    // "<a@b>" -> "a@b" (the first msg-id of the field, RFC 5322 3.6.4); unbracketed text as is.
    static QString decodeMessageId(const NString &raw);

    // The text part for a preview: text/plain preferred over text/html in a
    // multipart/alternative, the first inline text part of a multipart/mixed (attachments
    // skipped), the root of a multipart/related, the signed content of a multipart/signed;
    // encapsulated messages (message/rfc822) are not entered. A single-part message's body is
    // section "1" (RFC 9051 6.4.5). nullopt when the message has no readable text part.
    static std::optional<PreviewPart> previewPart(const BodyPart &body);
};

} // namespace ImapCore
