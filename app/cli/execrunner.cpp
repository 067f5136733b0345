#include "execrunner.h"

#include "eventformatter.h"

#include <QProcess>
#include <QTimer>

#include <memory>

#include <cstdio>

using namespace ImapCore;
using namespace Qt::StringLiterals;

namespace {

QString envValue(QString value)
{
    value.remove(QChar(u'\0'));
    if (value.size() > ExecRunner::maxValueChars)
        value.truncate(ExecRunner::maxValueChars);
    return value;
}

} // namespace

ExecRunner::ExecRunner(const QString &commandLine, QObject *parent)
    : QObject(parent)
    , m_words(QProcess::splitCommand(commandLine))
{ }

ExecRunner::~ExecRunner()
{
    for (QProcess *process : std::as_const(m_running)) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
        delete process;
    }
}

QString ExecRunner::validate() const
{
    if (m_words.isEmpty())
        return tr("--exec needs a program to run.");
    return {};
}

QProcessEnvironment ExecRunner::environmentFor(const MessageSummary &message,
                                               const QProcessEnvironment &base)
{
    QProcessEnvironment environment = base;
    const auto set = [&environment](const char *name, const QString &value) {
        environment.insert(QString::fromLatin1(name), envValue(value));
    };
    set("MAILBELL_ACCOUNT", message.accountId);
    set("MAILBELL_FOLDER", message.folder);
    set("MAILBELL_UID", QString::number(message.uid));
    set("MAILBELL_UIDVALIDITY", QString::number(message.uidValidity));
    set("MAILBELL_FROM", EventFormatter::fromText(message));
    set("MAILBELL_FROM_ADDRESS", EventFormatter::fromAddress(message));
    set("MAILBELL_SUBJECT", message.subject);
    set("MAILBELL_PREVIEW", message.preview);
    set("MAILBELL_DATE", message.date.isValid() ? message.date.toString(Qt::ISODate) : QString());
    set("MAILBELL_MESSAGE_ID", message.messageId);
    return environment;
}

void ExecRunner::run(const MessageSummary &message)
{
    if (m_words.isEmpty())
        return;
    if (m_queue.size() >= maxQueued) {
        Q_EMIT failed(message.accountId,
                      tr("--exec: more than %1 messages are waiting; message %2 in %3 is skipped.")
                          .arg(maxQueued)
                          .arg(message.uid)
                          .arg(message.folder));
        return;
    }
    m_queue.enqueue(message);
    startNext();
}

void ExecRunner::startNext()
{
    while (m_running.size() < m_maxRunning && !m_queue.isEmpty()) {
        const MessageSummary message = m_queue.dequeue();
        auto *process = new QProcess(this);
        process->setProgram(m_words.constFirst());
        process->setArguments(m_words.mid(1));
        process->setProcessEnvironment(
            environmentFor(message, QProcessEnvironment::systemEnvironment()));
        process->setStandardInputFile(QProcess::nullDevice());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process, &QProcess::readyReadStandardOutput, process, [process] {
            const QByteArray bytes = process->readAllStandardOutput();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
            std::fflush(stderr);
        });
        auto *timer = new QTimer(process);
        timer->setSingleShot(true);
        auto timedOut = std::make_shared<bool>(false);
        connect(timer, &QTimer::timeout, process, [process, timedOut] {
            *timedOut = true;
            process->kill();
        });
        connect(process, &QProcess::finished, this,
                [this, process, message, timedOut] { onFinished(process, message, *timedOut); });
        connect(process, &QProcess::errorOccurred, this,
                [this, process, message](QProcess::ProcessError error) {
                    if (error == QProcess::FailedToStart)
                        onFinished(process, message, false);
                });
        m_running.append(process);
        timer->start(m_timeoutMs);
        process->start(QIODevice::ReadOnly);
    }
}

void ExecRunner::onFinished(QProcess *process, const MessageSummary &message, bool timedOut)
{
    if (!m_running.removeOne(process))
        return;
    const QString program = m_words.constFirst();
    const QString which = tr("message %1 in %2").arg(message.uid).arg(message.folder);
    QString error;
    if (process->error() == QProcess::FailedToStart) {
        error = tr("--exec: \"%1\" could not be started for %2: %3")
                    .arg(program, which, process->errorString());
    } else if (timedOut) {
        error = tr("--exec: \"%1\" was killed after %n second(s) for %2", nullptr,
                   (m_timeoutMs + 999) / 1000)
                    .arg(program, which);
    } else if (process->exitStatus() != QProcess::NormalExit) {
        error = tr("--exec: \"%1\" crashed for %2").arg(program, which);
    } else if (process->exitCode() != 0) {
        error = tr("--exec: \"%1\" failed with exit code %2 for %3")
                    .arg(program)
                    .arg(process->exitCode())
                    .arg(which);
    }
    const QByteArray rest = process->readAllStandardOutput();
    std::fwrite(rest.constData(), 1, size_t(rest.size()), stderr);
    process->disconnect(this);
    process->deleteLater();
    if (!error.isEmpty())
        Q_EMIT failed(message.accountId, error);
    startNext();
    if (m_running.isEmpty() && m_queue.isEmpty())
        Q_EMIT idle();
}
