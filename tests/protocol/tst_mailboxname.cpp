// MailboxName: modified UTF-7 (RFC 3501 5.1.3) and UTF-8 (RFC 6855 / RFC 9051) mailbox names.
#include "protocol/mailboxname.h"

#include <QRandomGenerator>
#include <QTest>

using ImapCore::MailboxName;

class Tst_mailboxname : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void utf8RoundTrip_data();
    void utf8RoundTrip();
    void malformed_data();
    void malformed();
    void displayLeniency_data();
    void displayLeniency();
    void unpairedSurrogatesOnEncode();
    void isInbox_data();
    void isInbox();
    void randomStringsRoundTrip();
    void randomBytesAreCanonicalOrRejected();
};

void Tst_mailboxname::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("inbox") << u"INBOX"_qs << QByteArray("INBOX");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("rfc3501-5.1.3-example")
        << u"~peter/mail/台北/日本語"_qs << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("ampersand") << u"&"_qs << QByteArray("&-");
    QTest::newRow("ampersand-in-word") << u"R&D"_qs << QByteArray("R&-D");
    QTest::newRow("ampersand-dash") << u"&-"_qs << QByteArray("&--");
    QTest::newRow("dash-only") << u"-"_qs << QByteArray("-");
    QTest::newRow("ampersand-between-runs")
        << u"日本語&台北"_qs << QByteArray("&ZeVnLIqe-&-&U,BTFw-");
    QTest::newRow("emoji-surrogate-pair") << u"📧 Inbox"_qs << QByteArray("&2D3c5w- Inbox");
    QTest::newRow("two-emoji-runs") << u"a📧b😀"_qs << QByteArray("a&2D3c5w-b&2D3eAA-");
    QTest::newRow("german-drafts") << u"Entwürfe"_qs << QByteArray("Entw&APw-rfe");
    QTest::newRow("russian-sent") << u"Отправленные"_qs
                                  << QByteArray("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-");
    QTest::newRow("russian-deleted") << u"Удаленные"_qs << QByteArray("&BCMENAQwBDsENQQ9BD0ESwQ1-");
    QTest::newRow("gmail-sent-german") << u"[Gmail]/Gesendet"_qs << QByteArray("[Gmail]/Gesendet");
    QTest::newRow("gmail-drafts-german")
        << u"[Gmail]/Entwürfe"_qs << QByteArray("[Gmail]/Entw&APw-rfe");
    QTest::newRow("gmail-sent-chinese")
        << u"[Gmail]/已发邮件"_qs << QByteArray("[Gmail]/&XfJT0ZCuTvY-");
    QTest::newRow("outlook-deleted-german")
        << u"Gelöschte Elemente"_qs << QByteArray("Gel&APY-schte Elemente");
    QTest::newRow("outlook-sent-french")
        << u"Éléments envoyés"_qs << QByteArray("&AMk-l&AOk-ments envoy&AOk-s");
    QTest::newRow("euro-sign") << u"€"_qs << QByteArray("&IKw-");
    QTest::newRow("control-char-encoded") << u"\u0001"_qs << QByteArray("&AAE-");
    QTest::newRow("crlf-encoded") << u"a\r\nb"_qs << QByteArray("a&AA0ACg-b");
    QTest::newRow("dovecot-separator") << u"INBOX.Sent Items"_qs << QByteArray("INBOX.Sent Items");
}

void Tst_mailboxname::roundTrip()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, wire);
    QCOMPARE(MailboxName::encode(name, false), wire);
    const auto decoded = MailboxName::decode(wire, false);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, name);
    QCOMPARE(MailboxName::decodeForDisplay(wire, false), name);
}

void Tst_mailboxname::utf8RoundTrip_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("rfc3501-example-as-utf8") << u"~peter/mail/台北/日本語"_qs;
    QTest::newRow("ampersand-stays") << u"R&D"_qs;
    QTest::newRow("looks-like-utf7") << u"&ZeVnLIqe-"_qs;
    QTest::newRow("emoji") << u"📧 Inbox"_qs;
    QTest::newRow("russian") << u"Отправленные"_qs;
    QTest::newRow("gmail-german") << u"[Gmail]/Entwürfe"_qs;
}

void Tst_mailboxname::utf8RoundTrip()
{
    QFETCH(QString, name);
    const QByteArray wire = MailboxName::encode(name, true);
    QCOMPARE(wire, name.toUtf8());
    QCOMPARE(MailboxName::decode(wire, true), std::optional<QString>(name));
}

