#include "engine/summaryfetcher.h"

#include "engine/connection.h"
#include "protocol/charsetdecoder.h"
#include "protocol/encodedwords.h"
#include "protocol/envelope.h"
#include "protocol/htmltotext.h"
#include "protocol/maildate.h"
#include "protocol/previewtext.h"
#include "protocol/transferencoding.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ImapCore {

struct SummaryFetcher::Run
{
    quint32 minUid = 0;
    quint32 uidValidity = 0;
    bool previewSeen = false;
    Done done;
    Accept accept;
    QMap<quint32, MessageSummary> byUid; // filled as the summary FETCH responses arrive
    QList<MessageSummary> summaries; // UIDs ascending
    QHash<quint32, PreviewPart> parts; // uid -> part still to fetch
    int pendingCommands = 0;
    ImapError error;

    MessageSummary *find(quint32 uid)
    {
        const auto it = std::lower_bound(
            summaries.begin(), summaries.end(), uid,
            [](const MessageSummary &summary, quint32 value) { return summary.uid < value; });
        return it != summaries.end() && it->uid == uid ? &*it : nullptr;
    }
};

namespace {

ImapError fetchError(const Connection::Reply &reply, const QString &what)
{
    if (reply.error.isError())
        return reply.error;
    return ImapError::make(ErrorKind::ProtocolError, u"%1 refused"_s.arg(what),
                           QString::fromUtf8(reply.completion.text));
}

} // namespace

