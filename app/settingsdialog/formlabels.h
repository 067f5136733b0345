#pragma once

class QLabel;
class QString;
class QWidget;

// The two kinds of label the account editor's sections lay out.
namespace FormLabels {

// Names a field; its mnemonic (the & letter) moves the focus to buddy.
QLabel *buddy(const QString &text, QWidget *buddy, QWidget *parent);
// A note under the fields: plain text, wrapped.
QLabel *note(QWidget *parent);

} // namespace FormLabels
