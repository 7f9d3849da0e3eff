/// Reads the end of a segment backwards: its torn tail and its last complete record.
struct TailReader {
  let io: any LogIO
  let fd: Int32
  let path: String

  /// Bytes after the last newline and where they start.
  func tail(size: Int64) throws(StorageError) -> (bytes: [UInt8], offset: Int64) {
    var collected: [UInt8] = []
    var end = size
    while end > 0 {
      let chunk = try read(from: max(0, end - 4096), to: end)
      if let newline = chunk.lastIndex(of: 0x0A) {
        let offset = end - Int64(chunk.count) + Int64(newline) + 1
        return (Array(chunk[(newline + 1)...]) + collected, offset)
      }
      collected = chunk + collected
      end -= Int64(chunk.count)
    }
    return (collected, 0)
  }

  /// The `seq` of the last line that decodes as a record of `device`, scanning back from the
  /// end; 0 when there is none.
  func lastSequenceNumber(device: String) throws(StorageError) -> Int {
    let size: Int64
    do { size = try io.fstat(fd).size } catch { throw .cannotRead(path: path, code: error.code) }
    var end = size
    var carry: [UInt8] = []
    // The bytes after the last newline are looked at first. They count only if the tail repair
    // will keep them (a valid record missing its newline); otherwise the repair cuts them off
    // and their seq would leave a gap.
    var atTail = true
    while end > 0 {
      let start = max(0, end - 65_536)
      var chunk = try read(from: start, to: end) + carry
      // Lines fully inside the chunk, newest first; the partial first line carries over.
      var lineEnd = chunk.count
      while let newline = chunk[..<lineEnd].lastIndex(of: 0x0A) {
        if let seq = sequenceNumber(chunk[(newline + 1)..<lineEnd], device: device, isTail: atTail) { return seq }
        atTail = false
        lineEnd = newline
      }
      if start == 0, let seq = sequenceNumber(chunk[0..<lineEnd], device: device, isTail: atTail) { return seq }
      chunk.removeSubrange(lineEnd...)
      carry = chunk
      end = start
    }
    return 0
  }

  private func sequenceNumber(_ line: ArraySlice<UInt8>, device: String, isTail: Bool) -> Int? {
    var bytes = line
    if bytes.last == 0x0D { bytes.removeLast() }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard !bytes.isEmpty else { return nil }
    return Array(bytes).withUnsafeBufferPointer { buffer in
      guard let decoded = try? RecordCodec.decode(buffer, device: device), decoded.event.device == device,
        !isTail || decoded.checksum != .mismatch
      else {
        return nil
      }
      return decoded.event.seq
    }
  }

  private func read(from start: Int64, to end: Int64) throws(StorageError) -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: Int(end - start))
    var filled = 0
    while filled < buffer.count {
      let count: Int
      do {
        count = try io.pread(fd, into: &buffer, from: filled, at: start + Int64(filled))
      } catch {
        throw .cannotRead(path: path, code: error.code)
      }
      if count == 0 { break }
      filled += count
    }
    return Array(buffer[0..<filled])
  }
}
