// LIST responses (wire bytes, parsed by ResponseParser) -> FolderInfo: special-use attributes
// (RFC 6154), \Noselect / \NonExistent, children, LIST-EXTENDED \Subscribed, NIL delimiter,
// modified UTF-7 and UTF-8 names, INBOX in any case; LSUB ignored; undecodable names counted;
// the folder limit.
#include "engine/folderlistcollector.h"
#include "protocol/responseparser.h"

#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using Use = FolderInfo::SpecialUse;

namespace {

ListResponse parseList(const QByteArray &line)
{
    const ParseResult parsed = ResponseParser::parse(line);
    const auto *response = std::get_if<Response>(&parsed);
    if (!response)
        return {};
    const auto *list = std::get_if<ListResponse>(response);
    return list ? *list : ListResponse {};
}

FolderInfo folder(const QString &name, QChar delimiter, Use use = Use::None, bool selectable = true,
                  bool hasChildren = false, bool subscribed = false)
{
    FolderInfo info;
    info.name = name;
    info.delimiter = delimiter;
    info.specialUse = use;
    info.selectable = selectable;
    info.hasChildren = hasChildren;
    info.subscribed = subscribed;
    return info;
}

} // namespace

class Tst_FolderListCollector : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
    void lsubAndUndecodable();
    void limit();
};

void Tst_FolderListCollector::mapping_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("utf8");
    QTest::addColumn<FolderInfo>("expected");

    const QChar slash(u'/');
    QTest::newRow("inbox-lower-case") << QByteArray("* LIST (\\HasNoChildren) \"/\" inbox\r\n")
                                      << false << folder(u"INBOX"_s, slash);
    QTest::newRow("junk-special-use")
        << QByteArray("* LIST (\\HasNoChildren \\Junk) \"/\" Junk\r\n") << false
        << folder(u"Junk"_s, slash, Use::Junk);
    QTest::newRow("gmail-all-and-noselect-parent")
        << QByteArray("* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n") << false
        << folder(u"[Gmail]"_s, slash, Use::None, false, true);
    for (const auto &[attribute, use] : {std::pair {"\\All", Use::All},
                                         {"\\Archive", Use::Archive},
                                         {"\\Drafts", Use::Drafts},
                                         {"\\Flagged", Use::Flagged},
                                         {"\\Sent", Use::Sent},
                                         {"\\Trash", Use::Trash}}) {
        QTest::addRow("special-use-%s", attribute + 1)
            << (QByteArray("* LIST (") + attribute + ") \".\" X\r\n") << false
            << folder(u"X"_s, u'.', use);
    }
    QTest::newRow("special-use-case-insensitive") << QByteArray("* LIST (\\tRaSh) \"/\" Bin\r\n")
                                                  << false << folder(u"Bin"_s, slash, Use::Trash);
    QTest::newRow("subscribed-nonexistent")
        << QByteArray("* LIST (\\Subscribed \\NonExistent) \"/\" Gone\r\n") << false
        << folder(u"Gone"_s, slash, Use::None, false, false, true);
    QTest::newRow("nil-delimiter")
        << QByteArray("* LIST () NIL Flat\r\n") << false << folder(u"Flat"_s, QChar());
    QTest::newRow("modified-utf7-nested")
        << QByteArray("* LIST (\\HasNoChildren) \".\" \"Projekte.Gr&APYA3w-e &- Ma&AN8-\"\r\n")
        << false << folder(u"Projekte.Größe & Maß"_s, u'.');
    QTest::newRow("utf8-accepted") << QByteArray("* LIST () \"/\" \"\xe6\x97\xa5\xe6\x9c\xac\"\r\n")
                                   << true << folder(u"日本"_s, slash);
    QTest::newRow("unknown-attribute-ignored")
        << QByteArray("* LIST (\\Marked \\X-Custom) \"/\" Work\r\n") << false
        << folder(u"Work"_s, slash);
    QTest::newRow("first-special-use-wins") << QByteArray("* LIST (\\Sent \\Trash) \"/\" Both\r\n")
                                            << false << folder(u"Both"_s, slash, Use::Sent);
}

void Tst_FolderListCollector::mapping()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, utf8);
    QFETCH(FolderInfo, expected);
    const ListResponse list = parseList(line);
    QVERIFY2(!list.mailbox.isEmpty(), line.constData());
    const std::optional<FolderInfo> info = FolderListCollector::folderInfo(list, utf8);
    QVERIFY(info);
    QCOMPARE(info->name, expected.name);
    QCOMPARE(info->delimiter, expected.delimiter);
    QCOMPARE(info->specialUse, expected.specialUse);
    QCOMPARE(info->selectable, expected.selectable);
    QCOMPARE(info->hasChildren, expected.hasChildren);
    QCOMPARE(info->subscribed, expected.subscribed);
}

void Tst_FolderListCollector::lsubAndUndecodable()
{
    FolderListCollector collector(false, 100);
    QVERIFY(collector.add(parseList("* LSUB () \"/\" Old\r\n")));
    // "&Jjo" is not terminated: not valid modified UTF-7.
    QVERIFY(collector.add(parseList("* LIST () \"/\" \"Bad&Jjo\"\r\n")));
    QVERIFY(collector.add(parseList("* LIST () \"/\" Good\r\n")));
    QCOMPARE(collector.folders().size(), 1);
    QCOMPARE(collector.folders().constFirst().name, u"Good"_s);
    QCOMPARE(collector.undecodable(), 1);
    QVERIFY(!collector.truncated());
}

void Tst_FolderListCollector::limit()
{
    FolderListCollector collector(false, 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(collector.add(parseList("* LIST () \"/\" F" + QByteArray::number(i) + "\r\n")));
    QVERIFY(!collector.truncated());
    QVERIFY(!collector.add(parseList("* LIST () \"/\" F3\r\n")));
    QVERIFY(collector.truncated());
    QCOMPARE(collector.folders().size(), 3);
}

QTEST_GUILESS_MAIN(Tst_FolderListCollector)
#include "tst_folderlistcollector.moc"
