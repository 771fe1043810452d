/// What the sealed description of an attachment holds.
public struct AttachmentDescription: Codable, Hashable, Sendable {
    public var fileName: String
    public var contentType: String
    public var size: Int

    public init(fileName: String, contentType: String, size: Int) {
        self.fileName = fileName
        self.contentType = contentType
        self.size = size
    }
}
