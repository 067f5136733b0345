// Placeholder: replaced by the real headerdecoding tests.
#include <QTest>

class Tst_headerdecoding : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_headerdecoding)
#include "tst_headerdecoding.moc"
