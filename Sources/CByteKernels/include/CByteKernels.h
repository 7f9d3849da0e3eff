// Byte kernels of TresenCore's log reader: CRC-32C with the processor's own instruction
// (x86-64 SSE 4.2), the UTF-8 scan 32 bytes a step (SSE2), and a prefetch hint (Swift has no
// way to ask for one).
//
// A deviation from DESIGN.md §2, which keeps C to the ncurses shim. Both loops touch every byte
// of a full replay (DESIGN.md §8: a million events in under a second), and Swift cannot emit
// either well: it has no CRC32 instruction, and its SIMD types lowered the scan's vector
// compares to element-wise code (measured 14 times slower than eight bytes at a time in
// Swift); no listed package computes CRC-32C or validates UTF-8 from raw bytes. Swift checks
// `tresen_crc32c_available` and keeps its slicing-by-8 tables for every other processor; the
// UTF-8 scan is portable C with its vector step where the compiler targets SSE2. The tests hold
// both to independent references (the tables; `String(validating:as:)`).
#ifndef TRESEN_CBYTEKERNELS_H
#define TRESEN_CBYTEKERNELS_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the CRC-32C instruction, else 0.
int tresen_crc32c_available(void);

/// Continues the CRC-32C register `crc` (reflected, not inverted) over `count` bytes; only to be
/// called when `tresen_crc32c_available()` is 1.
uint32_t tresen_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count);

/// 1 when the `count` bytes are well-formed UTF-8 (Unicode's table of well-formed byte
/// sequences: no overlong form, no surrogate, nothing above U+10FFFF), else 0. With
/// `reject_json_specials` set, a byte below 0x20 or a backslash also gives 0.
int tresen_utf8_scan(const uint8_t *bytes, size_t count, int reject_json_specials);

/// Asks the processor to fetch the cache line at `address` ahead of a read (a hint, no effect
/// on what the program computes); a replay's lookups in its id table are random and would
/// otherwise wait for memory one by one.
static inline void tresen_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
