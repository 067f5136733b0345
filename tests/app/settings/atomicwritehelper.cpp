// The crash test's writer process: saves files with AtomicFile and can be killed at a named step.
//   atomicwritehelper once PATH CONTENT_FILE   one write; MAILBELL_CRASH_AT=<step> raises SIGKILL
//                                             at that step of AtomicFile::write (AtomicWrite)
//   atomicwritehelper loop PATH A_FILE B_FILE  writes A, B, A, ... until killed; prints "ready"
//                                             after the first complete write
#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

QByteArray g_crashAt;

void crashAtStep(const char *step)
{
    if (g_crashAt == step)
        std::raise(SIGKILL);
}

QByteArray readAll(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    g_crashAt = qgetenv("MAILBELL_CRASH_AT");
    ImapCore::AtomicWrite::setStepHook(crashAtStep);
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (argc == 4 && std::strcmp(argv[1], "once") == 0) {
        const QString error = AtomicFile::write(path, readAll(argv[3]));
        std::fputs(qPrintable(error + u'\n'), stderr);
        return error.isEmpty() ? 0 : 1;
    }
    if (argc == 5 && std::strcmp(argv[1], "loop") == 0) {
        const QByteArray contents[] = {readAll(argv[3]), readAll(argv[4])};
        for (unsigned long i = 0;; ++i) {
            const QString error = AtomicFile::write(path, contents[i % 2]);
            if (!error.isEmpty()) {
                std::fputs(qPrintable(error + u'\n'), stderr);
                return 1;
            }
            if (i == 0) {
                std::puts("ready");
                std::fflush(stdout);
            }
        }
    }
    std::fputs("usage: atomicwritehelper once PATH CONTENT | loop PATH A B\n", stderr);
    return 2;
}
