// Helpers shared by the benchmarks.
#pragma once

#include <QtGlobal>

namespace BenchUtil {

// Peak resident memory of this process in KiB (VmHWM), or -1 where /proc is not there.
qint64 peakRssKib();

} // namespace BenchUtil
