#include "protocol/envelope.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

Address addr(NString name, NString mailbox, NString host)
{
    return Address {std::move(name), std::nullopt, std::move(mailbox), std::move(host)};
}

QByteArray b(const char *s)
{
    return QByteArray(s);
}

BodyPart text(const char *subtype, QList<BodyParameter> params = {{"CHARSET", "utf-8"}},
              const char *encoding = "7BIT", quint64 size = 100,
              std::optional<BodyDisposition> disposition = std::nullopt)
{
    BodyPart p;
    p.type = "TEXT";
    p.subtype = subtype;
    p.parameters = std::move(params);
    p.encoding = encoding;
    p.size = size;
    p.lines = 3;
    p.disposition = std::move(disposition);
    return p;
}

BodyPart leaf(const char *type, const char *subtype, const char *encoding = "BASE64")
{
    BodyPart p;
    p.type = type;
    p.subtype = subtype;
    p.encoding = encoding;
    p.size = 5000;
    return p;
}

BodyPart multi(const char *subtype, std::vector<BodyPart> children,
               QList<BodyParameter> params = {{"BOUNDARY", "b1"}})
{
    BodyPart p;
    p.type = "MULTIPART";
    p.subtype = subtype;
    p.parameters = std::move(params);
    p.children = std::move(children);
    return p;
}

BodyPart message(BodyPart inner)
{
    BodyPart p = leaf("MESSAGE", "RFC822", "7BIT");
    p.envelope = std::make_shared<const Envelope>();
    p.children.push_back(std::move(inner));
    return p;
}

BodyDisposition attachment(const char *filename)
{
    return BodyDisposition {"attachment", {{"FILENAME", filename}}};
}

PreviewPart part(const char *section, const char *encoding, const char *charset, quint64 size,
                 bool html)
{
    return PreviewPart {section, encoding, charset, size, html};
}

QString show(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out << u"%1|%2|%3"_s.arg(a.name, a.address, a.group);
    return out.join(u" ; ");
}

} // namespace

Q_DECLARE_METATYPE(ImapCore::BodyPart)
Q_DECLARE_METATYPE(std::optional<ImapCore::PreviewPart>)
Q_DECLARE_METATYPE(QList<ImapCore::Address>)

class Tst_envelope : public QObject
{
    Q_OBJECT
private slots:
    void addresses_data();
    void addresses();
    void addressesRecurring();
    void displayString_data();
    void displayString();
    void messageId_data();
    void messageId();
    void decodeEnvelope();
    void decodeNilEnvelope();
    void previewPart_data();
    void previewPart();
    void deepNesting();
};