void Tst_mailboxname::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("lone-ampersand")
        << QByteArray("&") << false << qsizetype(0) << u"unterminated"_qs;
    QTest::newRow("unterminated-run")
        << QByteArray("a/&U,BTFw") << false << qsizetype(2) << u"unterminated"_qs;
    QTest::newRow("ampersand-word-unescaped")
        << QByteArray("R&D") << false << qsizetype(1) << u"unterminated"_qs;
    QTest::newRow("bad-base64-char")
        << QByteArray("&U,B?Fw-") << false << qsizetype(4) << u"invalid character"_qs;
    QTest::newRow("slash-not-comma")
        << QByteArray("&U/BTFw-") << false << qsizetype(2) << u"invalid character"_qs;
    QTest::newRow("padding") << QByteArray("&AOk=-") << false << qsizetype(4)
                             << u"invalid character"_qs;
    QTest::newRow("space-in-run") << QByteArray("&AO k-") << false << qsizetype(3)
                                  << u"invalid character"_qs;
    QTest::newRow("encoded-printable-a")
        << QByteArray("&AGE-") << false << qsizetype(1) << u"printable US-ASCII"_qs;
    QTest::newRow("encoded-ampersand")
        << QByteArray("&ACY-") << false << qsizetype(1) << u"printable US-ASCII"_qs;
    QTest::newRow("six-bits-only")
        << QByteArray("&A-") << false << qsizetype(1) << u"whole number"_qs;
    QTest::newRow("twelve-bits") << QByteArray("&AO-") << false << qsizetype(1)
                                 << u"whole number"_qs;
    QTest::newRow("odd-utf16-length")
        << QByteArray("&AOkA-") << false << qsizetype(4) << u"whole number"_qs;
    QTest::newRow("nonzero-leftover-bits")
        << QByteArray("&AOl-") << false << qsizetype(3) << u"leftover"_qs;
    QTest::newRow("unpaired-high-surrogate")
        << QByteArray("&2D0-") << false << qsizetype(1) << u"high surrogate"_qs;
    QTest::newRow("high-then-bmp")
        << QByteArray("&2D0A6Q-") << false << qsizetype(1) << u"high surrogate"_qs;
    QTest::newRow("unpaired-low-surrogate")
        << QByteArray("&3Oc-") << false << qsizetype(1) << u"low surrogate"_qs;
    QTest::newRow("split-surrogate-pair")
        << QByteArray("&2D0-&3Oc-") << false << qsizetype(1) << u"high surrogate"_qs;
    QTest::newRow("null-shift") << QByteArray("&ZeVnLIqe-&U,BTFw-") << false << qsizetype(10)
                                << u"null shift"_qs;
    QTest::newRow("raw-utf8-without-accept")
        << QByteArray("Entw\xc3\xbcrfe") << false << qsizetype(4) << u"printable US-ASCII"_qs;
    QTest::newRow("raw-latin1") << QByteArray("Entw\xfcrfe") << false << qsizetype(4)
                                << u"printable US-ASCII"_qs;
    QTest::newRow("tab") << QByteArray("a\tb") << false << qsizetype(1) << u"printable US-ASCII"_qs;
    QTest::newRow("crlf") << QByteArray("a\r\n") << false << qsizetype(1)
                          << u"printable US-ASCII"_qs;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false << qsizetype(1)
                         << u"printable US-ASCII"_qs;
    QTest::newRow("del") << QByteArray("a\x7f") << false << qsizetype(1)
                         << u"printable US-ASCII"_qs;

    QTest::newRow("utf8-truncated")
        << QByteArray("Entw\xc3") << true << qsizetype(4) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-overlong-slash")
        << QByteArray("a\xc0\xaf") << true << qsizetype(1) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-overlong-3byte")
        << QByteArray("\xe0\x80\xaf") << true << qsizetype(0) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-encoded-surrogate")
        << QByteArray("\xed\xa0\x80") << true << qsizetype(0) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-above-10ffff")
        << QByteArray("\xf4\x90\x80\x80") << true << qsizetype(0) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-latin1-byte")
        << QByteArray("Entw\xfcrfe") << true << qsizetype(4) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-bad-continuation")
        << QByteArray("\xe6\x97\x41") << true << qsizetype(0) << u"invalid UTF-8"_qs;
    QTest::newRow("utf8-ff") << QByteArray("\xff") << true << qsizetype(0) << u"invalid UTF-8"_qs;
}

void Tst_mailboxname::malformed()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, utf8);
    QFETCH(qsizetype, offset);
    QFETCH(QString, reasonPart);
    const auto result = MailboxName::decodeChecked(raw, utf8);
    const auto *error = std::get_if<MailboxName::DecodeError>(&result);
    if (!error)
        QFAIL(qPrintable(u"decoded as "_qs + std::get<QString>(result)));
    QCOMPARE(error->offset, offset);
    QVERIFY2(error->reason.contains(reasonPart), qPrintable(error->reason));
    QCOMPARE(MailboxName::decode(raw, utf8), std::nullopt);
    // Display never fails and never returns an empty string for non-empty input.
    QVERIFY(!MailboxName::decodeForDisplay(raw, utf8).isEmpty());
}

