// A test helper process: appends records one by one through the real log code and prints
// each id after it is durable. Two of these running at once show that writers of one device
// never interleave; killing one shows that acknowledged records survive.
//
// usage: tresen-append-worker DATA_DIR DEVICE COUNT LABEL
import Foundation
import TresenCore

let arguments = CommandLine.arguments
guard arguments.count == 5, let count = Int(arguments[3]) else {
  FileHandle.standardError.write(Data("usage: tresen-append-worker DATA_DIR DEVICE COUNT LABEL\n".utf8))
  exit(2)
}
let writer = LogWriter(directory: DataDirectory(root: arguments[1]), device: arguments[2])
let clock = SystemClock()
for number in 1...max(1, count) {
  do {
    let event = try writer.append(
      .interaction(Interaction(channel: .phone, text: "\(arguments[4]) Nummer \(number)")), at: clock.now())
    FileHandle.standardOutput.write(Data((event.id.text + "\n").utf8))
  } catch {
    FileHandle.standardError.write(Data("append failed: \(error)\n".utf8))
    exit(3)
  }
}
