// The one INI reader under accounts.conf, settings.conf and the autostart entry: every line
// classified one way (IniLine), numbered as the readers' messages name it, and the editor
// (IniDocument) agreeing with the readers on what is a header and a key, byte order mark and
// NUL lines included, while keeping every byte it does not change.
#include "inidocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = IniLine::Kind;

Q_DECLARE_METATYPE(IniLine::Kind)

class Tst_IniDocument : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void linesAreNumberedAsInTheFile();
    void byteOrderMarkIsReadAndKept();
    void nulLineIsNoKeyForTheEditorEither();
    void untouchedBytesStay();
};

void Tst_IniDocument::classify_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("name"); // Section: the name; KeyValue: "key=value"
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << Kind::Blank << QString() << QString();
    QTest::newRow("spaces-and-cr")
        << QByteArray("  \t \r") << Kind::Blank << QString() << QString();
    QTest::newRow("hash-comment") << QByteArray("  # host = x") << Kind::Comment << QString()
                                  << u"# host = x"_s;
    QTest::newRow("semicolon-comment")
        << QByteArray("; [work]") << Kind::Comment << QString() << u"; [work]"_s;
    QTest::newRow("section") << QByteArray("[work]") << Kind::Section << u"work"_s << u"[work]"_s;
    QTest::newRow("section-spaces-crlf")
        << QByteArray("  [ my work ]  \r") << Kind::Section << u"my work"_s << u"[ my work ]"_s;
    QTest::newRow("section-empty") << QByteArray("[ ]") << Kind::Section << QString() << u"[ ]"_s;
    QTest::newRow("section-unclosed")
        << QByteArray("[work") << Kind::UnclosedSection << QString() << u"[work"_s;
    QTest::newRow("bracket-alone")
        << QByteArray("[") << Kind::UnclosedSection << QString() << u"["_s;
    QTest::newRow("key-value") << QByteArray("host = imap.example.org") << Kind::KeyValue
                               << u"host=imap.example.org"_s << u"host = imap.example.org"_s;
    QTest::newRow("key-lower-cased-value-kept")
        << QByteArray(" Password-Command=pass Show\r") << Kind::KeyValue
        << u"password-command=pass Show"_s << u"Password-Command=pass Show"_s;
    QTest::newRow("value-with-equals") << QByteArray("open-command = x --a=b") << Kind::KeyValue
                                       << u"open-command=x --a=b"_s << u"open-command = x --a=b"_s;
    QTest::newRow("empty-value") << QByteArray("folders =") << Kind::KeyValue << u"folders="_s
                                 << u"folders ="_s;
    QTest::newRow("utf8") << QByteArray("name = B\xC3\xBCro") << Kind::KeyValue
                          << u"name=B\u00FCro"_s << u"name = B\u00FCro"_s;
    QTest::newRow("no-equals") << QByteArray("garbage") << Kind::Other << QString() << u"garbage"_s;
    QTest::newRow("nothing-before-equals")
        << QByteArray(" = value") << Kind::Other << QString() << u"= value"_s;
    QTest::newRow("nul") << QByteArray("host = a\0b", 10) << Kind::HasNul << QString() << QString();
    QTest::newRow("nul-header") << QByteArray("[wo\0rk]", 7) << Kind::HasNul << QString()
                                << QString();
    QTest::newRow("not-utf8") << QByteArray("host = \xFF\xFE") << Kind::NotUtf8 << QString()
                              << QString();
    QTest::newRow("not-utf8-header")
        << QByteArray("[\xC3(]") << Kind::NotUtf8 << QString() << QString();
}

void Tst_IniDocument::classify()
{
    QFETCH(QByteArray, raw);
    QFETCH(Kind, kind);
    QFETCH(QString, name);
    QFETCH(QString, text);

    const IniLine line = IniLine::parse(raw, 7);
    QCOMPARE(line.kind, kind);
    QCOMPARE(line.number, 7);
    QCOMPARE(line.text, text);
    if (kind == Kind::KeyValue)
        QCOMPARE(line.key + u'=' + line.value, name);
    else
        QCOMPARE(line.name, name);
    QCOMPARE(line.isHeader(), kind == Kind::Section || kind == Kind::UnclosedSection);
}

void Tst_IniDocument::linesAreNumberedAsInTheFile()
{
    const IniDocument document("# top\r\n\r\n[work]\r\nhost = h\r\n\r\n[home]\r\nuser=u");
    const QList<IniLine> lines = document.lines();
    QCOMPARE(lines.size(), 7);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).number, i + 1);
    QCOMPARE(lines.at(2).name, u"work"_s);
    QCOMPARE(lines.at(3).key, u"host"_s);
    QCOMPARE(lines.at(5).name, u"home"_s);
    QCOMPARE(lines.at(6).value, u"u"_s);
    QCOMPARE(IniDocument("a = 1\n").lines().size(), 1); // the final newline ends a line
    QVERIFY(IniDocument().lines().isEmpty());
}

// A file saved by an editor that writes a byte order mark: the first header is a header for
// the editor as for the readers (before, the editor did not see [work] and added a second one),
// and the mark stays on save.
void Tst_IniDocument::byteOrderMarkIsReadAndKept()
{
    const QByteArray text = "\xEF\xBB\xBF[work]\nhost = old\n";
    IniDocument document(text);
    QCOMPARE(document.lines().constFirst().kind, Kind::Section);
    QCOMPARE(document.lines().constFirst().number, 1);
    const int work = document.lastBlock(u"work"_s);
    QCOMPARE(work, 1);
    QCOMPARE(document.value(work, u"host"_s), u"old"_s);
    QCOMPARE(document.toBytes(), text);
    document.setValue(work, u"host"_s, u"new"_s);
    QCOMPARE(document.toBytes(), QByteArray("\xEF\xBB\xBF[work]\nhost = new\n"));

    IniDocument onlyMark("\xEF\xBB\xBF");
    QVERIFY(onlyMark.lines().isEmpty());
    onlyMark.appendSection(u"work"_s);
    QCOMPARE(onlyMark.toBytes(), QByteArray("\xEF\xBB\xBF[work]\n"));
}

// The readers skip a line with a NUL; the editor does not take it for the key either, and keeps
// it as it is.
void Tst_IniDocument::nulLineIsNoKeyForTheEditorEither()
{
    const QByteArray nulLine("host = a\0b", 10);
    IniDocument document("[work]\n" + nulLine + "\nuser = u\n");
    QVERIFY(!document.hasKey(1, u"host"_s));
    document.setValue(1, u"host"_s, u"h"_s);
    QCOMPARE(document.toBytes(), "[work]\n" + nulLine + "\nuser = u\nhost = h\n");
}

void Tst_IniDocument::untouchedBytesStay()
{
    const QByteArray text = "; comment\r\n[work]\r\nHost = a\r\n\xFF\xFE\r\n[broken\r\nx = 1";
    IniDocument document(text);
    QCOMPARE(document.toBytes(), text);
    QCOMPARE(document.blockCount(), 3);
    QCOMPARE(document.sectionName(2), QString()); // "[broken": a header line, no valid name
    document.setValue(1, u"host"_s, u"b"_s);
    QCOMPARE(document.toBytes(),
             QByteArray("; comment\r\n[work]\r\nhost = b\n\xFF\xFE\r\n[broken\r\nx = 1"));
}

QTEST_GUILESS_MAIN(Tst_IniDocument)
#include "tst_inidocument.moc"
