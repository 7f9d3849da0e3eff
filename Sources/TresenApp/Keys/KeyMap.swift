import TerminalUI
import TresenCore

/// The one key table (DESIGN.md §5): it drives dispatch, the hint bar and the help overlay,
/// so the three always agree.
///
/// F-keys are the same in every language; the capture letters follow the UI language so they
/// are mnemonic (English: R refused return, C comp, P problem/complaint, I interaction;
/// German: R Rückgabe, G gratis, B Beschwerde, K Kontakt).
public struct KeyMap: Sendable {
  public let bindings: [KeyBinding]
  /// Keys inside forms, for help (forms handle them directly).
  public let formKeys: [(keys: [Key], label: StringKey)]

  public init(language: Language) {
    let letters: (refusal: Character, comp: Character, complaint: Character, interaction: Character) =
      language == .de ? ("R", "G", "B", "K") : ("R", "C", "P", "I")
    bindings = [
      KeyBinding([.character("?"), .function(1)], .help, hint: 0, hintKeys: 1),
      KeyBinding([.character("q"), .function(10)], .quit, hint: 1, hintKeys: 1),
      KeyBinding([.function(6), .character(letters.refusal)], .newRefusal, hint: 2),
      KeyBinding([.function(7), .character(letters.comp)], .newComp, hint: 3),
      KeyBinding([.function(8), .character(letters.complaint)], .newComplaint, hint: 4),
      KeyBinding([.function(9), .character(letters.interaction)], .newInteraction, hint: 5),
      KeyBinding([.tab], .nextPane, hint: 12),
      KeyBinding([.backTab], .previousPane),
      KeyBinding([.character("1")], .focusToday),
      KeyBinding([.character("2")], .focusComplaints),
      KeyBinding([.character("3")], .focusSatisfaction),
      KeyBinding([.character("u")], .undo, hint: 11),
      KeyBinding([.ctrl("l"), .function(5)], .redraw),
      KeyBinding([.character("t")], .pickTheme),
      KeyBinding([.character("g")], .showGoodwill, hint: 13),
      KeyBinding([.character("m")], .showTouchpoints, hint: 14),
      KeyBinding([.character("d")], .showDayClose, hint: 15),
      KeyBinding([.character("w")], .toggleTrendWindow, scope: .satisfaction, hint: 6),
      KeyBinding([.up, .character("k")], .moveUp, scope: .lists),
      KeyBinding([.down, .character("j")], .moveDown, scope: .lists),
      KeyBinding([.pageUp], .pageUp, scope: .lists),
      KeyBinding([.pageDown], .pageDown, scope: .lists),
      KeyBinding([.home], .first, scope: .lists),
      KeyBinding([.end], .last, scope: .lists),
      KeyBinding([.enter], .details, scope: .complaints, hint: 6),
      KeyBinding([.character("r")], .resolve, scope: .complaints, hint: 7),
      KeyBinding([.character("w")], .wait, scope: .complaints, hint: 8),
      KeyBinding([.character("a")], .addNote, scope: .complaints, hint: 9),
      KeyBinding([.character("+")], .raiseSeverity, scope: .complaints, hint: 10),
      KeyBinding([.character("-")], .lowerSeverity, scope: .complaints),
      KeyBinding([.character("o")], .reopen, scope: .complaints),
      KeyBinding([.escape], .back),
    ]
    formKeys = [
      ([.tab, .down], .actionNextField), ([.backTab, .up], .actionPreviousField), ([.enter], .actionSave),
      ([.escape], .actionCancel),
    ]
  }

  /// The command `key` triggers with `pane` focused, if any.
  public func command(for key: Key, focus pane: Pane) -> Command? {
    for binding in bindings where binding.keys.contains(key) && applies(binding.scope, to: pane) {
      return binding.command
    }
    return nil
  }

  /// The hints for the bar with `pane` focused, most important first.
  public func hints(focus pane: Pane, localizer: Localizer) -> [Hint] {
    bindings.filter { $0.hintPriority != nil && applies($0.scope, to: pane) }
      .sorted { ($0.hintPriority ?? 0) < ($1.hintPriority ?? 0) }
      .map { binding in
        let key = binding.keys.prefix(binding.hintKeyCount).map(\.label).joined(separator: "/")
        // The bar keeps the highest priorities when space runs out.
        return Hint(key: key, label: localizer(binding.command.label), priority: 100 - (binding.hintPriority ?? 0))
      }
  }

  func applies(_ scope: KeyBinding.Scope, to pane: Pane) -> Bool {
    switch scope {
    case .global: true
    case .lists: pane != .satisfaction
    case .complaints: pane == .complaints
    case .satisfaction: pane == .satisfaction
    }
  }
}
