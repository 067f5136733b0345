#include "certificatetrustdialog.h"

#include "fittingscrollarea.h"
#include "screenfit.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(u", "_s);
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString CertificateTrustDialog::fingerprintText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString CertificateTrustDialog::fingerprintHalves(const QByteArray &sha256, QChar between)
{
    const qsizetype half = (sha256.size() + 1) / 2;
    if (sha256.size() < 2)
        return fingerprintText(sha256);
    return fingerprintText(sha256.left(half)) + between + fingerprintText(sha256.mid(half));
}

QString CertificateTrustDialog::describeName(const QSslCertificate &certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field))
            .join(u", "_s);
    };
    const QString text =
        joined({info(QSslCertificate::CommonName), info(QSslCertificate::Organization),
                info(QSslCertificate::OrganizationalUnitName)});
    return text.isEmpty() ? tr("(no name)") : text;
}

QString CertificateTrustDialog::validityWarning(const QSslCertificate &certificate,
                                                const QDateTime &now)
{
    if (certificate.expiryDate().isValid() && certificate.expiryDate() < now)
        return tr("Expired on %1.").arg(dateText(certificate.expiryDate()));
    if (certificate.effectiveDate().isValid() && certificate.effectiveDate() > now)
        return tr("Not yet valid: valid from %1.").arg(dateText(certificate.effectiveDate()));
    return {};
}

CertificateTrustDialog::CertificateTrustDialog(const QString &host,
                                               const QList<QSslCertificate> &chain, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
{
    setWindowTitle(tr("Untrusted certificate"));
    const QSslCertificate leaf = chain.value(0);
    m_fingerprint = leaf.isNull() ? QByteArray() : leaf.digest(QCryptographicHash::Sha256);

    // Everything but the buttons scrolls where the screen is short (a laptop at 2x).
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = selectableLabel(
        tr("The server %1 showed a certificate that this computer does not trust. Trust it only "
           "if you know it is your server's certificate, for example because its SHA-256 "
           "fingerprint matches the one its administrator gave you.")
            .arg(host),
        this);
    layout->addWidget(intro);

    m_changedLabel = selectableLabel(QString(), this);
    m_changedLabel->setObjectName(u"changedWarning"_s);
    m_changedLabel->setStyleSheet(u"font-weight: bold; color: #b00020;"_s);
    m_changedLabel->hide();
    layout->addWidget(m_changedLabel);

    auto *form = new QFormLayout;
    auto *subject = selectableLabel(describeName(leaf, false), this);
    subject->setObjectName(u"subject"_s);
    form->addRow(tr("Issued to:"), subject);
    auto *issuer = selectableLabel(describeName(leaf, true), this);
    issuer->setObjectName(u"issuer"_s);
    form->addRow(tr("Issued by:"), issuer);
    auto *validity = selectableLabel(
        tr("%1 to %2").arg(dateText(leaf.effectiveDate()), dateText(leaf.expiryDate())), this);
    validity->setObjectName(u"validity"_s);
    form->addRow(tr("Valid:"), validity);
    const QString warning = validityWarning(leaf, QDateTime::currentDateTimeUtc());
    auto *validityWarningLabel = selectableLabel(warning, this);
    validityWarningLabel->setObjectName(u"validityWarning"_s);
    validityWarningLabel->setStyleSheet(u"font-weight: bold; color: #b00020;"_s);
    validityWarningLabel->setVisible(!warning.isEmpty());
    form->addRow(QString(), validityWarningLabel);
    // Two lines of 16 bytes in a fixed-width font: the whole fingerprint in view and easy to
    // compare column by column, selectable to copy.
    auto *fingerprint = selectableLabel(fingerprintHalves(m_fingerprint, u'\n'), this);
    fingerprint->setObjectName(u"fingerprint"_s);
    fingerprint->setWordWrap(false);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    auto *chainList = new QListWidget(this);
    chainList->setObjectName(u"chain"_s);
    for (const QSslCertificate &certificate : chain) {
        chainList->addItem(
            tr("%1 (issued by %2)")
                .arg(describeName(certificate, false), describeName(certificate, true)));
    }
    chainList->setMaximumHeight(chainList->sizeHintForRow(0) * 4 + 8);
    form->addRow(tr("Chain:"), chainList);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_refuseButton = buttons->addButton(tr("Do not trust"), QDialogButtonBox::RejectRole);
    m_trustButton = buttons->addButton(tr("Trust this certificate for this account"),
                                       QDialogButtonBox::AcceptRole);
    // Enter must never pin a certificate by accident.
    m_trustButton->setAutoDefault(false);
    m_refuseButton->setDefault(true);
    m_refuseButton->setFocus();
    m_trustButton->setEnabled(!m_fingerprint.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(new FittingScrollArea(content, this), 1);
    outer->addWidget(buttons);
    // Its natural size where the screen has room (Qt would take at most 2/3 of a small one).
    resize(ScreenFit::initialSize(this, sizeHint()));
    // From the refusal (the focus) Tab goes straight to the other choice, whatever side the
    // platform's button order puts it on.
    setTabOrder(m_refuseButton, m_trustButton);
}

void CertificateTrustDialog::setPreviousFingerprint(const QByteArray &sha256)
{
    if (sha256.isEmpty())
        return;
    setWindowTitle(tr("Changed certificate"));
    m_changedLabel->setText(
        tr("This certificate differs from the one you trusted for %1 before (SHA-256 %2). "
           "If the server's administrator did not replace it, someone may be intercepting "
           "the connection.")
            .arg(m_host, fingerprintHalves(sha256, u' ')));
    m_changedLabel->show();
}
