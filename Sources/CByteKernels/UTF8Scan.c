#include "CByteKernels.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <string.h>

// The length of the well-formed UTF-8 sequence at `bytes` (a lead byte of 0x80 or more, with
// `left` bytes from it to the end), or 0 when it is not well-formed: Unicode's table of
// well-formed byte sequences, without overlong forms, surrogates or code points above U+10FFFF.
static size_t tresen_utf8_sequence(const uint8_t *bytes, size_t left) {
  uint8_t lead = bytes[0];
  size_t length;
  uint8_t low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead == 0xE0) {
    length = 3;
    low = 0xA0;
  } else if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF) {
    length = 3;
  } else if (lead == 0xED) {
    length = 3;
    high = 0x9F;
  } else if (lead == 0xF0) {
    length = 4;
    low = 0x90;
  } else if (lead >= 0xF1 && lead <= 0xF3) {
    length = 4;
  } else if (lead == 0xF4) {
    length = 4;
    high = 0x8F;
  } else {
    return 0;
  }
  if (left < length || bytes[1] < low || bytes[1] > high) return 0;
  for (size_t offset = 2; offset < length; offset++) {
    if ((bytes[offset] & 0xC0) != 0x80) return 0;
  }
  return length;
}

#if defined(__SSE2__)
// The top bit of each of the 16 bytes that may stop the plain-ASCII run: bytes of 0x80 and more
// (negative as signed) and, with `reject_json_specials`, those below 0x20 and backslashes.
static inline __attribute__((always_inline)) unsigned tresen_utf8_flags(__m128i block, int reject_json_specials) {
  __m128i flagged = reject_json_specials
    ? _mm_or_si128(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20)), _mm_cmpeq_epi8(block, _mm_set1_epi8('\\')))
    : _mm_cmplt_epi8(block, _mm_setzero_si128());
  return (unsigned)_mm_movemask_epi8(flagged);
}
#endif

// The scan, inlined twice so that `reject_json_specials` is a constant in each copy.
static inline __attribute__((always_inline)) int tresen_utf8_scan_as(
  const uint8_t *bytes, size_t count, int reject_json_specials
) {
  size_t index = 0;
  while (index < count) {
#if defined(__SSE2__)
    // Bytes before the first flag are plain ASCII: 32 bytes a step, then the rest of the line
    // padded with spaces to one block.
    unsigned mask;
    size_t left = count - index;
    if (left >= 32) {
      unsigned low = tresen_utf8_flags(_mm_loadu_si128((const __m128i *)(bytes + index)), reject_json_specials);
      unsigned high = tresen_utf8_flags(_mm_loadu_si128((const __m128i *)(bytes + index + 16)), reject_json_specials);
      mask = low | high << 16;
      if (mask == 0) {
        index += 32;
        continue;
      }
    } else {
      uint8_t padded[16];
      size_t taken = left < 16 ? left : 16;
      memset(padded, ' ', sizeof padded);
      memcpy(padded, bytes + index, taken);
      mask = tresen_utf8_flags(_mm_loadu_si128((const __m128i *)padded), reject_json_specials);
      if (mask == 0) {
        index += taken;
        continue;
      }
    }
    index += (size_t)__builtin_ctz(mask);
#endif
    uint8_t byte = bytes[index];
    if (byte < 0x80) {
      if (reject_json_specials && (byte < 0x20 || byte == '\\')) return 0;
      index += 1;
      continue;
    }
    size_t length = tresen_utf8_sequence(bytes + index, count - index);
    if (length == 0) return 0;
    index += length;
  }
  return 1;
}

int tresen_utf8_scan(const uint8_t *bytes, size_t count, int reject_json_specials) {
  return reject_json_specials ? tresen_utf8_scan_as(bytes, count, 1) : tresen_utf8_scan_as(bytes, count, 0);
}
