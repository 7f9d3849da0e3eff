// A test helper process: appends records one by one through the real log code and prints
// each id after it is durable. Two of these running at once show that writers of one device
// never interleave; killing one shows that acknowledged records survive.
//
// usage: tresen-append-worker DATA_DIR DEVICE COUNT LABEL [--retry] [--max-file-size BYTES]
//
// With `--retry` (the soak test) a failed append (disk full, file too large) is reported on
// stderr and tried again after a moment instead of ending the process: COUNT acknowledged
// records are written, however many attempts fail. After 2,000 failures in a row it gives up
// with exit code 4, so a writer under a permanent fault does not spin forever.
//
// `--max-file-size` sets RLIMIT_FSIZE for this process: a write that would make a file larger
// fails with EFBIG (SIGXFSZ is ignored), the way a full disk fails with ENOSPC.
import Foundation
import TresenCore

var arguments = Array(CommandLine.arguments.dropFirst())
var retry = false
var maxFileSize: UInt64?
if let flag = arguments.firstIndex(of: "--retry") {
  retry = true
  arguments.remove(at: flag)
}
if let flag = arguments.firstIndex(of: "--max-file-size"), flag + 1 < arguments.count {
  maxFileSize = UInt64(arguments[flag + 1])
  arguments.removeSubrange(flag...flag + 1)
}
guard arguments.count == 4, let count = Int(arguments[2]) else {
  FileHandle.standardError.write(
    Data("usage: tresen-append-worker DATA_DIR DEVICE COUNT LABEL [--retry] [--max-file-size BYTES]\n".utf8))
  exit(2)
}
if let maxFileSize {
  signal(SIGXFSZ, SIG_IGN)
  var limit = rlimit(rlim_cur: rlim_t(maxFileSize), rlim_max: rlim_t(maxFileSize))
  #if canImport(Glibc)
    let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
  #else
    let resource = RLIMIT_FSIZE
  #endif
  guard setrlimit(resource, &limit) == 0 else {
    FileHandle.standardError.write(Data("setrlimit failed: \(errno)\n".utf8))
    exit(2)
  }
}
let writer = LogWriter(directory: DataDirectory(root: arguments[0]), device: arguments[1])
let clock = SystemClock()
var number = 1
var failuresInARow = 0
while number <= max(1, count) {
  do {
    let event = try writer.append(
      .interaction(Interaction(channel: .phone, text: "\(arguments[3]) Nummer \(number)")), at: clock.now())
    FileHandle.standardOutput.write(Data((event.id.text + "\n").utf8))
    number += 1
    failuresInARow = 0
  } catch {
    FileHandle.standardError.write(Data("append failed: \(error)\n".utf8))
    guard retry else { exit(3) }
    failuresInARow += 1
    if failuresInARow >= 2_000 { exit(4) }
    usleep(1_000)
  }
}
