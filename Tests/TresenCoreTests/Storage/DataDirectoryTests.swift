import Testing
import TresenCore
import TresenTestSupport

/// The `FORMAT` gate (a newer major makes Tresen read-only) and the permissions of what the
/// log creates: customers' personal data is for the user only.
@Suite struct DataDirectoryTests {
  @Test func newerFormatMajorRefusesToAppendButStillLoads() throws {
    let temp = TemporaryDirectory()
    let saved = try LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids())
      .append(Sample.payload(0), at: Fixtures.at(9))
    try writeFormat(temp, major: 2)
    let before = treeSnapshot(temp.path)
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 2))
    #expect(throws: StorageError.formatTooNew(path: temp.dataDirectory.formatPath, major: 2)) {
      try writer.append(Sample.payload(1), at: Fixtures.at(10))
    }
    #expect(treeSnapshot(temp.path) == before)
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events == [saved])
    #expect(log.isReadOnly)
    #expect(log.format?.major == 2)
  }

  @Test(arguments: [
    "not json\n", "{\"format\":\"something-else\",\"major\":1}\n", "{\"format\":\"tresen-events\"}\n", "",
  ])
  func unreadableFormatRefusesToAppend(_ text: String) throws {
    let temp = TemporaryDirectory()
    try writeFile(Array(text.utf8), to: temp.dataDirectory.formatPath)
    let before = treeSnapshot(temp.path)
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids())
    #expect(throws: StorageError.formatUnreadable(path: temp.dataDirectory.formatPath)) {
      try writer.append(Sample.payload(0), at: Fixtures.at(9))
    }
    #expect(treeSnapshot(temp.path) == before)
  }

  @Test func createdDirectoriesAreUserOnlyAndFilesPrivate() throws {
    let temp = TemporaryDirectory()
    let directory = temp.dataDirectory
    let writer = LogWriter(directory: directory, device: Sample.device, ids: Fixtures.ids())
    try writer.append(Sample.payload(0), at: Fixtures.at(9))
    // A torn tail makes the next append create the quarantine folder and a copy.
    let segment = Sample.segment(temp)
    try writeFile((fileBytes(segment) ?? []) + Array("{\"v\":1,\"id\":".utf8), to: segment)
    try writer.append(Sample.payload(1), at: Fixtures.at(10))
    try writer.append(Sample.payload(2), at: Fixtures.at(10, on: Sample.october.adding(days: 60)))

    for folder in [
      directory.root, directory.devicesPath, directory.devicePath(Sample.device), directory.root + "/quarantine",
      directory.quarantinePath(Sample.device),
    ] {
      #expect(permissions(folder) == 0o700, "\(folder)")
    }
    let quarantined = try #require(treeSnapshot(directory.quarantinePath(Sample.device)).keys.first)
    for file in [
      directory.formatPath, directory.lockPath(Sample.device), segment,
      directory.segmentPath(Sample.device, month: "2026-12"),
      directory.quarantinePath(Sample.device) + "/" + quarantined,
    ] {
      #expect(permissions(file) == 0o600, "\(file)")
    }
  }
}
