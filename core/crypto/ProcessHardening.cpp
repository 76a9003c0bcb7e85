#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace kasboek::crypto {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    (void)setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    // Not under AddressSanitizer: its leak checker needs to ptrace the process.
    (void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace kasboek::crypto
