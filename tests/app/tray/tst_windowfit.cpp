// Issue 9, point 7: every window and dialog fits a laptop screen at a large scale. Run once per
// screen (CMake registers tst_windowfit_<screen> with QT_QPA_PLATFORM=offscreen:configfile=
// screens/<screen>.json, a screen in device pixels, and QT_SCALE_FACTOR). Each window is
// shown the way the app shows it; its frame, its minimum size and every button must lie within
// the screen's available area less what a desktop takes (a panel and the title bar). Each
// window's picture goes to <build>/tests/app/tray/screenshots/fit-<screen>-<lang>-<window>.png.
//
// Issue 11: the same in every language. MAILBELL_FIT_LANGUAGE ("en" by default) is loaded from
// MAILBELL_FIT_QM_DIR the way the app loads it (LanguageLoader, the .qm files lrelease made for
// the binary; the pseudo-translation, "[Šéţţîñĝš ~~]" and 40 % longer, is a mailbell_en.qm of its
// own), MAILBELL_FIT_RTL=1 reverses the layout direction, and MAILBELL_FIT_TAG names the pictures.
// Besides the window's size, no label or button's text may be cut off.
#include "accounteditordialog.h"
#include "accountspage.h"
#include "certificatetrustdialog.h"
#include "credentialstore.h"
#include "oauthprovider.h"
#include "oauthsignindialog.h"
#include "passworddialog.h"
#include "settings/languageloader.h"
#include "settings/settingsstore.h"
#include "settingsdialog.h"
#include "testpki.h"
#include "ui/messagesummarywindow.h"
#include "ui/recentmessagesmodel.h"
#include "ui/recentmessageswindow.h"
#include "ui/trayicon.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ImapCore;

namespace {

// What a desktop keeps for itself, in device pixels: a panel (GNOME's top bar, a 48 px task
// bar) and the window's title bar, which the offscreen platform does not draw.
constexpr int desktopChromeDevicePixels = 48 + 40;

MessageSummary longMessage()
{
    MessageSummary summary;
    summary.accountId = u"work"_s;
    summary.folder = u"INBOX/Projects/Quarterly planning and budget review 2027"_s;
    summary.uidValidity = 1;
    summary.uid = 42;
    summary.from = {MailAddress {u"Priya Natarajan (Finance and Operations)"_s,
                                 u"priya.natarajan@finance.example.org"_s,
                                 {}}};
    for (int i = 0; i < 12; ++i)
        summary.to.append(
            MailAddress {u"Colleague %1"_s.arg(i), u"colleague%1@example.org"_s.arg(i), {}});
    summary.subject = u"Budget review moved to Thursday: please bring the Q3 numbers, the "
                      "hiring plan and the updated travel policy draft"_s;
    summary.preview = QString(u"The finance team asked us to move the review so that the Q3 "
                              "numbers are in. "_s)
                          .repeated(3);
    summary.date = QDateTime(QDate(2026, 11, 26), QTime(10, 0));
    return summary;
}

// A few ordinary messages beside the long one: the list as people see it (and the README's
// picture of it, scripts/update-screenshots.sh).
QList<MessageSummary> everydayMessages()
{
    struct Sample
    {
        const char16_t *name, *address, *subject, *preview;
        int minutesAgo;
    };
    const Sample samples[] = {
        // oldest first: the list shows the last added on top
        {u"Build server", u"ci@example.org", u"Nightly build passed",
         u"All 412 tests passed in 27 minutes.", 180},
        {u"Ada Lovelace", u"ada@example.org", u"Notes on the Analytical Engine",
         u"Attached the translation with my notes A to G; note G has the program.", 95},
        {u"Grace Hopper", u"grace@example.org", u"Found the bug: a moth in relay 70",
         u"Taped it into the log book. The Mark II runs again.", 12},
    };
    QList<MessageSummary> messages;
    quint32 uid = 30;
    for (const Sample &sample : samples) {
        MessageSummary summary;
        summary.accountId = u"work"_s;
        summary.folder = u"INBOX"_s;
        summary.uidValidity = 1;
        summary.uid = uid++;
        summary.from = {
            MailAddress {QString::fromUtf16(sample.name), QString::fromUtf16(sample.address), {}}};
        summary.subject = QString::fromUtf16(sample.subject);
        summary.preview = QString::fromUtf16(sample.preview);
        summary.date =
            QDateTime(QDate(2026, 11, 26), QTime(10, 0)).addSecs(-60 * sample.minutesAgo);
        messages.append(summary);
    }
    return messages;
}

} // namespace

