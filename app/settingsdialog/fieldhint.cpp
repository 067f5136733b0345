#include "fieldhint.h"

using namespace Qt::StringLiterals;

FieldHint::FieldHint(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setStyleSheet(u"color: #c0392b;"_s);
    hide();
}

void FieldHint::setProblem(const QString &problem)
{
    setText(problem);
    setVisible(!problem.isEmpty());
}
