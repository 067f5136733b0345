// RecentMessagesFilter: arrivals held while holding and shown, in the model's order, on release;
// a held message expunged meanwhile is forgotten; hidden messages come back where they were;
// the text filter still applies.
#include "recentmessagesfilter.h"
#include "recentmessagesmodel.h"
#include "uitestdata.h"

#include <QSignalSpy>
#include <QTest>

using namespace ImapCore;
using namespace Qt::StringLiterals;
using UiTestData::message;

class TestRecentMessagesFilter : public QObject
{
    Q_OBJECT

private:
    static QList<quint32> uids(const QAbstractItemModel &model)
    {
        QList<quint32> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0)
                            .data(RecentMessagesModel::MessageRefRole)
                            .value<MessageRef>()
                            .uid);
        return list;
    }

private Q_SLOTS:
    void heldArrivalsShowOnRelease()
    {
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"one"_s)});
        RecentMessagesFilter filter;
        filter.setSourceModel(&model);
        QSignalSpy held(&filter, &RecentMessagesFilter::heldCountChanged);

        filter.setHoldingArrivals(true);
        model.addMessages(
            {message(u"a"_s, 2, u"Ann"_s, u"two"_s), message(u"a"_s, 3, u"Ann"_s, u"three"_s)});
        QCOMPARE(uids(filter), (QList<quint32> {1}));
        QCOMPARE(filter.heldCount(), 2);
        // Expunged while held: forgotten, not shown later.
        model.removeMessage(UiTestData::refOf(message(u"a"_s, 2, u"Ann"_s, u"two"_s)));
        QCOMPARE(filter.heldCount(), 1);
        QCOMPARE(held.constLast().at(0).value<qsizetype>(), 1);

        filter.setHoldingArrivals(false);
        filter.releaseArrivals();
        QCOMPARE(uids(filter), (QList<quint32> {3, 1}));
        QCOMPARE(filter.heldCount(), 0);
        QCOMPARE(held.constLast().at(0).value<qsizetype>(), 0);

        // Not holding: arrivals show at once.
        model.addMessages({message(u"a"_s, 4, u"Ann"_s, u"four"_s)});
        QCOMPARE(uids(filter), (QList<quint32> {4, 3, 1}));
    }

    void hiddenComeBackInPlaceAndTextStillFilters()
    {
        RecentMessagesModel model;
        model.addMessages({message(u"a"_s, 1, u"Ann"_s, u"apples"_s),
                           message(u"a"_s, 2, u"Bob"_s, u"pears"_s),
                           message(u"a"_s, 3, u"Cid"_s, u"apples again"_s)});
        RecentMessagesFilter filter;
        filter.setSourceModel(&model);
        const MessageRef middle = model.refAt(1);
        filter.hideMessage(middle);
        QCOMPARE(uids(filter), (QList<quint32> {3, 1}));
        filter.setFilterFixedString(u"APPLES"_s);
        QCOMPARE(uids(filter), (QList<quint32> {3, 1}));
        filter.setFilterFixedString(QString());
        filter.unhideMessage(middle);
        QCOMPARE(uids(filter), (QList<quint32> {3, 2, 1}));

        // A reset (the list loaded again) forgets what was hidden or held.
        filter.hideMessage(middle);
        filter.setHoldingArrivals(true);
        model.addMessages({message(u"a"_s, 4, u"Dee"_s, u"plums"_s)});
        model.clear();
        QCOMPARE(filter.heldCount(), 0);
        filter.setHoldingArrivals(false);
        model.addMessages({message(u"a"_s, 2, u"Bob"_s, u"pears"_s)});
        QCOMPARE(uids(filter), (QList<quint32> {2}));
    }
};

QTEST_MAIN(TestRecentMessagesFilter)
#include "tst_recentmessagesfilter.moc"
