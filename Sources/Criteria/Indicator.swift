/// ตัวชี้วัด — one of the ten indicators.
public struct Indicator: Codable, Hashable, Sendable {
    public var number: Int
    public var nameTH: String
    public var nameEN: String
    public var instrument: InstrumentCode
    /// Survey items (IIT/EIT) in order. Empty for OIT indicators, whose items sit in sub-indicators.
    public var items: [String]
    /// ตัวชี้วัดย่อย of an OIT indicator (9.1–9.5, 10.1–10.2). Empty for survey indicators.
    public var subIndicators: [SubIndicator]
    public var provenance: Provenance

    public init(
        number: Int, nameTH: String, nameEN: String, instrument: InstrumentCode,
        items: [String] = [], subIndicators: [SubIndicator] = [], provenance: Provenance
    ) {
        self.number = number
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.instrument = instrument
        self.items = items
        self.subIndicators = subIndicators
        self.provenance = provenance
    }

    enum CodingKeys: String, CodingKey { case number, nameTH, nameEN, instrument, items, subIndicators, provenance }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        nameTH = try c.decode(String.self, forKey: .nameTH)
        nameEN = try c.decode(String.self, forKey: .nameEN)
        instrument = try c.decode(InstrumentCode.self, forKey: .instrument)
        items = try c.decodeIfPresent([String].self, forKey: .items) ?? []
        subIndicators = try c.decodeIfPresent([SubIndicator].self, forKey: .subIndicators) ?? []
        provenance = try c.decode(Provenance.self, forKey: .provenance)
    }

    /// Every item code of the indicator, through its sub-indicators where it has them.
    public var allItemCodes: [String] {
        subIndicators.isEmpty ? items : subIndicators.flatMap(\.items)
    }
}

/// ตัวชี้วัดย่อย — a group of OIT items whose share of accepted items is one term of the indicator's mean.
public struct SubIndicator: Codable, Hashable, Sendable {
    /// "9.1" … "10.2"
    public var code: String
    public var nameTH: String
    public var items: [String]
    public var provenance: Provenance

    public init(code: String, nameTH: String, items: [String], provenance: Provenance) {
        self.code = code
        self.nameTH = nameTH
        self.items = items
        self.provenance = provenance
    }
}
