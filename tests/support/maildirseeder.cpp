#include "maildirseeder.h"

#include "dovecotfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString name;
    QByteArray address;
    enum class Encoding { Ascii, Utf8B, Utf8Q, Latin1Q } encoding;
};

const QList<Person> &people()
{
    using E = Person::Encoding;
    static const QList<Person> list {
        {u"Alice Example"_s, "alice@example.org", E::Ascii},
        {u"Bob O'Neil"_s, "bob.oneil@example.com", E::Ascii},
        {u"Jörg Müller"_s, "joerg.mueller@example.de", E::Latin1Q},
        {u"François Lefèvre"_s, "f.lefevre@example.fr", E::Utf8Q},
        {u"山田 太郎"_s, "taro.yamada@example.jp", E::Utf8B},
        {u"Ирина Петрова"_s, "irina@example.ru", E::Utf8B},
        {u"Zoë Åkesson"_s, "zoe@example.se", E::Utf8Q},
        {u"GitLab"_s, "gitlab@git.example.net", E::Ascii},
        {u"Søren Kierkegaard"_s, "soren@example.dk", E::Latin1Q},
        {u"Dr. Ana García-López"_s, "ana.garcia@example.es", E::Utf8B},
        {u"Support Team"_s, "support@shop.example", E::Ascii},
        {u"王小明"_s, "xiaoming.wang@example.cn", E::Utf8B},
    };
    return list;
}

