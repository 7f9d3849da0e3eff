import CZlib

/// gzip (RFC 1952) through the system zlib, for `tresen backup` archives.
///
/// Why zlib and not a Swift package: see `CZlib.h` (no listed package writes gzip without
/// SwiftNIO). Deflate and inflate run over the whole buffer at once; data directories are
/// small (storage.md §13).
enum Gzip {
  /// `windowBits` for a gzip wrapper around a 32 KiB window (zlib manual, deflateInit2).
  private static let gzipWindow: Int32 = 15 + 16

  /// `bytes` compressed as one gzip member.
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    let ready = deflateInit2_(
      &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindow, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    precondition(ready == Z_OK, "zlib deflateInit2 failed: \(ready)")
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
    var input = bytes
    let status = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        return deflate(&stream, Z_FINISH)
      }
    }
    // deflateBound guarantees room for a single Z_FINISH call.
    precondition(status == Z_STREAM_END, "zlib deflate did not finish: \(status)")
    return Array(output.prefix(Int(stream.total_out)))
  }

  /// The bytes of the gzip stream `bytes`, which must be complete and end exactly there.
  /// - Throws: `.damaged(.notGzip)` for anything else, or when the output passes `limit`.
  static func decompress(_ bytes: [UInt8], limit: Int) throws(BackupError) -> [UInt8] {
    var stream = z_stream()
    guard inflateInit2_(&stream, gzipWindow, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      throw .damaged(.notGzip)
    }
    defer { inflateEnd(&stream) }
    var input = bytes
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var status = Z_OK
    input.withUnsafeMutableBufferPointer { source in
      stream.next_in = source.baseAddress
      stream.avail_in = uInt(source.count)
      while status == Z_OK, output.count <= limit {
        let produced = chunk.withUnsafeMutableBufferPointer { target in
          stream.next_out = target.baseAddress
          stream.avail_out = uInt(target.count)
          status = inflate(&stream, Z_NO_FLUSH)
          return target.count - Int(stream.avail_out)
        }
        output += chunk.prefix(produced)
        if status == Z_OK, produced == 0, stream.avail_in == 0 { status = Z_BUF_ERROR }
      }
    }
    guard status == Z_STREAM_END, stream.avail_in == 0, output.count <= limit else { throw .damaged(.notGzip) }
    return output
  }
}
