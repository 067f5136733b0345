#pragma once

// Small helpers the benchmarks share to print their figures.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace BenchFigures {

// The median (the mean of the middle two for an even count); 0 for none.
inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Peak resident memory (VmHWM of /proc/<pid>/status) in MiB; pid 0: this process. -1 when it
// cannot be read (not Linux, or the process is gone).
inline double peakRssMb(qint64 pid = 0)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// The CPU time (user + sys) of another process so far, from /proc/<pid>/stat, in
// milliseconds; -1 when it cannot be read.
inline double processCpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // After "pid (comm) ": state is field 3, utime 14 and stime 15 (comm may hold spaces).
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// This process's CPU time so far (user + sys), in milliseconds.
inline double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace BenchFigures
