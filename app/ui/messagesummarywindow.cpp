#include "messagesummarywindow.h"

#include "fittingscrollarea.h"
#include "messagetext.h"
#include "recentmessagesmodel.h"
#include "screenfit.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

constexpr int copiedFeedbackMs = 1500;

// Plain, selectable, wrapping text: never rich text, whatever the mail says.
QLabel *makeValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

} // namespace

MessageSummaryWindow::MessageSummaryWindow(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_subject(makeValueLabel(this, u"subject"_s))
    , m_from(makeValueLabel(this, u"from"_s))
    , m_to(makeValueLabel(this, u"to"_s))
    , m_cc(makeValueLabel(this, u"cc"_s))
    , m_date(makeValueLabel(this, u"date"_s))
    , m_accountLabel(makeValueLabel(this, u"account"_s))
    , m_folder(makeValueLabel(this, u"folder"_s))
    , m_flags(makeValueLabel(this, u"flags"_s))
    , m_status(makeValueLabel(this, u"status"_s))
    , m_preview(new QPlainTextEdit(this))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(ScreenFit::initialSize(this, QSize(520, 400)));

    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subject->setFont(subjectFont);

    QFormLayout *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Cc:"), m_cc);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Account:"), m_accountLabel);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Status:"), m_flags);

    m_status->setVisible(false);
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_status->setPalette(statusPalette);

    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setPlaceholderText(tr("This message has no text preview."));
    m_preview->setAccessibleName(tr("Preview"));

    auto *buttons = new QDialogButtonBox(this);
    m_readButton = buttons->addButton(tr("Mark as &read"), QDialogButtonBox::ActionRole);
    m_flagButton = buttons->addButton(tr("&Flag"), QDialogButtonBox::ActionRole);
    m_deleteButton = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_openButton = buttons->addButton(tr("&Open in mail client"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_readButton->setObjectName(u"readButton"_s);
    m_flagButton->setObjectName(u"flagButton"_s);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_openButton->setObjectName(u"openButton"_s);
    close->setObjectName(u"closeButton"_s);
    // Enter in the preview must not press a button by surprise.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_readButton, &QPushButton::clicked, this, [this] {
        if (m_summary.flags.has(MessageFlags::Seen))
            Q_EMIT markUnreadRequested(message());
        else
            Q_EMIT markReadRequested(message());
    });
    connect(m_flagButton, &QPushButton::clicked, this, [this] {
        Q_EMIT flagRequested(message(), !m_summary.flags.has(MessageFlags::Flagged));
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        Q_EMIT deleteRequested(message());
        this->close();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &MessageSummaryWindow::copyToClipboard);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { Q_EMIT openInMailClientRequested(m_summary, m_account); });

    // The headers scroll where the screen is short (a laptop at 2x, a long To list), so the
    // preview and the buttons stay in view.
    auto *header = new QWidget;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_subject);
    headerLayout->addWidget(m_status);
    headerLayout->addLayout(form);
    auto *headerArea = new FittingScrollArea(header, this);
    headerArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never taller than the headers; the preview takes the rest.
    headerArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headerArea);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    // Not the preview: a caret there looks like an editor. Esc and the mnemonics work anyway.
    close->setFocus();
}

void MessageSummaryWindow::setSummary(const MessageSummary &summary, const AccountInfo &account)
{
    m_summary = summary;
    m_account = account;
    m_expunged = false;
    const QString subject = MessageText::subject(summary);
    setWindowTitle(tr("%1 — Mailbell").arg(subject));
    m_subject->setText(subject);
    m_from->setText(MessageText::addressList(summary.from));
    m_to->setText(MessageText::addressList(summary.to));
    const QString cc = MessageText::addressList(summary.cc);
    m_cc->setText(cc);
    // Hide the empty Cc row, label included.
    m_form->setRowVisible(m_cc, !cc.isEmpty());
    m_date->setText(MessageText::date(summary.date));
    m_accountLabel->setText(MessageText::oneLine(
        account.displayName.isEmpty() ? summary.accountId : account.displayName));
    m_folder->setText(MessageText::oneLine(summary.folder));
    m_preview->setPlainText(MessageText::preview(summary));
    m_status->clear();
    m_status->setVisible(false);
    m_openButton->setVisible(!account.openCommand.trimmed().isEmpty());
    for (QPushButton *button : {m_readButton, m_flagButton, m_deleteButton, m_openButton})
        button->setEnabled(true);
    updateFlagWidgets();
}

MessageRef MessageSummaryWindow::message() const
{
    return refOf(m_summary);
}

void MessageSummaryWindow::applyFlags(const MessageRef &ref, const MessageFlags &flags)
{
    if (ref != message() || m_expunged)
        return;
    m_summary.flags = flags;
    updateFlagWidgets();
}

void MessageSummaryWindow::markExpunged(const MessageRef &ref)
{
    if (ref != message())
        return;
    m_expunged = true;
    m_status->setText(tr("This message was deleted or moved on the server."));
    m_status->setVisible(true);
    for (QPushButton *button : {m_readButton, m_flagButton, m_deleteButton, m_openButton})
        button->setEnabled(false);
}

QString MessageSummaryWindow::summaryText() const
{
    const QString account =
        m_account.displayName.isEmpty() ? m_summary.accountId : m_account.displayName;
    return MessageText::summaryAsText(m_summary, account);
}

void MessageSummaryWindow::updateFlagWidgets()
{
    const bool seen = m_summary.flags.has(MessageFlags::Seen);
    const bool flagged = m_summary.flags.has(MessageFlags::Flagged);
    m_readButton->setText(seen ? tr("Mark as &unread") : tr("Mark as &read"));
    m_flagButton->setText(flagged ? tr("Un&flag") : tr("&Flag"));
    m_flags->setText(MessageText::flags(m_summary.flags));
}

void MessageSummaryWindow::copyToClipboard()
{
    QApplication::clipboard()->setText(summaryText());
    // Say it worked where the eye is, then put the label (and its mnemonic) back.
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(copiedFeedbackMs, m_copyButton,
                       [button = m_copyButton] { button->setText(tr("&Copy")); });
}
