import CNcursesShim
import TerminalUI
import Testing

@testable import NcursesBackend

@Suite struct ColorDepthTests {
  @Test func theDepthFollowsTheTerminalsColourCount() {
    #expect(ColorDepth(colorCount: 256) == .palette256)
    #expect(ColorDepth(colorCount: 16_777_216) == .palette256)
    #expect(ColorDepth(colorCount: 16) == .sixteen)
    #expect(ColorDepth(colorCount: 8) == .eight)
    #expect(ColorDepth(colorCount: 0) == .monochrome)
  }

  @Test func defaultStaysTheTerminalsOwnColourAtEveryDepth() {
    for depth in [ColorDepth.palette256, .sixteen, .eight, .monochrome] {
      #expect(depth.colorNumber(for: .default) == nil)
    }
  }

  @Test func monochromeDropsEveryColour() {
    #expect(ColorDepth.monochrome.colorNumber(for: .red) == nil)
    #expect(ColorDepth.monochrome.colorNumber(for: .rgb(red: 0x88, green: 0xC0, blue: 0xD0)) == nil)
  }

  @Test func twoHundredFiftySixColoursUseTheXtermCube() throws {
    let nordFrost = try #require(ColorDepth.palette256.colorNumber(for: .rgb(red: 0x87, green: 0xAF, blue: 0xD7)))
    #expect(nordFrost.number == 110)  // 16 + 36·2 + 6·3 + 4
    #expect(ColorDepth.palette256.colorNumber(for: .indexed(208))?.number == 208)
    #expect(ColorDepth.palette256.colorNumber(for: .ansi(.brightRed))?.number == 9)
  }

  @Test func eightColoursShowBrightForegroundsAsBaseColourPlusBold() throws {
    let bright = try #require(ColorDepth.eight.colorNumber(for: .ansi(.brightRed)))
    #expect(bright.number == 1)
    #expect(bright.needsBold)
    let plain = try #require(ColorDepth.eight.colorNumber(for: .red))
    #expect(plain.number == 1)
    #expect(!plain.needsBold)
  }

  @Test func hexColoursFallToTheNearestANSIColourOnSmallPalettes() {
    #expect(ANSIColor.nearest(red: 250, green: 10, blue: 10) == .brightRed)
    #expect(ANSIColor.nearest(red: 0, green: 0, blue: 0) == .black)
    #expect(ANSIColor.nearest(red: 255, green: 255, blue: 255) == .brightWhite)
    #expect(ColorDepth.sixteen.colorNumber(for: .rgb(red: 0, green: 205, blue: 0))?.number == 2)
    let grey = ColorDepth.eight.colorNumber(for: .indexed(244))
    #expect(grey != nil)
  }
}

@Suite struct KeyCodeMappingTests {
  @Test func functionAndEditingKeysBecomeNamedKeys() {
    #expect(KeyCodeMapping.key(forKeyCode: KEY_UP) == .up)
    #expect(KeyCodeMapping.key(forKeyCode: KEY_NPAGE) == .pageDown)
    #expect(KeyCodeMapping.key(forKeyCode: KEY_BTAB) == .backTab)
    #expect(KeyCodeMapping.key(forKeyCode: KEY_RESIZE) == .resize)
    #expect(KeyCodeMapping.key(forKeyCode: KEY_DC) == .delete)
    #expect(KeyCodeMapping.key(forKeyCode: cncurses_key_f(6)) == .function(6))
    #expect(KeyCodeMapping.key(forKeyCode: cncurses_key_f(12)) == .function(12))
    #expect(KeyCodeMapping.key(forKeyCode: cncurses_key_f(13)) == nil)
  }
}
