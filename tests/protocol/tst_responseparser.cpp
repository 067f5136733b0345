// Placeholder: replaced by the real responseparser tests.
#include <QTest>

class Tst_responseparser : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_responseparser)
#include "tst_responseparser.moc"
