// libFuzzer target: the header and body text decoders (CharsetDecoder, EncodedWords,
// MimeParameters, MailDate, TransferEncoding, HtmlToText, PreviewText) and EnvelopeDecoder.
// Input layout: byte 0 picks the function
// (and a variant), the rest is its input; list-shaped inputs (parameters, addresses, body
// structures) are cut at '\n' and '\t'.
// Invariants (abort on violation): no crash; every QString result is valid UTF-16 (no lone
// surrogates) without control characters (line breaks and tabs allowed where documented);
// outputs are bounded relative to the input; dates are invalid or sane.
#include "protocol/charsetdecoder.h"
#include "protocol/encodedwords.h"
#include "protocol/envelope.h"
#include "protocol/htmltotext.h"
#include "protocol/maildate.h"
#include "protocol/mimeparameters.h"
#include "protocol/previewtext.h"
#include "protocol/transferencoding.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ImapCore;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_headerdecoding: invariant violated: %s\n", what);
    std::abort();
}

void checkText(const QString &s, bool allowLineBreaks, const char *what)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                violated(what);
            ++i;
            continue;
        }
        if (c.isLowSurrogate())
            violated(what);
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            violated(what);
    }
}

void checkHeader(const QString &s, qsizetype inputSize, const char *what)
{
    checkText(s, false, what);
    if (s.size() > CharsetDecoder::maxDecodedHeaderLength || s.size() > 2 * inputSize + 16)
        violated(what);
}

void checkDate(const QDateTime &d, const char *what)
{
    if (!d.isValid())
        return;
    if (d.date().year() < 1000 || d.date().year() > 9999 || d.offsetFromUtc() > 14 * 3600
        || d.offsetFromUtc() < -14 * 3600)
        violated(what);
}

QList<BodyParameter> parameterList(QByteArrayView data)
{
    QList<BodyParameter> out;
    for (const QByteArray &line : data.toByteArray().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0)
            out.append(BodyParameter {line, QByteArray()});
        else
            out.append(BodyParameter {line.first(tab), line.sliced(tab + 1)});
    }
    return out;
}

NString field(const QList<QByteArray> &fields, qsizetype i)
{
    if (i >= fields.size() || fields.at(i) == "NIL")
        return std::nullopt;
    return fields.at(i);
}

// One address a line: name, mailbox, host separated by tabs; "NIL" is NIL.
QList<Address> addressList(QByteArrayView data)
{
    QList<Address> out;
    for (const QByteArray &line : data.toByteArray().split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        out.append(Address {field(f, 0), std::nullopt, field(f, 1), field(f, 2)});
    }
    return out;
}

// A body structure from bytes: each byte opens a multipart ('(' with the next byte as subtype
// selector), closes one (')'), or adds a leaf whose type and disposition come from its bits.
BodyPart bodyStructure(QByteArrayView data)
{
    static const char *const multiSubtypes[] = {"MIXED",     "ALTERNATIVE", "RELATED",  "SIGNED",
                                                "ENCRYPTED", "REPORT",      "X-UNKNOWN"};
    static const char *const leafTypes[][2] = {{"TEXT", "PLAIN"}, {"TEXT", "HTML"},
                                               {"IMAGE", "PNG"},  {"TEXT", "CALENDAR"},
                                               {"text", "plain"}, {"MESSAGE", "RFC822"}};
    std::vector<BodyPart> stack(1);
    stack[0].type = "MULTIPART";
    stack[0].subtype = "MIXED";
    for (qsizetype i = 0; i < data.size(); ++i) {
        const uchar c = uchar(data[i]);
        if (c == '(' && stack.size() < 200) {
            BodyPart m;
            m.type = "MULTIPART";
            m.subtype = multiSubtypes[(i + 1 < data.size() ? uchar(data[++i]) : 0) % 7];
            stack.push_back(std::move(m));
        } else if (c == ')' && stack.size() > 1) {
            BodyPart done = std::move(stack.back());
            stack.pop_back();
            if (!done.children.empty())
                stack.back().children.push_back(std::move(done));
        } else {
            const auto &t = leafTypes[c % 6];
            BodyPart leaf;
            leaf.type = t[0];
            leaf.subtype = t[1];
            leaf.encoding = (c & 0x40) ? "BASE64" : "";
            leaf.size = c;
            if (c & 0x80)
                leaf.disposition =
                    BodyDisposition {(c & 0x20) ? "attachment" : "inline", {{"FILENAME", "x"}}};
            if (c & 0x10)
                leaf.parameters.append(BodyParameter {"CHARSET", "utf-8"});
            if (leaf.type == "MESSAGE") {
                leaf.envelope = std::make_shared<const Envelope>();
                BodyPart inner;
                inner.type = "TEXT";
                inner.subtype = "PLAIN";
                leaf.children.push_back(std::move(inner));
            }
            stack.back().children.push_back(std::move(leaf));
        }
    }
    while (stack.size() > 1) {
        BodyPart done = std::move(stack.back());
        stack.pop_back();
        if (!done.children.empty())
            stack.back().children.push_back(std::move(done));
    }
    if (stack[0].children.size() == 1 && (data.size() % 2))
        return stack[0].children.front(); // also exercise single-part messages
    return stack[0];
}

