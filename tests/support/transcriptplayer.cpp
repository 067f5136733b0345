#include "transcriptplayer.h"

#include "engine/connection.h"
#include "engine/seenstore.h"
#include "faketransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QMetaEnum>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

const QMap<QString, QStringList> &fieldOrder()
{
    static const QMap<QString, QStringList> order {
        {u"ready"_s, {}},
        {u"messagesArrived"_s, {u"uid"_s, u"subject"_s, u"from"_s, u"preview"_s, u"flags"_s}},
        {u"countChanged"_s, {u"count"_s}},
        {u"messageExpunged"_s, {u"index"_s, u"uid"_s}},
        {u"flagsChanged"_s, {u"uid"_s, u"flags"_s}},
        {u"uidValidityChanged"_s, {u"old"_s, u"new"_s}},
        {u"failed"_s, {u"kind"_s, u"message"_s}},
        {u"summaryFetched"_s, {u"uid"_s, u"subject"_s, u"preview"_s}},
        {u"commandFailed"_s, {u"uid"_s, u"kind"_s, u"message"_s}},
    };
    return order;
}

QString flagsText(const MessageFlags &flags)
{
    QStringList names;
    for (const QByteArray &name : flags.toImap())
        names << QString::fromUtf8(name);
    return u"("_s + names.join(u' ') + u")"_s;
}

QString kindText(ErrorKind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<ErrorKind>().valueToKey(int(kind)));
}

// Bytes as a readable one-line string: CR, LF, tabs and non-ASCII escaped.
QString visible(QByteArrayView bytes)
{
    QString out;
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (c == '\r')
            out += u"\\r"_s;
        else if (c == '\n')
            out += u"\\n"_s;
        else if (u < 0x20 || u >= 0x7f)
            out += u"\\x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out;
}

QString diff(const QByteArray &expected, const QByteArray &got)
{
    qsizetype at = 0;
    while (at < expected.size() && at < got.size() && expected[at] == got[at])
        ++at;
    const QString prefix = visible(got.left(at));
    return u"\n  expected: %1\n  client:   %2\n            %3^ first difference at byte %4"_s
        .arg(visible(expected), visible(got), QString(prefix.size(), u' '))
        .arg(at);
}

// Splits "k=v k2=\"a b\" (x y) word" into (key, value) pairs; key empty for positional values.
std::optional<QList<std::pair<QString, QString>>> tokenize(QStringView text)
{
    QList<std::pair<QString, QString>> tokens;
    qsizetype i = 0;
    auto readValue = [&](QString &value) -> bool {
        if (i < text.size() && text[i] == u'"') {
            ++i;
            while (i < text.size() && text[i] != u'"') {
                if (text[i] == u'\\' && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
            if (i >= text.size())
                return false;
            ++i;
            return true;
        }
        if (i < text.size() && text[i] == u'(') {
            const qsizetype close = text.indexOf(u')', i);
            if (close < 0)
                return false;
            value = text.mid(i, close - i + 1).toString();
            i = close + 1;
            return true;
        }
        while (i < text.size() && text[i] != u' ')
            value += text[i++];
        return true;
    };
    while (i < text.size()) {
        if (text[i] == u' ') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end] != u' ' && text[end] != u'=' && text[end] != u'"'
               && text[end] != u'(')
            ++end;
        QString key;
        if (end < text.size() && text[end] == u'=') {
            key = text.mid(i, end - i).toString();
            i = end + 1;
        }
        QString value;
        if (!readValue(value))
            return std::nullopt;
        tokens.append({key, value});
    }
    return tokens;
}

} // namespace

QString TranscriptPlayer::Event::text() const
{
    QString out = kind;
    for (const auto &[key, value] : fields)
        out += u" %1=\"%2\""_s.arg(key, value);
    return out;
}

