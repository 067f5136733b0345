#include "engine/protocollog.h"

#include <QFile>

#include <QDateTime>

#include <QScopeGuard>

#include <atomic>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ImapCore {

namespace {

const QByteArray redactedMarker = QByteArrayLiteral("***");

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// At pos: "{n}", "{n+}" or "{n-}" (RFC 7888) then CRLF. Returns n and moves pos past the CRLF.
std::optional<quint64> readLiteralHeader(QByteArrayView bytes, qsizetype &pos)
{
    qsizetype p = pos;
    if (p < bytes.size() && bytes[p] == '~') // literal8, RFC 3516
        ++p;
    if (p >= bytes.size() || bytes[p] != '{')
        return std::nullopt;
    ++p;
    quint64 n = 0;
    const qsizetype digitsStart = p;
    while (p < bytes.size() && isDigit(bytes[p]) && p - digitsStart < 19)
        n = n * 10 + quint64(bytes[p++] - '0');
    if (p == digitsStart)
        return std::nullopt;
    if (p < bytes.size() && (bytes[p] == '+' || bytes[p] == '-'))
        ++p;
    if (p + 2 >= bytes.size() || bytes[p] != '}' || bytes[p + 1] != '\r' || bytes[p + 2] != '\n')
        return std::nullopt;
    pos = p + 3;
    return n;
}

qsizetype skipToken(QByteArrayView line, qsizetype pos)
{
    while (pos < line.size() && line[pos] != ' ' && line[pos] != '\r' && line[pos] != '\n')
        ++pos;
    return pos;
}

// End of the astring at pos (RFC 9051 9: atom, quoted or literal), or -1 if malformed.
qsizetype skipAString(QByteArrayView line, qsizetype pos)
{
    if (pos >= line.size())
        return -1;
    if (line[pos] == '"') {
        for (qsizetype p = pos + 1; p < line.size(); ++p) {
            if (line[p] == '\\')
                ++p;
            else if (line[p] == '"')
                return p + 1;
        }
        return -1;
    }
    if (line[pos] == '{' || line[pos] == '~') {
        qsizetype p = pos;
        const auto n = readLiteralHeader(line, p);
        if (!n || quint64(line.size() - p) < *n)
            return -1;
        return p + qsizetype(*n);
    }
    const qsizetype end = skipToken(line, pos);
    return end > pos ? end : -1;
}

} // namespace

quint32 ProtocolLog::newConnectionId()
{
    static std::atomic<quint32> next {1};
    return next.fetch_add(1);
}

ProtocolLog::ProtocolLog()
    : ProtocolLog(Limits {})
{ }

ProtocolLog::ProtocolLog(Limits limits)
    : m_limits(limits)
    , m_clock(Clock::system())
{ }

ProtocolLog::~ProtocolLog()
{
    closeFile();
}