class Tst_WindowFit : public QObject
{
    Q_OBJECT

private:
    QRect usableArea() const;
    // Shows the window, saves its picture and checks that it fits (expectedFailure: why it
    // does not yet, for QEXPECT_FAIL).
    void checkFits(QWidget *window, const QString &name, const char *expectedFailure = nullptr);
    void checkTextFits(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
    TestPki m_pki;
    QString m_screenName;
    QString m_tag; // the language in the pictures' names

private slots:
    void initTestCase();
    void settingsDialog_data();
    void settingsDialog();
    void accountEditor();
    void certificateTrustDialog();
    void passwordDialog();
    void oauthSignInDialog();
    void recentMessagesWindow();
    void standInWindow();
    void messageSummaryWindow();
    void removeAccountConfirmation();
    void problemMessageBox();
};

void Tst_WindowFit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    m_screenName = screen->name();
    // The screen file took effect (the default offscreen screen is 800x800 at 1x).
    QVERIFY2(m_screenName.startsWith(u"laptop-"_s),
             "run with QT_QPA_PLATFORM=offscreen:configfile=screens/<screen>.json");
    QVERIFY(screen->devicePixelRatio() > 1.0);
    qInfo("screen %s: %dx%d device-independent pixels at %.2fx, usable %dx%d",
          qPrintable(m_screenName), screen->geometry().width(), screen->geometry().height(),
          screen->devicePixelRatio(), usableArea().width(), usableArea().height());
    QVERIFY2(m_pki.generate(m_dir.path()), qPrintable(m_pki.errorString()));

    const QString language = qEnvironmentVariable("MAILBELL_FIT_LANGUAGE", u"en"_s);
    const QString qmFolder = qEnvironmentVariable("MAILBELL_FIT_QM_DIR");
    QVERIFY2(!qmFolder.isEmpty(), "set MAILBELL_FIT_QM_DIR to the folder of mailbell_<lang>.qm");
    const LanguageLoader::Result loaded =
        LanguageLoader::apply(*QCoreApplication::instance(), language, qmFolder);
    QVERIFY2(loaded.warning.isEmpty(), qPrintable(loaded.warning));
    QVERIFY2(loaded.translated, qPrintable(u"no mailbell_%1.qm in %2"_s.arg(language, qmFolder)));
    // The pseudo-translation took effect: its strings are bracketed.
    if (qEnvironmentVariableIsSet("MAILBELL_FIT_PSEUDO"))
        QVERIFY(QCoreApplication::translate("TrayIcon", "&Quit").startsWith(u'['));
    if (qEnvironmentVariableIntValue("MAILBELL_FIT_RTL") == 1)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    m_tag = qEnvironmentVariable("MAILBELL_FIT_TAG", language);
    qInfo("language %s (%s), %s", qPrintable(language), qPrintable(m_tag),
          QGuiApplication::isRightToLeft() ? "right to left" : "left to right");
}

QRect Tst_WindowFit::usableArea() const
{
    QScreen *screen = QGuiApplication::primaryScreen();
    const int chrome = qCeil(desktopChromeDevicePixels / screen->devicePixelRatio());
    return screen->availableGeometry().adjusted(0, 0, 0, -chrome);
}

