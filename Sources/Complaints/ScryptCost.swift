/// scrypt's cost parameters: N = 2^logN, block size r, parallelism p. Memory is 128 · r · N bytes.
public struct ScryptCost: Codable, Hashable, Sendable, CustomStringConvertible {
    public var logN: Int
    public var r: Int
    public var p: Int

    public init(logN: Int, r: Int = 8, p: Int = 1) {
        self.logN = logN
        self.r = r
        self.p = p
    }

    public var rounds: Int { 1 << logN }
    public var memoryBytes: Int { 128 * r * rounds * p }
    public var description: String { "scrypt N=2^\(logN) r=\(r) p=\(p) (\(memoryBytes / 1_048_576) MiB)" }
}
