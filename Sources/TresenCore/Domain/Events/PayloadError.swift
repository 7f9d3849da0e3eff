/// Why an event's `data` does not fit its type.
public enum PayloadError: Error, Hashable, Sendable {
  case notAnObject
  case missingField(String)
  case invalidField(String, value: String)
}