void Tst_WindowFit::checkFits(QWidget *window, const QString &name, const char *expectedFailure)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    const QDir shots(QStringLiteral(MAILBELL_TRAY_SCREENSHOTS));
    QDir().mkpath(shots.path());
    window->grab().save(shots.filePath(u"fit-%1-%2-%3.png"_s.arg(m_screenName, m_tag, name)));
    QCOMPARE(window->layoutDirection(), QGuiApplication::layoutDirection());

    const QSize usable = usableArea().size();
    const auto describe = [&](const char *what, QSize size) {
        return u"%1: %2 %3x%4 does not fit %5x%6"_s.arg(name, QLatin1String(what))
            .arg(size.width())
            .arg(size.height())
            .arg(usable.width())
            .arg(usable.height());
    };
    const auto fits = [&](QSize size) {
        return size.width() <= usable.width() && size.height() <= usable.height();
    };
    // The window manager cannot make it smaller than its minimum, nor would the user.
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    const QSize frame = window->frameGeometry().size();
    if (expectedFailure)
        QEXPECT_FAIL("", expectedFailure, Abort);
    QVERIFY2(fits(minimum) && fits(frame),
             qPrintable(describe("minimum size", minimum) + u"; "_s + describe("frame", frame)));
    // Nothing squeezed below what it needs (wrapped text cut off, rows overlapping): at this
    // width the layout's contents need no more height than the window has.
    if (QLayout *layout = window->layout()) {
        const int needed = layout->hasHeightForWidth()
            ? layout->totalHeightForWidth(window->width())
            : layout->totalMinimumSize().height();
        QVERIFY2(needed <= window->height(),
                 qPrintable(u"%1: the contents need %2 px of height, the window has %3"_s.arg(name)
                                .arg(needed)
                                .arg(window->height())));
    }
    // Nothing to scroll sideways to: text wider than the window is as good as cut off.
    for (QScrollArea *area : window->findChildren<QScrollArea *>()) {
        if (area->isVisibleTo(window) && area->window() == window)
            QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                     qPrintable(u"%1: %2 scrolls sideways"_s.arg(name, area->objectName())));
    }
    // Nothing to press lies outside the window (laid out past its edge); in a scroll area it is
    // reached by scrolling.
    const QRect inside = window->rect();
    const auto scrolled = [window](const QWidget *widget) {
        for (const QWidget *up = widget->parentWidget(); up && up != window;
             up = up->parentWidget()) {
            if (qobject_cast<const QScrollArea *>(up))
                return true;
        }
        return false;
    };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->window() != window || scrolled(button))
            continue;
        const QRect box(button->mapTo(window, QPoint(0, 0)), button->size());
        QVERIFY2(inside.contains(box),
                 qPrintable(u"%1: button \"%2\" outside the window"_s.arg(name, button->text())));
    }
    checkTextFits(window, name);
}

void Tst_WindowFit::checkTextFits(QWidget *window, const QString &name)
{
    // A label or button narrower than its text shows only part of it (a longer translation in
    // a fixed-width layout); a word-wrapped label lower than its wrapped text loses lines.
    const auto shown = [window](const QWidget *widget) {
        return widget->isVisibleTo(window) && widget->window() == window;
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!shown(label) || label->text().isEmpty())
            continue;
        const QSize needed = label->wordWrap()
            ? QSize(label->minimumSizeHint().width(), label->heightForWidth(label->width()))
            : label->minimumSizeHint();
        QVERIFY2(label->width() >= needed.width() && label->height() >= needed.height(),
                 qPrintable(u"%1: label \"%2\" is %3x%4, its text needs %5x%6"_s
                                .arg(name, label->text().left(60))
                                .arg(label->width())
                                .arg(label->height())
                                .arg(needed.width())
                                .arg(needed.height())));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        const QSize needed = button->minimumSizeHint();
        QVERIFY2(button->width() >= needed.width() && button->height() >= needed.height(),
                 qPrintable(
                     u"%1: button \"%2\" is %3x%4, its text needs %5x%6"_s.arg(name, button->text())
                         .arg(button->width())
                         .arg(button->height())
                         .arg(needed.width())
                         .arg(needed.height())));
    }
}

void Tst_WindowFit::settingsDialog_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("accounts") << int(SettingsDialog::Page::Accounts);
    QTest::newRow("notifications") << int(SettingsDialog::Page::Notifications);
    QTest::newRow("general") << int(SettingsDialog::Page::General);
}

void Tst_WindowFit::settingsDialog()
{
    QFETCH(int, page);
    const QString folder = m_dir.filePath(u"settings"_s);
    QDir().mkpath(folder);
    SettingsStore store(folder + u"/accounts.conf"_s, folder + u"/settings.conf"_s,
                        folder + u"/autostart/org.mailbell.Mailbell.desktop"_s);
    CredentialStore credentials;
    SettingsDialog dialog(&store, &credentials);
    dialog.showPage(SettingsDialog::Page(page));
    checkFits(&dialog, u"settings-"_s + QString::fromLatin1(QTest::currentDataTag()));
}