void Tst_mailboxname::displayLeniency_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<QString>("strict"); // null: strict decoding fails
    QTest::addColumn<QString>("display");

    QTest::newRow("utf7-after-utf8-accept")
        << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-") << true
        << u"~peter/mail/&U,BTFw-/&ZeVnLIqe-"_qs << u"~peter/mail/台北/日本語"_qs;
    QTest::newRow("ampersand-name-utf8") << QByteArray("R&D") << true << u"R&D"_qs << u"R&D"_qs;
    QTest::newRow("escaped-ampersand-utf8") << QByteArray("&-") << true << u"&-"_qs << u"&-"_qs;
    QTest::newRow("utf8-name-utf8")
        << QByteArray("Entw\xc3\xbcrfe") << true << u"Entwürfe"_qs << u"Entwürfe"_qs;
    QTest::newRow("raw-utf8-without-accept")
        << QByteArray("Entw\xc3\xbcrfe") << false << QString() << u"Entwürfe"_qs;
    QTest::newRow("raw-latin1-without-accept")
        << QByteArray("Entw\xfcrfe") << false << QString() << u"Entwürfe"_qs;
    QTest::newRow("bad-utf7-shown-raw") << QByteArray("R&D") << false << QString() << u"R&D"_qs;
}

void Tst_mailboxname::displayLeniency()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, utf8);
    QFETCH(QString, strict);
    QFETCH(QString, display);
    const auto decoded = MailboxName::decode(raw, utf8);
    if (strict.isNull())
        QCOMPARE(decoded, std::nullopt);
    else
        QCOMPARE(decoded, std::optional<QString>(strict));
    QCOMPARE(MailboxName::decodeForDisplay(raw, utf8), display);
}

void Tst_mailboxname::unpairedSurrogatesOnEncode()
{
    const QString lone = QString(QChar(0xD83D)) + u"x"_qs + QChar(0xDCE7);
    const QByteArray utf7 = MailboxName::encode(lone, false);
    QCOMPARE(utf7, QByteArray("&,,0-x&,,0-"));
    QCOMPARE(MailboxName::decode(utf7, false), std::optional<QString>(u"\uFFFDx\uFFFD"_qs));
    const QByteArray utf8 = MailboxName::encode(lone, true);
    QCOMPARE(utf8, QByteArray("\xef\xbf\xbdx\xef\xbf\xbd"));
}

void Tst_mailboxname::isInbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inbox");

    QTest::newRow("upper") << u"INBOX"_qs << true;
    QTest::newRow("lower") << u"inbox"_qs << true;
    QTest::newRow("mixed") << u"InBoX"_qs << true;
    QTest::newRow("child") << u"INBOX/Sent"_qs << false;
    QTest::newRow("dovecot-child") << u"INBOX.Sent"_qs << false;
    QTest::newRow("prefix") << u"INBOXES"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"INBOX "_qs << false;
    // U+0130 (dotted capital I) must not fold to ASCII 'i'.
    QTest::newRow("turkish-dotted-i") << u"\u0130NBOX"_qs << false;
}

void Tst_mailboxname::isInbox()
{
    QFETCH(QString, name);
    QFETCH(bool, inbox);
    QCOMPARE(MailboxName::isInbox(name), inbox);
    QCOMPARE(MailboxName::isInbox(QByteArrayView(MailboxName::encode(name, false))), inbox);
}

void Tst_mailboxname::randomStringsRoundTrip()
{
    const QList<char16_t> pool = {u'a',   u'Z',   u' ',   u'&',   u'-',   u'/',
                                  u'.',   u'[',   u']',   u'~',   0x00E9, 0x00FC,
                                  0x041E, 0x65E5, 0x0001, 0x000D, 0x007F, 0xFFFD};
    const QList<char32_t> astral = {0x1F4E7, 0x1F600, 0x10000, 0x10FFFF};
    for (quint32 seed = 1; seed <= 2000; ++seed) {
        QRandomGenerator rng(seed);
        QString name;
        const int length = rng.bounded(0, 24);
        for (int i = 0; i < length; ++i) {
            if (rng.bounded(6) == 0)
                name.append(QString::fromUcs4(&astral[rng.bounded(astral.size())], 1));
            else
                name.append(QChar(pool[rng.bounded(pool.size())]));
        }
        for (const bool utf8 : {false, true}) {
            const QByteArray wire = MailboxName::encode(name, utf8);
            if (!utf8) {
                for (const char c : wire)
                    QVERIFY2(c >= 0x20 && c <= 0x7e, qPrintable(QString::number(seed)));
            }
            const auto back = MailboxName::decode(wire, utf8);
            QVERIFY2(back == name, qPrintable(u"seed "_qs + QString::number(seed)));
        }
    }
}

void Tst_mailboxname::randomBytesAreCanonicalOrRejected()
{
    // Whatever strict decoding accepts re-encodes to the same bytes: one wire form per name.
    const QByteArray alphabet("&-AOkZe,+2D3c5w/aA ");
    int accepted = 0;
    for (quint32 seed = 1; seed <= 20000; ++seed) {
        QRandomGenerator rng(seed);
        QByteArray raw;
        const int length = rng.bounded(0, 14);
        for (int i = 0; i < length; ++i)
            raw.append(alphabet.at(rng.bounded(alphabet.size())));
        if (const auto name = MailboxName::decode(raw, false)) {
            ++accepted;
            QVERIFY2(MailboxName::encode(*name, false) == raw, raw.constData());
        }
    }
    QVERIFY(accepted > 100);
}

QTEST_GUILESS_MAIN(Tst_mailboxname)
#include "tst_mailboxname.moc"
