// Helper for tst_dovecotfixture: starts a DovecotFixture, reports where it lives on stdout and
// waits to be killed. The test SIGKILLs this process and checks that Dovecot goes away with it.
#include "dovecotfixture.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DovecotFixture server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("READY\t%s\t%s\t%s\t%lld\n", qPrintable(server.directory()),
                qPrintable(server.configPath()), qPrintable(server.instanceName()),
                static_cast<long long>(server.masterPid()));
    std::fflush(stdout);
    for (;;)
        ::pause();
}
