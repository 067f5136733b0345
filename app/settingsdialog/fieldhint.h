#pragma once

#include <QLabel>

// The red line under a field that says what is wrong with it; hidden while there is nothing to
// say. Plain text only: the message may quote what the user typed.
class FieldHint : public QLabel
{
    Q_OBJECT

public:
    explicit FieldHint(QWidget *parent = nullptr);

    // Empty: hides the hint.
    void setProblem(const QString &problem);
};
