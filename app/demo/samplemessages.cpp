#include "samplemessages.h"

#include <algorithm>

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

// A kind of dripped message: everything but the sender, who comes from a pool of people who
// would write it, so one topic reads differently each time it comes round.
struct Topic
{
    const char *folder;
    const QList<const char *> *senders; // the From line and any header that belongs with it
    const char *headers;
    const char *body;
    QString subject;
    QString previewPhrase;
};

const QList<const char *> kColleagues {
    "From: Priya Raman <priya@example.org>\n",
    "From: Tom Becker <tom@example.com>\n",
    "From: Sam Okafor <sam@example.org>\n",
    "From: Maria Rossi <maria@example.com>\n",
    "From: =?UTF-8?Q?Zo=C3=AB_Martin?= <zoe@example.net>\n",
    "From: Diego Alvarez <diego@example.com>\n",
    "From: Lena Novak <lena.novak@example.org>\n",
    "From: \"O'Brien, Kate\" <kate.obrien@example.ie>\n",
};
const QList<const char *> kGerman {
    "From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <juergen@example.de>\n",
    "From: =?UTF-8?Q?Anna_Schr=C3=B6der?= <anna@example.de>\n",
    "From: Klaus Weber <klaus.weber@example.at>\n",
};
const QList<const char *> kJapanese {
    "From: =?UTF-8?B?55Sw5LitIOiKseWtkA==?= <hanako.tanaka@example.jp>\n",
    "From: =?UTF-8?B?5L2Q6JekIOWBpQ==?= <ken.sato@example.jp>\n",
    "From: =?UTF-8?B?6Yi05pyoIOS4gOmDjg==?= <ichiro.suzuki@example.jp>\n",
};
const QList<const char *> kFrench {
    "From: Camille Laurent <camille@example.fr>\n",
    "From: =?UTF-8?Q?Ma=C3=ABlle_Girard?= <maelle@example.fr>\n",
    "From: Julien Moreau <julien@example.be>\n",
};
const QList<const char *> kShops {
    "From: Parcel Tracking <noreply@shop.example.com>\n",
    "From: Bookshop Orders <orders@books.example.net>\n",
    "From: Garden Supplies <shipping@garden.example.org>\n",
};
const QList<const char *> kNewsletters {
    "From: Open Source Weekly <digest@news.example.net>\n"
    "List-Id: Open Source Weekly <weekly.news.example.net>\n"
    "List-Unsubscribe: <https://news.example.net/unsubscribe?u=demo>\n",
    "From: Desktop Linux Digest <digest@linux.example.org>\n"
    "List-Id: Desktop Linux Digest <digest.linux.example.org>\n"
    "List-Unsubscribe: <https://linux.example.org/unsubscribe?u=demo>\n",
    "From: The Qt Letter <letter@qt.example.com>\n"
    "List-Id: The Qt Letter <letter.qt.example.com>\n"
    "List-Unsubscribe: <mailto:leave@qt.example.com>\n",
};
const QList<const char *> kOffice {
    "From: Facilities Team <facilities@example.com>\n",
    "From: Office Management <office@example.com>\n",
    "From: IT Service Desk <servicedesk@example.com>\n",
};
// Names a client must show literally: markup is text, never rendered.
const QList<const char *> kHostile {
    "From: \"<script>alert(1)</script>\" <mallory@example.net>\n",
    "From: \"<b>Bold</b> & <i>Co</i>\" <eve@example.net>\n",
    "From: \"&lt;Trudy&gt; <img src=x>\" <trudy@example.net>\n",
};

