import Foundation
import TresenCore

#if canImport(Glibc)
  import Glibc
#endif

/// A `LogIO` that passes every call to a real one and can make the n-th call fail, the way
/// SQLite tests its VFS: with an `errno` (`ENOSPC`, `EIO`) or a short write that really writes
/// only part of the bytes. It records every call, and can run a closure just before a chosen
/// call (to replace a file under a writer).
///
/// Only calls that can fail are counted; `close` is traced but never fails.
public final class FaultyIO: LogIO, @unchecked Sendable {
  /// The kinds of system call the event log makes.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case open, close, write, pread, fdatasync, fsync, ftruncate, lock, fstat, stat, mkdir, rename, unlink, list
  }

  /// What an armed call does instead of succeeding.
  public enum Fault: Sendable, Equatable, CustomStringConvertible {
    /// The call fails with this `errno` and has no effect.
    case error(Int32)
    /// A `write` writes only the first half of its bytes (at least one) and says so.
    case shortWrite

    public var description: String {
      switch self {
      case .error(ENOSPC): "ENOSPC"
      case .error(EIO): "EIO"
      case .error(let code): "errno \(code)"
      case .shortWrite: "short write"
      }
    }
  }

  /// Whether only the n-th counted call fails, or it and every counted call after it.
  public enum Mode: String, Sendable, CaseIterable {
    case oneShot, persistent
  }

  /// One call as it was made.
  public struct Call: Sendable, Equatable, CustomStringConvertible {
    public var kind: Kind
    /// The path named by the call, or for calls on a descriptor the path it was opened with.
    public var path: String
    /// The flags the path (or the descriptor's file) was opened with; 0 when not opened.
    public var openFlags: Int32
    /// Whether a fault was injected into this call.
    public var faulted: Bool

    public var description: String { "\(kind.rawValue)(\(path))\(faulted ? " !" : "")" }
  }

  private let base: any LogIO
  private let lock = NSLock()
  private var calls: [Call] = []
  private var descriptors: [Int32: (path: String, flags: Int32)] = [:]
  private var fault: Fault?
  private var faultAt = 0
  private var counted: Set<Kind>?
  private var mode = Mode.oneShot
  private var seen = 0
  private var hook: (matches: @Sendable (Call) -> Bool, body: @Sendable () -> Void)?

  /// Wraps `base`, the real system calls unless told otherwise. Starts disarmed.
  public init(_ base: any LogIO = SystemIO()) { self.base = base }

  /// Makes the `n`-th (1-based) counted call fail with `fault` from now on. Counted calls are
  /// those of `kinds`, or every call that can fail when `kinds` is `nil`; a short write only
  /// ever counts writes. Resets the counter, not the trace.
  public func arm(_ fault: Fault, at n: Int, counting kinds: Set<Kind>? = nil, mode: Mode = .oneShot) {
    lock.withLock {
      self.fault = fault
      faultAt = n
      counted = fault == .shortWrite ? [.write] : kinds
      self.mode = mode
      seen = 0
    }
  }

  /// No more faults; calls pass through.
  public func disarm() { lock.withLock { fault = nil } }

  /// Runs `body` once, just before the first call for which `matches` holds.
  public func hook(before matches: @escaping @Sendable (Call) -> Bool, _ body: @escaping @Sendable () -> Void) {
    lock.withLock { hook = (matches, body) }
  }

  /// Every call so far, in order.
  public var trace: [Call] { lock.withLock { calls } }

  /// How many faults were injected so far.
  public var faultCount: Int { lock.withLock { calls.filter(\.faulted).count } }

  /// Forgets the trace.
  public func clearTrace() { lock.withLock { calls = [] } }

  /// Records a call and decides whether it fails; runs a matching hook first, outside the lock.
  private func begin(_ kind: Kind, path: String? = nil, fd: Int32? = nil, flags: Int32 = 0) -> Fault? {
    let (described, pending) = lock.withLock { () -> (Call, (@Sendable () -> Void)?) in
      var call = Call(kind: kind, path: path ?? "", openFlags: flags, faulted: false)
      if let fd, let known = descriptors[fd] {
        call.path = known.path
        call.openFlags = known.flags
      }
      guard let hook, hook.matches(call) else { return (call, nil) }
      self.hook = nil
      return (call, hook.body)
    }
    pending?()
    return lock.withLock {
      var call = described
      var injected: Fault?
      if let fault, kind != .close, counted?.contains(kind) ?? true {
        seen += 1
        if seen == faultAt || (mode == .persistent && seen > faultAt) { injected = fault }
      }
      call.faulted = injected != nil
      calls.append(call)
      return injected
    }
  }

  private func fail(_ fault: Fault?) throws(IOFailure) {
    if case .error(let code) = fault { throw IOFailure(code) }
  }

  public func open(_ path: String, flags: Int32, mode: UInt32) throws(IOFailure) -> Int32 {
    try fail(begin(.open, path: path, flags: flags))
    let fd = try base.open(path, flags: flags, mode: mode)
    lock.withLock { descriptors[fd] = (path, flags) }
    return fd
  }

  public func close(_ fd: Int32) {
    _ = begin(.close, fd: fd)
    lock.withLock { _ = descriptors.removeValue(forKey: fd) }
    base.close(fd)
  }

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(IOFailure) -> Int {
    let fault = begin(.write, fd: fd)
    try fail(fault)
    if fault == .shortWrite, bytes.count > 1 {
      return try base.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)]))
    }
    return try base.write(fd, bytes)
  }

  public func pread(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64
  ) throws(IOFailure)
    -> Int
  {
    try fail(begin(.pread, fd: fd))
    return try base.pread(fd, into: buffer, at: offset)
  }

  public func fdatasync(_ fd: Int32) throws(IOFailure) {
    try fail(begin(.fdatasync, fd: fd))
    try base.fdatasync(fd)
  }

  public func fsync(_ fd: Int32) throws(IOFailure) {
    try fail(begin(.fsync, fd: fd))
    try base.fsync(fd)
  }

  public func ftruncate(_ fd: Int32, to size: Int64) throws(IOFailure) {
    try fail(begin(.ftruncate, fd: fd))
    try base.ftruncate(fd, to: size)
  }

  public func lockExclusive(_ fd: Int32) throws(IOFailure) {
    try fail(begin(.lock, fd: fd))
    try base.lockExclusive(fd)
  }

  public func fstat(_ fd: Int32) throws(IOFailure) -> FileStatus {
    try fail(begin(.fstat, fd: fd))
    return try base.fstat(fd)
  }

  public func stat(_ path: String) throws(IOFailure) -> FileStatus? {
    try fail(begin(.stat, path: path))
    return try base.stat(path)
  }

  public func mkdir(_ path: String, mode: UInt32) throws(IOFailure) {
    try fail(begin(.mkdir, path: path))
    try base.mkdir(path, mode: mode)
  }

  public func rename(_ from: String, to: String) throws(IOFailure) {
    try fail(begin(.rename, path: to))
    try base.rename(from, to: to)
  }

  public func unlink(_ path: String) throws(IOFailure) {
    try fail(begin(.unlink, path: path))
    try base.unlink(path)
  }

  public func list(_ path: String) throws(IOFailure) -> [String] {
    try fail(begin(.list, path: path))
    return try base.list(path)
  }
}
