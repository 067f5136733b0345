// CommandBuilder: tags, argument encoding (atom / quoted / literal, LITERAL+ / LITERAL-,
// literal8, UTF8=ACCEPT), redaction, injection safety, and the exact wire bytes of each command.
#include "protocol/commandbuilder.h"

#include <QTest>

using namespace ImapCore;
using Arg = CommandArgument;

namespace {

// The first tagged command a fresh builder produces; "ERROR: reason" when it refuses.
QByteArray wireOf(const CommandResult &result)
{
    if (const auto *error = std::get_if<CommandError>(&result))
        return "ERROR: " + error->reason.toUtf8();
    return std::get<Command>(result).wire();
}

QList<QByteArray> chunksOf(const CommandResult &result)
{
    if (const auto *command = std::get_if<Command>(&result))
        return command->chunks;
    return {"ERROR: " + std::get<CommandError>(result).reason.toUtf8()};
}

CommandOptions optionsFor(const QByteArray &name)
{
    CommandOptions options;
    if (name.contains("plus"))
        options.literals = LiteralMode::LiteralPlus;
    if (name.contains("minus"))
        options.literals = LiteralMode::LiteralMinus;
    if (name.contains("utf8"))
        options.utf8Accepted = true;
    return options;
}

// Reads client bytes the way a server frames them (RFC 9051 2.2 / 4.3): a line, and when it ends
// with a literal announcement "{n}" / "{n+}" / "~{n}", n octets of literal and then more line.
// Returns the command-line text outside literals, one entry per complete command.
struct Framed
{
    QList<QByteArray> commandText;
    bool ok = true;
};

Framed frameAsServer(const QByteArray &wire)
{
    Framed framed;
    qsizetype pos = 0;
    QByteArray current;
    while (pos < wire.size()) {
        const qsizetype eol = wire.indexOf("\r\n", pos);
        if (eol < 0) {
            framed.ok = false;
            return framed;
        }
        const QByteArray line = wire.sliced(pos, eol - pos);
        current += line;
        pos = eol + 2;
        if (line.endsWith('}')) {
            const qsizetype open = line.lastIndexOf('{');
            QByteArray size = line.sliced(open + 1, line.size() - open - 2);
            if (size.endsWith('+'))
                size.chop(1);
            bool ok = false;
            const qsizetype n = size.toLongLong(&ok);
            if (!ok || pos + n > wire.size()) {
                framed.ok = false;
                return framed;
            }
            pos += n; // literal data: never interpreted as a line
            continue;
        }
        framed.commandText.append(current);
        current.clear();
    }
    if (!current.isEmpty())
        framed.ok = false;
    return framed;
}

// The command text with the contents of quoted strings removed (what is left is syntax).
QByteArray withoutQuotedStrings(const QByteArray &text)
{
    QByteArray out;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
            out.append(c);
        } else if (!quoted) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

class Tst_commandbuilder : public QObject
{
    Q_OBJECT
private slots:
    void tags();
    void tagPrefix_data();
    void tagPrefix();
    void wireBytes_data();
    void wireBytes();
    void literalChoices_data();
    void literalChoices();
    void errors_data();
    void errors();
    void injection_data();
    void injection();
    void redaction();
    void untaggedLines();
};

void Tst_commandbuilder::tags()
{
    CommandBuilder builder;
    QCOMPARE(builder.nextTag(), QByteArray("A0001"));
    auto first = builder.noop();
    QCOMPARE(std::get<Command>(first).tag, QByteArray("A0001"));
    QCOMPARE(std::get<Command>(first).wire(), QByteArray("A0001 NOOP\r\n"));
    auto second = builder.capability();
    QCOMPARE(std::get<Command>(second).tag, QByteArray("A0002"));
    // A refused command does not consume a tag.
    QVERIFY(std::holds_alternative<CommandError>(builder.enable({"BAD ATOM"})));
    QCOMPARE(builder.nextTag(), QByteArray("A0003"));
    for (int i = 3; i < 9999; ++i)
        QVERIFY(std::holds_alternative<Command>(builder.noop()));
    QCOMPARE(builder.nextTag(), QByteArray("A9999"));
    builder.noop();
    QCOMPARE(builder.nextTag(), QByteArray("A10000"));
}

void Tst_commandbuilder::tagPrefix_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("tag");