void Tst_envelope::addresses_data()
{
    QTest::addColumn<QList<Address>>("raw");
    QTest::addColumn<QString>("expected");

    // RFC 9051 7.5.2 example: ("Terry Gray" NIL "gray" "cac.washington.edu")
    QTest::newRow("rfc9051-7.5.2-envelope-from")
        << QList<Address> {addr(b("Terry Gray"), b("gray"), b("cac.washington.edu"))}
        << u"Terry Gray|gray@cac.washington.edu|"_s;
    QTest::newRow("nil-name") << QList<Address> {addr(std::nullopt, b("imap"),
                                                      b("cac.washington.edu"))}
                              << u"|imap@cac.washington.edu|"_s;
    QTest::newRow("rfc2047-name") << QList<Address> {addr(b("=?iso-8859-1?q?Andr=E9_Pirard?="),
                                                          b("pirard"), b("vm1.ulg.ac.be"))}
                                  << u"André Pirard|pirard@vm1.ulg.ac.be|"_s;
    QTest::newRow("raw-utf8-name-and-smtputf8-mailbox")
        << QList<Address> {addr(b("J\xC3\xB6rg"), b("j\xC3\xB6rg"), b("example.de"))}
        << u"Jörg|jörg@example.de|"_s;
    QTest::newRow("group-with-members")
        << QList<Address> {addr(std::nullopt, b("Team"), std::nullopt),
                           addr(b("Ann"), b("ann"), b("x.org")),
                           addr(std::nullopt, b("bob"), b("x.org")),
                           addr(std::nullopt, std::nullopt, std::nullopt)}
        << u"Ann|ann@x.org|Team ; |bob@x.org|Team"_s;
    QTest::newRow("undisclosed-recipients-empty-group")
        << QList<Address> {addr(std::nullopt, b("undisclosed-recipients"), std::nullopt),
                           addr(std::nullopt, std::nullopt, std::nullopt)}
        << u"undisclosed-recipients||undisclosed-recipients"_s;
    QTest::newRow("group-then-plain-address") << QList<Address> {
        addr(std::nullopt, b("G"), std::nullopt), addr(std::nullopt, b("a"), b("h")),
        addr(std::nullopt, std::nullopt, std::nullopt),
        addr(std::nullopt, b("c"), b("h"))} << u"|a@h|G ; |c@h|"_s;
    QTest::newRow("unterminated-group") << QList<Address> {addr(std::nullopt, b("G"), std::nullopt),
                                                           addr(std::nullopt, b("a"), b("h"))}
                                        << u"|a@h|G"_s;
    QTest::newRow("stray-group-end-ignored")
        << QList<Address> {addr(std::nullopt, std::nullopt, std::nullopt),
                           addr(std::nullopt, b("a"), b("h"))}
        << u"|a@h|"_s;
    QTest::newRow("encoded-group-name")
        << QList<Address> {addr(std::nullopt, b("=?utf-8?q?Gr=C3=BCppe?="), std::nullopt),
                           addr(std::nullopt, std::nullopt, std::nullopt)}
        << u"Grüppe||Grüppe"_s;
    QTest::newRow("uw-missing-host-name")
        << QList<Address> {addr(std::nullopt, b("root"), b(".MISSING-HOST-NAME."))} << u"|root|"_s;
    QTest::newRow("dovecot-missing-domain")
        << QList<Address> {addr(std::nullopt, b("root"), b("MISSING_DOMAIN"))} << u"|root|"_s;
    QTest::newRow("quoted-local-part")
        << QList<Address> {addr(std::nullopt, b("john doe"), b("x.org"))}
        << u"|\"john doe\"@x.org|"_s;
    QTest::newRow("gmail-plus-and-dots-local-part")
        << QList<Address> {addr(b("\"Lee, Ann\""), b("ann.lee+news"), b("Gmail.COM"))}
        << u"Lee, Ann|ann.lee+news@Gmail.COM|"_s;
    QTest::newRow("local-part-with-quote-and-backslash")
        << QList<Address> {addr(std::nullopt, b("a\"b\\c"), b("x.org"))}
        << u"|\"a\\\"b\\\\c\"@x.org|"_s;
    QTest::newRow("local-part-with-control-byte") << QList<Address> {addr(std::nullopt,
                                                                          b("a\x01"
                                                                            "b"),
                                                                          b("x.org"))}
                                                  << u"|\"a b\"@x.org|"_s;
    QTest::newRow("empty-local-part")
        << QList<Address> {addr(std::nullopt, b(""), b("x.org"))} << u"|@x.org|"_s;
    QTest::newRow("latin1-host-read-as-cp1252")
        << QList<Address> {addr(std::nullopt, b("a"), b("caf\xE9.fr"))} << u"|a@café.fr|"_s;
    // The plain-address fast path (both parts printable atext) against the general one.
    QTest::newRow("nil-mailbox-with-host")
        << QList<Address> {addr(std::nullopt, std::nullopt, b("x.org"))} << u"|@x.org|"_s;
    QTest::newRow("local-part-with-del-byte") << QList<Address> {addr(std::nullopt,
                                                                      b("a\x7F"
                                                                        "b"),
                                                                      b("x.org"))}
                                              << u"|\"a b\"@x.org|"_s;
    QTest::newRow("local-part-with-at-sign")
        << QList<Address> {addr(std::nullopt, b("a@b"), b("x.org"))} << u"|\"a@b\"@x.org|"_s;
    QTest::newRow("host-with-space-general-path")
        << QList<Address> {addr(std::nullopt, b("a"), b("x .org"))} << u"|a@x .org|"_s;
    QTest::newRow("host-with-tab-sanitized")
        << QList<Address> {addr(std::nullopt, b("a"), b("x\t.org"))} << u"|a@x .org|"_s;
    QTest::newRow("host-literal-brackets")
        << QList<Address> {addr(std::nullopt, b("a"), b("[192.0.2.1]"))} << u"|a@[192.0.2.1]|"_s;
    QTest::newRow("empty-host-is-missing")
        << QList<Address> {addr(std::nullopt, b("a"), b(""))} << u"|a|"_s;
    QTest::newRow("plain-members-keep-group") << QList<Address> {
        addr(std::nullopt, b("G"), std::nullopt), addr(b("A"), b("a"), b("h")),
        addr(b("B"), b("b"), b("h")), addr(std::nullopt, std::nullopt, std::nullopt),
        addr(b("C"), b("c"), b("h"))} << u"A|a@h|G ; B|b@h|G ; C|c@h|"_s;
    QTest::newRow("empty-list") << QList<Address> {} << QString();
}

