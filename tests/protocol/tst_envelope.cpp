// Placeholder: replaced by the real envelope tests.
#include <QTest>

class Tst_envelope : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_envelope)
#include "tst_envelope.moc"
