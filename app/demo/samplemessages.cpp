#include "samplemessages.h"

using namespace Qt::StringLiterals;

namespace {

// A message before it gets its Date and Message-ID: the header lines that make it what it is
// (From, Subject, MIME headers) and its body, both with '\n' line ends (CRLF on the wire).
struct Template
{
    const char *folder;
    const char *headers;
    const char *body;
    QString subject;
    QString previewPhrase;
};

// Raw bytes deliberately: each one exercises a different decoding path of the client.
QList<Template> dripTemplates()
{
    return {
        {"INBOX",
         "From: Priya Raman <priya@example.org>\n"
         "Subject: Lunch on Friday?\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n",
         "Hi!\n\nShall we try the new Thai place on Friday? They open at noon and I can book a "
         "table for four.\n\nPriya\n",
         u"Lunch on Friday?"_s, u"Shall we try the new Thai place on Friday?"_s},

        {"INBOX",
         "From: Parcel Tracking <noreply@shop.example.com>\n"
         "Subject: Your order has shipped\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/html; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n",
         "<!DOCTYPE html>\n<html><head><style>p { color: #333; }</style></head><body>\n"
         "<p>Good news, Alex! Your <b>mechanical keyboard</b> is on its way &amp; should "
         "arrive on Thursday.</p>\n"
         "<p><a href=\"https://shop.example.com/track/8841\">Track your parcel</a></p>\n"
         "</body></html>\n",
         u"Your order has shipped"_s, u"is on its way & should arrive on Thursday."_s},

        {"INBOX",
         "From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen@example.de>\n"
         "Subject: =?ISO-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=iso-8859-1\n"
         "Content-Transfer-Encoding: quoted-printable\n",
         "Hallo zusammen,\n\n"
         "viele Gr=FC=DFe aus M=FCnchen! Das Wetter ist sch=F6n, die Brezn sind frisc=\n"
         "h und am Samstag gehen wir auf den Viktualienmarkt. Wer m=F6chte mitkommen?\n\n"
         "J=FCrgen\n",
         u"Grüße aus München"_s, u"viele Grüße aus München! Das Wetter ist schön"_s},

        {"Work",
         "From: =?UTF-8?B?55Sw5LitIOiKseWtkA==?= <hanako.tanaka@example.jp>\n"
         "Subject: =?ISO-2022-JP?B?GyRCMnE1RCRONUQ7dk8/IUobKEIxMRskQjduSiwhSxsoQg==?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: base64\n",
         "55qG44GV44KT44CB44GK55ay44KM5qeY44Gn44GZ44CCDQrmnKzml6Xjga7kvJrorbDjga7orbDk\n"
         "uovpjLLjgpLjgYrpgIHjgorjgZfjgb7jgZnjgILmnaXpgLHjga7ngavmm5zml6Xjgb7jgafjgavj\n"
         "gZTnorroqo3jgY/jgaDjgZXjgYTjgIINCg0K55Sw5LitDQo=\n",
         u"会議の議事録（11月分）"_s, u"本日の会議の議事録をお送りします。"_s},

        {"Work",
         "From: Camille Laurent <camille@example.fr>\n"
         "Subject: =?UTF-8?B?8J+OiSBNYWlsYmVsbCAxLjAgZXN0IHNvcnRpIDogbWVyY2kgw6AgdG91cyAh?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 8bit\n",
         "Bonjour à tous,\n\nMerci à toutes celles et ceux qui ont testé les versions bêta. "
         "Les notes de version sont sur le wiki.\n\nCamille\n",
         u"🎉 Mailbell 1.0 est sorti : merci à tous !"_s,
         u"Merci à toutes celles et ceux qui ont testé les versions bêta."_s},

        {"Work",
         "From: Facilities Team <facilities@example.com>\n"
         "Subject: Reminder: the building's heating, ventilation and air conditioning system\n"
         " will be serviced this Saturday from 8:00 to 16:00, so please take home anything\n"
         " perishable from the shared fridges on floors 2 to 5 before you leave on Friday\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "Hello everyone,\n\nDuring the service the doors to the server room stay closed. "
         "Thank you for your patience.\n",
         u"Reminder: the building's heating, ventilation and air conditioning system will be "
         "serviced this Saturday from 8:00 to 16:00, so please take home anything perishable "
         "from the shared fridges on floors 2 to 5 before you leave on Friday"_s,
         u"During the service the doors to the server room stay closed."_s},

        {"INBOX",
         "From: Open Source Weekly <digest@news.example.net>\n"
         "Subject: This week: IMAP IDLE explained, Qt 6 tips and 12 new releases\n"
         "List-Id: Open Source Weekly <weekly.news.example.net>\n"
         "List-Unsubscribe: <https://news.example.net/unsubscribe?u=demo>\n"
         "Precedence: bulk\n"
         "MIME-Version: 1.0\n"
         "Content-Type: multipart/alternative; boundary=\"=-weekly-7f3a\"\n",
         "--=-weekly-7f3a\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n\n"
         "In this issue: how IMAP IDLE lets a client hear about new mail at once, three Qt 6 "
         "tips for tray apps, and twelve new releases.\n\n"
         "Unsubscribe: https://news.example.net/unsubscribe?u=demo\n"
         "--=-weekly-7f3a\n"
         "Content-Type: text/html; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n\n"
         "<html><body><h1>Open Source Weekly</h1><p>In this issue: how <b>IMAP IDLE</b> lets a "
         "client hear about new mail at once, three Qt 6 tips for tray apps, and twelve new "
         "releases.</p></body></html>\n"
         "--=-weekly-7f3a--\n",
         u"This week: IMAP IDLE explained, Qt 6 tips and 12 new releases"_s,
         u"In this issue: how IMAP IDLE lets a client hear about new mail at once"_s},

        {"Work",
         "From: Tom Becker <tom@example.com>\n"
         "Subject: Re: Quarterly report draft\n"
         "In-Reply-To: <report-draft-q3@example.com>\n"
         "References: <report-draft-q3@example.com>\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "Looks good to me, just two small changes on page 3: the chart needs a legend and the "
         "totals should be rounded.\n\n"
         "On Tue, 3 Nov 2026 at 09:12, Maria Rossi <maria@example.com> wrote:\n"
         "> Hi Tom,\n>\n> here is the draft of the quarterly report. Could you read it before\n"
         "> Thursday?\n>\n> Maria\n",
         u"Re: Quarterly report draft"_s, u"Looks good to me, just two small changes on page 3"_s},

        // What a notification must show literally: markup in a subject is text, never rendered.
        {"INBOX",
         "From: \"<script>alert(1)</script>\" <mallory@example.net>\n"
         "Subject: <b>x</b> & <img src=file:///etc/passwd>\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "If this subject shows in bold or loads an image, the client renders mail as markup. "
         "It should show the characters exactly as written.\n",
         u"<b>x</b> & <img src=file:///etc/passwd>"_s,
         u"If this subject shows in bold or loads an image"_s},
    };
}

struct SeedTemplate
{
    Template message;
    int minutesAgo;
    bool seen;
};

QList<SeedTemplate> seedTemplates()
{
    return {
        {{"INBOX",
          "From: Mailbell <hello@mailbell.invalid>\n"
          "Subject: Welcome to the Mailbell demo\n"
          "Content-Type: text/plain; charset=utf-8\n",
          "This mailbox lives on a private mail server that runs only while the demo runs. A "
          "new sample message arrives every few seconds; each one shows how Mailbell announces "
          "mail.\n",
          u"Welcome to the Mailbell demo"_s, u"This mailbox lives on a private mail server"_s},
         2 * 24 * 60,
         true},
        {{"INBOX",
          "From: Billing <billing@example.com>\n"
          "Subject: Your invoice for October\n"
          "Content-Type: text/plain; charset=utf-8\n",
          "Your invoice for October is ready. The amount will be charged on the 15th.\n",
          u"Your invoice for October"_s, u"Your invoice for October is ready."_s},
         26 * 60,
         true},
        {{"Work",
          "From: Maria Rossi <maria@example.com>\n"
          "Subject: Team offsite: pick a date\n"
          "Content-Type: text/plain; charset=utf-8\n",
          "Please vote for one of the three dates in the poll by Friday.\n",
          u"Team offsite: pick a date"_s, u"Please vote for one of the three dates"_s},
         5 * 60,
         true},
        {{"Work",
          "From: CI <ci@build.example.com>\n"
          "Subject: Build #1482 failed on main\n"
          "Content-Type: text/plain; charset=utf-8\n",
          "tst_folderwatcher failed on the arm64 runner. See the log for details.\n",
          u"Build #1482 failed on main"_s, u"tst_folderwatcher failed on the arm64 runner."_s},
         3 * 60,
         false},
        {{"INBOX",
          "From: Sam Okafor <sam@example.org>\n"
          "Subject: Photos from the weekend\n"
          "Content-Type: text/plain; charset=utf-8\n",
          "Here are the photos from the hike. The one at the summit is my favourite.\n",
          u"Photos from the weekend"_s, u"Here are the photos from the hike."_s},
         60,
         false},
    };
}

QByteArray withCrLf(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\n', "\r\n");
    return bytes;
}

SampleMessage build(const Template &t, const QDateTime &date, const QByteArray &messageId)
{
    SampleMessage message;
    message.folder = QString::fromLatin1(t.folder);
    message.subject = t.subject;
    message.previewPhrase = t.previewPhrase;
    message.rfc822 = withCrLf(t.headers)
        + "To: Demo <demo@mailbell.invalid>\r\nDate: " + date.toString(Qt::RFC2822Date).toLatin1()
        + "\r\nMessage-ID: <" + messageId + "@mailbell.invalid>\r\n\r\n" + withCrLf(t.body);
    return message;
}

} // namespace

QStringList SampleMessages::folders()
{
    return {u"INBOX"_s, u"Work"_s};
}

int SampleMessages::dripCycleLength()
{
    return int(dripTemplates().size());
}

SampleMessage SampleMessages::drip(int index, const QDateTime &now,
                                   const QByteArray &messageIdLocalPart)
{
    const QList<Template> templates = dripTemplates();
    const qsizetype size = templates.size();
    return build(templates.at(((index % size) + size) % size), now, messageIdLocalPart);
}

QList<SampleMessage> SampleMessages::seeds(const QDateTime &now, const QByteArray &messageIdPrefix)
{
    QList<SampleMessage> messages;
    int n = 0;
    for (const SeedTemplate &seed : seedTemplates()) {
        SampleMessage message = build(seed.message, now.addSecs(-60LL * seed.minutesAgo),
                                      messageIdPrefix + ".seed-" + QByteArray::number(++n));
        if (seed.seen)
            message.flags = QStringList {u"\\Seen"_s};
        messages.append(message);
    }
    return messages;
}
