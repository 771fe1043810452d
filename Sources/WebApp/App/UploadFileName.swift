/// An uploaded file's name as it is kept and shown: without control characters or the invisible
/// direction marks that make `invoice‮fdp.exe` read as `invoiceexe.pdf`.
enum UploadFileName {
    static func cleaned(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.filter { !isHidden($0) }))
    }

    /// C0 and C1 controls, DEL, and the bidirectional formatting characters: embeddings and overrides
    /// (U+202A–U+202E), isolates (U+2066–U+2069), LRM, RLM and the Arabic letter mark.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
