// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Tresen",
  // macOS 15 for the standard library's `Mutex` (Synchronization), which TerminalUI's role names
  // use; Linux has it with every Swift 6 toolchain.
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "tresen", targets: ["tresen"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    // SHA-256 and HMAC for backup manifests and the keyed hash in customer.erased.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    // Tests only: a real CSV parser to read exports back.
    .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
  ],
  targets: [
    // Domain model, event log, projections, localization. No terminal code.
    .target(
      name: "TresenCore",
      dependencies: [
        .product(name: "TOMLKit", package: "TOMLKit"), .product(name: "Crypto", package: "swift-crypto"), "CZlib",
        "CByteKernels",
      ]
    ),
    // Byte kernels of the log reader (CRC-32C with the processor's instruction, the UTF-8 scan
    // with vector compares, a prefetch hint for the replay's id table): a documented deviation
    // from "the only C" of DESIGN.md §2 (see its header), for the replay figure of §8.
    .target(name: "CByteKernels"),
    // The system zlib (Debian zlib1g-dev), for the gzip layer of `tresen backup`.
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    // Geometry, cells, buffers, widgets and the backend protocol. No domain types, no ncurses.
    .target(name: "TerminalUI"),
    // App state, reducer, key map and panes.
    .target(
      name: "TresenApp",
      dependencies: ["TresenCore", "TerminalUI", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    // The only C: wrappers for ncurses macros that do not import into Swift.
    .target(
      name: "CNcursesShim",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    // The real terminal behind the TerminalBackend protocol.
    .target(name: "NcursesBackend", dependencies: ["TerminalUI", "CNcursesShim"]),
    // By hand, in release: the figures of DESIGN.md §8 beside their baselines (README, Performance).
    .executableTarget(
      name: "tresen-bench",
      dependencies: [
        "TresenCore", "TresenApp", "TerminalUI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The thin executable: argument parsing, wiring, errors to exit codes.
    .executableTarget(
      name: "tresen",
      dependencies: [
        "TresenCore", "TresenApp", "TerminalUI", "NcursesBackend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Helpers shared by the test targets: temporary data dirs, fixed clocks, the built binary.
    .target(name: "TresenTestSupport", dependencies: ["TresenCore"], path: "Tests/TresenTestSupport"),
    .testTarget(
      name: "TresenCoreTests",
      dependencies: ["TresenCore", "TresenTestSupport", .product(name: "SwiftCSV", package: "SwiftCSV")]
    ),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(
      name: "TresenAppTests", dependencies: ["TresenApp", "TerminalUI", "TresenTestSupport"], exclude: ["__Snapshots__"]
    ),
    .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalUI", "CNcursesShim"]),
    // A helper process for the concurrency tests: appends records through the real log code.
    .executableTarget(name: "tresen-append-worker", dependencies: ["TresenCore"], path: "Tests/AppendWorker"),
    .testTarget(
      name: "TresenCLITests",
      dependencies: ["TresenCore", "TresenTestSupport", "tresen", "tresen-append-worker"]
    ),
  ]
)
