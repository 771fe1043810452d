/// การวิเคราะห์ผล — what one indicator's result means for the agency.
public struct IndicatorAnalysis: Codable, Hashable, Sendable {
    public var indicator: Int
    /// Whether the indicator reads as "keep the standard" or "develop".
    public var stance: Stance
    /// ประเด็นที่ควรรักษามาตรฐานการดำเนินงานหรือพัฒนาให้ดีขึ้น (may be empty, as printed).
    public var keepOrImprove: String
    /// ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน
    public var urgentWeaknesses: [Weakness]

    public init(indicator: Int, stance: Stance, keepOrImprove: String, urgentWeaknesses: [Weakness] = []) {
        self.indicator = indicator
        self.stance = stance
        self.keepOrImprove = keepOrImprove
        self.urgentWeaknesses = urgentWeaknesses
    }

    enum CodingKeys: String, CodingKey { case indicator, stance, keepOrImprove, urgentWeaknesses }

    /// Missing text and lists read as empty, so hand-written JSON can leave them out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try c.decode(Int.self, forKey: .indicator)
        stance = try c.decode(Stance.self, forKey: .stance)
        keepOrImprove = try c.decodeIfPresent(String.self, forKey: .keepOrImprove) ?? ""
        urgentWeaknesses = try c.decodeIfPresent([Weakness].self, forKey: .urgentWeaknesses) ?? []
    }

    public enum Stance: String, Codable, Hashable, Sendable {
        /// ควรรักษามาตรฐาน — at or above the pass mark.
        case keep
        /// ควรพัฒนา — below the pass mark, or with urgent weaknesses.
        case develop
    }
}

/// One urgent weakness, with the item it concerns where known.
public struct Weakness: Codable, Hashable, Sendable {
    public var text: String
    /// The item it is about (e.g. "O27"), when the text names one.
    public var itemCode: String?
    /// Listed parts, e.g. the missing components "1. การสรรหาและคัดเลือกบุคลากร 2. …".
    public var details: [String]

    public init(text: String, itemCode: String? = nil, details: [String] = []) {
        self.text = text
        self.itemCode = itemCode
        self.details = details
    }

    enum CodingKeys: String, CodingKey { case text, itemCode, details }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        itemCode = try c.decodeIfPresent(String.self, forKey: .itemCode)
        details = try c.decodeIfPresent([String].self, forKey: .details) ?? []
    }
}
