#include "commandbuilder.h"

#include "protocol/limits.h"
#include "protocol/mailboxname.h"

namespace ImapCore {

namespace {

// RFC 7888 4: LITERAL- allows non-synchronizing literals of at most 4096 octets.
constexpr qsizetype literalMinusMax = 4096;

// RFC 2971 3.3.
constexpr qsizetype idMaxPairs = 30;
constexpr qsizetype idMaxFieldLength = 30;
constexpr qsizetype idMaxValueLength = 1024;

// RFC 9051 9: ATOM-CHAR = <any CHAR except atom-specials>; atom-specials = "(" / ")" / "{" / SP /
// CTL / list-wildcards / quoted-specials / resp-specials.
bool isAtomChar(char c)
{
    if (c <= 0x20 || c >= 0x7f)
        return false;
    switch (c) {
    case '(':
    case ')':
    case '{':
    case '%':
    case '*':
    case '"':
    case '\\':
    case ']':
        return false;
    default:
        return true;
    }
}

bool isAStringChar(char c)
{
    return isAtomChar(c) || c == ']';
}

bool allOf(QByteArrayView bytes, bool (*predicate)(char))
{
    return std::all_of(bytes.begin(), bytes.end(), predicate);
}

bool isValidAtom(QByteArrayView bytes)
{
    return !bytes.isEmpty() && allOf(bytes, isAtomChar);
}

bool isValidTagPrefix(QByteArrayView bytes)
{
    return !bytes.isEmpty() && allOf(bytes, [](char c) { return isAStringChar(c) && c != '+'; });
}

bool isQuotable(QByteArrayView bytes, bool utf8Accepted)
{
    if (bytes.size() > CommandArgument::maxQuotedLength)
        return false;
    bool eightBit = false;
    for (const char c : bytes) {
        const uchar u = uchar(c);
        if (u >= 0x80)
            eightBit = true;
        else if (u < 0x20 || u == 0x7f)
            return false;
    }
    // RFC 6855 3 / RFC 9051 9 (QUOTED-CHAR includes UTF8-2/3/4).
    return !eightBit || (utf8Accepted && bytes.isValidUtf8());
}

std::optional<QString> checkRaw(QByteArrayView text)
{
    if (text.isEmpty())
        return QStringLiteral("empty raw argument");
    int parens = 0;
    int brackets = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c < 0x20 || c > 0x7e)
            return QStringLiteral("control or 8-bit byte at offset %1 of a raw argument").arg(i);
        if (c == '"' || c == '{' || c == '}')
            return QStringLiteral("'%1' at offset %2 of a raw argument").arg(QLatin1Char(c)).arg(i);
        parens += c == '(' ? 1 : c == ')' ? -1 : 0;
        brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        if (parens < 0 || brackets < 0)
            return QStringLiteral("unbalanced '%1' at offset %2 of a raw argument")
                .arg(QLatin1Char(c))
                .arg(i);
    }
    if (parens != 0 || brackets != 0)
        return QStringLiteral("unbalanced brackets in a raw argument");
    return std::nullopt;
}

// Accumulates the chunks and the redacted form of one command.
class Writer
{
public:
    explicit Writer(const CommandOptions &options)
        : m_options(options)
    { }

    std::optional<QString> write(const CommandArgument &argument)
    {
        const qsizetype redactedStart = m_redacted.size();
        auto result = writeUnredacted(argument);
        if (argument.isSensitive()) {
            m_redacted.truncate(redactedStart);
            m_redacted.append("***");
        }
        return result;
    }

    void append(QByteArrayView bytes)
    {
        m_current.append(bytes);
        m_redacted.append(bytes);
    }

