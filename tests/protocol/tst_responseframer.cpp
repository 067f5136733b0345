// Placeholder: replaced by the real responseframer tests.
#include <QTest>

class Tst_responseframer : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_responseframer)
#include "tst_responseframer.moc"
