import Dispatch

/// The snapshot file: a magic line, then the fields in a fixed order (`BinaryWriter`), then a
/// check of everything before it (`SnapshotCheck`), so a damaged file is noticed, never half
/// believed. Recent events are stored field by field (`BinaryCoding+Event.swift`).
extension Snapshot {
  static let magic = "tresen-snapshot 7\n"
  /// The most days a snapshot's ratings may span (two centuries).
  static let maxRatedDays = 73_050
  /// The days a rating may fall on: years 1 to 9999, in days since 1970-01-01.
  static let ratedDays = -719_162...2_932_896

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
      out.put(mark.changed == nil ? 0 : 1)
      out.put(mark.changed ?? 0)
    }
    let ratings = folded.ratings.byDay.sorted { $0.key < $1.key }
    out.put(ratings.count)
    for (day, counts) in ratings {
      out.put(day)
      out.put(counts.satisfied)
      out.put(counts.neutral)
      out.put(counts.unhappy)
    }
    folded.counts.put(into: &out)
    StoredTimes.put(folded.history.complaintTimes, into: &out)
    StoredTimes.put(folded.history.refusalTimes, into: &out)
    // In two halves, the first with its length, so a start decodes them on two cores.
    let half = recent.count / 2
    var first = BinaryWriter()
    for event in recent[..<half] { first.put(event) }
    out.put(half)
    out.put(first.bytes.count)
    out.append(first)
    out.put(recent.count - half)
    for event in recent[half...] { out.put(event) }
    let body = out.bytes
    out.put(body.withUnsafeBufferPointer { SnapshotCheck.of($0) })
    return out.bytes
  }

  /// The front of a snapshot file — what it was made with and where each segment ended — read
  /// before the whole file is checked, so a start can check the segments on another core while
  /// the rest decodes. Whatever it holds is validated as it is read.
  struct Front {
    var key: String
    var horizon: Int
    var problems: Int
    var watermarks: [Watermark]
    /// A reader of the rest of the body, just past the front.
    fileprivate var rest: BinaryReader

    init(_ file: [UInt8]) throws(Unusable) {
      guard file.count >= 8 else { throw Unusable() }
      var input = BinaryReader(file, end: file.count - 8)
      do {
        guard try input.string() == Snapshot.magic else { throw Unusable() }
        key = try input.string()
        horizon = try input.int()
        problems = try input.int()
        watermarks = try input.watermarks()
      } catch {
        throw Unusable()
      }
      rest = input
    }
  }

  init(decoding file: [UInt8]) throws(Unusable) {
    try self.init(checking: file, front: try Front(file))
  }

  /// The snapshot in `file`, whose `front` was read already; the whole file is checked first.
  init(checking file: [UInt8], front: Front) throws(Unusable) {
    let bodyEnd = file.count - 8
    let stored = file.withUnsafeBytes {
      UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: bodyEnd, as: UInt64.self))
    }
    guard stored == file.withUnsafeBufferPointer({ SnapshotCheck.of(UnsafeBufferPointer(rebasing: $0[..<bodyEnd])) })
    else { throw Unusable() }
    (key, horizon, problems, watermarks) = (front.key, front.horizon, front.problems, front.watermarks)
    var input = front.rest
    do {
      // Days were written in order, so each one extends the range at its end; days out of
      // order or centuries apart, or counts no history has, mean a foreign or crafted file.
      var ratings = DailyRatings(byDay: [:])
      var firstDay: Int?
      var lastDay = Int.min
      for _ in 0..<(try input.count()) {
        let day = try input.int()
        let counts = RatingCounts(
          satisfied: try input.tally(), neutral: try input.tally(), unhappy: try input.tally())
        guard Snapshot.ratedDays.contains(day), day > lastDay, day - (firstDay ?? day) <= Snapshot.maxRatedDays
        else { throw Unusable() }
        firstDay = firstDay ?? day
        lastDay = day
        ratings.add(counts, onDay: day)
      }
      let customerCounts = try CustomerCounts(reading: &input)
      let complaints = try StoredTimes(reading: &input)
      let refusals = try StoredTimes(reading: &input)
      folded = FoldedHistory(
        ratings: ratings, counts: customerCounts,
        history: CustomerHistory(storedComplaints: complaints, storedRefusals: refusals))
      recent = try Snapshot.recentEvents(&input)
      guard input.isAtEnd else { throw Unusable() }
    } catch {
      throw Unusable()
    }
  }
}

extension Snapshot {
  /// The recent events, their second half decoded on another core while this one decodes the
  /// first (decoding them is the largest part of a warm start). Reads to the end of `input`.
  fileprivate static func recentEvents(_ input: inout BinaryReader) throws(BinaryReader.Truncated) -> [Event] {
    let firstCount = try input.count()
    var first = try input.part(try input.count())
    let rest = input
    let secondHalf = PerThread<Result<(events: [Event], reader: BinaryReader), BinaryReader.Truncated>>(count: 1)
    let decoding = DispatchGroup()
    DispatchQueue.global().async(group: decoding) {
      var reader = rest
      secondHalf[0] = Result { () throws(BinaryReader.Truncated) in
        (try reader.events(count: try reader.count()), reader)
      }
    }
    let firstHalf = Result { () throws(BinaryReader.Truncated) in try first.events(count: firstCount) }
    decoding.wait()
    guard first.isAtEnd, let second = try secondHalf[0]?.get() else { throw BinaryReader.Truncated() }
    input = second.reader
    return try firstHalf.get() + second.events
  }
}

extension BinaryReader {
  /// The watermarks; one whose last line does not lie within `checkedBytes` before its end is
  /// as bad as a cut file (they are used before the whole file's check has run).
  fileprivate mutating func watermarks() throws(Truncated) -> [Watermark] {
    var marks: [Watermark] = []
    for _ in 0..<(try count()) {
      var mark = Watermark(
        file: try string(), inode: try uint64(), end: try int64(), lastLineStart: try int64(),
        lastLineCRC: try uint32())
      guard mark.lastLineStart >= 0, mark.lastLineStart <= mark.end,
        mark.end - mark.lastLineStart <= Watermark.checkedBytes
      else { throw Truncated() }
      let vouches = try int() == 1
      let changed = try int64()
      mark.changed = vouches ? changed : nil
      marks.append(mark)
    }
    return marks
  }
}
