#pragma once

#include <QScrollArea>

// A scroll area that asks for its content's full size (QScrollArea caps its size hint at 36x24
// lines) yet can shrink to a few lines: a window opens at its natural size where the screen has
// room and scrolls where it does not (a laptop at 2x is 640x400 device-independent pixels).
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FittingScrollArea(QWidget *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
