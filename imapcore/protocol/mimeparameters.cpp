#include "protocol/mimeparameters.h"

#include "protocol/charsetdecoder.h"
#include "protocol/charsetdecoder_p.h"
#include "protocol/encodedwords.h"
#include "protocol/textutil_p.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace ImapCore {

using namespace TextUtil;
using namespace CharsetInternal;

namespace {

QByteArray percentDecode(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() + 0 && hexValue(s[i + 1]) >= 0
            && hexValue(s[i + 2]) >= 0) {
            out.append(char(hexValue(s[i + 1]) * 16 + hexValue(s[i + 2])));
            i += 2;
        } else {
            out.append(s[i]);
        }
    }
    return out;
}

// RFC 2231 4: charset'language'percent-encoded. Without two quotes, the whole is the value.
void splitExtendedValue(QByteArrayView v, QByteArray *charset, QByteArray *bytes)
{
    const qsizetype q1 = v.indexOf('\'');
    const qsizetype q2 = q1 >= 0 ? v.sliced(q1 + 1).indexOf('\'') : -1;
    if (q1 < 0 || q2 < 0) {
        *bytes += percentDecode(v);
        return;
    }
    *charset = v.first(q1).toByteArray();
    *bytes += percentDecode(v.sliced(q1 + 1 + q2 + 1));
}

} // namespace

QByteArray MimeParameters::rawValue(const QList<BodyParameter> &parameters, QByteArrayView name)
{
    for (const BodyParameter &p : parameters) {
        if (equalsIgnoreCase(QByteArrayView(p.name).trimmed(), name))
            return p.value;
    }
    return QByteArray();
}

QString MimeParameters::value(const QList<BodyParameter> &parameters, QByteArrayView name)
{
    constexpr int maxSegments = 1000;
    struct Segment
    {
        int index;
        bool extended;
        QByteArrayView value;
    };
    std::optional<QByteArrayView> plain;
    std::optional<QByteArrayView> extendedWhole;
    std::vector<Segment> segments;
    for (const BodyParameter &p : parameters) {
        const QByteArrayView pname = QByteArrayView(p.name).trimmed();
        if (equalsIgnoreCase(pname, name)) {
            if (!plain)
                plain = p.value;
            continue;
        }
        if (pname.size() <= name.size() || pname[name.size()] != '*'
            || !equalsIgnoreCase(pname.first(name.size()), name))
            continue;
        QByteArrayView rest = pname.sliced(name.size() + 1);
        if (rest.isEmpty()) {
            if (!extendedWhole)
                extendedWhole = p.value;
            continue;
        }
        // RFC 2231 3: name*<n> (plain) or name*<n>* (extended) continuations.
        const bool extended = rest.endsWith('*');
        if (extended)
            rest.chop(1);
        const int index = number(rest, 3);
        if (index < 0 || index >= maxSegments || (rest.size() > 1 && rest[0] == '0'))
            continue;
        segments.push_back({index, extended, p.value});
    }

    QByteArray charset;
    QByteArray bytes;
    bool anyExtended = false;
    if (!segments.empty()) {
        std::stable_sort(segments.begin(), segments.end(),
                         [](const Segment &a, const Segment &b) { return a.index < b.index; });
        int expected = 0;
        for (const Segment &s : segments) {
            if (s.index != expected)
                break; // a gap or a duplicate: the value ends here (RFC 2231 3)
            ++expected;
            if (s.extended && s.index == 0)
                splitExtendedValue(s.value, &charset, &bytes);
            else if (s.extended)
                bytes += percentDecode(s.value);
            else
                bytes += s.value;
            anyExtended = anyExtended || s.extended;
            if (bytes.size() > CharsetDecoder::maxHeaderInputLength)
                break;
        }
        if (expected == 0)
            segments.clear();
    }
    if (segments.empty()) {
        if (extendedWhole) {
            splitExtendedValue(*extendedWhole, &charset, &bytes);
            anyExtended = true;
        } else if (plain) {
            bytes = plain->toByteArray();
        } else {
            return QString();
        }
    }
    if (!anyExtended || charset.isEmpty()) {
        QString out = EncodedWords::decodeUnstructured(bytes);
        return out.isNull() ? QStringLiteral("") : out;
    }
    if (bytes.size() > CharsetDecoder::maxHeaderInputLength)
        bytes.truncate(CharsetDecoder::maxHeaderInputLength);
    QString out = decodeLabelled(bytes, charset, Tail::Replace);
    CharsetDecoder::sanitize(out);
    truncateTo(out, CharsetDecoder::maxDecodedHeaderLength);
    return out.isNull() ? QStringLiteral("") : out;
}

} // namespace ImapCore
