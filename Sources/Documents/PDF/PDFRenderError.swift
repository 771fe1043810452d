/// Why a PDF could not be made, in Thai and English, with what to do about it.
public struct PDFRenderError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Neither Chromium nor LibreOffice is installed.
        case noRenderer
        /// The tool ran but gave no PDF.
        case toolFailed
        /// The tool did not finish in time and was stopped.
        case timedOut
        /// The temporary files could not be written or read.
        case fileSystem
    }

    public var kind: Kind
    public var messageTH: String
    public var messageEN: String
    /// The end of the tool's own output, when there is one.
    public var toolOutput: String

    public init(kind: Kind, messageTH: String, messageEN: String, toolOutput: String = "") {
        self.kind = kind
        self.messageTH = messageTH
        self.messageEN = messageEN
        self.toolOutput = toolOutput
    }

    public var description: String {
        let base = "\(messageTH) / \(messageEN)"
        return toolOutput.isEmpty ? base : base + "\n" + toolOutput
    }

    static let noRenderer = PDFRenderError(
        kind: .noRenderer,
        messageTH: "สร้างไฟล์ PDF ไม่ได้ เพราะเครื่องนี้ไม่มีทั้ง Chromium และ LibreOffice "
            + "กรุณาติดตั้งอย่างใดอย่างหนึ่ง เช่น apt-get install chromium หรือ apt-get install libreoffice-writer-nogui",
        messageEN: "cannot make a PDF: neither Chromium nor LibreOffice is installed; "
            + "install one of them, e.g. `apt-get install chromium` or `apt-get install libreoffice-writer-nogui`")

    static func missing(_ tool: String, package: String) -> PDFRenderError {
        PDFRenderError(
            kind: .noRenderer,
            messageTH: "ไม่พบโปรแกรม \(tool) กรุณาติดตั้งแพ็กเกจ \(package)",
            messageEN: "\(tool) is not installed; install the package \(package)")
    }
}
