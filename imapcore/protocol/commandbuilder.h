#pragma once

#include "protocol/sequenceset.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace ImapCore {

// How literals may be sent (RFC 7888): synchronizing only, LITERAL+ (any size non-synchronizing)
// or LITERAL- (non-synchronizing up to 4096 octets, synchronizing above).
enum class LiteralMode { Synchronizing, LiteralPlus, LiteralMinus };

// What the session has negotiated, as far as encoding commands is concerned.
struct CommandOptions
{
    LiteralMode literals = LiteralMode::Synchronizing;
    // ENABLE UTF8=ACCEPT succeeded (RFC 6855 3) or IMAP4rev2 is in use (RFC 9051): mailbox names
    // are UTF-8 and quoted strings may carry UTF-8.
    bool utf8Accepted = false;
};

// One argument of a command, validated and encoded when the command is built. Strings pick their
// own wire form (RFC 9051 4.1-4.3):
//  - astring(): an atom if every byte is an ASTRING-CHAR, else as string();
//  - string(): quoted if at most maxQuotedLength bytes of printable US-ASCII (0x20-0x7e; '"' and
//    '\' escaped), or valid UTF-8 once utf8Accepted; otherwise a literal. So CR, LF, other
//    controls and 8-bit data always travel as literals, never inside a line;
//  - NUL is not allowed in a literal (CHAR8 excludes it): such a string is an error, except in
//    literal8() (RFC 3516, "~{n}").
// atom(), flag() and raw() never change form: bytes they cannot carry are an error, never emitted.
class CommandArgument
{
public:
    enum class Kind {
        Atom,
        Flag,
        Number,
        Set,
        AString,
        String,
        Mailbox,
        ListPattern,
        Literal8,
        Nil,
        Raw,
        List
    };

    static constexpr qsizetype maxQuotedLength = 1024;

    static CommandArgument atom(QByteArrayView atom);
    // "\Seen" (system flag or flag-extension) or a keyword atom such as "$Forwarded".
    static CommandArgument flag(QByteArrayView flag);
    static CommandArgument number(quint64 number);
    static CommandArgument sequenceSet(const SequenceSet &set);
    static CommandArgument astring(QByteArrayView bytes);
    static CommandArgument string(QByteArrayView bytes);
    // A mailbox name, encoded by MailboxName for the session's options, then sent as astring().
    static CommandArgument mailbox(const QString &name);
    // A LIST pattern ("*", "%", "INBOX/%"), encoded by MailboxName; always quoted or literal,
    // because some servers mis-handle unquoted wildcards.
    static CommandArgument listPattern(const QString &pattern);
    static CommandArgument literal8(QByteArrayView bytes);
    static CommandArgument nil();
    // Pre-formatted protocol text such as a fetch item "BODY.PEEK[HEADER.FIELDS (FROM)]<0.2048>":
    // printable US-ASCII only, no '"', '{' or '}', balanced () and [].
    static CommandArgument raw(QByteArrayView text);
    static CommandArgument list(QList<CommandArgument> items);
    static CommandArgument rawList(const QList<QByteArray> &items);
    static CommandArgument atomList(const QList<QByteArray> &atoms);

    // A copy that the redacted (loggable) form shows as "***".
    CommandArgument sensitive() const;

    Kind kind() const { return m_kind; }
    bool isSensitive() const { return m_sensitive; }
    QByteArrayView bytes() const { return m_bytes; }
    const QList<CommandArgument> &items() const { return m_items; }
    const QString &text() const { return m_text; }
    quint64 value() const { return m_number; }
    const SequenceSet &set() const { return m_set; }

private:
    explicit CommandArgument(Kind kind)
        : m_kind(kind)
    { }

    Kind m_kind = Kind::Nil;
    bool m_sensitive = false;
    quint64 m_number = 0;
    QByteArray m_bytes;
    QString m_text;
    SequenceSet m_set;
    QList<CommandArgument> m_items;
};

// A command ready to send. With a synchronizing literal the command is split: send chunks[0],
// wait for the server's "+" continuation, send chunks[1], and so on. Every chunk but the last
// ends just after a "{n}\r\n"; the last ends with the command's CRLF.
struct Command
{
    QByteArray tag; // empty for untagged client lines (DONE, SASL responses)
    QList<QByteArray> chunks;
    QByteArray redacted; // the whole command for the protocol log; sensitive arguments are "***"

    QByteArray wire() const;
    bool needsContinuation() const { return chunks.size() > 1; }
};

struct CommandError
{
    QString reason;
    qsizetype argument = -1; // index of the offending top-level argument, -1 if none
    friend bool operator==(const CommandError &, const CommandError &) = default;
};

using CommandResult = std::variant<Command, CommandError>;

// The client's cached state of a mailbox for SELECT (QRESYNC ...) (RFC 7162 3.2.5).
struct QResyncParameters
{
    quint32 uidValidity = 0;
    quint64 highestModSeq = 0;
    SequenceSet knownUids; // may be empty
};
// Optional SELECT / EXAMINE parameters.
struct SelectParameters
{
    bool condStore = false; // RFC 7162 3.1.8; implied by qresync
    std::optional<QResyncParameters> qresync;
};