TranscriptPlayer::TranscriptPlayer(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{ }

TranscriptPlayer::~TranscriptPlayer()
{
    m_watcher.reset();
    m_connection.reset();
}

QByteArray TranscriptPlayer::written() const
{
    return clientBytes();
}

// What the client wrote, inflated from where COMPRESS=DEFLATE began.
QByteArray TranscriptPlayer::clientBytes() const
{
    return m_transport ? m_compression.clientPlain(m_transport->written()) : QByteArray();
}

QString TranscriptPlayer::where(const Line &line) const
{
    return u"%1:%2"_s.arg(m_path).arg(line.number);
}

bool TranscriptPlayer::fail(const Line &line, const QString &message)
{
    if (m_error.isEmpty())
        m_error = where(line) + u": "_s + message;
    return false;
}

bool TranscriptPlayer::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"%1: cannot read: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    const QList<QByteArray> rows = file.readAll().split('\n');
    bool inHeader = true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QByteArray row = rows[i];
        if (row.endsWith('\r'))
            row.chop(1);
        Line line;
        line.number = int(i + 1);
        if (row.trimmed().isEmpty())
            continue;
        if (row.startsWith('#')) {
            if (inHeader)
                m_description += QString::fromUtf8(row.mid(1).trimmed()) + u'\n';
            continue;
        }
        inHeader = false;
        const QByteArray directive = row.left(2);
        const QString payload = QString::fromUtf8(row.mid(3));
        if (row.size() > 2 && row[2] != ' ')
            return fail(line, u"a directive is followed by one space"_s);
        if (directive == "O:") {
            const qsizetype space = payload.indexOf(u' ');
            m_options.insert(payload.left(space), space < 0 ? QString() : payload.mid(space + 1));
            continue;
        }
        if (directive == "S:")
            line.kind = 'S';
        else if (directive == "S+")
            line.kind = '+';
        else if (directive == "C:")
            line.kind = 'C';
        else if (directive == "E:")
            line.kind = 'E';
        else if (directive == "X:")
            line.kind = 'X';
        else if (directive == "A:")
            line.kind = 'A';
        else if (directive == "T:")
            line.kind = 'T';
        else if (directive == "Z:" && payload == u"deflate"_s)
            line.kind = 'Z';
        else if (directive == "Z:")
            return fail(line, u"expected \"Z: deflate\""_s);
        else
            return fail(line, u"unknown directive \"%1\""_s.arg(QString::fromUtf8(directive)));
        if (line.kind == '+'
            && (m_lines.isEmpty() || !(m_lines.last().kind == 'S' || m_lines.last().kind == '+')))
            return fail(line, u"S+ must follow an S: line"_s);
        line.text = payload;
        m_lines.append(line);
    }
    if (m_description.isEmpty()) {
        m_error = m_path + u": no leading comment saying what the dialog checks"_s;
        return false;
    }
    return true;
}

void TranscriptPlayer::setUp()
{
    m_storeDir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SeenStore>(m_storeDir->filePath(u"seen.json"_s));
    const QStringList watermark = m_options.value(u"watermark"_s).split(u' ', Qt::SkipEmptyParts);
    if (watermark.size() == 2)
        m_store->begin(u"acct"_s, u"INBOX"_s, watermark[1].toUInt(), watermark[0].toUInt() + 1);

    AccountConfig config;
    config.host = u"imap.example.org"_s;
    config.security = AccountConfig::Security::Tls;
    config.port = 993;
    config.user = m_options.value(u"user"_s, u"alice"_s);
    config.greetingTimeoutMs = 60000;
    config.commandTimeoutMs = 60000;
    m_transport = new FakeTransport;
    m_connection = std::make_unique<Connection>(config, m_transport, &m_clock);
    m_connection->setPassword(m_options.value(u"password"_s, u"s3cret"_s));

    FolderWatcher::Options options;
    options.clock = &m_clock;
    options.quietDelayMs = m_options.value(u"quietDelayMs"_s, u"0"_s).toInt();
    if (m_options.contains(u"idleRenewalMs"_s))
        options.idleRenewalMs = m_options.value(u"idleRenewalMs"_s).toInt();
    if (m_options.contains(u"idleSilenceMs"_s))
        options.idleSilenceMs = m_options.value(u"idleSilenceMs"_s).toInt();
    if (m_options.contains(u"pollIntervalMs"_s))
        options.pollIntervalMs = m_options.value(u"pollIntervalMs"_s).toInt();
    m_watcher = std::make_unique<FolderWatcher>(u"acct"_s, u"INBOX"_s, m_store.get(), options);

    FolderWatcher *w = m_watcher.get();
    connect(w, &FolderWatcher::ready, this, [this] { record({u"ready"_s, {}}); });
    connect(w, &FolderWatcher::messagesArrived, this, [this](const QList<MessageSummary> &list) {
        QStringList uids, subjects, froms, previews, flags;
        for (const MessageSummary &s : list) {
            uids << QString::number(s.uid);
            subjects << s.subject;
            froms << (s.from.isEmpty() ? QString() : s.from.constFirst().address);
            previews << s.preview;
            flags << flagsText(s.flags);
        }
        const QString bar = u"|"_s;
        record({u"messagesArrived"_s,
                {{u"uid"_s, uids.join(bar)},
                 {u"subject"_s, subjects.join(bar)},
                 {u"from"_s, froms.join(bar)},
                 {u"preview"_s, previews.join(bar)},
                 {u"flags"_s, flags.join(bar)}}});
    });
    connect(w, &FolderWatcher::countChanged, this, [this](quint32 count) {
        record({u"countChanged"_s, {{u"count"_s, QString::number(count)}}});
    });
    connect(w, &FolderWatcher::messageExpunged, this, [this](quint32 index, quint32 uid) {
        record({u"messageExpunged"_s,
                {{u"index"_s, QString::number(index)}, {u"uid"_s, QString::number(uid)}}});
    });
    connect(w, &FolderWatcher::flagsChanged, this, [this](quint32 uid, const MessageFlags &f) {
        record({u"flagsChanged"_s, {{u"uid"_s, QString::number(uid)}, {u"flags"_s, flagsText(f)}}});
    });
    connect(
        w, &FolderWatcher::uidValidityChanged, this, [this](quint32 oldValue, quint32 newValue) {
            record(
                {u"uidValidityChanged"_s,
                 {{u"old"_s, QString::number(oldValue)}, {u"new"_s, QString::number(newValue)}}});
        });
    connect(w, &FolderWatcher::failed, this, [this](const ImapError &error) {
        record({u"failed"_s, {{u"kind"_s, kindText(error.kind)}, {u"message"_s, error.message}}});
    });
    connect(w, &FolderWatcher::summaryFetched, this, [this](const MessageSummary &s) {
        record({u"summaryFetched"_s,
                {{u"uid"_s, QString::number(s.uid)},
                 {u"subject"_s, s.subject},
                 {u"preview"_s, s.preview}}});
    });
    connect(w, &FolderWatcher::commandFailed, this, [this](quint32 uid, const ImapError &error) {
        record({u"commandFailed"_s,
                {{u"uid"_s, QString::number(uid)},
                 {u"kind"_s, kindText(error.kind)},
                 {u"message"_s, error.message}}});
    });
    connect(m_connection.get(), &Connection::ready, this,
            [this] { m_watcher->start(m_connection.get()); });
}

