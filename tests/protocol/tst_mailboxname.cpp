// Placeholder: replaced by the real mailboxname tests.
#include <QTest>

class Tst_mailboxname : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(Tst_mailboxname)
#include "tst_mailboxname.moc"
