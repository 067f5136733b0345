// Placeholder: replaced by the real commandbuilder tests.
#include <QTest>

class Tst_commandbuilder : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_commandbuilder)
#include "tst_commandbuilder.moc"
