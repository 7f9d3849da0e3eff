/// A minimal POSIX ustar archive: regular files and folders only, written and read in memory.
///
/// Why not a package: none of the listed Swift packages writes tar (ZIPFoundation writes zip,
/// which `tar` cannot list), and a backup people can open with `tar -xzf` on any machine is
/// worth these hundred lines. The reader refuses everything the writer never produces —
/// links, devices, pax and GNU extension headers — so a hostile archive cannot smuggle one in.
/// Entries carry mode 0600/0700, owner 0 and time 0: the archive depends on content only.
enum TarArchive {
  /// One archive member.
  struct Entry: Equatable, Sendable {
    /// Relative path with `/` separators; folders without a trailing slash.
    var path: String
    var isDirectory: Bool
    var bytes: [UInt8]

    static func file(_ path: String, _ bytes: [UInt8]) -> Entry { Entry(path: path, isDirectory: false, bytes: bytes) }
    static func folder(_ path: String) -> Entry { Entry(path: path, isDirectory: true, bytes: []) }
  }

  private static let block = 512

  /// The archive of `entries`, closed by two zero blocks.
  /// - Precondition: every path fits ustar (name ≤ 100 bytes, or a prefix ≤ 155 plus name).
  static func write(_ entries: [Entry]) -> [UInt8] {
    var output: [UInt8] = []
    for entry in entries {
      output += header(entry)
      output += entry.bytes
      output += [UInt8](repeating: 0, count: padding(entry.bytes.count))
    }
    return output + [UInt8](repeating: 0, count: 2 * block)
  }

  /// Whether `path` can be stored as a ustar name.
  static func fits(_ path: String) -> Bool { split(path + "/") != nil }

  /// The members of `bytes`, in order.
  /// - Throws: `.damaged(.badTar)` for a malformed header, bad checksum, truncated data or
  ///   anything but zeros after the end blocks;
  ///   `.damaged(.unsupportedEntry)` for any member that is not a file or folder.
  static func read(_ bytes: [UInt8]) throws(BackupError) -> [Entry] {
    var entries: [Entry] = []
    var offset = 0
    while offset + block <= bytes.count {
      let header = bytes[offset..<offset + block]
      if header.allSatisfy({ $0 == 0 }) {
        // The end: nothing may hide behind it.
        guard bytes[offset...].allSatisfy({ $0 == 0 }) else { throw .damaged(.badTar(offset: offset)) }
        return entries
      }
      guard header[(offset + 257)..<(offset + 262)].elementsEqual("ustar".utf8),
        let size = octal(header, at: offset + 124, length: 12),
        let checksum = octal(header, at: offset + 148, length: 8),
        checksum == self.checksum(header), offset + block + size <= bytes.count
      else { throw .damaged(.badTar(offset: offset)) }
      let name = string(header, at: offset, length: 100)
      let prefix = string(header, at: offset + 345, length: 155)
      var path = prefix.isEmpty ? name : prefix + "/" + name
      let type = header[offset + 156]
      let isDirectory = type == UInt8(ascii: "5")
      guard isDirectory || type == UInt8(ascii: "0") || type == 0 else { throw .damaged(.unsupportedEntry(path: path)) }
      if isDirectory, path.hasSuffix("/") { path.removeLast() }
      let start = offset + block
      entries.append(Entry(path: path, isDirectory: isDirectory, bytes: Array(bytes[start..<start + size])))
      offset = start + size + padding(size)
    }
    throw .damaged(.badTar(offset: offset))
  }

  private static func padding(_ size: Int) -> Int { (block - size % block) % block }

  private static func header(_ entry: Entry) -> [UInt8] {
    guard let (prefix, name) = split(entry.isDirectory ? entry.path + "/" : entry.path) else {
      preconditionFailure("path too long for ustar: \(entry.path)")
    }
    var header = [UInt8](repeating: 0, count: block)
    put(name, into: &header, at: 0)
    put(entry.isDirectory ? "0000700" : "0000600", into: &header, at: 100)
    put("0000000", into: &header, at: 108)
    put("0000000", into: &header, at: 116)
    put(octalField(entry.bytes.count, digits: 11), into: &header, at: 124)
    put("00000000000", into: &header, at: 136)
    header[156] = UInt8(ascii: entry.isDirectory ? "5" : "0")
    put("ustar", into: &header, at: 257)
    put("00", into: &header, at: 263)
    put(prefix, into: &header, at: 345)
    put(octalField(checksum(header[...]), digits: 6) + "\0 ", into: &header, at: 148)
    return header
  }

  /// `path` as (prefix, name) for a ustar header, split at a `/`; `nil` when it cannot fit.
  private static func split(_ path: String) -> (String, String)? {
    let bytes = Array(path.utf8)
    if bytes.count <= 100 { return ("", path) }
    for index in bytes.indices.reversed() where bytes[index] == UInt8(ascii: "/") && index <= 155 {
      let name = bytes[(index + 1)...]
      guard name.count <= 100, !name.isEmpty else { return nil }
      return (String(decoding: bytes[..<index], as: UTF8.self), String(decoding: name, as: UTF8.self))
    }
    return nil
  }

  /// The header checksum: the sum of its bytes with the checksum field read as spaces.
  private static func checksum(_ header: ArraySlice<UInt8>) -> Int {
    let start = header.startIndex
    return header.indices.reduce(0) { sum, index in
      sum + ((148..<156).contains(index - start) ? 0x20 : Int(header[index]))
    }
  }

  private static func octalField(_ value: Int, digits: Int) -> String {
    let text = String(value, radix: 8)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  private static func put(_ text: String, into header: inout [UInt8], at offset: Int) {
    for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte }
  }

  private static func string(_ header: ArraySlice<UInt8>, at offset: Int, length: Int) -> String {
    String(decoding: header[offset..<offset + length].prefix { $0 != 0 }, as: UTF8.self)
  }

  /// An octal number field, NUL- or space-terminated; `nil` when it holds anything else.
  private static func octal(_ header: ArraySlice<UInt8>, at offset: Int, length: Int) -> Int? {
    let digits = header[offset..<offset + length].prefix { $0 != 0 && $0 != 0x20 }
    guard !digits.isEmpty, digits.count <= 11, digits.allSatisfy({ (0x30...0x37).contains($0) }) else { return nil }
    return digits.reduce(0) { $0 * 8 + Int($1 - 0x30) }
  }
}