    QTest::newRow("default") << QByteArray("A") << QByteArray("A0001");
    QTest::newRow("word") << QByteArray("mb") << QByteArray("mb0001");
    QTest::newRow("bracket-allowed") << QByteArray("x]") << QByteArray("x]0001");
    QTest::newRow("plus-rejected") << QByteArray("+") << QByteArray("A0001");
    QTest::newRow("space-rejected") << QByteArray("a b") << QByteArray("A0001");
    QTest::newRow("star-rejected") << QByteArray("*") << QByteArray("A0001");
    QTest::newRow("crlf-rejected") << QByteArray("a\r\n") << QByteArray("A0001");
    QTest::newRow("empty-rejected") << QByteArray() << QByteArray("A0001");
    QTest::newRow("8bit-rejected") << QByteArray("\xc3\xa4") << QByteArray("A0001");
}

void Tst_commandbuilder::tagPrefix()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, tag);
    CommandBuilder builder({}, prefix);
    QCOMPARE(builder.nextTag(), tag);
    QCOMPARE(std::get<Command>(builder.noop()).wire(), tag + " NOOP\r\n");
}

void Tst_commandbuilder::wireBytes_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("expected");

    auto row = [](const char *name, CommandResult result, const char *expected) {
        QTest::newRow(name) << wireOf(result) << QByteArray(expected);
    };
    CommandBuilder b;
    CommandBuilder u({LiteralMode::Synchronizing, true}); // UTF8=ACCEPT enabled
    CommandBuilder p({LiteralMode::LiteralPlus, false});

    row("capability", CommandBuilder().capability(), "A0001 CAPABILITY\r\n");
    row("noop", CommandBuilder().noop(), "A0001 NOOP\r\n");
    row("logout", CommandBuilder().logout(), "A0001 LOGOUT\r\n");
    row("starttls", CommandBuilder().startTls(), "A0001 STARTTLS\r\n");
    row("namespace", CommandBuilder().namespaces(), "A0001 NAMESPACE\r\n");
    row("idle", CommandBuilder().idle(), "A0001 IDLE\r\n");
    row("close", CommandBuilder().close(), "A0001 CLOSE\r\n");
    row("unselect", CommandBuilder().unselect(), "A0001 UNSELECT\r\n");
    row("compress", CommandBuilder().compressDeflate(), "A0001 COMPRESS DEFLATE\r\n");
    row("notify-none", CommandBuilder().notifyNone(), "A0001 NOTIFY NONE\r\n");
    {
        // The set Mailbell sends: the selected folder pushes its new messages' UID and FLAGS,
        // the other watched folders report STATUS (RFC 5465 5.1).
        NotifyParameters n;
        n.selectedFetch = {"UID", "FLAGS"};
        n.mailboxes = {u"INBOX"_qs, u"Work"_qs, u"Lists/Qt Dev"_qs};
        row("notify-set", CommandBuilder().notifySet(n),
            "A0001 NOTIFY SET (selected (MessageNew (UID FLAGS) MessageExpunge FlagChange)) "
            "(mailboxes (INBOX Work \"Lists/Qt Dev\") (MessageNew MessageExpunge FlagChange))\r\n");
        n.status = true;
        n.flagChanges = false;
        n.selectedFetch.clear();
        n.mailboxes = {u"Entw\u00fcrfe"_qs};
        row("notify-set-status-utf7", CommandBuilder().notifySet(n),
            "A0001 NOTIFY SET STATUS (selected (MessageNew MessageExpunge)) "
            "(mailboxes (Entw&APw-rfe) (MessageNew MessageExpunge))\r\n");
        NotifyParameters selectedOnly;
        row("notify-set-selected-only", CommandBuilder().notifySet(selectedOnly),
            "A0001 NOTIFY SET (selected (MessageNew MessageExpunge FlagChange))\r\n");
    }

    row("login-atoms", CommandBuilder().login(u"alice"_qs, u"secret"_qs),
        "A0001 LOGIN alice secret\r\n");
    row("login-email-user", CommandBuilder().login(u"alice@example.org"_qs, u"s3cr3t!"_qs),
        "A0001 LOGIN alice@example.org s3cr3t!\r\n");
    row("login-quoted-space", CommandBuilder().login(u"alice"_qs, u"p@ss word"_qs),
        "A0001 LOGIN alice \"p@ss word\"\r\n");
    row("login-quoted-escapes", CommandBuilder().login(u"alice"_qs, u"pa\"ss\\"_qs),
        "A0001 LOGIN alice \"pa\\\"ss\\\\\"\r\n");
    row("login-wildcard-quoted", CommandBuilder().login(u"alice"_qs, u"a*b%c"_qs),
        "A0001 LOGIN alice \"a*b%c\"\r\n");
    row("login-bracket-atom", CommandBuilder().login(u"alice"_qs, u"a]b"_qs),
        "A0001 LOGIN alice a]b\r\n");
    row("login-empty-password", CommandBuilder().login(u"alice"_qs, QString()),
        "A0001 LOGIN alice \"\"\r\n");
    row("login-8bit-sync", CommandBuilder().login(u"alice"_qs, u"pässword"_qs),
        "A0001 LOGIN alice {9}\r\np\xc3\xa4ssword\r\n");
    row("login-8bit-literal-plus", p.login(u"alice"_qs, u"pässword"_qs),
        "A0001 LOGIN alice {9+}\r\np\xc3\xa4ssword\r\n");

    // RFC 4959 examples: AUTHENTICATE PLAIN with an initial response.
    row("authenticate-plain-ir",
        CommandBuilder().authenticate("PLAIN", QByteArray("\0alice\0secret", 13)),
        "A0001 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==\r\n");
    row("authenticate-empty-ir", CommandBuilder().authenticate("EXTERNAL", QByteArray("")),
        "A0001 AUTHENTICATE EXTERNAL =\r\n");
    row("authenticate-no-ir", CommandBuilder().authenticate("XOAUTH2"),
        "A0001 AUTHENTICATE XOAUTH2\r\n");

    row("enable", CommandBuilder().enable({"QRESYNC", "CONDSTORE"}),
        "A0001 ENABLE QRESYNC CONDSTORE\r\n");
    row("enable-utf8", CommandBuilder().enable({"UTF8=ACCEPT"}), "A0001 ENABLE UTF8=ACCEPT\r\n");
    row("id-nil", CommandBuilder().id(std::nullopt), "A0001 ID NIL\r\n");
    row("id-fields",
        CommandBuilder().id(CommandBuilder::IdFields {{"name", "Mailbell"}, {"version", "0.1"}}),
        "A0001 ID (\"name\" \"Mailbell\" \"version\" \"0.1\")\r\n");

    row("select-inbox", CommandBuilder().select(u"INBOX"_qs), "A0001 SELECT INBOX\r\n");
    row("examine-inbox", CommandBuilder().examine(u"INBOX"_qs), "A0001 EXAMINE INBOX\r\n");
    row("select-condstore", CommandBuilder().select(u"INBOX"_qs, SelectParameters {true, {}}),
        "A0001 SELECT INBOX (CONDSTORE)\r\n");
    // RFC 7162 3.2.5.2 example.
    row("select-qresync-rfc7162",
        CommandBuilder().select(
            u"INBOX"_qs,
            SelectParameters {false,
                              QResyncParameters {67890007, 20050715194045000ull,
                                                 SequenceSet::parse("41,43:211,214:541").value()}}),
        "A0001 SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\r\n");
    row("select-qresync-no-known-uids",
        CommandBuilder().select(
            u"INBOX"_qs,
            SelectParameters {true, QResyncParameters {3857529045u, 90060115194045000ull, {}}}),
        "A0001 SELECT INBOX (QRESYNC (3857529045 90060115194045000))\r\n");
    row("examine-condstore", CommandBuilder().examine(u"Archive"_qs, SelectParameters {true, {}}),
        "A0001 EXAMINE Archive (CONDSTORE)\r\n");
    row("select-rfc3501-utf7", CommandBuilder().select(u"~peter/mail/台北/日本語"_qs),
        "A0001 SELECT ~peter/mail/&U,BTFw-/&ZeVnLIqe-\r\n");
    row("select-utf8-accept", u.select(u"~peter/mail/台北/日本語"_qs),
        "A0001 SELECT "
        "\"~peter/mail/\xe5\x8f\xb0\xe5\x8c\x97/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\"\r\n");
    row("select-gmail-sent", CommandBuilder().select(u"[Gmail]/Sent Mail"_qs),
        "A0001 SELECT \"[Gmail]/Sent Mail\"\r\n");
    row("select-gmail-gesendet", CommandBuilder().select(u"[Gmail]/Gesendet"_qs),
        "A0001 SELECT [Gmail]/Gesendet\r\n");
    row("select-outlook-german", CommandBuilder().select(u"Gelöschte Elemente"_qs),
        "A0001 SELECT \"Gel&APY-schte Elemente\"\r\n");
    row("select-ampersand", CommandBuilder().select(u"R&D"_qs), "A0001 SELECT R&-D\r\n");

    row("list-special-use", CommandBuilder().list(QString(), u"*"_qs, {"SPECIAL-USE", "CHILDREN"}),
        "A0001 LIST \"\" \"*\" RETURN (SPECIAL-USE CHILDREN)\r\n");
    row("list-plain", CommandBuilder().list(QString(), u"%"_qs), "A0001 LIST \"\" \"%\"\r\n");
    row("list-reference", CommandBuilder().list(u"INBOX."_qs, u"Entwürfe*"_qs),
        "A0001 LIST \"INBOX.\" \"Entw&APw-rfe*\"\r\n");
    row("status", CommandBuilder().status(u"INBOX"_qs, {"MESSAGES", "UIDNEXT", "UNSEEN"}),
        "A0001 STATUS INBOX (MESSAGES UIDNEXT UNSEEN)\r\n");
    row("status-highestmodseq",
        CommandBuilder().status(u"Sent Items"_qs, {"UIDVALIDITY", "HIGHESTMODSEQ"}),
        "A0001 STATUS \"Sent Items\" (UIDVALIDITY HIGHESTMODSEQ)\r\n");

    row("uid-fetch-summary",
        CommandBuilder().uidFetch(
            SequenceSet::parse("1:5,9").value(),
            {"UID", "FLAGS", "ENVELOPE", "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]<0.2048>"}),
        "A0001 UID FETCH 1:5,9 (UID FLAGS ENVELOPE BODY.PEEK[HEADER.FIELDS (FROM "
        "SUBJECT)]<0.2048>)\r\n");
    row("uid-fetch-new-mail",
        CommandBuilder().uidFetch(SequenceSet::fromRange(101, 4294967295u), {"FLAGS"}),
        "A0001 UID FETCH 101:4294967295 (FLAGS)\r\n");
    row("uid-fetch-changedsince",
        CommandBuilder().uidFetch(SequenceSet::fromRange(1, 4294967295u), {"FLAGS"}, 12345),
        "A0001 UID FETCH 1:4294967295 (FLAGS) (CHANGEDSINCE 12345)\r\n");
    // RFC 7162 3.2.6 example.
    row("uid-fetch-vanished-rfc7162",
        CommandBuilder().uidFetch(SequenceSet::fromRange(300, 500), {"FLAGS"}, 12345, true),
        "A0001 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n");
    row("uid-store-seen",
        CommandBuilder().uidStore(SequenceSet::fromNumbers({7, 4}),
                                  CommandBuilder::StoreOperation::Add, {"\\Seen"}),
        "A0001 UID STORE 4,7 +FLAGS.SILENT (\\Seen)\r\n");
    row("uid-store-remove",
        CommandBuilder().uidStore(SequenceSet::fromRange(1, 3),
                                  CommandBuilder::StoreOperation::Remove, {"\\Seen", "\\Flagged"}),
        "A0001 UID STORE 1:3 -FLAGS.SILENT (\\Seen \\Flagged)\r\n");
    row("uid-store-replace-loud",
        CommandBuilder().uidStore(SequenceSet::fromNumbers({5}),
                                  CommandBuilder::StoreOperation::Replace,
                                  {"$Forwarded", "\\Deleted"}, false),
        "A0001 UID STORE 5 FLAGS ($Forwarded \\Deleted)\r\n");
    row("uid-expunge", CommandBuilder().uidExpunge(SequenceSet::fromRange(3000, 3002)),
        "A0001 UID EXPUNGE 3000:3002\r\n");
    row("uid-move", CommandBuilder().uidMove(SequenceSet::fromNumbers({42}), u"Trash"_qs),
        "A0001 UID MOVE 42 Trash\r\n");
    row("uid-move-outlook",
        CommandBuilder().uidMove(SequenceSet::fromNumbers({42, 43}), u"Deleted Items"_qs),
        "A0001 UID MOVE 42:43 \"Deleted Items\"\r\n");
    row("uid-search-unseen",
        CommandBuilder().uidSearch({Arg::atom("UID"),
                                    Arg::sequenceSet(SequenceSet::fromRange(100, 4294967295u)),
                                    Arg::atom("UNSEEN")}),
        "A0001 UID SEARCH UID 100:4294967295 UNSEEN\r\n");
    row("uid-search-esearch", CommandBuilder().uidSearch({Arg::atom("UNSEEN")}, {"ALL", "COUNT"}),
        "A0001 UID SEARCH RETURN (ALL COUNT) UNSEEN\r\n");
    row("uid-search-string", CommandBuilder().uidSearch({Arg::atom("FROM"), Arg::string("Smith")}),
        "A0001 UID SEARCH FROM \"Smith\"\r\n");
    row("uid-search-modseq",
        CommandBuilder().uidSearch({Arg::atom("MODSEQ"), Arg::number(620162338)}),
        "A0001 UID SEARCH MODSEQ 620162338\r\n");
    row("generic-nil-and-nested",
        CommandBuilder().command({Arg::atom("X-TEST"), Arg::nil(),
                                  Arg::list({Arg::atom("A"), Arg::list({}), Arg::number(0)})}),
        "A0001 X-TEST NIL (A () 0)\r\n");
    row("generic-number64",
        CommandBuilder().command({Arg::atom("X"), Arg::number(9223372036854775807ull)}),
        "A0001 X 9223372036854775807\r\n");
    // The same builder keeps counting.
    b.noop();
    row("second-command-tag", b.noop(), "A0002 NOOP\r\n");
}

