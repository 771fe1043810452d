/// Where a complaint stands. Plaintext metadata, like the category: the statistics count it.
public enum ComplaintStatus: String, Codable, CaseIterable, Hashable, Sendable {
    /// ได้รับเรื่องแล้ว — stored, not yet looked at.
    case received
    /// อยู่ระหว่างตรวจสอบ — an officer is looking into it.
    case underReview
    /// ส่งต่อหน่วยงานที่เกี่ยวข้อง — referred to the NACC, the district or another body.
    case forwarded
    /// ปิดเรื่อง — handled; its retention period runs from the day it closed.
    case closed

    public var nameTH: String {
        switch self {
        case .received: "ได้รับเรื่องแล้ว"
        case .underReview: "อยู่ระหว่างตรวจสอบ"
        case .forwarded: "ส่งต่อหน่วยงานที่เกี่ยวข้อง"
        case .closed: "ปิดเรื่องแล้ว"
        }
    }

    public var nameEN: String {
        switch self {
        case .received: "Received"
        case .underReview: "Under review"
        case .forwarded: "Forwarded"
        case .closed: "Closed"
        }
    }

    /// What the status means, as the reporter reads it on the follow-up page.
    public var explanationTH: String {
        switch self {
        case .received: "เรื่องของท่านถูกบันทึกแล้ว และรอเจ้าหน้าที่ผู้รับเรื่องเปิดอ่าน"
        case .underReview: "เจ้าหน้าที่ผู้รับเรื่องกำลังตรวจสอบข้อเท็จจริง"
        case .forwarded: "เรื่องของท่านถูกส่งต่อให้หน่วยงานที่มีอำนาจพิจารณา เช่น สำนักงาน ป.ป.ช. หรืออำเภอ"
        case .closed: "การดำเนินการเรื่องนี้เสร็จสิ้นแล้ว ท่านยังอ่านคำตอบของเจ้าหน้าที่ได้ด้วยเลขรับเรื่องเดิม"
        }
    }

    public var explanationEN: String {
        switch self {
        case .received: "Your report is stored and waits for a receiving officer to open it."
        case .underReview: "A receiving officer is looking into the facts."
        case .forwarded: "Your report was passed to a body with the power to act on it, such as the NACC or the district."
        case .closed: "The handling of this report has ended. You can still read the officers' replies with your receipt."
        }
    }
}
