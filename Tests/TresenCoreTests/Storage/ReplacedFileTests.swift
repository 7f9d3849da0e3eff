import Testing
import TresenCore
import TresenTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Storage promise 7: a sync tool or editor that replaces the segment (new file renamed over
/// the path) never makes an append vanish into the deleted inode.
@Suite struct ReplacedFileTests {
  @Test func fileReplacedRightAfterTheWriterOpenedItGetsTheAppend() throws {
    let temp = TemporaryDirectory()
    let first = try LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 1))
      .append(Sample.payload(0), at: Fixtures.at(9))
    let segment = Sample.segment(temp)
    let originalInode = try #require(inode(segment))

    let faulty = FaultyIO()
    // Just after the writer opened the segment for appending, before it checks the inode.
    faulty.hook(before: { $0.kind == .fstat && $0.path == segment && $0.openFlags & O_APPEND != 0 }) {
      replaceLikeASyncTool(segment)
    }
    let writer = LogWriter(
      directory: DataDirectory(root: temp.dataDirectory.root, io: faulty), device: Sample.device,
      ids: Fixtures.ids(seed: 2))
    let second = try writer.append(Sample.payload(1), at: Fixtures.at(10))

    #expect(inode(segment) != originalInode, "the hook must really have replaced the file")
    let appendOpens = faulty.trace.filter { $0.kind == .open && $0.path == segment && $0.openFlags & O_APPEND != 0 }
    #expect(appendOpens.count == 2, "the writer reopens the replaced file")
    #expect(fileBytes(segment) == RecordCodec.encode(first) + RecordCodec.encode(second))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events == [first, second])
    #expect(log.anomalies.isEmpty)
  }

  @Test func fileReplacedBetweenTwoAppendsKeepsBothRecords() throws {
    let temp = TemporaryDirectory()
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 1))
    let first = try writer.append(Sample.payload(0), at: Fixtures.at(9))
    let segment = Sample.segment(temp)
    let originalInode = inode(segment)
    replaceLikeASyncTool(segment)
    #expect(inode(segment) != originalInode)
    let second = try writer.append(Sample.payload(1), at: Fixtures.at(10))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events == [first, second])
    #expect(log.events.map(\.seq) == [1, 2])
  }

  @Test func fileThatKeepsBeingReplacedIsReportedNotWrittenBlindly() throws {
    let temp = TemporaryDirectory()
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 1))
    try writer.append(Sample.payload(0), at: Fixtures.at(9))
    let segment = Sample.segment(temp)
    let before = fileBytes(segment)
    let faulty = FaultyIO()
    let replacer = Replacer(segment: segment, faulty: faulty)
    replacer.arm()
    let stubborn = LogWriter(
      directory: DataDirectory(root: temp.dataDirectory.root, io: faulty), device: Sample.device,
      ids: Fixtures.ids(seed: 2))
    #expect(throws: StorageError.fileKeepsChanging(path: segment)) {
      try stubborn.append(Sample.payload(1), at: Fixtures.at(10))
    }
    #expect(fileBytes(segment) == before)
  }
}

/// Replaces the segment before every inode check, re-arming itself.
private final class Replacer: @unchecked Sendable {
  let segment: String
  let faulty: FaultyIO

  init(segment: String, faulty: FaultyIO) {
    self.segment = segment
    self.faulty = faulty
  }

  func arm() {
    let segment = segment
    faulty.hook(before: { $0.kind == .fstat && $0.path == segment && $0.openFlags & O_APPEND != 0 }) { [self] in
      replaceLikeASyncTool(segment)
      arm()
    }
  }
}
