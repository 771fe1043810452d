/// What a complaint is about. Stored in plaintext beside the sealed report: the statistics count it,
/// and on its own it says nothing about who reported.
public enum ComplaintCategory: String, Codable, CaseIterable, Hashable, Sendable {
    /// ทุจริต — corruption: bribes, using public property for private gain, rigged procurement.
    case corruption
    /// ประพฤติมิชอบ — misconduct: abuse of office, discrimination, breaking the rules of conduct.
    case misconduct
    /// ร้องเรียนการให้บริการ — a complaint about a service: delays, rudeness, demands for what the law does not ask.
    case service

    public var nameTH: String {
        switch self {
        case .corruption: "ทุจริต"
        case .misconduct: "ประพฤติมิชอบ"
        case .service: "ร้องเรียนการให้บริการ"
        }
    }

    public var nameEN: String {
        switch self {
        case .corruption: "Corruption"
        case .misconduct: "Misconduct"
        case .service: "Service complaint"
        }
    }

    /// Examples a reporter can recognise their case in.
    public var examplesTH: String {
        switch self {
        case .corruption: "เช่น เรียกรับเงินหรือสิ่งของ ใช้ทรัพย์สินของทางราชการเป็นประโยชน์ส่วนตัว จัดซื้อจัดจ้างไม่โปร่งใส"
        case .misconduct: "เช่น ใช้อำนาจโดยมิชอบ เลือกปฏิบัติ ละเว้นการปฏิบัติหน้าที่ ประพฤติผิดวินัย"
        case .service: "เช่น ให้บริการล่าช้า ไม่สุภาพ เรียกเอกสารเกินกว่าที่กฎหมายกำหนด"
        }
    }

    public var examplesEN: String {
        switch self {
        case .corruption: "e.g. asking for money or gifts, using public property for private gain, rigged procurement"
        case .misconduct: "e.g. abuse of authority, discrimination, neglect of duty, breaches of discipline"
        case .service: "e.g. delays, rudeness, asking for documents the law does not require"
        }
    }
}