void Tst_commandbuilder::wireBytes()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, expected);
    QCOMPARE(wire, expected);
}

void Tst_commandbuilder::literalChoices_data()
{
    // Row names carry the options: "plus" = LITERAL+, "minus" = LITERAL-, "utf8" = UTF8=ACCEPT.
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("binary"); // literal8
    QTest::addColumn<QList<QByteArray>>("chunks"); // after "A0001 X "; last chunk ends "\r\n"

    const QByteArray umlaut("p\xc3\xa4ss");
    const QByteArray printable1024(1024, 'a');
    const QByteArray printable1025(1025, 'a');
    const QByteArray eight4096(4096, '\xe9');
    const QByteArray eight4097(4097, '\xe9');
    using L = QList<QByteArray>;

    QTest::newRow("ascii-quoted-sync")
        << QByteArray("two words") << false << L {"\"two words\"\r\n"};
    QTest::newRow("ascii-quoted-plus")
        << QByteArray("two words") << false << L {"\"two words\"\r\n"};
    QTest::newRow("escapes-quoted") << QByteArray("a\"b\\c") << false << L {"\"a\\\"b\\\\c\"\r\n"};
    QTest::newRow("empty-quoted") << QByteArray("") << false << L {"\"\"\r\n"};
    QTest::newRow("8bit-sync") << umlaut << false << L {"{5}\r\n", umlaut + "\r\n"};
    QTest::newRow("8bit-plus") << umlaut << false << L {"{5+}\r\n" + umlaut + "\r\n"};
    QTest::newRow("8bit-minus") << umlaut << false << L {"{5+}\r\n" + umlaut + "\r\n"};
    QTest::newRow("8bit-utf8-quoted") << umlaut << false << L {"\"" + umlaut + "\"\r\n"};
    QTest::newRow("8bit-utf8-plus-quoted") << umlaut << false << L {"\"" + umlaut + "\"\r\n"};
    QTest::newRow("invalid-utf8-utf8-literal")
        << QByteArray("p\xe4ss") << false << L {"{4}\r\n", QByteArray("p\xe4ss\r\n")};
    QTest::newRow("crlf-sync") << QByteArray("a\r\nb") << false << L {"{4}\r\n", "a\r\nb\r\n"};
    QTest::newRow("crlf-utf8-still-literal")
        << QByteArray("a\r\nb") << false << L {"{4}\r\n", "a\r\nb\r\n"};
    QTest::newRow("lf-only-plus") << QByteArray("a\nb") << false << L {"{3+}\r\na\nb\r\n"};
    QTest::newRow("tab-literal") << QByteArray("a\tb") << false << L {"{3}\r\n", "a\tb\r\n"};
    QTest::newRow("del-literal") << QByteArray("a\x7f") << false << L {"{2}\r\n", "a\x7f\r\n"};
    QTest::newRow("1024-quoted") << printable1024 << false << L {"\"" + printable1024 + "\"\r\n"};
    QTest::newRow("1025-literal-sync")
        << printable1025 << false << L {"{1025}\r\n", printable1025 + "\r\n"};
    QTest::newRow("1025-literal-minus")
        << printable1025 << false << L {"{1025+}\r\n" + printable1025 + "\r\n"};
    QTest::newRow("4096-minus-nonsync")
        << eight4096 << false << L {"{4096+}\r\n" + eight4096 + "\r\n"};
    QTest::newRow("4097-minus-falls-back-sync")
        << eight4097 << false << L {"{4097}\r\n", eight4097 + "\r\n"};
    QTest::newRow("4097-plus-nonsync")
        << eight4097 << false << L {"{4097+}\r\n" + eight4097 + "\r\n"};
    QTest::newRow("nul-rejected-sync")
        << QByteArray("a\0b", 3) << false
        << L {"ERROR: NUL at offset 1 cannot be sent in a string (only in literal8)"};
    QTest::newRow("nul-rejected-utf8-plus")
        << QByteArray("a\0b", 3) << false
        << L {"ERROR: NUL at offset 1 cannot be sent in a string (only in literal8)"};
    QTest::newRow("literal8-nul-sync")
        << QByteArray("a\0b", 3) << true << L {"~{3}\r\n", QByteArray("a\0b\r\n", 5)};
    QTest::newRow("literal8-plus") << QByteArray("abc") << true << L {"~{3+}\r\nabc\r\n"};
    QTest::newRow("literal8-ascii-still-literal8-minus")
        << QByteArray("abc") << true << L {"~{3+}\r\nabc\r\n"};
    QTest::newRow("literal8-4097-minus-sync")
        << eight4097 << true << L {"~{4097}\r\n", eight4097 + "\r\n"};
}

