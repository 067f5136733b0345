// The man page (packaging/mailbell.1) and `--help` name the same options: for the tray app and
// every subcommand, the long options of `mailbell [COMMAND] --help` (LANG=C, so English) must be
// exactly those the man page documents for it, and the page must name every subcommand the
// top-level help lists. `man --warnings` renders the page without a warning.
//
// In the page, a line `.\" options: watch check` says whose options the .TP entries after it
// are (tray: no subcommand; none: nobody's); an option is the `\-\-name` in a .TP's tag line.
#include "requiretool.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using OptionsByCommand = QHash<QString, QSet<QString>>;

const QString kTray = u"tray"_s;

// The binary under test: the installed one when MAILBELL_BINARY says so (CI's package step).
QString binary()
{
    const QString installed = qEnvironmentVariable("MAILBELL_BINARY");
    return installed.isEmpty() ? QStringLiteral(MAILBELL_BUILT_BINARY) : installed;
}

QString manPagePath()
{
    return QStringLiteral(MAILBELL_MANPAGE_SOURCE);
}

// Roff text without font changes and with plain hyphens.
QString plain(QString line)
{
    static const QRegularExpression font(u"\\\\f[BIRP]"_s);
    line.remove(font);
    line.replace(u"\\-"_s, u"-"_s);
    return line;
}

QSet<QString> longOptions(const QString &text)
{
    static const QRegularExpression option(u"(?<![\\w-])--[a-z0-9][a-z0-9-]*"_s);
    QSet<QString> found;
    for (auto it = option.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

OptionsByCommand manPageOptions(const QString &page)
{
    OptionsByCommand result;
    QStringList owners;
    const QStringList lines = page.split(u'\n');
    static const QRegularExpression marker(u"^\\.\\\\\" options:(.*)$"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (const auto match = marker.match(lines[i]); match.hasMatch()) {
            owners = match.captured(1).split(u' ', Qt::SkipEmptyParts);
            owners.removeAll(u"none"_s);
            for (const QString &owner : std::as_const(owners))
                result[owner]; // a command with no option still counts as documented
            continue;
        }
        if (lines[i] == u".TP"_s && i + 1 < lines.size()) {
            const QSet<QString> options = longOptions(plain(lines[i + 1]));
            for (const QString &owner : std::as_const(owners))
                result[owner].unite(options);
        }
    }
    return result;
}

QString help(const QString &command, QString *error)
{
    QTemporaryDir config; // no settings.conf choosing a language
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANG"_s, u"C"_s);
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList arguments;
    if (command != kTray)
        arguments << command;
    arguments << u"--help"_s;
    process.start(binary(), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"mailbell %1 failed: %2"_s.arg(
            arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// The options of a --help text: the lines that start (after the indent) with a dash.
QSet<QString> helpOptions(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression optionLine(u"^\\s+(-\\S.*?)(\\s{2,}|$)"_s);
    for (const QString &line : text.split(u'\n')) {
        if (const auto match = optionLine.match(line); match.hasMatch())
            found.unite(longOptions(match.captured(1)));
    }
    return found;
}

// The subcommands the top-level help lists under its command argument, indented deeper than
// the argument's name and followed by two or more spaces ("   demo   try Mailbell ..."); the
// argument's own line ("  command        Optional ...") and wrapped text do not match.
QSet<QString> helpSubcommands(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression commandLine(u"^ {3,}([a-z]+) {2,}\\S"_s);
    for (const QString &line : text.split(u'\n')) {
        if (const auto match = commandLine.match(line); match.hasMatch())
            found.insert(match.captured(1));
    }
    return found;
}

QString listed(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u", "_s);
}

} // namespace

class Tst_ManPage : public QObject
{
    Q_OBJECT

private:
    OptionsByCommand m_documented;

private slots:
    void initTestCase();
    void everySubcommandIsDocumented();
    void optionsMatchHelp_data();
    void optionsMatchHelp();
    void rendersWithoutWarnings();
};

void Tst_ManPage::initTestCase()
{
    QVERIFY2(QFile::exists(binary()), qPrintable(binary()));
    QFile page(manPagePath());
    QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(manPagePath()));
    m_documented = manPageOptions(QString::fromUtf8(page.readAll()));
    QVERIFY2(m_documented.contains(kTray), "no '.\\\" options: tray' block");
}

void Tst_ManPage::everySubcommandIsDocumented()
{
    QString error;
    const QString topLevel = help(kTray, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> inHelp = helpSubcommands(topLevel);
    QVERIFY2(inHelp.size() >= 3, qPrintable(topLevel)); // check, watch, demo at least
    QSet<QString> inPage(m_documented.keyBegin(), m_documented.keyEnd());
    inPage.remove(kTray);
    QVERIFY2(inHelp == inPage,
             qPrintable(u"--help lists [%1], the man page documents [%2]"_s.arg(listed(inHelp),
                                                                                listed(inPage))));
}

void Tst_ManPage::optionsMatchHelp_data()
{
    QTest::addColumn<QString>("command");
    QStringList commands(m_documented.keyBegin(), m_documented.keyEnd());
    commands.sort();
    for (const QString &command : std::as_const(commands))
        QTest::newRow(qPrintable(command)) << command;
}

void Tst_ManPage::optionsMatchHelp()
{
    QFETCH(QString, command);
    QString error;
    const QSet<QString> inHelp = helpOptions(help(command, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!inHelp.isEmpty(), "no option found in --help");
    const QSet<QString> inPage = m_documented.value(command);
    const QSet<QString> onlyHelp = QSet<QString>(inHelp).subtract(inPage);
    const QSet<QString> onlyPage = QSet<QString>(inPage).subtract(inHelp);
    QVERIFY2(onlyHelp.isEmpty() && onlyPage.isEmpty(),
             qPrintable(u"%1: only in --help: [%2]; only in the man page: [%3]"_s.arg(
                 command, listed(onlyHelp), listed(onlyPage))));
}

void Tst_ManPage::rendersWithoutWarnings()
{
    const QString man = QStandardPaths::findExecutable(u"man"_s);
    MAILBELL_REQUIRE_TOOL(man.isEmpty() ? u"man is missing (Debian package man-db)"_s : QString());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MANWIDTH"_s, u"80"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"MAN_KEEP_FORMATTING"_s); // set at all, it keeps the overstrikes
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(man, {u"--warnings"_s, u"-l"_s, manPagePath()});
    QVERIFY(process.waitForFinished(30'000));
    const QString warnings = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(warnings.trimmed().isEmpty(), qPrintable(warnings));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("EXIT STATUS"));
}

MAILBELL_TEST_GUILESS_MAIN(Tst_ManPage)
#include "tst_manpage.moc"
