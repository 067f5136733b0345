#pragma once

#include <QByteArray>
#include <QString>

#include <sys/types.h>

class DovecotFixture;

/// Fills a Maildir directly with many realistic RFC 5322 messages (encoded-word subjects and
/// display names in UTF-8 / ISO-8859-1, B and Q encodings, folded headers, several To / Cc
/// recipients, threads with In-Reply-To, plain and multipart/alternative bodies), far faster
/// than `doveadm save` one by one. Write before the first login: Dovecot indexes them on first
/// access. File names follow the maildir convention with S= and W= sizes and :2, flags; the
/// mtime is the message's date (Dovecot's INTERNALDATE). Deterministic for a given seed.
class MaildirSeeder
{
public:
    struct Options
    {
        int count = 1000;
        quint32 seed = 1;
        qint64 firstDate = 1'700'000'000; // seconds since the epoch; one message every ~5 min
        int seenPercent = 70; // the rest is unseen; some of those are \Flagged
    };

    // Creates maildir/{cur,new,tmp} if needed and writes the messages into cur, all owned by
    // uid:gid (mode 0600, directories 0700). Returns false with *error on the first failure.
    static bool seed(const QString &maildir, const Options &options, uid_t uid, gid_t gid,
                     QString *error);
    // The INBOX of one of the fixture's users, before the user's first login: the maildir under
    // the fixture's home folder, owned like that folder (by the mail user).
    static bool seedInbox(const DovecotFixture &server, const QString &user, const Options &options,
                          QString *error);
    // One message, LF line endings (as stored in a maildir); index picks the content.
    static QByteArray message(int index, quint32 seed, qint64 date);
};