    Command finish(QByteArrayView tag)
    {
        append("\r\n");
        Command command;
        command.tag = tag.toByteArray();
        m_chunks.append(m_current);
        command.chunks = std::move(m_chunks);
        command.redacted = std::move(m_redacted);
        return command;
    }

private:
    std::optional<QString> writeUnredacted(const CommandArgument &argument)
    {
        using Kind = CommandArgument::Kind;
        switch (argument.kind()) {
        case Kind::Atom:
            if (!isValidAtom(argument.bytes()))
                return QStringLiteral("not a valid atom");
            append(argument.bytes());
            return std::nullopt;
        case Kind::Flag: {
            // RFC 9051 9: flag = "\" atom (system flags, flag-extension) / flag-keyword (atom).
            QByteArrayView body = argument.bytes();
            if (body.startsWith('\\'))
                body = body.sliced(1);
            if (!isValidAtom(body))
                return QStringLiteral("not a valid flag");
            append(argument.bytes());
            return std::nullopt;
        }
        case Kind::Number:
            append(QByteArray::number(argument.value()));
            return std::nullopt;
        case Kind::Set:
            if (argument.set().isEmpty())
                return QStringLiteral("empty sequence set");
            append(argument.set().toByteArray());
            return std::nullopt;
        case Kind::AString:
            return writeAString(argument.bytes());
        case Kind::String:
            return writeString(argument.bytes());
        case Kind::Mailbox:
            return writeAString(MailboxName::encode(argument.text(), m_options.utf8Accepted));
        case Kind::ListPattern:
            return writeString(MailboxName::encode(argument.text(), m_options.utf8Accepted));
        case Kind::Literal8:
            writeLiteral(argument.bytes(), true);
            return std::nullopt;
        case Kind::Nil:
            append("NIL");
            return std::nullopt;
        case Kind::Raw:
            if (auto error = checkRaw(argument.bytes()))
                return error;
            append(argument.bytes());
            return std::nullopt;
        case Kind::List: {
            append("(");
            bool first = true;
            for (const CommandArgument &item : argument.items()) {
                if (!first)
                    append(" ");
                first = false;
                if (auto error = write(item))
                    return error;
            }
            append(")");
            return std::nullopt;
        }
        }
        return QStringLiteral("unknown argument kind");
    }

    std::optional<QString> writeAString(QByteArrayView bytes)
    {
        if (!bytes.isEmpty() && allOf(bytes, isAStringChar)) {
            append(bytes);
            return std::nullopt;
        }
        return writeString(bytes);
    }

    std::optional<QString> writeString(QByteArrayView bytes)
    {
        if (isQuotable(bytes, m_options.utf8Accepted)) {
            QByteArray quoted;
            quoted.reserve(bytes.size() + 2);
            quoted.append('"');
            for (const char c : bytes) {
                if (c == '"' || c == '\\')
                    quoted.append('\\');
                quoted.append(c);
            }
            quoted.append('"');
            append(quoted);
            return std::nullopt;
        }
        // RFC 9051 4.3: literal = "{" number64 ["+"] "}" CRLF *CHAR8; CHAR8 excludes NUL.
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return QStringLiteral("NUL at offset %1 cannot be sent in a string (only in literal8)")
                .arg(nul);
        writeLiteral(bytes, false);
        return std::nullopt;
    }

    void writeLiteral(QByteArrayView bytes, bool literal8)
    {
        const bool nonSync = m_options.literals == LiteralMode::LiteralPlus
            || (m_options.literals == LiteralMode::LiteralMinus && bytes.size() <= literalMinusMax);
        QByteArray header;
        if (literal8)
            header.append('~');
        header.append('{');
        header.append(QByteArray::number(bytes.size()));
        if (nonSync)
            header.append('+');
        header.append("}\r\n");
        append(header);
        if (!nonSync) {
            m_chunks.append(m_current);
            m_current.clear();
        }
        append(bytes);
    }

    const CommandOptions &m_options;
    QList<QByteArray> m_chunks;
    QByteArray m_current;
    QByteArray m_redacted;
};

} // namespace

CommandArgument CommandArgument::atom(QByteArrayView atom)
{
    CommandArgument a(Kind::Atom);
    a.m_bytes = atom.toByteArray();
    return a;
}

CommandArgument CommandArgument::flag(QByteArrayView flag)
{
    CommandArgument a(Kind::Flag);
    a.m_bytes = flag.toByteArray();
    return a;
}

CommandArgument CommandArgument::number(quint64 number)
{
    CommandArgument a(Kind::Number);
    a.m_number = number;
    return a;
}

CommandArgument CommandArgument::sequenceSet(const SequenceSet &set)
{
    CommandArgument a(Kind::Set);
    a.m_set = set;
    return a;
}

