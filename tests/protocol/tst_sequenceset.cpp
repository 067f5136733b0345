// Placeholder: replaced by the real sequenceset tests.
#include <QTest>

class Tst_sequenceset : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_sequenceset)
#include "tst_sequenceset.moc"