// What NOTIFY SET asks the server to report (RFC 5465 3.1, 5). The selected mailbox, whichever it
// is at the time, reports its messages as usual (EXISTS, EXPUNGE, FETCH); the listed mailboxes
// report STATUS responses while they are not the selected one.
struct NotifyParameters
{
    // "NOTIFY SET STATUS": the server sends the STATUS of every listed mailbox at once.
    bool status = false;
    // A "selected" filter: new messages, expunges and (with flagChanges) flag changes of the
    // selected mailbox.
    bool selected = true;
    // MessageNew's fetch-att for the selected mailbox ("UID", "FLAGS"), sent as raw() text: the
    // server then pushes these with every new message. Empty: only EXISTS.
    QList<QByteArray> selectedFetch;
    // A "mailboxes" filter over these names (empty: none).
    QStringList mailboxes;
    // FlagChange in both filters (RFC 5465 5.2: it needs MessageNew and MessageExpunge, which
    // go together, so these are the only event sets a filter can ask for).
    bool flagChanges = true;
};

// Builds the client's commands (RFC 9051 6) for one connection: hands out unique tags ("A0001",
// "A0002", ...) and encodes arguments for the negotiated options. No I/O: the Connection sends
// the chunks. A tag is consumed only when a command is built successfully.
class CommandBuilder
{
public:
    enum class StoreOperation { Add, Remove, Replace }; // +FLAGS, -FLAGS, FLAGS
    using IdFields = QList<std::pair<QByteArray, QByteArray>>;

    // prefix must be ASTRING-CHARs without '+' (RFC 9051 9, tag); anything else falls back to "A".
    explicit CommandBuilder(CommandOptions options = {}, QByteArrayView tagPrefix = "A");

    const CommandOptions &options() const { return m_options; }
    void setOptions(const CommandOptions &options) { m_options = options; }
    QByteArray nextTag() const;

    // Any command: parts start with the command name's atoms ("UID", "FETCH").
    CommandResult command(const QList<CommandArgument> &parts);
    // Same without a tag counter: the pure encoding step.
    static CommandResult encode(QByteArrayView tag, const QList<CommandArgument> &parts,
                                const CommandOptions &options);

    CommandResult capability();
    CommandResult noop();
    CommandResult logout();
    CommandResult startTls();
    CommandResult login(const QString &user, const QString &password); // password redacted
    // RFC 9051 6.2.2 + RFC 4959 SASL-IR: the initial response is base64-encoded here ("=" when
    // empty) and redacted.
    CommandResult authenticate(QByteArrayView mechanism,
                               const std::optional<QByteArray> &initialResponse = std::nullopt);
    CommandResult enable(const QList<QByteArray> &capabilities); // RFC 5161
    // RFC 2971: "ID NIL" when fields is nullopt. At most 30 pairs, fields up to 30 octets, values
    // up to 1024 octets.
    CommandResult id(const std::optional<IdFields> &fields);
    CommandResult select(const QString &mailbox, const SelectParameters &parameters = {});
    CommandResult examine(const QString &mailbox, const SelectParameters &parameters = {});
    // RFC 5258 / RFC 6154 return options, e.g. {"SPECIAL-USE", "CHILDREN"}.
    CommandResult list(const QString &reference, const QString &pattern,
                       const QList<QByteArray> &returnOptions = {});
    CommandResult status(const QString &mailbox, const QList<QByteArray> &items);
    CommandResult namespaces(); // NAMESPACE (RFC 2342)
    CommandResult idle(); // RFC 2177; end it with idleDone()
    // items are fetch-att texts (raw()). changedSince: RFC 7162 3.1.4.1; vanished needs it
    // (RFC 7162 3.2.6).
    CommandResult uidFetch(const SequenceSet &uids, const QList<QByteArray> &items,
                           std::optional<quint64> changedSince = std::nullopt,
                           bool vanished = false);
    CommandResult uidStore(const SequenceSet &uids, StoreOperation operation,
                           const QList<QByteArray> &flags, bool silent = true);
    CommandResult uidExpunge(const SequenceSet &uids); // RFC 4315 2.1
    CommandResult uidMove(const SequenceSet &uids, const QString &mailbox); // RFC 6851
    // returnOptions: RFC 4731 ESEARCH (e.g. {"ALL"}); empty means a plain SEARCH.
    CommandResult uidSearch(const QList<CommandArgument> &criteria,
                            const QList<QByteArray> &returnOptions = {});
    CommandResult close();
    CommandResult unselect(); // RFC 3691
    CommandResult compressDeflate(); // RFC 4978
    // RFC 5465 3.1: "NOTIFY SET [STATUS] (selected (...)) (mailboxes (...) (...))".
    CommandResult notifySet(const NotifyParameters &parameters);
    CommandResult notifyNone(); // RFC 5465 3.2: no more events

    // Untagged client lines.
    static Command idleDone(); // "DONE\r\n"
    // A SASL continuation response: base64 of response, redacted in the log.
    static Command saslResponse(QByteArrayView response);
    static Command saslCancel(); // "*\r\n" (RFC 9051 6.2.2)

private:
    CommandResult selectOrExamine(const char *name, const QString &mailbox,
                                  const SelectParameters &parameters);

    CommandOptions m_options;
    QByteArray m_tagPrefix;
    quint64 m_tagCounter = 1;
};

} // namespace ImapCore
