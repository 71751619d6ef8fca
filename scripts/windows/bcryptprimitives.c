/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows
 * build under Wine 8 (Debian 12), which lacks it. Rust's standard library
 * takes its random numbers (HashMap keys, tempfile names) from ProcessPrng
 * there, and a program that cannot load it exits at once with no output.
 * ProcessPrng is forwarded to RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. Never shipped: scripts/test-windows puts it into a
 * throwaway Wine prefix. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Fills `data` with random bytes. RtlGenRandom takes a 32-bit length, so
 * bigger requests go in pieces. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG piece = length > 0x80000000u ? 0x80000000u : (ULONG)length;
        if (!SystemFunction036(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
