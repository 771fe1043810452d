import Complaints

/// How hard the password and receipt KDFs work, tied to the password-hashing cost so one setting governs
/// all password stretching. At the production bcrypt cost 12: officers' keys scrypt N=2^16 (64 MiB),
/// receipts N=2^13 (8 MiB, about 0.1 s a try here), so that 500 reports at once and their 500 follow-ups fit in
/// two minutes on two cores.
/// Tests lower bcrypt to 4, which makes both cheap.
enum StretchingCost {
    static func officer(_ options: WebOptions) -> ScryptCost { ScryptCost(logN: clamp(Int(options.bcryptCost) + 4)) }
    static func receipt(_ options: WebOptions) -> ScryptCost { ScryptCost(logN: clamp(Int(options.bcryptCost) + 1)) }

    private static func clamp(_ logN: Int) -> Int { min(max(logN, 6), 20) }
}
