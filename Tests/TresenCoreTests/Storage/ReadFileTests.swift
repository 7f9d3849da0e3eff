import Foundation
import Testing
import TresenTestSupport

@testable import TresenCore

/// `LogIO.readFile`, which reads the snapshot and `FORMAT` at every start: sized by `fstat`,
/// read straight into the array, and still whole when the file grows between the two.
@Suite struct ReadFileTests {
  @Test(arguments: [0, 1, 4095, 65_536, 3 << 20])
  func readsEveryByteOfAFile(size: Int) throws {
    let temp = TemporaryDirectory()
    let path = temp.path + "/file"
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 9) }
    try writeFile(bytes, to: path)
    #expect(try SystemIO().readFile(path) == bytes)
  }

  @Test func aMissingFileIsNil() throws {
    let temp = TemporaryDirectory()
    #expect(try SystemIO().readFile(temp.path + "/absent") == nil)
  }

  @Test(arguments: [1, 70_000, 300_000])
  func aFileThatGrowsAfterItsSizeWasTakenIsReadToItsNewEnd(growth: Int) throws {
    let temp = TemporaryDirectory()
    let path = temp.path + "/growing"
    let first = Array(repeating: UInt8(ascii: "a"), count: 10_000)
    let more = (0..<growth).map { UInt8(truncatingIfNeeded: $0) }
    try writeFile(first, to: path)
    let io = FaultyIO()
    io.hook(before: { $0.kind == .pread }) {
      let handle = FileHandle(forWritingAtPath: path)
      _ = try? handle?.seekToEnd()
      try? handle?.write(contentsOf: Data(more))
      try? handle?.close()
    }
    #expect(try io.readFile(path) == first + more)
    #expect(io.trace.contains { $0.kind == .fstat })
  }

  @Test func aReadErrorIsThrownNotAShortFile() throws {
    let temp = TemporaryDirectory()
    let path = temp.path + "/file"
    try writeFile(Array(repeating: 7, count: 5000), to: path)
    let io = FaultyIO()
    io.arm(.error(EIO), at: 1, counting: [.pread])
    #expect(throws: IOFailure(EIO)) { try io.readFile(path) }
  }
}
