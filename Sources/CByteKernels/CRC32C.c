#include "CByteKernels.h"

#include <string.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <nmmintrin.h>

int tresen_crc32c_available(void) {
  unsigned int eax, ebx, ecx, edx;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  return (ecx & bit_SSE4_2) != 0;
}

__attribute__((target("sse4.2")))
uint32_t tresen_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count) {
  uint64_t wide = crc;
  while (count >= 8) {
    uint64_t word;
    memcpy(&word, bytes, sizeof word);
    wide = _mm_crc32_u64(wide, word);
    bytes += 8;
    count -= 8;
  }
  uint32_t narrow = (uint32_t)wide;
  while (count > 0) {
    narrow = _mm_crc32_u8(narrow, *bytes);
    bytes += 1;
    count -= 1;
  }
  return narrow;
}

#else

int tresen_crc32c_available(void) { return 0; }

uint32_t tresen_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count) {
  (void)bytes;
  (void)count;
  return crc;
}

#endif
