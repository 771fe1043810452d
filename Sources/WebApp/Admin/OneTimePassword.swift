/// A one-time password a person can read out and type: 4 groups of 4 letters and digits, without
/// look-alikes (no i, l, o, 0, 1). About 79 bits from the system's secure generator.
public enum OneTimePassword {
    static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }
            .joined(separator: "-")
    }
}