void ProtocolLog::setClock(const Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

QByteArray ProtocolLog::redactClientLine(QByteArrayView line)
{
    const qsizetype tagEnd = skipToken(line, 0);
    if (tagEnd >= line.size() || line[tagEnd] != ' ')
        return line.toByteArray();
    const qsizetype commandStart = tagEnd + 1;
    const qsizetype commandEnd = skipToken(line, commandStart);
    const QByteArrayView command = line.sliced(commandStart, commandEnd - commandStart);
    const bool login = command.compare(QByteArrayView("LOGIN"), Qt::CaseInsensitive) == 0;
    const bool authenticate =
        command.compare(QByteArrayView("AUTHENTICATE"), Qt::CaseInsensitive) == 0;
    if (!login && !authenticate)
        return line.toByteArray();
    if (commandEnd >= line.size() || line[commandEnd] != ' ')
        return line.first(commandEnd).toByteArray();
    // LOGIN keeps the user name (RFC 9051 6.2.3); AUTHENTICATE keeps the mechanism (6.2.2).
    const qsizetype keptEnd =
        login ? skipAString(line, commandEnd + 1) : skipToken(line, commandEnd + 1);
    if (keptEnd < 0)
        return line.first(commandEnd).toByteArray() + ' ' + redactedMarker;
    QByteArray result = line.first(keptEnd).toByteArray();
    qsizetype rest = keptEnd;
    while (rest < line.size() && (line[rest] == '\r' || line[rest] == '\n'))
        ++rest;
    if (rest < line.size() || login)
        result += ' ' + redactedMarker;
    return result;
}

QByteArray ProtocolLog::render(QByteArrayView bytes) const
{
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    QByteArray out;
    out.reserve(std::min<qsizetype>(bytes.size(), m_limits.maxLineLength + 64));
    qsizetype hidden = 0;
    const auto put = [&](char c) {
        if (out.size() >= m_limits.maxLineLength) {
            ++hidden;
            return;
        }
        const auto uc = static_cast<unsigned char>(c);
        if (c == '\r') {
            out += "\\r";
        } else if (c == '\n') {
            out += "\\n";
        } else if (uc < 0x20 || uc == 0x7f) {
            out += "\\x";
            out += QByteArray::number(uc, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    };
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (bytes[i] == '{' || bytes[i] == '~') {
            qsizetype p = i;
            const auto n = readLiteralHeader(bytes, p);
            if (n && qint64(*n) > qint64(m_limits.maxLiteralShown)) {
                for (qsizetype k = i; k < p - 2; ++k)
                    put(bytes[k]);
                const QByteArray marker = " {" + QByteArray::number(*n) + " bytes}";
                for (const char c : marker)
                    put(c);
                const quint64 available = quint64(bytes.size() - p);
                i = p + qsizetype(std::min<quint64>(*n, available));
                continue;
            }
        }
        put(bytes[i]);
        ++i;
    }
    if (hidden > 0)
        out += "...[truncated, " + QByteArray::number(hidden) + " more bytes]";
    return out;
}

void ProtocolLog::recordSent(quint32 connectionId, QByteArrayView bytes, bool sensitive)
{
    const bool hidden =
        sensitive || m_sensitive.contains(connectionId) || m_pendingAuthTag.contains(connectionId);
    if (hidden) {
        append(connectionId, Direction::Sent, redactedMarker);
        return;
    }
    const QByteArray redacted = redactClientLine(bytes);
    const qsizetype tagEnd = skipToken(bytes, 0);
    if (tagEnd < bytes.size() && bytes[tagEnd] == ' ') {
        const qsizetype commandEnd = skipToken(bytes, tagEnd + 1);
        const QByteArrayView command = bytes.sliced(tagEnd + 1, commandEnd - tagEnd - 1);
        if (command.compare(QByteArrayView("LOGIN"), Qt::CaseInsensitive) == 0
            || command.compare(QByteArrayView("AUTHENTICATE"), Qt::CaseInsensitive) == 0)
            m_pendingAuthTag.insert(connectionId, bytes.first(tagEnd).toByteArray());
    }
    append(connectionId, Direction::Sent, render(redacted));
}

void ProtocolLog::recordReceived(quint32 connectionId, QByteArrayView bytes)
{
    const bool sensitive =
        m_sensitive.contains(connectionId) || m_pendingAuthTag.contains(connectionId);
    if (sensitive && bytes.startsWith('+')) {
        append(connectionId, Direction::Received, "+ " + redactedMarker);
        return;
    }
    const auto pending = m_pendingAuthTag.constFind(connectionId);
    if (pending != m_pendingAuthTag.cend()) {
        const QByteArray &tag = pending.value();
        if (bytes.size() > tag.size() && bytes.startsWith(tag) && bytes[tag.size()] == ' ')
            m_pendingAuthTag.remove(connectionId);
    }
    append(connectionId, Direction::Received, render(bytes));
}

void ProtocolLog::beginSensitive(quint32 connectionId)
{
    m_sensitive.insert(connectionId);
}

void ProtocolLog::endSensitive(quint32 connectionId)
{
    m_sensitive.remove(connectionId);
}

void ProtocolLog::connectionClosed(quint32 connectionId)
{
    m_sensitive.remove(connectionId);
    m_pendingAuthTag.remove(connectionId);
}

void ProtocolLog::setWarningSink(std::function<void(const QString &)> sink)
{
    m_warn = std::move(sink);
}

std::optional<QString> ProtocolLog::openFile(const QString &path)
{
    closeFile();
    m_fileError.clear();
    m_path = path;
    if (!openPath()) {
        const QString error = m_fileError;
        m_fileError.clear();
        m_path.clear();
        return error;
    }
    return std::nullopt;
}

// Opens m_path for appending without blocking (a FIFO without a reader is an error, not a
// hang) and notes whether it may be rotated: a regular file, reached without a symlink.
bool ProtocolLog::openPath()
{
    const QByteArray name = QFile::encodeName(m_path);
    const auto failWith = [this](const char *what) {
        m_fileError = u"protocol log %1: %2 (%3)"_s.arg(m_path, QString::fromLatin1(what),
                                                        QString::fromLocal8Bit(strerror(errno)));
        return false;
    };
    struct stat link = {};
    const bool exists = ::lstat(name.constData(), &link) == 0;
    if (exists && S_ISDIR(link.st_mode)) {
        errno = EISDIR;
        return failWith("cannot be opened");
    }
    int fd;
    do {
        fd = ::open(name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK,
                    S_IRUSR | S_IWUSR);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return failWith("cannot be opened");
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return failWith("cannot be opened");
    }
    // Only a FIFO stays non-blocking: a reader that stops draining it costs lines (said once),
    // never a stalled worker thread. A terminal or a file blocks as usual.
    if (!S_ISFIFO(opened.st_mode))
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_fd = fd;
    m_rotatable = S_ISREG(opened.st_mode) && (!exists || S_ISREG(link.st_mode));
    m_fileSize = m_rotatable ? qint64(opened.st_size) : 0;
    m_device = quint64(opened.st_dev);
    m_inode = quint64(opened.st_ino);
    if (m_rotatable)
        ::fchmod(fd, S_IRUSR | S_IWUSR);
    return true;
}

void ProtocolLog::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_rotatable = false;
    m_fileSize = 0;
}

void ProtocolLog::stopFile(const QString &error)
{
    closeFile();
    m_fileError = error;
    if (m_warn)
        m_warn(error);
    else
        qWarning("%s", qPrintable(error));
}

// FILE.n -> FILE.n+1 ... FILE -> FILE.1, then a new FILE. Renames only what lstat shows is a
// regular file (FILE itself only while it is still the file we write); false with m_fileError.
bool ProtocolLog::rotate()
{
    const auto nameOf = [this](int n) {
        return QFile::encodeName(n == 0 ? m_path : m_path + u'.' + QString::number(n));
    };
    const auto regularOrAbsent = [](const QByteArray &name, bool &exists) {
        struct stat st = {};
        exists = ::lstat(name.constData(), &st) == 0;
        return !exists || S_ISREG(st.st_mode);
    };
    struct stat current = {};
    const QByteArray name = nameOf(0);
    if (::lstat(name.constData(), &current) != 0 || !S_ISREG(current.st_mode)
        || quint64(current.st_dev) != m_device || quint64(current.st_ino) != m_inode) {
        // Moved or replaced by someone else: start a file at the path again, if we may.
        closeFile();
        return openPath();
    }
    for (int n = keptOldFiles; n >= 1; --n) {
        bool exists = false;
        if (!regularOrAbsent(nameOf(n), exists)) {
            m_fileError = u"protocol log %1: cannot rotate it, %2 is not a regular file"_s.arg(
                m_path, QFile::decodeName(nameOf(n)));
            return false;
        }
        if (n == keptOldFiles || !exists)
            continue;
        bool targetExists = false;
        if (!regularOrAbsent(nameOf(n + 1), targetExists)) {
            m_fileError = u"protocol log %1: cannot rotate it, %2 is not a regular file"_s.arg(
                m_path, QFile::decodeName(nameOf(n + 1)));
            return false;
        }
        if (::rename(nameOf(n).constData(), nameOf(n + 1).constData()) != 0) {
            m_fileError = u"protocol log %1: cannot rotate it (%2)"_s.arg(
                m_path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    if (::rename(name.constData(), nameOf(1).constData()) != 0) {
        m_fileError = u"protocol log %1: cannot rotate it (%2)"_s.arg(
            m_path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    closeFile();
    return openPath();
}

void ProtocolLog::writeToFile(const QByteArray &line)
{
    if (m_rotatable && m_fileSize > 0 && m_fileSize + line.size() > m_limits.maxFileBytes) {
        if (!rotate()) {
            stopFile(m_fileError + u"; no longer written"_s);
            return;
        }
    }
    // A FIFO whose reader went away raises SIGPIPE, which would end the whole program: block it
    // in this thread for the write and take the pending one back (EPIPE says the same).
    sigset_t pipeSignal;
    sigset_t previous;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    const bool blocked = !m_rotatable && pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous) == 0;
    const auto unblock = qScopeGuard([&] {
        if (!blocked)
            return;
        const timespec zero = {0, 0};
        while (sigtimedwait(&pipeSignal, nullptr, &zero) > 0) { }
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    });
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(m_fd, line.constData() + done, size_t(line.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason =
                n < 0 ? QString::fromLocal8Bit(strerror(errno)) : u"nothing written"_s;
            stopFile(
                u"protocol log %1: write failed (%2); no longer written"_s.arg(m_path, reason));
            return;
        }
        done += n;
    }
    m_fileSize += line.size();
}

QByteArray ProtocolLog::toText() const
{
    QByteArray text;
    for (const Entry &entry : m_entries)
        text += format(entry) + '\n';
    return text;
}

QByteArray ProtocolLog::format(const Entry &entry)
{
    const QByteArray time = QDateTime::fromMSecsSinceEpoch(entry.timestampMs, Qt::UTC)
                                .toString(Qt::ISODateWithMs)
                                .toLatin1();
    return time + " [" + QByteArray::number(entry.connectionId) + "] "
        + (entry.direction == Direction::Sent ? "C: " : "S: ") + entry.text;
}

void ProtocolLog::clear()
{
    m_entries.clear();
    m_bytes = 0;
}

void ProtocolLog::append(quint32 connectionId, Direction direction, QByteArray text)
{
    Entry entry {m_clock->nowUtc().toMSecsSinceEpoch(), connectionId, direction, std::move(text)};
    if (m_fd >= 0)
        writeToFile(format(entry) + '\n');
    m_bytes += entry.text.size() + entryOverhead;
    m_entries.push_back(std::move(entry));
    while (!m_entries.empty()
           && (qsizetype(m_entries.size()) > m_limits.maxLines || m_bytes > m_limits.maxBytes)) {
        m_bytes -= m_entries.front().text.size() + entryOverhead;
        m_entries.pop_front();
    }
}

} // namespace ImapCore
