#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// One message of the demo: its raw RFC 5322 bytes, where it goes, and what a client should make
/// of it (the decoded subject and a phrase the preview must contain), so tests can check the
/// whole path from the bytes to a notification.
struct SampleMessage
{
    QString folder;
    QByteArray rfc822;
    QStringList flags; // IMAP flags set when it is stored, e.g. \Seen for the older ones
    QString subject; // as a client shows it after RFC 2047 decoding
    QString previewPhrase; // a phrase of the body text that the preview starts with or contains
};

/// The demo's built-in mail: a few older messages to seed the mailboxes with, and a varied
/// sequence of new ones to drip (plain text, HTML only, quoted-printable, base64, RFC 2047
/// subjects in German, Japanese and with an emoji, a long subject, newsletters, a reply with
/// quoted text, markup in subjects and names, everyday mail), each topic from a pool of
/// senders so a long demo does not show the same message again for dripsBeforeRepeat() drips.
/// Every message gets the Date and Message-ID it is built with.
class SampleMessages
{
public:
    SampleMessages() = delete;

    // The folders the messages go to; INBOX first.
    static QStringList folders();

    // How many kinds of dripped message there are: the first dripTopicCount() drips show each
    // once (each a different decoding path); later rounds repeat them from other senders.
    static int dripTopicCount();
    // How many drips come before one repeats an earlier one verbatim (sender, subject, body);
    // two drips in a row never are the same.
    static int dripsBeforeRepeat();
    // The index-th dripped message (any int; negative ones count back from 0), dated now, with
    // the Message-ID <messageIdLocalPart@mailbell.invalid>.
    static SampleMessage drip(int index, const QDateTime &now,
                              const QByteArray &messageIdLocalPart);

    // Older messages already there when the demo starts (some read), dated hours to days before
    // now; their Message-IDs are <messageIdPrefix.seed-N@mailbell.invalid>.
    static int seedCount();
    static QList<SampleMessage> seeds(const QDateTime &now, const QByteArray &messageIdPrefix);
};