void Tst_envelope::addresses()
{
    QFETCH(QList<Address>, raw);
    QFETCH(QString, expected);
    QCOMPARE(show(EnvelopeDecoder::decodeAddresses(raw)), expected);
}

// Plain addresses and display names come from per-thread tables of recent ones: more distinct
// addresses than it has slots (so slots are shared and replaced), each decoded several times,
// including pairs that differ only in where the '@' goes, must each come back as themselves.
void Tst_envelope::addressesRecurring()
{
    QList<std::pair<QByteArray, QByteArray>> parts;
    for (int i = 0; i < 3000; ++i)
        parts.emplaceBack("user" + QByteArray::number(i),
                          "host" + QByteArray::number(i % 7) + ".org");
    parts.emplaceBack("ab", "c");
    parts.emplaceBack("a", "bc");
    parts.emplaceBack("a", "b.c");
    parts.emplaceBack("a.b", "c");
    for (int pass = 0; pass < 3; ++pass) {
        for (const auto &[mailbox, host] : std::as_const(parts)) {
            const QList<MailAddress> out =
                EnvelopeDecoder::decodeAddresses({addr(std::nullopt, mailbox, host)});
            QCOMPARE(out.size(), 1);
            QCOMPARE(out.front().address, QString::fromLatin1(mailbox + '@' + host));
        }
    }
    // Display names have such a table too: distinct names, encoded and not, and the empty one.
    QList<std::pair<QByteArray, QString>> names;
    for (int i = 0; i < 3000; ++i) {
        names.emplaceBack("\"Name " + QByteArray::number(i) + '"', u"Name %1"_s.arg(i));
        if (i % 10 == 0)
            names.emplaceBack("=?utf-8?q?N=C3=A4me_" + QByteArray::number(i) + "?=",
                              u"Näme %1"_s.arg(i));
    }
    names.emplaceBack("", QString());
    names.emplaceBack("\"\"", QString());
    for (int pass = 0; pass < 3; ++pass) {
        for (const auto &[raw, expected] : std::as_const(names)) {
            const QList<MailAddress> out =
                EnvelopeDecoder::decodeAddresses({addr(raw, b("a"), b("h"))});
            QCOMPARE(out.size(), 1);
            QCOMPARE(out.front().name, expected);
        }
    }
}

