import Foundation

/// Measures how a function's time grows from an input to one eight times larger, in one run, so that a
/// busy machine slows both alike. The 1× size doubles until its run takes at least 20 ms (on quadratic
/// code that happens early, and the 8× run shows it within seconds); each size is the best of three runs.
public enum GrowthRatio {
    public struct Figures: CustomStringConvertible, Sendable {
        public var size: Int
        public var once: Double
        public var eightTimes: Double
        public var ratio: Double { eightTimes / max(once, 1e-9) }
        public var description: String {
            String(format: "1× = %d: %.1f ms, 8× = %d: %.1f ms, ratio %.1f", size, once * 1000, size * 8, eightTimes * 1000, ratio)
        }
    }

    public static func measure<Input>(startingAt start: Int, upTo largest: Int = 1 << 26, make: (Int) throws -> Input, run: (Input) throws -> Void) rethrows -> Figures {
        var size = start
        var once = try seconds(run, try make(size))
        while once < 0.02, size * 2 <= largest {
            size *= 2
            once = try seconds(run, try make(size))
        }
        let small = try make(size)
        let large = try make(size * 8)
        once = try best(of: 3) { try seconds(run, small) }
        let eightTimes = try best(of: 3) { try seconds(run, large) }
        return Figures(size: size, once: once, eightTimes: eightTimes)
    }

    private static func best(of runs: Int, _ time: () throws -> Double) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs { best = min(best, try time()) }
        return best
    }

    private static func seconds<Input>(_ run: (Input) throws -> Void, _ input: Input) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try run(input)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
