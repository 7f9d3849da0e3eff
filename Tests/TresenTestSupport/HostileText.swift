/// Texts that try to take over a terminal, for the terminal-safety tests of the UI and the
/// command line (`docs/TERMINAL-SAFETY.md`): escape sequences that clear the screen, colour text
/// or set the window title, the 8-bit CSI, C0 controls, DEL, C1 controls, a carriage return that
/// fakes a line, bidi overrides and isolates, line separators, markup for the HTML report, and
/// overlong and wide texts.
public enum HostileText {
  /// The corpus.
  public static let corpus = [
    "\u{1B}[2J\u{1B}[31mROT<script>alert(1)</script>&", "\u{1B}]0;pwned\u{7}Titel", "\u{9B}31mCSI8",
    "a\u{0}b\u{8}c\u{7F}d", "Zeile\r\nfalsch", "\u{202E}gnp.exe", "\u{2066}iso\u{2069}\u{2067}x\u{2068}",
    "\u{202A}\u{202B}\u{202C}\u{202D}", "\u{85}NEL\u{80}\u{9F}", "tab\there", "\u{1B}P+q\u{1B}\\", "\u{7}\u{7}bell",
    "\u{2028}sep\u{2029}", String(repeating: "漢", count: 300), String(repeating: "x\u{1B}", count: 2_000),
  ]

  /// One text of the corpus, chosen by `index`, behind a readable marker (`H7…`).
  public static func text(_ index: Int) -> String { "H\(index)" + corpus[index % corpus.count] }
}
