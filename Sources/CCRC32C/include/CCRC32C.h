// CRC-32C with the processor's own instruction (x86-64 SSE 4.2), for TresenCore's CRC32C.
//
// A deviation from DESIGN.md §2, which keeps C to the ncurses shim: Swift cannot emit the CRC32
// instruction, no listed package computes CRC-32C, and the software table costs about a seventh
// of a full replay (DESIGN.md §8: a million events in under a second). Swift checks
// `tresen_crc32c_available` and keeps its slicing-by-8 tables for every other processor; the
// tests hold both to the same answers.
#ifndef TRESEN_CCRC32C_H
#define TRESEN_CCRC32C_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the CRC-32C instruction, else 0.
int tresen_crc32c_available(void);

/// Continues the CRC-32C register `crc` (reflected, not inverted) over `count` bytes; only to be
/// called when `tresen_crc32c_available()` is 1.
uint32_t tresen_crc32c_update(uint32_t crc, const uint8_t *bytes, size_t count);

#endif
