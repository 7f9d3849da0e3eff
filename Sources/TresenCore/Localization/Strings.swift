/// The localization tables (see `Strings+English.swift`, `Strings+German.swift`).
enum Strings {}