SummaryFetcher::SummaryFetcher(Connection *connection, QString accountId, QString folder,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_accountId(std::move(accountId))
    , m_folder(std::move(folder))
    , m_options(options)
{ }

MessageSummary SummaryFetcher::fromFetch(const FetchResponse &fetch, qsizetype previewLength)
{
    MessageSummary summary;
    summary.uid = fetch.uid.value_or(0);
    if (fetch.flags)
        summary.flags = MessageFlags::fromImap(*fetch.flags);
    if (fetch.envelope) {
        // What EnvelopeDecoder::decode gives, without Sender, Reply-To, Bcc and In-Reply-To,
        // which a summary does not carry.
        const Envelope &envelope = *fetch.envelope;
        if (envelope.date)
            summary.date = MailDate::parseRfc5322Date(*envelope.date);
        if (envelope.subject)
            summary.subject = EncodedWords::decodeUnstructured(*envelope.subject);
        summary.from = EnvelopeDecoder::decodeAddresses(envelope.from);
        summary.to = EnvelopeDecoder::decodeAddresses(envelope.to);
        summary.cc = EnvelopeDecoder::decodeAddresses(envelope.cc);
        summary.messageId = EnvelopeDecoder::decodeMessageId(envelope.messageId);
    }
    if (!summary.date.isValid() && fetch.internalDate)
        summary.date = MailDate::parseInternalDate(*fetch.internalDate);
    summary.size = fetch.rfc822Size.value_or(0);
    if (fetch.preview) // RFC 8970 3: UTF-8 text, already without markup
        summary.preview =
            PreviewText::build(CharsetDecoder::decode(*fetch.preview, "UTF-8"), previewLength);
    return summary;
}

QString SummaryFetcher::decodePreview(const QByteArray &raw, const PreviewPart &part,
                                      qsizetype maxLength)
{
    const QByteArray bytes = TransferEncoding::decode(raw, part.encoding);
    QString text = CharsetDecoder::decode(bytes, part.charset);
    if (part.isHtml)
        text = HtmlToText::convert(text);
    return PreviewText::build(text, maxLength);
}

void SummaryFetcher::setConnection(Connection *connection)
{
    m_connection = connection;
}

void SummaryFetcher::fetch(const QByteArray &uidSet, quint32 minUid, quint32 uidValidity, Done done,
                           bool previewSeen, Accept accept)
{
    auto run = std::make_shared<Run>();
    run->accept = std::move(accept);
    run->previewSeen = previewSeen;
    run->minUid = minUid;
    run->uidValidity = uidValidity;
    run->done = std::move(done);

    const bool withPreview =
        m_options.usePreviewExtension && m_connection->hasCapability("PREVIEW");
    QList<QByteArray> items {"UID",          "FLAGS",       "ENVELOPE",
                             "INTERNALDATE", "RFC822.SIZE", "BODYSTRUCTURE"};
    if (withPreview)
        items.append("PREVIEW");
    CommandBuilder &builder = m_connection->commandBuilder();
    const CommandResult command =
        builder.command({CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
                         CommandArgument::raw(uidSet), CommandArgument::rawList(items)});

    QPointer<SummaryFetcher> self(this);
    // Each FETCH becomes a summary as it arrives, while the server is still sending the rest.
    const auto sink = [self, run, withPreview](const Response &response) {
        const auto *fetch = std::get_if<FetchResponse>(&response);
        if (!self || !fetch || !fetch->uid || *fetch->uid < run->minUid || !fetch->envelope)
            return;
        MessageSummary summary = fromFetch(*fetch, self->m_options.previewLength);
        summary.accountId = self->m_accountId;
        summary.folder = self->m_folder;
        summary.uidValidity = run->uidValidity;
        const bool wanted = run->previewSeen
            || (!summary.flags.has(MessageFlags::Seen)
                && !summary.flags.has(MessageFlags::Deleted));
        if (wanted && !withPreview && fetch->bodyStructure) {
            if (const auto part = EnvelopeDecoder::previewPart(*fetch->bodyStructure))
                run->parts.insert(summary.uid, *part);
        }
        run->byUid.insert(summary.uid, std::move(summary));
    };
    const auto completion = [self, run](const Connection::Reply &reply) {
        if (!self)
            return;
        if (run->accept) {
            run->byUid.removeIf([&](const auto &entry) { return !run->accept(entry.key()); });
            run->parts.removeIf([&](const auto &entry) { return !run->accept(entry.key()); });
        }
        run->summaries = run->byUid.values();
        run->byUid.clear();
        if (!reply.isOk()) {
            run->error = fetchError(reply, u"UID FETCH of message summaries"_s);
            run->parts.clear();
        }
        self->fetchPreviews(run);
    };
    m_connection->send(command, completion, sink);
}

void SummaryFetcher::fetchPreviews(const std::shared_ptr<Run> &run)
{
    QMap<QByteArray, QList<quint32>> bySection;
    for (auto it = run->parts.cbegin(); it != run->parts.cend(); ++it)
        bySection[it.value().section].append(it.key());
    if (bySection.isEmpty()) {
        finish(run);
        return;
    }
    CommandBuilder &builder = m_connection->commandBuilder();
    QPointer<SummaryFetcher> self(this);
    for (auto it = bySection.cbegin(); it != bySection.cend(); ++it) {
        const QByteArray section = it.key();
        const QByteArray item =
            "BODY.PEEK[" + section + "]<0." + QByteArray::number(m_options.previewFetchBytes) + '>';
        const CommandResult command =
            builder.uidFetch(SequenceSet::fromNumbers(it.value()), {item});
        ++run->pendingCommands;
        const auto sink = [self, run, section](const Response &response) {
            const auto *fetch = std::get_if<FetchResponse>(&response);
            if (!self || !fetch || !fetch->uid)
                return;
            MessageSummary *summary = run->find(*fetch->uid);
            const auto part = run->parts.constFind(*fetch->uid);
            if (!summary || part == run->parts.cend() || part->section != section)
                return;
            for (const BodySection &body : fetch->sections) {
                if (body.section == section && body.data) {
                    // Only the partial asked for: a server that sends the whole 30 MiB body
                    // must not make us decode it (and hold it twice as UTF-16) for 200 chars.
                    const QByteArray raw = body.data->size() > self->m_options.previewFetchBytes
                        ? body.data->first(self->m_options.previewFetchBytes)
                        : *body.data;
                    summary->preview = decodePreview(raw, *part, self->m_options.previewLength);
                }
            }
        };
        const auto completion = [self, run](const Connection::Reply &reply) {
            if (!self)
                return;
            if (!reply.isOk() && !run->error.isError())
                run->error = fetchError(reply, u"UID FETCH of message previews"_s);
            if (--run->pendingCommands == 0)
                self->finish(run);
        };
        m_connection->send(command, completion, sink);
    }
}

void SummaryFetcher::finish(const std::shared_ptr<Run> &run)
{
    if (run->done)
        std::exchange(run->done, {})(run->summaries, run->error);
}

} // namespace ImapCore
