// Placeholder: replaced by the real parserrandominput tests.
#include <QTest>

class Tst_parserrandominput : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_parserrandominput)
#include "tst_parserrandominput.moc"
