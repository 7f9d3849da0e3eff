// A throwaway program to try NcursesTerminal by hand in tmux; not part of Package.swift.
// Keys: q quits, X crashes on purpose (array out of bounds), anything else is listed.
import Glibc
import NcursesBackend
import TerminalUI

let backend: NcursesTerminal
do {
  backend = try NcursesTerminal(
    options: .init(mouse: getenv("SMOKE_NO_MOUSE") == nil, allowsColor: getenv("NO_COLOR") == nil))
} catch {
  print("setup failed: \(error)")
  exit(2)
}
let terminal = Terminal(backend: backend)
var keys: [String] = []
var crashIndex: Int?

@MainActor func render(_ frame: inout Frame) {
  var y = 0
  func line(_ text: String, _ style: Style = .plain, x: Int = 0) {
    _ = frame.buffer.set(string: text, at: Point(x: x, y: y), style: style)
    y += 1
  }
  let size = backend.size
  line("size \(size.width)x\(size.height) colors=\(backend.colorCount) unicode=\(backend.supportsUnicode)")
  line("Grüße, Bäcker! 中文 😀 ─│┌┐└┘ €", Style(attributes: .bold))
  line("bold", Style(attributes: .bold))
  line("dim", Style(attributes: .dim))
  line("underline", Style(attributes: .underline))
  line("reverse", Style(attributes: .reverse))
  line("italic", Style(attributes: .italic))
  for (index, ansi) in ANSIColor.allCases.enumerated() {
    let x = index * 6
    _ = frame.buffer.set(string: "fg\(index)", at: Point(x: x, y: y), style: Style(foreground: .ansi(ansi)))
    _ = frame.buffer.set(string: "bg\(index)", at: Point(x: x, y: y + 1), style: Style(background: .ansi(ansi)))
  }
  y += 2
  line("rgb orange", Style(foreground: .rgb(red: 255, green: 135, blue: 0)))
  line("rgb on navy", Style(foreground: .rgb(red: 255, green: 255, blue: 255), background: .rgb(red: 0, green: 0, blue: 95)))
  line("indexed 196 / 46 / 244", Style(foreground: .indexed(196), background: .indexed(244)))
  line("keys: " + keys.suffix(8).joined(separator: " "))
  _ = frame.buffer.set(string: "BR", at: Point(x: size.width - 2, y: size.height - 1), style: Style(attributes: .reverse))
  frame.cursor = Point(x: 6, y: y - 1)
}

@MainActor func describe(_ key: Key) -> String {
  switch key {
  case .character(let c): return "char(\(c.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "+")))"
  case .mouse(let event): return "mouse(\(event.kind)@\(event.position))"
  default: return "\(key)"
  }
}

loop: while !backend.shouldQuit {
  do {
    try terminal.draw(render)
    guard let key = try terminal.readKey(timeoutMilliseconds: getenv("SMOKE_BLOCK") == nil ? 500 : -1) else { continue }
    if key == .character("q") { break loop }
    if key == .character("X") { crashIndex = keys.count + 100 }
    if let crashIndex { keys.append(keys[crashIndex]) }
    keys.append(describe(key))
  } catch {
    backend.restore()
    print("error: \(error)")
    exit(1)
  }
}
let signal = backend.terminationSignal
backend.restore()
print("smoke ended; signal=\(signal.map(String.init) ?? "none") keys=\(keys.joined(separator: " "))")
