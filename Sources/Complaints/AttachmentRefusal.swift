import OfficePackage

/// A Word or Excel attachment refused while it was being cleaned, because it unpacks to far more than a
/// real document does: too many parts, too many bytes, or bytes packed too tightly (a zip bomb).
public struct AttachmentRefusal: Error, Sendable, Hashable {
    public var refusal: ZipRefusal
    public var limits: ZipLimits

    public init(refusal: ZipRefusal, limits: ZipLimits) {
        self.refusal = refusal
        self.limits = limits
    }

    /// Bytes inflated before the refusal; never more than the limits plus one inflation step.
    public var inflatedBytes: Int { refusal.inflatedBytes }

    /// What the reporter reads, in Thai, naming the file as she called it.
    public func messageTH(fileName: String) -> String {
        "ไฟล์ \"\(fileName)\" ขยายออกแล้ว\(reasonTH) ซึ่งไม่ใช่ลักษณะของเอกสาร Word หรือ Excel ทั่วไป จึงรับไม่ได้ "
            + "กรุณาบันทึกเป็น PDF แล้วแนบใหม่"
    }

    /// The same in English.
    public func messageEN(fileName: String) -> String {
        "the file \"\(fileName)\" unpacks to \(reasonEN), which an ordinary Word or Excel document does not; "
            + "please save it as PDF and attach it again"
    }

    private var reasonTH: String {
        switch refusal.reason {
        case .tooManyEntries: "มีส่วนประกอบเกิน \(limits.entries) ส่วน"
        case .partTooLarge: "ใหญ่เกิน \(limits.entryBytes / 1_048_576) MB"
        case .packageTooLarge: "ใหญ่เกิน \(limits.totalBytes / 1_048_576) MB"
        case .ratioTooHigh: "ใหญ่กว่าไฟล์ที่ส่งมาเกิน \(limits.ratio) เท่า"
        }
    }

    private var reasonEN: String {
        switch refusal.reason {
        case .tooManyEntries: "more than \(limits.entries) parts"
        case .partTooLarge: "more than \(limits.entryBytes / 1_048_576) MB"
        case .packageTooLarge: "more than \(limits.totalBytes / 1_048_576) MB"
        case .ratioTooHigh: "more than \(limits.ratio) times its packed size"
        }
    }
}