void TranscriptPlayer::record(Event event)
{
    m_events.append(std::move(event));
}

// Time stands still: only what posted events (queued calls) still have to deliver may come.
bool TranscriptPlayer::waitFor(const std::function<bool()> &condition)
{
    m_clock.settle();
    return condition();
}

void TranscriptPlayer::flush()
{
    if (!m_chunk.isEmpty())
        m_transport->serverSend(m_compression.wire(std::exchange(m_chunk, QByteArray())));
}

bool TranscriptPlayer::noPendingEvents(const QString &before)
{
    if (m_consumed >= m_events.size())
        return true;
    m_error = u"%1: unexpected signal %2"_s.arg(before, m_events[m_consumed].text());
    return false;
}

bool TranscriptPlayer::playClient(const Line &line)
{
    auto unread = [this] {
        return clientBytes().mid(m_checked);
    };
    if (!waitFor([&] { return unread().contains("\r\n"); })) {
        const QByteArray partial = unread();
        return fail(line,
                    partial.isEmpty() ? u"the client wrote nothing; expected: %1"_s.arg(line.text)
                                      : u"the client wrote an incomplete line"_s
                            + diff(line.text.toUtf8() + "\r\n", partial));
    }
    const QByteArray got = unread().left(unread().indexOf("\r\n") + 2);
    QByteArray expected = line.text.toUtf8() + "\r\n";
    if (expected.startsWith("TAG ")) {
        const qsizetype space = got.indexOf(' ');
        const QByteArray tag = space > 0 ? got.left(space) : QByteArray();
        if (!tag.isEmpty() && tag != "DONE")
            expected = tag + expected.mid(3);
        m_tag = tag;
    }
    if (got != expected)
        return fail(line, u"the client's line differs"_s + diff(expected, got));
    m_checked += got.size();
    return true;
}

bool TranscriptPlayer::playEvent(const Line &line)
{
    const qsizetype space = line.text.indexOf(u' ');
    const QString kind = line.text.left(space);
    if (!fieldOrder().contains(kind))
        return fail(line, u"unknown signal \"%1\""_s.arg(kind));
    const QStringList order = fieldOrder().value(kind);
    const auto tokens = tokenize(space < 0 ? QStringView() : QStringView(line.text).mid(space + 1));
    if (!tokens)
        return fail(line, u"unterminated quoted string or list"_s);
    QList<std::pair<QString, QString>> wanted;
    for (qsizetype i = 0; i < tokens->size(); ++i) {
        QString key = tokens->at(i).first;
        if (key.isEmpty())
            key = order.value(i);
        if (!order.contains(key))
            return fail(line, u"%1 has no field \"%2\""_s.arg(kind, key));
        wanted.append({key, tokens->at(i).second});
    }
    if (!waitFor([this] { return m_consumed < m_events.size(); }))
        return fail(line, u"no signal came; expected %1"_s.arg(line.text));
    const Event &got = m_events[m_consumed];
    if (got.kind != kind)
        return fail(line, u"expected %1, the watcher emitted %2"_s.arg(line.text, got.text()));
    for (const auto &[key, value] : std::as_const(wanted)) {
        for (const auto &[gotKey, gotValue] : got.fields) {
            if (gotKey == key && gotValue != value)
                return fail(line,
                            u"%1: %2 is \"%3\", expected \"%4\" (signal: %5)"_s.arg(
                                kind, key, gotValue, value, got.text()));
        }
    }
    ++m_consumed;
    return true;
}

