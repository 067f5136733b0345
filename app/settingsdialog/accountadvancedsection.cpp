#include "accountadvancedsection.h"

#include "formlabels.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountAdvancedSection::AccountAdvancedSection(QWidget *editor)
{
    section = new QWidget(editor);
    toggle = new QToolButton(section);
    toggle->setObjectName(u"advanced"_s);
    toggle->setText(tr("Ad&vanced"));
    toggle->setCheckable(true);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setAutoRaise(true);
    options = new QWidget(section);
    options->setObjectName(u"advancedOptions"_s);
    options->hide();

    name = new QLineEdit(options);
    name->setObjectName(u"name"_s);
    name->setPlaceholderText(tr("As the email address"));
    idleMinutes = new QSpinBox(options);
    idleMinutes->setObjectName(u"idleMinutes"_s);
    idleMinutes->setRange(1, 29);
    idleMinutes->setSuffix(tr(" min"));
    idleMinutes->setToolTip(tr("How often the waiting connection is renewed (IMAP IDLE)"));
    pollSeconds = new QSpinBox(options);
    pollSeconds->setObjectName(u"pollSeconds"_s);
    pollSeconds->setRange(10, 3600);
    pollSeconds->setSuffix(tr(" s"));
    pollSeconds->setToolTip(tr("How often to ask a server that cannot wait for mail (no IDLE)"));
    showPreview = new QCheckBox(tr("S&how message preview in notifications"), options);
    showPreview->setObjectName(u"showPreview"_s);
    colour = new QPushButton(options);
    colour->setObjectName(u"colour"_s);
    colour->setAutoDefault(false);
    autoColour = new QPushButton(tr("&Automatic"), options);
    autoColour->setObjectName(u"autoColour"_s);
    autoColour->setAutoDefault(false);
    openCommand = new QLineEdit(options);
    openCommand->setObjectName(u"openCommand"_s);
    openCommand->setPlaceholderText(tr("thunderbird -mail; or a webmail address"));

    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(colour);
    colourRow->addWidget(autoColour);
    colourRow->addStretch(1);
    auto *form = new QFormLayout(options);
    form->addRow(FormLabels::buddy(tr("&Name:"), name, options), name);
    form->addRow(FormLabels::buddy(tr("IDLE &renewal:"), idleMinutes, options), idleMinutes);
    form->addRow(FormLabels::buddy(tr("Pollin&g interval:"), pollSeconds, options), pollSeconds);
    form->addRow(QString(), showPreview);
    form->addRow(FormLabels::buddy(tr("Account co&lour:"), colour, options), colourRow);
    form->addRow(FormLabels::buddy(tr("Open &with:"), openCommand, options), openCommand);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins({});
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(options);
}