void Tst_envelope::displayString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name-and-address")
        << u"Ann"_s << u"ann@x.org"_s << QString() << u"Ann <ann@x.org>"_s;
    QTest::newRow("address-only") << QString() << u"ann@x.org"_s << QString() << u"ann@x.org"_s;
    QTest::newRow("name-equals-address")
        << u"ANN@x.org"_s << u"ann@x.org"_s << QString() << u"ann@x.org"_s;
    QTest::newRow("empty-group") << u"undisclosed-recipients"_s << QString()
                                 << u"undisclosed-recipients"_s << u"undisclosed-recipients"_s;
}

void Tst_envelope::displayString()
{
    QFETCH(QString, name);
    QFETCH(QString, address);
    QFETCH(QString, group);
    QFETCH(QString, expected);
    QCOMPARE((MailAddress {name, address, group}.displayString()), expected);
}

void Tst_envelope::messageId_data()
{
    QTest::addColumn<NString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rfc9051-7.5.2-message-id") << NString(b("<B27397-0100000@cac.washington.edu>"))
                                              << u"B27397-0100000@cac.washington.edu"_s;
    QTest::newRow("nil") << NString() << QString();
    QTest::newRow("no-brackets") << NString(b(" abc@host ")) << u"abc@host"_s;
    QTest::newRow("in-reply-to-two-ids") << NString(b("<a@h> <b@h>")) << u"a@h"_s;
    QTest::newRow("comment-before-id") << NString(b("(note) <a@h>")) << u"a@h"_s;
    QTest::newRow("unterminated") << NString(b("<a@h")) << u"a@h"_s;
    // Printable ASCII is widened at once; anything else goes the 8-bit way.
    QTest::newRow("control-byte-becomes-space") << NString(b("<a\x01"
                                                             "b@h>"))
                                                << u"a b@h"_s;
    QTest::newRow("del-byte-becomes-space") << NString(b("<a\x7F"
                                                         "b@h>"))
                                            << u"a b@h"_s;
    QTest::newRow("utf8-id") << NString(b("<caf\xC3\xA9@h>")) << u"café@h"_s;
    QTest::newRow("latin1-id-read-as-cp1252") << NString(b("<caf\xE9@h>")) << u"café@h"_s;
    QTest::newRow("empty-brackets") << NString(b("<>")) << QString();
}

void Tst_envelope::messageId()
{
    QFETCH(NString, raw);
    QFETCH(QString, expected);
    QCOMPARE(EnvelopeDecoder::decodeMessageId(raw), expected);
}

void Tst_envelope::decodeEnvelope()
{
    // RFC 9051 7.5.2's FETCH ENVELOPE example, with an encoded subject as Gmail sends it.
    Envelope e;
    e.date = b("Wed, 17 Jul 1996 02:23:25 -0700 (PDT)");
    e.subject = b("=?UTF-8?B?SU1BUDR2MSBHcsO8w59l?=");
    e.from = {addr(b("Terry Gray"), b("gray"), b("cac.washington.edu"))};
    e.sender = e.from;
    e.replyTo = e.from;
    e.to = {addr(std::nullopt, b("imap"), b("cac.washington.edu"))};
    e.cc = {addr(std::nullopt, b("minutes"), b("CNRI.Reston.VA.US")),
            addr(b("John Klensin"), b("KLENSIN"), b("MIT.EDU"))};
    e.messageId = b("<B27397-0100000@cac.washington.edu>");
    const DecodedEnvelope d = EnvelopeDecoder::decode(e);
    QCOMPARE(d.date, QDateTime(QDate(1996, 7, 17), QTime(2, 23, 25), Qt::OffsetFromUTC, -7 * 3600));
    QCOMPARE(d.date.offsetFromUtc(), -7 * 3600);
    QCOMPARE(d.subject, u"IMAP4v1 Grüße"_s);
    QCOMPARE(d.from.size(), 1);
    QCOMPARE(d.from.front().displayString(), u"Terry Gray <gray@cac.washington.edu>"_s);
    QCOMPARE(d.sender, d.from);
    QCOMPARE(d.replyTo, d.from);
    QCOMPARE(d.to.front().address, u"imap@cac.washington.edu"_s);
    QCOMPARE(d.cc.size(), 2);
    QCOMPARE(d.cc.at(1).displayString(), u"John Klensin <KLENSIN@MIT.EDU>"_s);
    QVERIFY(d.bcc.isEmpty());
    QVERIFY(d.inReplyTo.isEmpty());
    QCOMPARE(d.messageId, u"B27397-0100000@cac.washington.edu"_s);
}

