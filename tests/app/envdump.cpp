// Test helper for --exec: `envdump OUTFILE [SLEEP_MS]` appends its arguments, every MAILBELL_*
// environment variable and its start and end times (ms since the epoch) to OUTFILE, then exits 0.
// Plain C++ (no Qt, no shell) so that it shows exactly what the runner handed over.
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

extern char **environ;

namespace {

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2)
        return 64;
    const long long start = nowMs();
    const int sleepMs = argc > 2 ? std::atoi(argv[2]) : 0;
    if (sleepMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
    std::string record = "BEGIN\nSTART=" + std::to_string(start) + "\n";
    for (int i = 0; i < argc; ++i)
        record += "ARGV" + std::to_string(i) + "=" + argv[i] + "\n";
    for (char **e = environ; *e; ++e) {
        if (std::strncmp(*e, "MAILBELL_", 9) == 0)
            record += std::string(*e) + "\n";
    }
    record += "END=" + std::to_string(nowMs()) + "\n";
    std::ofstream out(argv[1], std::ios::app | std::ios::binary);
    out << record;
    return out ? 0 : 1;
}
