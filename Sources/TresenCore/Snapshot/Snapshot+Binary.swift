/// The snapshot file: a magic line, then the fields in a fixed order (`BinaryWriter`), then a
/// CRC-32C of everything before it, so a damaged file is noticed, never half believed.
/// Stored events are their own record lines, so they decode exactly as from a segment.
extension Snapshot {
  static let magic = "tresen-snapshot 1\n"

  /// Why a snapshot file cannot be used; the caller rebuilds.
  struct Unusable: Error {}

  var encoded: [UInt8] {
    var out = BinaryWriter()
    out.put(Snapshot.magic)
    out.put(key)
    out.put(horizon)
    out.put(problems)
    out.put(watermarks.count)
    for mark in watermarks {
      out.put(mark.file)
      out.put(mark.inode)
      out.put(mark.end)
      out.put(mark.lastLineStart)
      out.put(mark.lastLineCRC)
    }
    let ratings = folded.ratings.byDay.sorted { $0.key < $1.key }
    out.put(ratings.count)
    for (day, counts) in ratings {
      out.put(day)
      out.put(counts.satisfied)
      out.put(counts.neutral)
      out.put(counts.unhappy)
    }
    out.put(folded.customerCounts.count)
    for (name, count) in folded.customerCounts.sorted(by: { $0.key < $1.key }) {
      out.put(name)
      out.put(count)
    }
    for times in [folded.history.complaintTimes, folded.history.refusalTimes] {
      out.put(times.count)
      for (name, instants) in times.sorted(by: { $0.key < $1.key }) {
        out.put(name)
        out.put(instants.count)
        for instant in instants { out.put(instant) }
      }
    }
    out.put(recent.count)
    for event in recent {
      out.put(event.device)
      out.put(bytes: RecordCodec.encode(event).dropLast())
    }
    let body = out.bytes
    out.put(body.withUnsafeBufferPointer { CRC32C.checksum($0) })
    return out.bytes
  }

  init(decoding file: [UInt8]) throws(Unusable) {
    guard file.count >= 8 else { throw Unusable() }
    let bytes = Array(file.dropLast(8))
    var trailer = BinaryReader(Array(file.suffix(8)))
    guard let crc = try? trailer.uint32(), crc == bytes.withUnsafeBufferPointer({ CRC32C.checksum($0) }) else {
      throw Unusable()
    }
    var input = BinaryReader(bytes)
    do {
      guard try input.string() == Snapshot.magic else { throw Unusable() }
      key = try input.string()
      horizon = try input.int()
      problems = try input.int()
      watermarks = []
      for _ in 0..<(try input.count()) {
        watermarks.append(
          Watermark(
            file: try input.string(), inode: try input.uint64(), end: try input.int64(),
            lastLineStart: try input.int64(), lastLineCRC: try input.uint32()))
      }
      var byDay: [Int: RatingCounts] = [:]
      for _ in 0..<(try input.count()) {
        byDay[try input.int()] = RatingCounts(
          satisfied: try input.int(), neutral: try input.int(), unhappy: try input.int())
      }
      let nameCount = try input.count()
      var customerCounts = [String: Int](minimumCapacity: nameCount)
      for _ in 0..<nameCount { customerCounts[try input.string()] = try input.int() }
      var times: [[String: [Int64]]] = []
      for _ in 0..<2 {
        let names = try input.count()
        var byName = [String: [Int64]](minimumCapacity: names)
        for _ in 0..<names {
          let name = try input.string()
          let count = try input.count()
          var instants: [Int64] = []
          instants.reserveCapacity(count)
          for _ in 0..<count { instants.append(try input.int64()) }
          byName[name] = instants
        }
        times.append(byName)
      }
      folded = FoldedHistory(
        ratings: DailyRatings(byDay: byDay), customerCounts: customerCounts,
        history: CustomerHistory(complaintTimes: times[0], refusalTimes: times[1]))
      recent = []
      for _ in 0..<(try input.count()) {
        let device = try input.string()
        let line = Array(try input.bytes())
        guard let decoded = try? line.withUnsafeBufferPointer({ try RecordCodec.decode($0, device: device) }) else {
          throw Unusable()
        }
        recent.append(decoded.event)
      }
      guard input.isAtEnd else { throw Unusable() }
    } catch is BinaryReader.Truncated {
      throw Unusable()
    } catch {
      throw Unusable()
    }
  }
}
