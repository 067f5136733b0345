#include "passwordcommandjob.h"

PasswordCommandJob::PasswordCommandJob(const QString &commandLine, int timeoutMs, Input input,
                                       QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_input(input)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_process.kill();
        finish({{}, PasswordCommand::timeoutError(m_program, m_timeout.interval())});
    });
    // Prompts (gpg, pass) go to our stderr; stdout carries the password.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process.readAllStandardOutput();
        if (m_output.size() > PasswordCommand::maxOutputBytes) {
            m_process.kill();
            finish({{}, PasswordCommand::tooMuchOutputError(m_program)});
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish({{}, PasswordCommand::notStartedError(m_program, m_process.errorString())});
    });
    connect(&m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                m_output += m_process.readAllStandardOutput();
                finish(PasswordCommand::fromFinishedProcess(m_program, status, exitCode, m_output));
            });
}

PasswordCommandJob::~PasswordCommandJob()
{
    m_output.fill('\0');
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void PasswordCommandJob::start()
{
    const QStringList words = QProcess::splitCommand(m_commandLine);
    if (words.isEmpty()) {
        // Asynchronous like every other outcome, so callers never see finished() re-entrantly.
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish({{}, PasswordCommand::emptyCommandError()});
            },
            Qt::QueuedConnection);
        return;
    }
    m_program = words.constFirst();
    m_process.setProgram(m_program);
    m_process.setArguments(words.mid(1));
    if (m_input == Input::Forwarded)
        m_process.setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        m_process.setStandardInputFile(QProcess::nullDevice());
    m_timeout.start();
    m_process.start(QIODevice::ReadOnly);
}

void PasswordCommandJob::finish(PasswordCommand::Result result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_output.fill('\0');
    Q_EMIT finished(result);
    result.password.fill(u'\0');
    deleteLater();
}