void Tst_envelope::decodeNilEnvelope()
{
    // ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL): a message with no headers at all.
    const DecodedEnvelope d = EnvelopeDecoder::decode(Envelope {});
    QVERIFY(!d.date.isValid());
    QVERIFY(d.subject.isEmpty());
    QVERIFY(d.from.isEmpty());
    QVERIFY(d.to.isEmpty());
    QVERIFY(d.messageId.isEmpty());

    Envelope bad;
    bad.date = b("not a date");
    bad.subject = QByteArray("\x00\xFF\xFE", 3);
    const DecodedEnvelope d2 = EnvelopeDecoder::decode(bad);
    QVERIFY(!d2.date.isValid());
    QCOMPARE(d2.subject, u"ÿþ"_s);
}

void Tst_envelope::previewPart_data()
{
    QTest::addColumn<BodyPart>("body");
    QTest::addColumn<std::optional<PreviewPart>>("expected");

    QTest::newRow("plain-only-is-section-1")
        << text("PLAIN", {{"CHARSET", "US-ASCII"}}, "7BIT", 3028)
        << std::optional(part("1", "7BIT", "US-ASCII", 3028, false));
    QTest::newRow("html-only") << text("HTML", {{"charset", "utf-8"}}, "quoted-printable", 900)
                               << std::optional(part("1", "QUOTED-PRINTABLE", "utf-8", 900, true));
    QTest::newRow("alternative-plain-first")
        << multi("ALTERNATIVE", {text("PLAIN"), text("HTML")})
        << std::optional(part("1", "7BIT", "utf-8", 100, false));
    QTest::newRow("alternative-html-first")
        << multi("alternative", {text("html", {}, "BASE64", 50), text("plain", {}, "BASE64", 40)})
        << std::optional(part("2", "BASE64", "", 40, false));
    QTest::newRow("mixed-with-attachment")
        << multi("MIXED",
                 {multi("ALTERNATIVE", {text("PLAIN"), text("HTML")}), leaf("APPLICATION", "PDF")})
        << std::optional(part("1.1", "7BIT", "utf-8", 100, false));
    QTest::newRow("mixed-text-attachment-first")
        << multi("MIXED",
                 {text("PLAIN", {{"NAME", "notes.txt"}}, "BASE64", 10, attachment("notes.txt")),
                  text("PLAIN", {{"CHARSET", "iso-8859-1"}}, "8BIT", 20)})
        << std::optional(part("2", "8BIT", "iso-8859-1", 20, false));
    QTest::newRow("mixed-text-with-name-no-disposition")
        << multi("MIXED", {leaf("IMAGE", "PNG"), text("PLAIN", {{"NAME", "log.txt"}})})
        << std::optional<PreviewPart>();
    QTest::newRow("mixed-inline-disposition-text")
        << multi("MIXED", {text("PLAIN", {}, "7BIT", 5, BodyDisposition {"INLINE", {}})})
        << std::optional(part("1", "7BIT", "", 5, false));
    QTest::newRow("related-html-with-images")
        << multi("ALTERNATIVE",
                 {multi("RELATED", {text("HTML"), leaf("IMAGE", "PNG"), leaf("IMAGE", "JPEG")})})
        << std::optional(part("1.1", "7BIT", "utf-8", 100, true));
    QTest::newRow("apple-alternative-plain-and-related")
        << multi("ALTERNATIVE",
                 {text("PLAIN", {}, "QUOTED-PRINTABLE", 70),
                  multi("RELATED", {text("HTML"), leaf("IMAGE", "PNG")})})
        << std::optional(part("1", "QUOTED-PRINTABLE", "", 70, false));
    QTest::newRow("signed") << multi("SIGNED",
                                     {multi("ALTERNATIVE", {text("PLAIN"), text("HTML")}),
                                      leaf("APPLICATION", "PGP-SIGNATURE", "7BIT")})
                            << std::optional(part("1.1", "7BIT", "utf-8", 100, false));
    QTest::newRow("encrypted") << multi(
        "ENCRYPTED",
        {leaf("APPLICATION", "PGP-ENCRYPTED", "7BIT"), leaf("APPLICATION", "OCTET-STREAM", "7BIT")})
                               << std::optional<PreviewPart>();
    QTest::newRow("forward-as-attachment-not-entered")
        << multi("MIXED", {message(text("PLAIN")), leaf("APPLICATION", "PDF")})
        << std::optional<PreviewPart>();
    QTest::newRow("forward-with-own-text")
        << multi("MIXED", {text("PLAIN", {}, "7BIT", 12), message(text("PLAIN"))})
        << std::optional(part("1", "7BIT", "", 12, false));
    QTest::newRow("no-text-part") << multi("MIXED",
                                           {leaf("IMAGE", "JPEG"), leaf("APPLICATION", "ZIP")})
                                  << std::optional<PreviewPart>();
    QTest::newRow("single-part-image") << leaf("IMAGE", "JPEG") << std::optional<PreviewPart>();
    QTest::newRow("calendar-not-text")
        << multi("MIXED", {text("CALENDAR")}) << std::optional<PreviewPart>();
    QTest::newRow("report-first-part")
        << multi("REPORT", {text("PLAIN"), leaf("MESSAGE", "DELIVERY-STATUS", "7BIT")})
        << std::optional(part("1", "7BIT", "utf-8", 100, false));
    BodyPart related = multi("RELATED", {text("HTML", {}, "7BIT", 1), text("HTML", {}, "7BIT", 2)},
                             {{"START", "<root@x>"}, {"TYPE", "text/html"}});
    related.children[1].id = b("<root@x>");
    QTest::newRow("related-start-parameter")
        << related << std::optional(part("2", "7BIT", "", 2, true));
    QTest::newRow("empty-encoding-is-7bit")
        << text("PLAIN", {}, "", 1) << std::optional(part("1", "7BIT", "", 1, false));
}

