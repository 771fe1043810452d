import Foundation

extension PDFRenderer {
    /// Runs `body` in a new folder under the system temporary directory, removed afterwards.
    func inTemporaryFolder<T>(_ body: (URL) throws(PDFRenderError) -> T) throws(PDFRenderError) -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("prongsai-pdf-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Self.fileSystem("สร้างโฟลเดอร์ชั่วคราวไม่ได้", "cannot create a temporary folder", error)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    func write(_ data: Data, to url: URL) throws(PDFRenderError) {
        do {
            try data.write(to: url)
        } catch {
            throw Self.fileSystem("เขียนไฟล์ชั่วคราวไม่ได้", "cannot write \(url.lastPathComponent)", error)
        }
    }

    /// Copies the bundled Sarabun where fontconfig looks for a user's fonts.
    func installSarabun(in fonts: URL) throws(PDFRenderError) {
        do {
            try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        } catch {
            throw Self.fileSystem("สร้างโฟลเดอร์ฟอนต์ชั่วคราวไม่ได้", "cannot create a temporary font folder", error)
        }
        for font in SarabunFont.allCases {
            guard let data = font.data else { continue }
            try write(data, to: fonts.appendingPathComponent(font.fileName))
        }
    }

    /// HOME and the XDG folders inside the temporary folder: the tools write caches and settings
    /// there, which keeps concurrent runs apart and leaves nothing behind.
    func privateHome(_ folder: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let home = folder.appendingPathComponent("home").path
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        return environment
    }

    func runAndRead(_ tool: ToolProcess, name: String, output: URL) throws(PDFRenderError) -> Data {
        let outcome: ToolProcess.Outcome
        do {
            outcome = try tool.run(timeout: timeout)
        } catch {
            throw PDFRenderError(
                kind: .toolFailed, messageTH: "เรียกใช้ \(name) ไม่ได้", messageEN: "cannot start \(name)",
                toolOutput: "\(error)")
        }
        let seconds = Int(ToolProcess.seconds(timeout))
        if outcome == .timedOut {
            throw PDFRenderError(
                kind: .timedOut, messageTH: "\(name) ทำงานนานเกิน \(seconds) วินาที จึงถูกหยุด",
                messageEN: "\(name) took longer than \(seconds) s and was stopped", toolOutput: tool.logTail())
        }
        // Exit codes alone are not trusted: LibreOffice can exit 0 without writing anything.
        guard let pdf = try? Data(contentsOf: output), pdf.starts(with: Data("%PDF".utf8)) else {
            let status = if case .exited(let code) = outcome { " (exit \(code))" } else { "" }
            throw PDFRenderError(
                kind: .toolFailed, messageTH: "\(name) ไม่ได้สร้างไฟล์ PDF\(status)",
                messageEN: "\(name) produced no PDF\(status)", toolOutput: tool.logTail())
        }
        return pdf
    }

    static func fileSystem(_ thai: String, _ english: String, _ error: any Error) -> PDFRenderError {
        PDFRenderError(kind: .fileSystem, messageTH: thai, messageEN: english, toolOutput: "\(error)")
    }
}
