#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call and its `errno`.
public struct IOFailure: Error, Equatable, Sendable {
  public var code: Int32
  public init(_ code: Int32) { self.code = code }
}

/// What `fstat`/`stat` say about a file.
public struct FileStatus: Equatable, Sendable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  public var links: UInt64
  public var isDirectory: Bool
  /// When the inode last changed (ctime), in nanoseconds since 1970: every write, truncation
  /// or rename sets it to the current time, and no tool can set it back.
  public var changed: Int64
}

/// Every system call the event log makes, behind one seam (SQLite's VFS idea), so tests can
/// fail the n-th call with `ENOSPC`, `EIO` or a short write.
public protocol LogIO: Sendable {
  func open(_ path: String, flags: Int32, mode: UInt32) throws(IOFailure) -> Int32
  func close(_ fd: Int32)
  /// One `write(2)`; may return fewer bytes than given.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOFailure) -> Int
  func pread(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(IOFailure) -> Int
  func fdatasync(_ fd: Int32) throws(IOFailure)
  func fsync(_ fd: Int32) throws(IOFailure)
  func ftruncate(_ fd: Int32, to size: Int64) throws(IOFailure)
  func lockExclusive(_ fd: Int32) throws(IOFailure)
  func fstat(_ fd: Int32) throws(IOFailure) -> FileStatus
  /// `nil` when the path does not exist.
  func stat(_ path: String) throws(IOFailure) -> FileStatus?
  /// Creates one directory; succeeds when it already exists.
  func mkdir(_ path: String, mode: UInt32) throws(IOFailure)
  func rename(_ from: String, to: String) throws(IOFailure)
  func unlink(_ path: String) throws(IOFailure)
  /// Names in a directory, without `.` and `..`; empty when it does not exist.
  func list(_ path: String) throws(IOFailure) -> [String]
}

/// The real system calls.
public struct SystemIO: LogIO {
  public init() {}

  public func open(_ path: String, flags: Int32, mode: UInt32) throws(IOFailure) -> Int32 {
    var fd: Int32
    repeat { fd = Glibc.open(path, flags | O_CLOEXEC, mode_t(mode)) } while fd < 0 && errno == EINTR
    guard fd >= 0 else { throw IOFailure(errno) }
    // Never use fd 0–2 for data: a stray print would land in the log.
    if fd < 3 {
      let moved = fcntl(fd, F_DUPFD_CLOEXEC, 3)
      let code = errno
      _ = Glibc.close(fd)
      guard moved >= 0 else { throw IOFailure(code) }
      fd = moved
    }
    return fd
  }

  public func close(_ fd: Int32) { _ = Glibc.close(fd) }

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOFailure) -> Int {
    var written: Int
    repeat { written = Glibc.write(fd, bytes.baseAddress, bytes.count) } while written < 0 && errno == EINTR
    guard written >= 0 else { throw IOFailure(errno) }
    return written
  }

  public func pread(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64
  ) throws(IOFailure)
    -> Int
  {
    var count: Int
    repeat {
      count = Glibc.pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
    } while count < 0
      && errno == EINTR
    guard count >= 0 else { throw IOFailure(errno) }
    return count
  }

  public func fdatasync(_ fd: Int32) throws(IOFailure) {
    guard Glibc.fdatasync(fd) == 0 else { throw IOFailure(errno) }
  }

  public func fsync(_ fd: Int32) throws(IOFailure) {
    guard Glibc.fsync(fd) == 0 else { throw IOFailure(errno) }
  }

  public func ftruncate(_ fd: Int32, to size: Int64) throws(IOFailure) {
    guard Glibc.ftruncate(fd, off_t(size)) == 0 else { throw IOFailure(errno) }
  }

  public func lockExclusive(_ fd: Int32) throws(IOFailure) {
    var result: Int32
    repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
    guard result == 0 else { throw IOFailure(errno) }
  }

  public func fstat(_ fd: Int32) throws(IOFailure) -> FileStatus {
    var info = Glibc.stat()
    guard Glibc.fstat(fd, &info) == 0 else { throw IOFailure(errno) }
    return FileStatus(info)
  }

  public func stat(_ path: String) throws(IOFailure) -> FileStatus? {
    var info = Glibc.stat()
    guard statPath(path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw IOFailure(errno)
    }
    return FileStatus(info)
  }

  public func mkdir(_ path: String, mode: UInt32) throws(IOFailure) {
    guard Glibc.mkdir(path, mode_t(mode)) == 0 || errno == EEXIST else { throw IOFailure(errno) }
  }