// Raw bytes deliberately: each one exercises a different decoding path of the client. The
// first nine are the demo's classics; the rest are everyday mail, so a long demo reads like an
// inbox and not like a loop.
QList<Topic> dripTopics()
{
    return {
        {"INBOX", &kColleagues,
         "Subject: Lunch on Friday?\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n",
         "Hi!\n\nShall we try the new Thai place on Friday? They open at noon and I can book a "
         "table for four.\n",
         u"Lunch on Friday?"_s, u"Shall we try the new Thai place on Friday?"_s},

        {"INBOX", &kShops,
         "Subject: Your order has shipped\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/html; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n",
         "<!DOCTYPE html>\n<html><head><style>p { color: #333; }</style></head><body>\n"
         "<p>Good news, Alex! Your <b>parcel</b> is on its way &amp; should "
         "arrive on Thursday.</p>\n"
         "<p><a href=\"https://shop.example.com/track/8841\">Track your parcel</a></p>\n"
         "</body></html>\n",
         u"Your order has shipped"_s, u"is on its way & should arrive on Thursday."_s},

        {"INBOX", &kGerman,
         "Subject: =?ISO-8859-1?Q?Gr=FC=DFe_aus_M=FCnchen?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=iso-8859-1\n"
         "Content-Transfer-Encoding: quoted-printable\n",
         "Hallo zusammen,\n\n"
         "viele Gr=FC=DFe aus M=FCnchen! Das Wetter ist sch=F6n, die Brezn sind frisc=\n"
         "h und am Samstag gehen wir auf den Viktualienmarkt. Wer m=F6chte mitkommen?\n",
         u"Grüße aus München"_s, u"viele Grüße aus München! Das Wetter ist schön"_s},

        {"Work", &kJapanese,
         "Subject: =?ISO-2022-JP?B?GyRCMnE1RCRONUQ7dk8/IUobKEIxMRskQjduSiwhSxsoQg==?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: base64\n",
         "55qG44GV44KT44CB44GK55ay44KM5qeY44Gn44GZ44CCDQrmnKzml6Xjga7kvJrorbDjga7orbDk\n"
         "uovpjLLjgpLjgYrpgIHjgorjgZfjgb7jgZnjgILmnaXpgLHjga7ngavmm5zml6Xjgb7jgafjgavj\n"
         "gZTnorroqo3jgY/jgaDjgZXjgYTjgIINCg==\n",
         u"会議の議事録（11月分）"_s, u"本日の会議の議事録をお送りします。"_s},

        {"Work", &kFrench,
         "Subject: =?UTF-8?B?8J+OiSBNYWlsYmVsbCAxLjAgZXN0IHNvcnRpIDogbWVyY2kgw6AgdG91cyAh?=\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 8bit\n",
         "Bonjour à tous,\n\nMerci à toutes celles et ceux qui ont testé les versions bêta. "
         "Les notes de version sont sur le wiki.\n",
         u"🎉 Mailbell 1.0 est sorti : merci à tous !"_s,
         u"Merci à toutes celles et ceux qui ont testé les versions bêta."_s},

        {"Work", &kOffice,
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

        {"INBOX", &kNewsletters,
         "Subject: This week: IMAP IDLE explained, Qt 6 tips and 12 new releases\n"
         "Precedence: bulk\n"
         "MIME-Version: 1.0\n"
         "Content-Type: multipart/alternative; boundary=\"=-weekly-7f3a\"\n",
         "--=-weekly-7f3a\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n\n"
         "In this issue: how IMAP IDLE lets a client hear about new mail at once, three Qt 6 "
         "tips for tray apps, and twelve new releases.\n\n"
         "Unsubscribe: see the link in the List-Unsubscribe header.\n"
         "--=-weekly-7f3a\n"
         "Content-Type: text/html; charset=utf-8\n"
         "Content-Transfer-Encoding: 7bit\n\n"
         "<html><body><h1>This week</h1><p>In this issue: how <b>IMAP IDLE</b> lets a "
         "client hear about new mail at once, three Qt 6 tips for tray apps, and twelve new "
         "releases.</p></body></html>\n"
         "--=-weekly-7f3a--\n",
         u"This week: IMAP IDLE explained, Qt 6 tips and 12 new releases"_s,
         u"In this issue: how IMAP IDLE lets a client hear about new mail at once"_s},

        {"Work", &kColleagues,
         "Subject: Re: Quarterly report draft\n"
         "In-Reply-To: <report-draft-q3@example.com>\n"
         "References: <report-draft-q3@example.com>\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "Looks good to me, just two small changes on page 3: the chart needs a legend and the "
         "totals should be rounded.\n\n"
         "On Tue, 3 Nov 2026 at 09:12, Demo <demo@mailbell.invalid> wrote:\n"
         "> Hi,\n>\n> here is the draft of the quarterly report. Could you read it before\n"
         "> Thursday?\n",
         u"Re: Quarterly report draft"_s, u"Looks good to me, just two small changes on page 3"_s},

        // What a notification must show literally: markup in a subject is text, never rendered.
        {"INBOX", &kHostile,
         "Subject: <b>x</b> & <img src=file:///etc/passwd>\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "If this subject shows in bold or loads an image, the client renders mail as markup. "
         "It should show the characters exactly as written.\n",
         u"<b>x</b> & <img src=file:///etc/passwd>"_s,
         u"If this subject shows in bold or loads an image"_s},

        {"Work", &kColleagues,
         "Subject: Meeting moved to 3 pm\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "The planning meeting is now at 3 pm in room 2.14, same agenda. Bring your numbers.\n",
         u"Meeting moved to 3 pm"_s, u"The planning meeting is now at 3 pm"_s},

        {"INBOX", &kColleagues,
         "Subject: Weekend hike?\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "The forecast for Sunday looks great. Anyone up for the ridge trail? We would leave at "
         "eight from the station.\n",
         u"Weekend hike?"_s, u"The forecast for Sunday looks great."_s},

        {"Work", &kColleagues,
         "Subject: Could you review my changes?\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: quoted-printable\n",
         "I pushed the fix for the reconnect delay =E2=80=93 about 40 lines, with a test. No h=\n"
         "urry, tomorrow is fine.\n",
         u"Could you review my changes?"_s, u"I pushed the fix for the reconnect delay – about"_s},

        {"INBOX", &kShops,
         "Subject: Your receipt\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "Thank you for your order. Your receipt is attached to your account page; the amount "
         "has been charged to your card.\n",
         u"Your receipt"_s, u"Thank you for your order."_s},

        {"INBOX", &kColleagues,
         "Subject: Book club: the next title\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "We have two candidates for next month. Reply with your vote before Wednesday.\n",
         u"Book club: the next title"_s, u"We have two candidates for next month."_s},

        {"Work", &kOffice,
         "Subject: Planned maintenance tonight\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "The file server restarts tonight at 22:00 and should be back within fifteen minutes. "
         "Please save your work before you leave.\n",
         u"Planned maintenance tonight"_s, u"The file server restarts tonight at 22:00"_s},

        {"INBOX", &kColleagues,
         "Subject: =?UTF-8?Q?Caf=C3=A9_tomorrow=3F?=\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: 8bit\n",
         "Coffee at the café by the park tomorrow at ten? My treat this time ☕\n",
         u"Café tomorrow?"_s, u"Coffee at the café by the park tomorrow at ten?"_s},

        {"Work", &kColleagues,
         "Subject: Slides from today's talk\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "Thanks for coming! The slides and the recording are on the team wiki under Talks.\n",
         u"Slides from today's talk"_s, u"The slides and the recording are on the team wiki"_s},

        {"INBOX", &kNewsletters,
         "Subject: Five things to try this month\n"
         "Precedence: bulk\n"
         "Content-Type: text/plain; charset=utf-8\n",
         "This month: tidy notifications, quiet hours that fit your day, a faster start-up, "
         "and two tricks for your terminal.\n",
         u"Five things to try this month"_s, u"This month: tidy notifications, quiet hours"_s},
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

int SampleMessages::dripTopicCount()
{
    return int(dripTopics().size());
}

int SampleMessages::dripsBeforeRepeat()
{
    const QList<Topic> topics = dripTopics();
    qsizetype fewestSenders = topics.first().senders->size();
    for (const Topic &topic : topics)
        fewestSenders = std::min(fewestSenders, topic.senders->size());
    return int(topics.size() * fewestSenders);
}

SampleMessage SampleMessages::drip(int index, const QDateTime &now,
                                   const QByteArray &messageIdLocalPart)
{
    // The topics in turn; each time round, each topic from the next person of its pool.
    const QList<Topic> topics = dripTopics();
    const qsizetype count = topics.size();
    const qsizetype at = ((qsizetype(index) % count) + count) % count;
    const qsizetype round = (qsizetype(index) - at) / count;
    const Topic &topic = topics.at(at);
    const qsizetype senders = topic.senders->size();
    const QByteArray headers =
        QByteArray(topic.senders->at(((round % senders) + senders) % senders)) + topic.headers;
    return build(
        {topic.folder, headers.constData(), topic.body, topic.subject, topic.previewPhrase}, now,
        messageIdLocalPart);
}

int SampleMessages::seedCount()
{
    return int(seedTemplates().size());
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
