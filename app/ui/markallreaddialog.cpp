#include "markallreaddialog.h"

#include <QPushButton>

MarkAllReadDialog::MarkAllReadDialog(int unread, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("markAllReadDialog"));
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Mark All as Read"));
    setTextFormat(Qt::PlainText);
    setUnread(unread);
    setInformativeText(tr("This marks every unread message in the watched folders as read on "
                          "the server, including older ones that are not in the recent list. "
                          "Other mail programs will show them as read too."));
    m_markButton = addButton(tr("&Mark All as Read"), QMessageBox::AcceptRole);
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    setDefaultButton(static_cast<QPushButton *>(m_markButton));
    setEscapeButton(cancel);
    // By the button, not accepted(): QMessageBox's result for a custom button is not Accepted.
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_markButton)
            Q_EMIT confirmed();
    });
}

void MarkAllReadDialog::setUnread(int unread)
{
    setText(tr("Mark all %n unread message(s) as read?", nullptr, unread));
}