  public func rename(_ from: String, to: String) throws(IOFailure) {
    guard Glibc.rename(from, to) == 0 else { throw IOFailure(errno) }
  }

  public func unlink(_ path: String) throws(IOFailure) {
    guard Glibc.unlink(path) == 0 || errno == ENOENT else { throw IOFailure(errno) }
  }

  public func list(_ path: String) throws(IOFailure) -> [String] {
    guard let directory = opendir(path) else {
      if errno == ENOENT { return [] }
      throw IOFailure(errno)
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}

private func statPath(_ path: String, _ info: inout Glibc.stat) -> Int32 { stat(path, &info) }

extension FileStatus {
  init(_ info: Glibc.stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    links = UInt64(info.st_nlink)
    isDirectory = info.st_mode & S_IFMT == S_IFDIR
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
  }
}

extension LogIO {
  /// One `write(2)` of `bytes` (or of `bytes[from...]`); may be short.
  func write(_ fd: Int32, _ bytes: [UInt8], from start: Int = 0) throws(IOFailure) -> Int {
    let result: Result<Int, IOFailure> = bytes.withUnsafeBytes { raw in
      Result { () throws(IOFailure) -> Int in try write(fd, UnsafeRawBufferPointer(rebasing: raw[start...])) }
    }
    return try result.get()
  }

  /// One `pread(2)` into `buffer[from...]`.
  func pread(_ fd: Int32, into buffer: inout [UInt8], from start: Int = 0, at offset: Int64) throws(IOFailure) -> Int {
    let result: Result<Int, IOFailure> = buffer.withUnsafeMutableBytes { raw in
      Result { () throws(IOFailure) -> Int in
        try pread(fd, into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]), at: offset)
      }
    }
    return try result.get()
  }

  /// The bytes `start..<end` of `fd`; fewer when the file ends sooner. Read straight into the
  /// array's storage: no zero-fill first, no copy after.
  func read(_ fd: Int32, from start: Int64, to end: Int64) throws(IOFailure) -> [UInt8] {
    var failure: IOFailure?
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(max(0, end - start))) { buffer, done in
      done = 0
      while done < buffer.count {
        let rest = UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[done...]))
        let count: Int
        do throws(IOFailure) { count = try pread(fd, into: rest, at: start + Int64(done)) } catch {
          failure = error
          return
        }
        if count == 0 { return }
        done += count
      }
    }
    if let failure { throw failure }
    return bytes
  }

  /// Writes `bytes` as a new file atomically: temp file, fsync, rename, directory fsync.
  func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt32 = 0o600) throws(IOFailure) {
    let temporary = path + ".tmp-\(getpid())"
    let fd = try open(temporary, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: mode)
    do throws(IOFailure) {
      var offset = 0
      while offset < bytes.count {
        let written = try write(fd, bytes, from: offset)
        guard written > 0 else { throw IOFailure(EIO) }
        offset += written
      }
      try fsync(fd)
      close(fd)
      try rename(temporary, to: path)
      try syncDirectory(containing: path)
    } catch {
      close(fd)
      try? unlink(temporary)
      throw error
    }
  }

  /// fsyncs the directory that holds `path`, so a new or renamed entry survives a power cut.
  func syncDirectory(containing path: String) throws(IOFailure) {
    let directory = path.parentPath
    let fd = try open(directory, flags: O_RDONLY | O_DIRECTORY, mode: 0)
    defer { close(fd) }
    try fsync(fd)
  }

  /// Reads a whole file; `nil` when it does not exist.
  func readFile(_ path: String) throws(IOFailure) -> [UInt8]? {
    let fd: Int32
    do {
      fd = try open(path, flags: O_RDONLY, mode: 0)
    } catch {
      if error.code == ENOENT { return nil }
      throw error
    }
    defer { close(fd) }
    // Sized by fstat, with a byte to spare: a read that fills it means the file grew meanwhile.
    var wanted = Int(try fstat(fd).size) + 1
    var result: [UInt8] = []
    while true {
      let more = try read(fd, from: Int64(result.count), to: Int64(result.count + wanted))
      if result.isEmpty { result = more } else { result += more }
      if more.count < wanted { return result }
      wanted = max(wanted, 1 << 16)
    }
  }
}

extension String {
  /// The path without its last component.
  var parentPath: String {
    guard let slash = lastIndex(of: "/") else { return "." }
    return slash == startIndex ? "/" : String(self[..<slash])
  }

  /// The last path component.
  var lastPathComponent: String {
    guard let slash = lastIndex(of: "/") else { return self }
    return String(self[index(after: slash)...])
  }
}
