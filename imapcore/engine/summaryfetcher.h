#pragma once

#include "imaperror.h"
#include "messagesummary.h"
#include "protocol/envelope.h"
#include "protocol/response.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace ImapCore {

class Connection;

// Fetches the summaries of new messages on a selected Connection: one
// "UID FETCH set (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)" (with PREVIEW,
// RFC 8970, when the server offers it), then for servers without PREVIEW one
// "UID FETCH set (BODY.PEEK[section]<0.2048>)" per distinct preview section, decoded (transfer
// encoding, charset, HTML) and cut by PreviewText. Every item is a PEEK: nothing sets \Seen.
// Messages already \Seen or \Deleted get no preview fetch. The fetcher applies no response to
// any MailboxState (the Connection's untaggedResponse signal is the one place for that).
// Lives in the worker thread, with the Connection it sends through.
class SummaryFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qsizetype previewLength = 200; // UTF-16 units
        quint32 previewFetchBytes = 2048; // partial fetch size of the text part
        bool usePreviewExtension = true; // use PREVIEW when the server offers it
    };

    // summaries: UIDs ascending, only those >= minUid (a "n:*" range returns the last message
    // even below n, RFC 9051 6.4.8). error: kind None unless a fetch failed; then summaries
    // holds what could be built (previews may be missing).
    using Done =
        std::function<void(const QList<MessageSummary> &summaries, const ImapError &error)>;
    // Whether a UID that came back in the summary FETCH was one the caller asked for and knows;
    // asked once the FETCH completed. Others are dropped before any preview is fetched for them.
    using Accept = std::function<bool(quint32 uid)>;

    SummaryFetcher(Connection *connection, QString accountId, QString folder, Options options,
                   QObject *parent = nullptr);

    // The connection for the next fetch() (a FolderWatcher moves to a new one after a drop).
    void setConnection(Connection *connection);

    // uidSet is sequence-set text such as "5,7:9" or "12:*". done is called once, from the
    // Connection's completion; never if this object is destroyed first. previewSeen: fetch the
    // preview of \Seen and \Deleted messages too (a summary the user asked for).
    void fetch(const QByteArray &uidSet, quint32 minUid, quint32 uidValidity, Done done,
               bool previewSeen = false, Accept accept = {});

    // The preview of one body part as fetched: transfer encoding and charset undone, HTML
    // reduced, cut to maxLength by PreviewText.
    static QString decodePreview(const QByteArray &raw, const PreviewPart &part,
                                 qsizetype maxLength);
    // A summary from one FETCH response (no preview unless it carried PREVIEW).
    static MessageSummary fromFetch(const FetchResponse &fetch, qsizetype previewLength);

private:
    struct Run;
    void fetchPreviews(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);

    QPointer<Connection> m_connection; // null once its owner deleted it
    QString m_accountId;
    QString m_folder;
    Options m_options;
};

} // namespace ImapCore
