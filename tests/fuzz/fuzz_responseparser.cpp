// libFuzzer target: framer + parser. Input layout: byte 0 picks the largest chunk size (0 = feed
// everything at once), byte 1 seeds the chunk sizes, the rest is the server's byte stream. So the
// fuzzer explores where TCP cuts the stream as well as the bytes themselves.
// Invariants (abort on violation): framing does not depend on the cuts; units are contiguous and
// exactly the input bytes; every unit parses to a Response or a ParseError with an offset inside
// the unit and a reason; the framer never holds more than it was fed.
#include "protocol/limits.h"
#include "protocol/responseframer.h"
#include "protocol/responseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ImapCore;

namespace {

[[noreturn]] void violated(const char *what)
{
    std::fprintf(stderr, "fuzz_responseparser: invariant violated: %s\n", what);
    std::abort();
}

struct Framed
{
    QList<ResponseUnit> units;
    std::optional<FramingError> error;
};

Framed frame(QByteArrayView stream, quint8 maxChunk, quint8 seed)
{
    ResponseFramer framer;
    Framed out;
    quint32 state = 0x9e3779b9u ^ seed;
    qsizetype fed = 0;
    qint64 returned = 0;
    while (fed < stream.size() && !out.error) {
        qsizetype n = stream.size() - fed;
        if (maxChunk != 0) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            n = qMin<qsizetype>(n, 1 + state % maxChunk);
        }
        framer.feed(stream.sliced(fed, n));
        fed += n;
        for (;;) {
            FramerResult r = framer.next();
            if (std::holds_alternative<NeedMoreData>(r))
                break;
            if (auto *e = std::get_if<FramingError>(&r)) {
                if (e->reason.isEmpty() || e->offset < returned || e->offset > fed
                    || !framer.hasFailed())
                    violated("framing error offset/reason");
                out.error = *e;
                break;
            }
            ResponseUnit unit = std::get<ResponseUnit>(std::move(r));
            if (unit.streamOffset != returned || unit.bytes.isEmpty()
                || QByteArrayView(unit.bytes) != stream.sliced(returned, unit.bytes.size()))
                violated("units are not the stream, in order");
            returned += unit.bytes.size();
            out.units.append(std::move(unit));
        }
        if (!out.error && framer.bufferedBytes() != fed - returned)
            violated("bufferedBytes() does not match");
        if (framer.bufferedBytes() > Limits::maxLineLength + stream.size())
            violated("framer memory unbounded");
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const Framed chunked = frame(stream, data[0], data[1]);
    const Framed whole = frame(stream, 0, 0);

    if (chunked.units.size() != whole.units.size()
        || chunked.error.has_value() != whole.error.has_value())
        violated("framing depends on where the stream was cut");
    for (qsizetype i = 0; i < whole.units.size(); ++i) {
        if (chunked.units[i].bytes != whole.units[i].bytes)
            violated("unit bytes depend on where the stream was cut");
    }
    if (whole.error
        && (whole.error->offset != chunked.error->offset
            || whole.error->reason != chunked.error->reason))
        violated("framing error depends on where the stream was cut");

    for (const ResponseUnit &unit : whole.units) {
        const ParseResult parsed = ResponseParser::parse(unit);
        if (auto *error = std::get_if<ParseError>(&parsed)) {
            if (error->offset < 0 || error->offset > unit.bytes.size())
                violated("parse error offset outside the unit");
            if (error->reason.isEmpty())
                violated("parse error without a reason");
        }
    }
    return 0;
}
