import Foundation

/// An attachment with its sealed bytes, as it is written.
public struct AttachmentUpload: Hashable, Sendable {
    public var attachment: ComplaintAttachment
    public var sealedBytes: Data

    public init(attachment: ComplaintAttachment, sealedBytes: Data) {
        self.attachment = attachment
        self.sealedBytes = sealedBytes
    }
}
