// Placeholder: replaced by the real Dovecot fixture tests.
#include <QTest>

class Tst_DovecotFixture : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_DovecotFixture)
#include "tst_dovecotfixture.moc"
