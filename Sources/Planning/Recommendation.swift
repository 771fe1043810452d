/// ข้อเสนอแนะ — one recommendation of the NACC assessor, tied to the item it is about.
/// A printed recommendation about several items ("ข้อ E6 และ E7") becomes one per item, same text.
public struct Recommendation: Codable, Hashable, Sendable {
    /// The item code as the criteria spell it ("I7", "E10", "O42"); nil when none could be read.
    public var itemCode: String?
    /// The indicator the item belongs to.
    public var indicator: Int?
    public var text: String
    /// The code exactly as printed, kept when it had to be repaired ("ข้อ 17", "๐42").
    public var printedCode: String?

    public init(
        itemCode: String?, indicator: Int?, text: String, printedCode: String? = nil
    ) {
        self.itemCode = itemCode
        self.indicator = indicator
        self.text = text
        self.printedCode = printedCode
    }
}