QString utf16From(QByteArrayView data)
{
    // Raw UTF-16 units: lone surrogates and NULs included.
    return QString(reinterpret_cast<const QChar *>(data.data()), data.size() / 2);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const uchar selector = bytes[0];
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    const qsizetype n = data.size();
    static const char *const hints[] = {"",       "koi8-r",  "shift_jis", "utf-7", "iso-2022-jp",
                                        "utf-16", "gb18030", "x-bogus"};
    const char *hint = hints[(selector >> 4) % 8];

    switch (selector % 12) {
    case 0:
        checkHeader(EncodedWords::decodeUnstructured(data, hint), n,
                    "EncodedWords::decodeUnstructured");
        break;
    case 1:
        checkHeader(EncodedWords::decodePhrase(data, hint), n, "EncodedWords::decodePhrase");
        break;
    case 2:
        checkHeader(CharsetDecoder::decodeRaw8Bit(data, hint), n, "CharsetDecoder::decodeRaw8Bit");
        break;
    case 3: {
        const QList<BodyParameter> list = parameterList(data);
        for (const char *name : {"name", "filename", "charset", "title"}) {
            const QString v = MimeParameters::value(list, name);
            checkText(v, false, "MimeParameters::value");
            if (v.size() > CharsetDecoder::maxDecodedHeaderLength || v.size() > 2 * n + 16)
                violated("MimeParameters::value size");
        }
        (void)MimeParameters::rawValue(list, "charset");
        break;
    }
    case 4:
        checkDate(MailDate::parseRfc5322Date(data), "MailDate::parseRfc5322Date");
        checkDate(MailDate::parseInternalDate(data), "MailDate::parseInternalDate");
        break;
    case 5: {
        if (TransferEncoding::decodeBase64(data).size() > n / 4 * 3 + 3)
            violated("TransferEncoding::decodeBase64 size");
        if (TransferEncoding::decodeQuotedPrintable(data).size() > n)
            violated("TransferEncoding::decodeQuotedPrintable size");
        break;
    }
    case 6: {
        // First line: the charset label; the rest: the body.
        const qsizetype nl = data.indexOf('\n');
        const QByteArrayView charset = nl >= 0 ? data.first(nl) : QByteArrayView(hint);
        const QByteArrayView body = nl >= 0 ? data.sliced(nl + 1) : data;
        const QString text = CharsetDecoder::decode(body, charset);
        checkText(text, true, "CharsetDecoder::decode");
        if (text.size() > 2 * body.size() + 16)
            violated("CharsetDecoder::decode size");
        break;
    }
    case 7: {
        const QString html = (selector & 0x10) ? utf16From(data) : QString::fromUtf8(data);
        const QString text = HtmlToText::convert(html);
        checkText(text, true, "HtmlToText::convert");
        if (text.size() > 2 * html.size() + 16)
            violated("HtmlToText::convert size");
        break;
    }
    case 8: {
        const QString text = (selector & 0x10) ? utf16From(data) : QString::fromUtf8(data);
        const qsizetype max = (selector >> 5) * 16;
        const QString preview = PreviewText::build(text, max);
        checkText(preview, false, "PreviewText::build");
        if (preview.size() > max)
            violated("PreviewText::build size");
        break;
    }
    case 9: {
        const QList<MailAddress> list = EnvelopeDecoder::decodeAddresses(addressList(data));
        for (const MailAddress &a : list) {
            checkText(a.name, false, "address name");
            checkText(a.address, false, "address");
            checkText(a.displayString(), false, "displayString");
        }
        break;
    }
    case 10: {
        if (const std::optional<PreviewPart> p =
                EnvelopeDecoder::previewPart(bodyStructure(data))) {
            if (p->section.isEmpty())
                violated("previewPart section");
        }
        break;
    }
    case 11: {
        // Body pipeline as the watcher runs it: transfer decoding, charset, HTML, preview.
        const QByteArray decoded =
            TransferEncoding::decode(data, (selector & 0x10) ? "base64" : "quoted-printable");
        QString text = CharsetDecoder::decode(decoded, hint);
        if (selector & 0x20)
            text = HtmlToText::convert(text);
        const QString preview = PreviewText::build(text);
        checkText(preview, false, "pipeline preview");
        if (preview.size() > PreviewText::defaultLength)
            violated("pipeline preview size");
        break;
    }
    }
    return 0;
}
