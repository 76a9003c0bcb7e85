#pragma once

// What every benchmark program needs: stop at the first failure, time a step, take a median,
// read the process's memory. Header-only: each program is one translation unit.
#include "Error.h"
#include "crypto/SecureBuffer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <utility>

namespace kasboek::bench {

// A benchmark measures the path that works: any error ends it with the error on stderr.
template<typename T> T orDie(Result<T> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s [%s] (%s)\n", what, qPrintable(result.error().message),
                     qPrintable(result.error().field), qPrintable(result.error().detail));
        std::exit(1);
    }
    return std::move(*result);
}

inline void orDie(Result<void> result, const char* what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s [%s] (%s)\n", what, qPrintable(result.error().message),
                     qPrintable(result.error().field), qPrintable(result.error().detail));
        std::exit(1);
    }
}

// KASBOEK_PASSPHRASE when set, so that a file made by one run opens in the next.
inline crypto::SecureBuffer passphrase()
{
    const QByteArray fromEnvironment = qgetenv("KASBOEK_PASSPHRASE");
    return crypto::SecureBuffer(fromEnvironment.isEmpty() ? QByteArrayView("benchmark passphrase")
                                                          : QByteArrayView(fromEnvironment));
}

// Resident and peak memory of this process, in MiB (Linux; zero elsewhere).
inline std::pair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double resident = 0;
    double peak = 0;
    if (!status.open(QIODevice::ReadOnly))
        return { 0, 0 };
    for (const QByteArray& line : status.readAll().split('\n')) {
        const auto kib = [&line] { return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:"))
            resident = kib();
        if (line.startsWith("VmHWM:"))
            peak = kib();
    }
    return { resident, peak };
}

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// CPU time of this process so far, in seconds: on a machine shared with other work it varies
// far less between runs than the wall clock, so it is printed beside a rate.
inline double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

inline double timeMs(const std::function<void()>& run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Runs `run` five times and prints the median and the first (cold) run.
inline void printMedianOfFive(const char* name, const std::function<void()>& run)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i)
        runs.append(timeMs(run));
    std::printf("%s: %.1f ms (median of 5; first run %.1f ms)\n", name, median(runs), runs.first());
    std::fflush(stdout);
}

} // namespace kasboek::bench
