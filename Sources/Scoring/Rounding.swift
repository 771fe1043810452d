import Foundation

/// The rounding the NACC tables use: half up, to 2 decimals.
public enum Rounding {
    /// Rounds half up (away from zero), so 73.345 becomes 73.35.
    public static func halfUp(_ value: Decimal, places: Int = 2) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// "73.35", "100.00": always two decimals, as printed in the result tables.
    public static func format(_ value: Decimal, places: Int = 2) -> String {
        let rounded = halfUp(value, places: places)
        var text = "\(rounded)"
        if places > 0 {
            if let dot = text.firstIndex(of: ".") {
                let decimals = text.distance(from: dot, to: text.endIndex) - 1
                if decimals < places { text += String(repeating: "0", count: places - decimals) }
            } else {
                text += "." + String(repeating: "0", count: places)
            }
        }
        return text
    }
}