void Tst_commandbuilder::literalChoices()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, binary);
    QFETCH(QList<QByteArray>, chunks);
    const CommandOptions options = optionsFor(QTest::currentDataTag());
    CommandBuilder builder(options);
    const CommandResult result =
        builder.command({Arg::atom("X"), binary ? Arg::literal8(value) : Arg::string(value)});
    QList<QByteArray> actual = chunksOf(result);
    if (std::holds_alternative<Command>(result)) {
        QVERIFY(actual.first().startsWith("A0001 X "));
        actual.first().remove(0, 8);
        // Every chunk but the last ends right after a synchronizing literal's "{n}\r\n".
        for (qsizetype i = 0; i + 1 < actual.size(); ++i)
            QVERIFY(actual.at(i).endsWith("}\r\n") && !actual.at(i).endsWith("+}\r\n"));
    }
    QCOMPARE(actual, chunks);
}

void Tst_commandbuilder::errors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("reason");

    auto row = [](const char *name, CommandResult result, const char *reason) {
        QTest::newRow(name) << wireOf(result) << QByteArray(reason);
    };
    using SO = CommandBuilder::StoreOperation;
    CommandBuilder::IdFields many;
    for (int i = 0; i < 31; ++i)
        many.append({"f" + QByteArray::number(i), "v"});

    row("atom-space", CommandBuilder().command({Arg::atom("A B")}), "not a valid atom");
    row("atom-crlf", CommandBuilder().command({Arg::atom("NOOP\r\nA2 DELETE INBOX")}),
        "not a valid atom");
    row("atom-nul", CommandBuilder().command({Arg::atom(QByteArray("NO\0OP", 5))}),
        "not a valid atom");
    row("atom-empty", CommandBuilder().command({Arg::atom("")}), "not a valid atom");
    row("atom-wildcard", CommandBuilder().command({Arg::atom("A*")}), "not a valid atom");
    row("atom-brace", CommandBuilder().command({Arg::atom("X{5}")}), "not a valid atom");
    row("atom-8bit", CommandBuilder().command({Arg::atom("\xc3\xa4")}), "not a valid atom");
    row("empty-command", CommandBuilder().command({}), "empty command");
    row("enable-crlf", CommandBuilder().enable({"QRESYNC\r\nA2 DELETE INBOX"}), "not a valid atom");
    row("enable-none", CommandBuilder().enable({}), "ENABLE needs at least one capability");
    row("auth-mechanism-space", CommandBuilder().authenticate("PLAIN X"), "not a valid atom");
    row("flag-space",
        CommandBuilder().uidStore(SequenceSet::fromNumbers({1}), SO::Add, {"\\Se en"}),
        "not a valid flag");
    row("flag-backslash-only",
        CommandBuilder().uidStore(SequenceSet::fromNumbers({1}), SO::Add, {"\\"}),
        "not a valid flag");
    row("flag-crlf",
        CommandBuilder().uidStore(SequenceSet::fromNumbers({1}), SO::Add,
                                  {"\\Seen)\r\nA2 DELETE INBOX"}),
        "not a valid flag");
    row("flag-paren", CommandBuilder().uidStore(SequenceSet::fromNumbers({1}), SO::Add, {"a)"}),
        "not a valid flag");
    row("store-empty-set", CommandBuilder().uidStore(SequenceSet(), SO::Add, {"\\Seen"}),
        "empty sequence set");
    row("expunge-empty-set", CommandBuilder().uidExpunge(SequenceSet()), "empty sequence set");
    row("raw-crlf",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"FLAGS\r\nA2 DELETE INBOX"}),
        "control or 8-bit byte at offset 5 of a raw argument");
    row("raw-nul",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {QByteArray("FL\0AGS", 6)}),
        "control or 8-bit byte at offset 2 of a raw argument");
    row("raw-literal-brace",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"BODY[]{5}"}),
        "'{' at offset 6 of a raw argument");
    row("raw-quote", CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"BODY[\"x]"}),
        "'\"' at offset 5 of a raw argument");
    row("raw-unbalanced-close",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"FLAGS)"}),
        "unbalanced ')' at offset 5 of a raw argument");
    row("raw-unbalanced-open",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"BODY[HEADER"}),
        "unbalanced brackets in a raw argument");
    row("raw-empty", CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {""}),
        "empty raw argument");
    row("fetch-no-items", CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {}),
        "UID FETCH needs at least one item");
    row("vanished-without-changedsince",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"FLAGS"}, std::nullopt, true),
        "VANISHED requires CHANGEDSINCE (RFC 7162 3.2.6)");
    row("changedsince-too-big",
        CommandBuilder().uidFetch(SequenceSet::fromNumbers({1}), {"FLAGS"}, 0x8000000000000000ull),
        "CHANGEDSINCE mod-sequence out of range");
    row("login-nul-user", CommandBuilder().login(QString::fromUtf8("a\0b", 3), u"pw"_qs),
        "NUL at offset 1 cannot be sent in a string (only in literal8)");
    row("login-nul-password", CommandBuilder().login(u"alice"_qs, QString::fromUtf8("pw\0", 3)),
        "NUL at offset 2 cannot be sent in a string (only in literal8)");
    row("qresync-zero-uidvalidity",
        CommandBuilder().select(u"INBOX"_qs,
                                SelectParameters {false, QResyncParameters {0, 5, {}}}),
        "QRESYNC needs a non-zero UIDVALIDITY");
    row("qresync-zero-modseq",
        CommandBuilder().select(u"INBOX"_qs,
                                SelectParameters {false, QResyncParameters {1, 0, {}}}),
        "QRESYNC mod-sequence out of range");
    row("qresync-modseq-64bit",
        CommandBuilder().select(
            u"INBOX"_qs,
            SelectParameters {false, QResyncParameters {1, 0x8000000000000000ull, {}}}),
        "QRESYNC mod-sequence out of range");
    row("id-too-many-pairs", CommandBuilder().id(many), "ID allows at most 30 field-value pairs");
    row("id-field-too-long",
        CommandBuilder().id(CommandBuilder::IdFields {{QByteArray(31, 'f'), "v"}}),
        "ID field or value too long (RFC 2971 3.3)");
    row("id-value-too-long",
        CommandBuilder().id(CommandBuilder::IdFields {{"name", QByteArray(1025, 'v')}}),
        "ID field or value too long (RFC 2971 3.3)");
    row("status-no-items", CommandBuilder().status(u"INBOX"_qs, {}),
        "STATUS needs at least one item");
    row("status-bad-item", CommandBuilder().status(u"INBOX"_qs, {"MESSAGES UNSEEN"}),
        "not a valid atom");
    {
        NotifyParameters nothing;
        nothing.selected = false;
        row("notify-set-no-filter", CommandBuilder().notifySet(nothing),
            "NOTIFY SET needs a filter; use NOTIFY NONE");
        nothing.status = true;
        row("notify-set-status-no-filter", CommandBuilder().notifySet(nothing),
            "NOTIFY SET needs a filter; use NOTIFY NONE");
        NotifyParameters badFetch;
        badFetch.selectedFetch = {"UID\r\nA2 DELETE INBOX"};
        row("notify-fetch-crlf", CommandBuilder().notifySet(badFetch),
            "control or 8-bit byte at offset 3 of a raw argument");
    }
    row("search-empty", CommandBuilder().uidSearch({}), "UID SEARCH needs at least one criterion");
    row("list-return-crlf", CommandBuilder().list(QString(), u"*"_qs, {"CHILDREN\r\n"}),
        "not a valid atom");
    row("mailbox-nul-utf8",
        CommandBuilder({LiteralMode::LiteralPlus, true}).select(QString::fromUtf8("a\0b", 3)),
        "NUL at offset 1 cannot be sent in a string (only in literal8)");
}