const QStringList &subjects()
{
    static const QStringList list {
        u"Quarterly report %1"_s,
        u"Re: Meeting on Thursday about the budget (%1)"_s,
        u"Ünïcödé straße – Rechnung Nr. %1"_s,
        u"日本語の件名 その%1"_s,
        u"[dev-list] Build #%1 failed on main"_s,
        u"Fwd: Your order %1 has shipped 📦"_s,
        u"Привет! Отчёт %1"_s,
        u"A very long subject line that goes on and on so that it has to be folded over "
        "several header lines, number %1"_s,
        u"Café au lait à %1 heures ?"_s,
        u"Re: Re: [PATCH v%1] imap: handle literal+ in APPEND"_s,
    };
    return list;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 2047 4.2: Q encoding; only letters and digits stay as they are.
QByteArray qEncode(const QByteArray &bytes)
{
    QByteArray out;
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ')
            out += '_';
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out += char(c);
        else
            out += '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

// RFC 2047 encoded words, split so that no word is longer than about 75 characters and joined
// with folding white space.
QByteArray encodedWords(const QString &text, Person::Encoding encoding)
{
    using E = Person::Encoding;
    if (encoding == E::Ascii || isAscii(text))
        return text.toUtf8();
    QList<QByteArray> words;
    QString rest = text;
    while (!rest.isEmpty()) {
        QString piece = rest.left(12);
        if (piece.size() < rest.size() && piece.back().isHighSurrogate())
            piece.chop(1);
        rest.remove(0, piece.size());
        switch (encoding) {
        case E::Utf8B:
            words << "=?UTF-8?B?" + piece.toUtf8().toBase64() + "?=";
            break;
        case E::Utf8Q:
            words << "=?UTF-8?Q?" + qEncode(piece.toUtf8()) + "?=";
            break;
        case E::Latin1Q:
            words << "=?ISO-8859-1?Q?" + qEncode(piece.toLatin1()) + "?=";
            break;
        case E::Ascii:
            break;
        }
    }
    return words.join("\n ");
}

QByteArray mailbox(const Person &p)
{
    const QByteArray name = encodedWords(p.name, p.encoding);
    if (p.encoding == Person::Encoding::Ascii && p.name.contains(u'\''))
        return '"' + name + "\" <" + p.address + '>';
    return name + " <" + p.address + '>';
}

QByteArray rfc5322Date(qint64 date)
{
    return QDateTime::fromSecsSinceEpoch(date, Qt::UTC).toString(Qt::RFC2822Date).toLatin1();
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
}

} // namespace

QByteArray MaildirSeeder::message(int index, quint32 seed, qint64 date)
{
    std::mt19937 random(seed * 2654435761u + quint32(index));
    const auto pick = [&random](qsizetype n) {
        return qsizetype(random() % quint32(n));
    };
    const QList<Person> &all = people();
    const Person &from = all[pick(all.size())];
    const qsizetype toCount = 1 + pick(4);
    const qsizetype ccCount = pick(3);
    QList<QByteArray> to;
    QList<QByteArray> cc;
    for (qsizetype i = 0; i < toCount; ++i)
        to << mailbox(all[pick(all.size())]);
    for (qsizetype i = 0; i < ccCount; ++i)
        cc << mailbox(all[pick(all.size())]);

    const QString subjectText = subjects()[pick(subjects().size())].arg(index);
    const auto subjectEncoding = Person::Encoding(1 + pick(3));
    const QByteArray messageId =
        "<" + QByteArray::number(index) + "." + QByteArray::number(seed) + "@mailbell.example>";

    QByteArray m;
    m += "Return-Path: <" + from.address + ">\n";
    m += "Received: from mx.example.org (mx.example.org [192.0.2.25])\n\tby imap.test with "
         "ESMTPS id "
        + QByteArray::number(index, 36) + "\n\tfor <bench@imap.test>; " + rfc5322Date(date) + "\n";
    m += "Date: " + rfc5322Date(date) + "\n";
    m += "From: " + mailbox(from) + "\n";
    m += "To: " + to.join(",\n ") + "\n";
    if (!cc.isEmpty())
        m += "Cc: " + cc.join(",\n ") + "\n";
    m += "Subject: " + encodedWords(subjectText, subjectEncoding) + "\n";
    m += "Message-ID: " + messageId + "\n";
    if (index > 0 && pick(3) == 0)
        m += "In-Reply-To: <" + QByteArray::number(index - 1) + "." + QByteArray::number(seed)
            + "@mailbell.example>\n";
    m += "MIME-Version: 1.0\n";
    m += "X-Mailer: Mailbell MaildirSeeder\n";

    QByteArray text;
    const qsizetype paragraphs = 1 + pick(5);
    for (qsizetype i = 0; i < paragraphs; ++i)
        text += "Hello,\n\nthis is paragraph " + QByteArray::number(i) + " of message "
            + QByteArray::number(index)
            + ". It talks about the budget, the schedule and the next release;\n"
              "nothing in it matters, but it has the length of real mail.\n\n";
    if (pick(4) == 0) {
        QByteArray html = text;
        html.replace("\n\n", "</p><p>");
        const QByteArray boundary = "=_mb_" + QByteArray::number(index, 16);
        m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n";
        m += "--" + boundary
            + "\nContent-Type: text/plain; charset=utf-8\n"
              "Content-Transfer-Encoding: 8bit\n\n"
            + text + "--" + boundary + "\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>"
            + html + "</p></body></html>\n--" + boundary + "--\n";
    } else {
        m += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + text;
    }
    return m;
}

bool MaildirSeeder::seedInbox(const DovecotFixture &server, const QString &user,
                              const Options &options, QString *error)
{
    // The fixture's passwd-file gives every user home=<directory>/home/<user>, mail in ~/Maildir.
    const QString home = QDir(server.directory()).filePath(u"home"_s);
    struct stat owner
    { };
    if (::stat(QFile::encodeName(home).constData(), &owner) != 0) {
        if (error)
            *error = u"cannot stat %1: %2"_s.arg(home, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return seed(home + u'/' + user + u"/Maildir"_s, options, owner.st_uid, owner.st_gid, error);
}

bool MaildirSeeder::seed(const QString &maildir, const Options &options, uid_t uid, gid_t gid,
                         QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QDir dir(maildir);
    for (const QString &path :
         {maildir, dir.filePath(u"cur"_s), dir.filePath(u"new"_s), dir.filePath(u"tmp"_s)}) {
        const QByteArray native = QFile::encodeName(path);
        if (!QDir().mkpath(path) || ::chmod(native.constData(), 0700) != 0
            || ::chown(native.constData(), uid, gid) != 0)
            return failWith(u"cannot create %1 owned by %2: %3"_s.arg(path).arg(uid).arg(
                QString::fromLocal8Bit(std::strerror(errno))));
    }
    // The home above the Maildir must belong to the mail user as well.
    const QByteArray home = QFile::encodeName(QFileInfo(maildir).absolutePath());
    if (::chown(home.constData(), uid, gid) != 0)
        return failWith(u"cannot chown %1"_s.arg(QString::fromLocal8Bit(home)));

    const QByteArray cur = QFile::encodeName(dir.filePath(u"cur"_s));
    std::mt19937 random(options.seed);
    for (int i = 0; i < options.count; ++i) {
        const qint64 date = options.firstDate + qint64(i) * 300 + qint64(random() % 120);
        const QByteArray bytes = message(i, options.seed, date);
        const qsizetype vsize = bytes.size() + bytes.count('\n');
        QByteArray flags = ":2,";
        const int roll = int(random() % 100);
        if (roll < options.seenPercent)
            flags += roll % 10 == 0 ? "FS" : "S";
        else if (roll % 7 == 0)
            flags += "F";
        const QByteArray name = QByteArray::number(date) + ".M" + QByteArray::number(i)
            + "P1.mailbell,S=" + QByteArray::number(bytes.size())
            + ",W=" + QByteArray::number(vsize) + flags;
        const QByteArray path = cur + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return failWith(u"cannot create %1: %2"_s.arg(
                QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno))));
        const timespec times[2] = {{time_t(date), 0}, {time_t(date), 0}};
        const bool ok =
            writeAll(fd, bytes) && ::fchown(fd, uid, gid) == 0 && ::futimens(fd, times) == 0;
        ::close(fd);
        if (!ok)
            return failWith(u"cannot write %1"_s.arg(QString::fromLocal8Bit(path)));
    }
    return true;
}