void Tst_envelope::previewPart()
{
    QFETCH(BodyPart, body);
    QFETCH(std::optional<PreviewPart>, expected);
    const std::optional<PreviewPart> out = EnvelopeDecoder::previewPart(body);
    QCOMPARE(out.has_value(), expected.has_value());
    if (!expected)
        return;
    QCOMPARE(out->section, expected->section);
    QCOMPARE(out->encoding, expected->encoding);
    QCOMPARE(out->charset, expected->charset);
    QCOMPARE(out->size, expected->size);
    QCOMPARE(out->isHtml, expected->isHtml);
}

void Tst_envelope::deepNesting()
{
    // Deeper than the parser ever produces: the search gives up instead of recursing on.
    BodyPart p = text("PLAIN");
    for (int i = 0; i < 1000; ++i)
        p = multi("MIXED", {p});
    QVERIFY(!EnvelopeDecoder::previewPart(p).has_value());

    BodyPart shallow = text("PLAIN");
    for (int i = 0; i < 10; ++i)
        shallow = multi("MIXED", {shallow});
    const std::optional<PreviewPart> found = EnvelopeDecoder::previewPart(shallow);
    QVERIFY(found.has_value());
    QCOMPARE(found->section, QByteArray("1.1.1.1.1.1.1.1.1.1"));
}

QTEST_GUILESS_MAIN(Tst_envelope)
#include "tst_envelope.moc"