void Tst_commandbuilder::errors()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, reason);
    QCOMPARE(wire, "ERROR: " + reason);
}

void Tst_commandbuilder::injection_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("chunks");

    const QString evil = u"a\r\nA2 DELETE INBOX"_qs;
    const QString evilLf = u"a\nA2 DELETE INBOX"_qs;
    const QString evilCr = u"a\rA2 DELETE INBOX"_qs;
    const QByteArray evilBytes("x\r\nA2 DELETE INBOX\r\n");
    const QList<CommandOptions> modes {{LiteralMode::Synchronizing, false},
                                       {LiteralMode::LiteralPlus, false},
                                       {LiteralMode::LiteralMinus, true}};
    const QList<const char *> modeNames {"sync", "plus", "minus-utf8"};
    for (qsizetype m = 0; m < modes.size(); ++m) {
        const QByteArray suffix = QByteArray("-") + modeNames.at(m);
        auto row = [&](const char *name, CommandResult result) {
            const auto *command = std::get_if<Command>(&result);
            QTest::newRow(QByteArray(name + suffix).constData())
                << (command ? command->wire() : QByteArray("ERROR"))
                << int(command ? command->chunks.size() : 0);
        };
        CommandOptions o = modes.at(m);
        row("login-user-crlf", CommandBuilder(o).login(evil, u"pw"_qs));
        row("login-user-lf", CommandBuilder(o).login(evilLf, u"pw"_qs));
        row("login-user-cr", CommandBuilder(o).login(evilCr, u"pw"_qs));
        row("login-password-crlf", CommandBuilder(o).login(u"alice"_qs, evil));
        row("select-mailbox-crlf", CommandBuilder(o).select(evil));
        row("status-mailbox-crlf", CommandBuilder(o).status(evil, {"UNSEEN"}));
        row("move-mailbox-crlf", CommandBuilder(o).uidMove(SequenceSet::fromNumbers({1}), evil));
        row("list-pattern-crlf", CommandBuilder(o).list(evil, evil));
        row("search-string-crlf",
            CommandBuilder(o).uidSearch({Arg::atom("FROM"), Arg::string(evilBytes)}));
        row("search-astring-crlf",
            CommandBuilder(o).uidSearch({Arg::atom("FROM"), Arg::astring(evilBytes)}));
        row("id-value-crlf", CommandBuilder(o).id(CommandBuilder::IdFields {{"name", evilBytes}}));
        row("literal8-crlf",
            CommandBuilder(o).command(
                {Arg::atom("APPEND"), Arg::mailbox(u"INBOX"_qs), Arg::literal8(evilBytes)}));
    }
}