void Tst_WindowFit::accountEditor()
{
    // Its largest form: an account being edited, every section shown, Advanced open; the
    // welcome of the first start as well.
    AccountsFile::Account account;
    account.spec.id = u"work"_s;
    account.spec.displayName = u"Work (priya.natarajan@finance.example.org)"_s;
    account.email = u"priya.natarajan@finance.example.org"_s;
    account.spec.connection.host = u"imap.finance.example.org"_s;
    account.spec.connection.user = account.email;
    AccountEditorDialog editor(account, {});
    editor.findChild<QToolButton *>(u"advanced"_s)->click();
    checkFits(&editor, u"account-editor"_s);
    AccountEditorDialog welcome(AccountsFile::Account {}, {});
    welcome.setFirstStart(true);
    checkFits(&welcome, u"account-editor-welcome"_s);
}

void Tst_WindowFit::certificateTrustDialog()
{
    CertificateTrustDialog dialog(u"imap.test"_s,
                                  {m_pki.serverCertificate(), m_pki.caCertificate()});
    dialog.setPreviousFingerprint(QByteArray(32, '\x5a'));
    checkFits(&dialog, u"certificate-trust"_s);
}

void Tst_WindowFit::passwordDialog()
{
    PasswordDialog dialog(u"work"_s, u"Work (priya.natarajan@finance.example.org)"_s);
    dialog.setReason(u"The server rejected the password: [AUTHENTICATIONFAILED] Authentication "
                     "failed. Check the password, or whether the account needs an app "
                     "password."_s);
    dialog.setRememberAvailable(true);
    checkFits(&dialog, u"password"_s);
}

void Tst_WindowFit::oauthSignInDialog()
{
    const std::optional<OAuthProvider> provider = OAuthProvider::preset(u"google"_s);
    QVERIFY(provider);
    OAuthSignInDialog dialog(u"work"_s, u"Work"_s, *provider, u"priya@example.org"_s);
    dialog.setReason(u"Google asks you to sign in again."_s);
    checkFits(&dialog, u"oauth-sign-in"_s);
}

void Tst_WindowFit::recentMessagesWindow()
{
    RecentMessagesModel model;
    model.addMessages(everydayMessages());
    model.addMessages({longMessage()});
    RecentMessagesWindow window(&model);
    checkFits(&window, u"recent-messages"_s);
}

void Tst_WindowFit::standInWindow()
{
    RecentMessagesModel model;
    model.addMessages({longMessage()});
    TrayIcon tray;
    RecentMessagesWindow window(&model);
    window.setAppActions(tray.appActions());
    window.setTrayMissing(true);
    checkFits(&window, u"stand-in"_s);
}

void Tst_WindowFit::messageSummaryWindow()
{
    MessageSummaryWindow window;
    AccountInfo account;
    account.id = u"work"_s;
    account.displayName = u"Work"_s;
    window.setSummary(longMessage(), account);
    checkFits(&window, u"message-summary"_s);
}

void Tst_WindowFit::removeAccountConfirmation()
{
    // The accounts page's question, as it builds it.
    QMessageBox box(QMessageBox::Question, u"Remove Account"_s,
                    u"Remove the account “Work (priya.natarajan@finance.example.org)”? Its "
                    "settings and saved password are deleted; the mail on the server stays."_s,
                    QMessageBox::Yes | QMessageBox::No);
    checkFits(&box, u"remove-account"_s);
}

void Tst_WindowFit::problemMessageBox()
{
    // TrayApplication::showMessageToUser without a tray: a plain-text box.
    QStringList problems;
    for (int line = 1; line <= 6; ++line)
        problems.append(
            u"accounts.conf line %1: unknown key \"conect-address\" in [work]"_s.arg(line * 7));
    QMessageBox box(QMessageBox::Warning, u"Problems in the accounts file"_s, problems.join(u'\n'),
                    QMessageBox::Ok);
    box.setTextFormat(Qt::PlainText);
    checkFits(&box, u"problems"_s);
}

QTEST_MAIN(Tst_WindowFit)
#include "tst_windowfit.moc"