CommandArgument CommandArgument::astring(QByteArrayView bytes)
{
    CommandArgument a(Kind::AString);
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::string(QByteArrayView bytes)
{
    CommandArgument a(Kind::String);
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::mailbox(const QString &name)
{
    CommandArgument a(Kind::Mailbox);
    a.m_text = name;
    return a;
}

CommandArgument CommandArgument::listPattern(const QString &pattern)
{
    CommandArgument a(Kind::ListPattern);
    a.m_text = pattern;
    return a;
}

CommandArgument CommandArgument::literal8(QByteArrayView bytes)
{
    CommandArgument a(Kind::Literal8);
    a.m_bytes = bytes.toByteArray();
    return a;
}

CommandArgument CommandArgument::nil()
{
    return CommandArgument(Kind::Nil);
}

CommandArgument CommandArgument::raw(QByteArrayView text)
{
    CommandArgument a(Kind::Raw);
    a.m_bytes = text.toByteArray();
    return a;
}

CommandArgument CommandArgument::list(QList<CommandArgument> items)
{
    CommandArgument a(Kind::List);
    a.m_items = std::move(items);
    return a;
}

CommandArgument CommandArgument::rawList(const QList<QByteArray> &items)
{
    QList<CommandArgument> list;
    list.reserve(items.size());
    for (const QByteArray &item : items)
        list.append(raw(item));
    return CommandArgument::list(std::move(list));
}

CommandArgument CommandArgument::atomList(const QList<QByteArray> &atoms)
{
    QList<CommandArgument> list;
    list.reserve(atoms.size());
    for (const QByteArray &item : atoms)
        list.append(atom(item));
    return CommandArgument::list(std::move(list));
}

CommandArgument CommandArgument::sensitive() const
{
    CommandArgument copy = *this;
    copy.m_sensitive = true;
    return copy;
}

QByteArray Command::wire() const
{
    return chunks.join();
}

CommandBuilder::CommandBuilder(CommandOptions options, QByteArrayView tagPrefix)
    : m_options(options)
    , m_tagPrefix(isValidTagPrefix(tagPrefix) ? tagPrefix.toByteArray() : QByteArray("A"))
{ }

QByteArray CommandBuilder::nextTag() const
{
    return m_tagPrefix + QByteArray::number(m_tagCounter).rightJustified(4, '0');
}

CommandResult CommandBuilder::encode(QByteArrayView tag, const QList<CommandArgument> &parts,
                                     const CommandOptions &options)
{
    if (!isValidTagPrefix(tag))
        return CommandError {QStringLiteral("invalid tag"), -1};
    if (parts.isEmpty())
        return CommandError {QStringLiteral("empty command"), -1};
    Writer writer(options);
    writer.append(tag);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        writer.append(" ");
        if (auto error = writer.write(parts.at(i)))
            return CommandError {*error, i};
    }
    return writer.finish(tag);
}

CommandResult CommandBuilder::command(const QList<CommandArgument> &parts)
{
    CommandResult result = encode(nextTag(), parts, m_options);
    if (std::holds_alternative<Command>(result))
        ++m_tagCounter;
    return result;
}

CommandResult CommandBuilder::capability()
{
    return command({CommandArgument::atom("CAPABILITY")});
}
CommandResult CommandBuilder::noop()
{
    return command({CommandArgument::atom("NOOP")});
}
CommandResult CommandBuilder::logout()
{
    return command({CommandArgument::atom("LOGOUT")});
}
CommandResult CommandBuilder::startTls()
{
    return command({CommandArgument::atom("STARTTLS")});
}
CommandResult CommandBuilder::namespaces()
{
    return command({CommandArgument::atom("NAMESPACE")});
}
CommandResult CommandBuilder::idle()
{
    return command({CommandArgument::atom("IDLE")});
}
CommandResult CommandBuilder::close()
{
    return command({CommandArgument::atom("CLOSE")});
}
CommandResult CommandBuilder::unselect()
{
    return command({CommandArgument::atom("UNSELECT")});
}

CommandResult CommandBuilder::compressDeflate()
{
    return command({CommandArgument::atom("COMPRESS"), CommandArgument::atom("DEFLATE")});
}

namespace {

// RFC 5465 8: "MessageNew" [SP "(" fetch-att *(SP fetch-att) ")"] SP "MessageExpunge"
// [SP "FlagChange"].
QList<CommandArgument> notifyEvents(const QList<QByteArray> &fetch, bool flagChanges)
{
    QList<CommandArgument> events {CommandArgument::atom("MessageNew")};
    if (!fetch.isEmpty())
        events.append(CommandArgument::rawList(fetch));
    events.append(CommandArgument::atom("MessageExpunge"));
    if (flagChanges)
        events.append(CommandArgument::atom("FlagChange"));
    return events;
}

} // namespace

CommandResult CommandBuilder::notifySet(const NotifyParameters &parameters)
{
    QList<CommandArgument> parts {CommandArgument::atom("NOTIFY"), CommandArgument::atom("SET")};
    if (parameters.status)
        parts.append(CommandArgument::atom("STATUS"));
    if (parameters.selected) {
        parts.append(
            CommandArgument::list({CommandArgument::atom("selected"),
                                   CommandArgument::list(notifyEvents(parameters.selectedFetch,
                                                                      parameters.flagChanges))}));
    }
    if (!parameters.mailboxes.isEmpty()) {
        QList<CommandArgument> names;
        for (const QString &mailbox : parameters.mailboxes)
            names.append(CommandArgument::mailbox(mailbox));
        parts.append(CommandArgument::list(
            {CommandArgument::atom("mailboxes"), CommandArgument::list(names),
             CommandArgument::list(notifyEvents({}, parameters.flagChanges))}));
    }
    if (parts.size() == 2 || (parts.size() == 3 && parameters.status))
        return CommandError {QStringLiteral("NOTIFY SET needs a filter; use NOTIFY NONE"), -1};
    return command(parts);
}

CommandResult CommandBuilder::notifyNone()
{
    return command({CommandArgument::atom("NOTIFY"), CommandArgument::atom("NONE")});
}

// RFC 9051 6.2.3: userid and password are astrings. They are UTF-8 (RFC 6855 5 for the
// non-ASCII case); 8-bit ones therefore go as literals, since ENABLE cannot precede LOGIN.
CommandResult CommandBuilder::login(const QString &user, const QString &password)
{
    return command({CommandArgument::atom("LOGIN"), CommandArgument::astring(user.toUtf8()),
                    CommandArgument::astring(password.toUtf8()).sensitive()});
}

CommandResult CommandBuilder::authenticate(QByteArrayView mechanism,
                                           const std::optional<QByteArray> &initialResponse)
{
    QList<CommandArgument> parts {CommandArgument::atom("AUTHENTICATE"),
                                  CommandArgument::atom(mechanism)};
    if (initialResponse) {
        // RFC 4959 3: an empty initial response is sent as "=".
        const QByteArray encoded =
            initialResponse->isEmpty() ? QByteArray("=") : initialResponse->toBase64();
        parts.append(CommandArgument::atom(encoded).sensitive());
    }
    return command(parts);
}

CommandResult CommandBuilder::enable(const QList<QByteArray> &capabilities)
{
    if (capabilities.isEmpty())
        return CommandError {QStringLiteral("ENABLE needs at least one capability"), -1};
    QList<CommandArgument> parts {CommandArgument::atom("ENABLE")};
    for (const QByteArray &capability : capabilities)
        parts.append(CommandArgument::atom(capability));
    return command(parts);
}

CommandResult CommandBuilder::id(const std::optional<IdFields> &fields)
{
    if (!fields)
        return command({CommandArgument::atom("ID"), CommandArgument::nil()});
    if (fields->size() > idMaxPairs)
        return CommandError {QStringLiteral("ID allows at most 30 field-value pairs"), 1};
    QList<CommandArgument> items;
    for (const auto &[field, value] : *fields) {
        if (field.size() > idMaxFieldLength || value.size() > idMaxValueLength)
            return CommandError {QStringLiteral("ID field or value too long (RFC 2971 3.3)"), 1};
        items.append(CommandArgument::string(field));
        items.append(CommandArgument::string(value));
    }
    return command({CommandArgument::atom("ID"), CommandArgument::list(items)});
}

CommandResult CommandBuilder::select(const QString &mailbox, const SelectParameters &parameters)
{
    return selectOrExamine("SELECT", mailbox, parameters);
}

CommandResult CommandBuilder::examine(const QString &mailbox, const SelectParameters &parameters)
{
    return selectOrExamine("EXAMINE", mailbox, parameters);
}

CommandResult CommandBuilder::selectOrExamine(const char *name, const QString &mailbox,
                                              const SelectParameters &parameters)
{
    QList<CommandArgument> parts {CommandArgument::atom(name), CommandArgument::mailbox(mailbox)};
    if (parameters.qresync) {
        // RFC 7162 3.2.5: "(QRESYNC (uidvalidity modseq [known-uids]))".
        const QResyncParameters &q = *parameters.qresync;
        if (q.uidValidity == 0)
            return CommandError {QStringLiteral("QRESYNC needs a non-zero UIDVALIDITY"), 2};
        if (q.highestModSeq == 0 || q.highestModSeq > Limits::maxModSeq)
            return CommandError {QStringLiteral("QRESYNC mod-sequence out of range"), 2};
        QList<CommandArgument> values {CommandArgument::number(q.uidValidity),
                                       CommandArgument::number(q.highestModSeq)};
        if (!q.knownUids.isEmpty())
            values.append(CommandArgument::sequenceSet(q.knownUids));
        parts.append(CommandArgument::list(
            {CommandArgument::atom("QRESYNC"), CommandArgument::list(values)}));
    } else if (parameters.condStore) {
        parts.append(CommandArgument::atomList({"CONDSTORE"}));
    }
    return command(parts);
}

CommandResult CommandBuilder::list(const QString &reference, const QString &pattern,
                                   const QList<QByteArray> &returnOptions)
{
    QList<CommandArgument> parts {CommandArgument::atom("LIST"),
                                  CommandArgument::listPattern(reference),
                                  CommandArgument::listPattern(pattern)};
    if (!returnOptions.isEmpty()) {
        // RFC 5258 3: "RETURN (SPECIAL-USE CHILDREN)".
        parts.append(CommandArgument::atom("RETURN"));
        parts.append(CommandArgument::atomList(returnOptions));
    }
    return command(parts);
}

CommandResult CommandBuilder::status(const QString &mailbox, const QList<QByteArray> &items)
{
    if (items.isEmpty())
        return CommandError {QStringLiteral("STATUS needs at least one item"), 2};
    return command({CommandArgument::atom("STATUS"), CommandArgument::mailbox(mailbox),
                    CommandArgument::atomList(items)});
}

CommandResult CommandBuilder::uidFetch(const SequenceSet &uids, const QList<QByteArray> &items,
                                       std::optional<quint64> changedSince, bool vanished)
{
    if (items.isEmpty())
        return CommandError {QStringLiteral("UID FETCH needs at least one item"), 3};
    QList<CommandArgument> parts {CommandArgument::atom("UID"), CommandArgument::atom("FETCH"),
                                  CommandArgument::sequenceSet(uids),
                                  CommandArgument::rawList(items)};
    if (vanished && !changedSince)
        return CommandError {QStringLiteral("VANISHED requires CHANGEDSINCE (RFC 7162 3.2.6)"), 4};
    if (changedSince) {
        if (*changedSince > Limits::maxModSeq)
            return CommandError {QStringLiteral("CHANGEDSINCE mod-sequence out of range"), 4};
        QList<CommandArgument> modifiers {CommandArgument::atom("CHANGEDSINCE"),
                                          CommandArgument::number(*changedSince)};
        if (vanished)
            modifiers.append(CommandArgument::atom("VANISHED"));
        parts.append(CommandArgument::list(modifiers));
    }
    return command(parts);
}

CommandResult CommandBuilder::uidStore(const SequenceSet &uids, StoreOperation operation,
                                       const QList<QByteArray> &flags, bool silent)
{
    QByteArray item = operation == StoreOperation::Add ? "+FLAGS"
        : operation == StoreOperation::Remove          ? "-FLAGS"
                                                       : "FLAGS";
    if (silent)
        item.append(".SILENT");
    QList<CommandArgument> flagItems;
    for (const QByteArray &flag : flags)
        flagItems.append(CommandArgument::flag(flag));
    return command({CommandArgument::atom("UID"), CommandArgument::atom("STORE"),
                    CommandArgument::sequenceSet(uids), CommandArgument::atom(item),
                    CommandArgument::list(flagItems)});
}

CommandResult CommandBuilder::uidExpunge(const SequenceSet &uids)
{
    return command({CommandArgument::atom("UID"), CommandArgument::atom("EXPUNGE"),
                    CommandArgument::sequenceSet(uids)});
}

CommandResult CommandBuilder::uidMove(const SequenceSet &uids, const QString &mailbox)
{
    return command({CommandArgument::atom("UID"), CommandArgument::atom("MOVE"),
                    CommandArgument::sequenceSet(uids), CommandArgument::mailbox(mailbox)});
}

CommandResult CommandBuilder::uidSearch(const QList<CommandArgument> &criteria,
                                        const QList<QByteArray> &returnOptions)
{
    if (criteria.isEmpty())
        return CommandError {QStringLiteral("UID SEARCH needs at least one criterion"), 2};
    QList<CommandArgument> parts {CommandArgument::atom("UID"), CommandArgument::atom("SEARCH")};
    if (!returnOptions.isEmpty()) {
        // RFC 4731 3: "RETURN (MIN MAX)"; RETURN () means ALL.
        parts.append(CommandArgument::atom("RETURN"));
        parts.append(CommandArgument::atomList(returnOptions));
    }
    parts.append(criteria);
    return command(parts);
}

Command CommandBuilder::idleDone()
{
    return Command {QByteArray(), {QByteArray("DONE\r\n")}, QByteArray("DONE\r\n")};
}

Command CommandBuilder::saslResponse(QByteArrayView response)
{
    return Command {
        QByteArray(), {response.toByteArray().toBase64() + "\r\n"}, QByteArray("***\r\n")};
}

Command CommandBuilder::saslCancel()
{
    return Command {QByteArray(), {QByteArray("*\r\n")}, QByteArray("*\r\n")};
}

} // namespace ImapCore