void Tst_commandbuilder::injection()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, chunks);
    QVERIFY(wire != "ERROR");
    QVERIFY(chunks >= 1);
    const Framed framed = frameAsServer(wire);
    QVERIFY(framed.ok);
    // Exactly one command reaches the server, and "A2 DELETE" is never syntax: it survives only
    // as data inside a literal or a quoted string.
    QCOMPARE(framed.commandText.size(), 1);
    QVERIFY(framed.commandText.first().startsWith("A0001 "));
    QVERIFY2(!withoutQuotedStrings(framed.commandText.first()).contains("A2 DELETE"),
             framed.commandText.first().constData());
    QVERIFY(!framed.commandText.first().contains('\r'));
    QVERIFY(!framed.commandText.first().contains('\n'));
}

void Tst_commandbuilder::redaction()
{
    {
        const auto login = std::get<Command>(CommandBuilder().login(u"alice"_qs, u"hunter2"_qs));
        QCOMPARE(login.wire(), QByteArray("A0001 LOGIN alice hunter2\r\n"));
        QCOMPARE(login.redacted, QByteArray("A0001 LOGIN alice ***\r\n"));
    }
    {
        // A literal password: neither its bytes nor its length reach the log.
        const auto login =
            std::get<Command>(CommandBuilder().login(u"alice"_qs, u"hünter2 with spaces"_qs));
        QCOMPARE(login.chunks.size(), 2);
        QCOMPARE(login.redacted, QByteArray("A0001 LOGIN alice ***\r\n"));
    }
    {
        const auto login = std::get<Command>(CommandBuilder().login(u"ä\r\nb"_qs, u"pw pw"_qs));
        QCOMPARE(login.redacted, QByteArray("A0001 LOGIN {5}\r\n\xc3\xa4\r\nb ***\r\n"));
    }
    {
        const auto auth = std::get<Command>(
            CommandBuilder().authenticate("PLAIN", QByteArray("\0alice\0secret", 13)));
        QCOMPARE(auth.redacted, QByteArray("A0001 AUTHENTICATE PLAIN ***\r\n"));
        QVERIFY(!auth.redacted.contains("AGFsaWNl"));
    }
    {
        const auto nested = std::get<Command>(CommandBuilder().command(
            {Arg::atom("X"),
             Arg::list({Arg::string("keep"), Arg::string("drop me").sensitive()})}));
        QCOMPARE(nested.wire(), QByteArray("A0001 X (\"keep\" \"drop me\")\r\n"));
        QCOMPARE(nested.redacted, QByteArray("A0001 X (\"keep\" ***)\r\n"));
    }
    {
        // Non-sensitive commands log exactly what is sent.
        const auto select = std::get<Command>(CommandBuilder().select(u"Sent Items"_qs));
        QCOMPARE(select.redacted, select.wire());
    }
}

void Tst_commandbuilder::untaggedLines()
{
    const Command done = CommandBuilder::idleDone();
    QVERIFY(done.tag.isEmpty());
    QCOMPARE(done.wire(), QByteArray("DONE\r\n"));
    QCOMPARE(done.redacted, QByteArray("DONE\r\n"));
    const Command response = CommandBuilder::saslResponse(QByteArray("\0alice\0secret", 13));
    QCOMPARE(response.wire(), QByteArray("AGFsaWNlAHNlY3JldA==\r\n"));
    QCOMPARE(response.redacted, QByteArray("***\r\n"));
    QCOMPARE(CommandBuilder::saslResponse("").wire(), QByteArray("\r\n"));
    QCOMPARE(CommandBuilder::saslCancel().wire(), QByteArray("*\r\n"));
}

QTEST_GUILESS_MAIN(Tst_commandbuilder)
#include "tst_commandbuilder.moc"