bool TranscriptPlayer::hasActions() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const Line &line) { return line.kind == 'A'; });
}

bool TranscriptPlayer::playAction(const Line &line)
{
    const QStringList words = line.text.split(u' ', Qt::SkipEmptyParts);
    bool ok = false;
    const quint32 uid = words.value(1).toUInt(&ok);
    if (words.size() != 2 || !ok)
        return fail(line, u"expected \"A: action uid\""_s);
    const QString &action = words[0];
    if (action == u"markSeen"_s)
        m_watcher->markSeen(uid);
    else if (action == u"markUnseen"_s)
        m_watcher->markUnseen(uid);
    else if (action == u"flag"_s)
        m_watcher->setFlagged(uid, true);
    else if (action == u"unflag"_s)
        m_watcher->setFlagged(uid, false);
    else if (action == u"deleteMessage"_s)
        m_watcher->deleteMessage(uid);
    else if (action == u"fetchSummary"_s)
        m_watcher->fetchSummary(uid);
    else
        return fail(line, u"unknown action \"%1\""_s.arg(action));
    return true;
}

bool TranscriptPlayer::playTime(const Line &line)
{
    static const QRegularExpression pattern(u"^(\\d+(?:\\.\\d+)?)(ms|s|m|h)?$"_s);
    const QRegularExpressionMatch match = pattern.match(line.text.trimmed());
    if (!match.hasMatch())
        return fail(line, u"expected \"T: duration\" such as 29m, 90s or 1500ms"_s);
    const QString unit = match.captured(2);
    const double scale = unit == u"h"_s ? 3'600'000.0
        : unit == u"m"_s                ? 60'000.0
        : unit == u"s"_s                ? 1000.0
                                        : 1.0;
    const double ms = match.captured(1).toDouble() * scale;
    if (ms != std::floor(ms))
        return fail(line, u"the duration is not a whole number of milliseconds"_s);
    m_clock.settle();
    if (!noPendingEvents(where(line)))
        return false;
    const QByteArray early = clientBytes().mid(m_checked);
    if (!early.isEmpty())
        return fail(line, u"before the time passed, the client wrote %1"_s.arg(visible(early)));
    m_clock.advance(qint64(ms));
    return true;
}

bool TranscriptPlayer::play()
{
    if (m_lines.isEmpty() && !load())
        return false;
    setUp();
    m_connection->open();
    m_transport->serverAccept();
    for (const Line &line : std::as_const(m_lines)) {
        switch (line.kind) {
        case 'S': {
            flush();
            if (!noPendingEvents(where(line)))
                return false;
            QByteArray bytes = line.text.toUtf8();
            if (bytes.startsWith("TAG ") && !m_tag.isEmpty())
                bytes = m_tag + bytes.mid(3);
            m_chunk = bytes + "\r\n";
            break;
        }
        case '+':
            m_chunk += line.text.toUtf8() + "\r\n";
            break;
        case 'C':
            flush();
            if (!playClient(line))
                return false;
            break;
        case 'E':
            flush();
            if (!playEvent(line))
                return false;
            break;
        case 'X':
            flush();
            m_transport->serverClose();
            break;
        case 'A':
            flush();
            if (!playAction(line))
                return false;
            break;
        case 'T':
            flush();
            if (!playTime(line))
                return false;
            break;
        case 'Z':
            flush(); // COMPRESS's OK, the last plain bytes; what the client wrote since is not
            if (m_compression.isActive())
                return fail(line, u"COMPRESS=DEFLATE is on already"_s);
            m_compression.start(m_checked);
            break;
        }
    }
    flush();
    m_clock.settle();
    const Line end {int(m_lines.isEmpty() ? 0 : m_lines.last().number), 0, {}};
    if (!noPendingEvents(where(end) + u" (end of script)"_s))
        return false;
    const QByteArray rest = clientBytes().mid(m_checked);
    if (!rest.isEmpty())
        return fail(end, u"the client wrote more than the script has: %1"_s.arg(visible(rest)));
    return true;
}
