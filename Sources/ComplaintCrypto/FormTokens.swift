import Complaints
import Crypto
import Foundation
import Workbench

/// Tokens for the anonymous forms, made with the installation's form key. No cookie and no server state.
///
/// A form token (HMAC-SHA256 over purpose, agency and the time the form was served) proves a POST
/// comes from a form this server served within its lifetime: another site cannot read it, so it cannot
/// make a visitor's browser file or follow up a report (CSRF). A follow-up token carries the case and the
/// reporter's key, sealed under a key only the server holds, for the half hour after a receipt was
/// entered: the reporter can add information without typing the receipt again, and the receipt is never
/// echoed back into a page.
public struct FormTokens: Sendable {
    let signingKey: SymmetricKey
    let sealingKey: SymmetricKey

    public init(installation: ComplaintInstallation) {
        let formKey = SymmetricKey(data: installation.formKey)
        signingKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: formKey, info: Data("prongsai form token v1".utf8), outputByteCount: 32)
        sealingKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: formKey, info: Data("prongsai follow-up token v1".utf8), outputByteCount: 32)
    }

    /// A token for one form of one agency, good for `lifetime` after `date`.
    public func formToken(purpose: String, agency: String, at date: Date) -> String {
        let nonce = SymmetricKey(size: .bits128).rawData
        let payload = "v1|\(purpose)|\(agency)|\(Int(date.timeIntervalSince1970))|\(Self.base64URL(nonce))"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: signingKey)
        return Self.base64URL(Data(payload.utf8)) + "." + Self.base64URL(Data(mac))
    }

    /// Whether a token was made here for this form and agency, no longer than `lifetime` ago.
    public func isValidFormToken(_ token: String, purpose: String, agency: String, at now: Date, lifetime: TimeInterval) -> Bool {
        let parts = token.split(separator: ".")
        guard parts.count == 2, let payload = Self.decodeBase64URL(parts[0]), let mac = Self.decodeBase64URL(parts[1]),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: payload, using: signingKey)
        else { return false }
        let fields = String(decoding: payload, as: UTF8.self).split(separator: "|").map(String.init)
        guard fields.count == 5, fields[0] == "v1", fields[1] == purpose, fields[2] == agency, let issued = Double(fields[3])
        else { return false }
        let age = now.timeIntervalSince1970 - issued
        // A minute of clock difference between servers sharing one database is tolerated.
        return age >= -60 && age <= lifetime
    }

    /// A follow-up token for a case opened with its receipt.
    public func followUpToken(complaint: Identifier<ComplaintRecord>, keys: ComplaintKeys, agency: String, expires: Date) throws -> String {
        let payload = FollowUp(complaint: complaint.description, key: keys.report.rawData.base64EncodedString(), expires: Int(expires.timeIntervalSince1970))
        let sealed = try ComplaintSealer.seal(json: payload, with: sealingKey, context: .followUp(agency: agency))
        return Self.base64URL(sealed)
    }

    /// The case and the reporter's keys, or nil for a token that is altered, foreign or expired.
    public func openFollowUpToken(_ token: String, agency: String, at now: Date) -> (Identifier<ComplaintRecord>, ComplaintKeys)? {
        guard let sealed = Self.decodeBase64URL(Substring(token)),
              let payload = try? ComplaintSealer.open(json: FollowUp.self, sealed, with: sealingKey, context: .followUp(agency: agency)),
              Double(payload.expires) >= now.timeIntervalSince1970, let id = Identifier<ComplaintRecord>(payload.complaint),
              let key = Data(base64Encoded: payload.key), key.count == 32
        else { return nil }
        return (id, ComplaintKeys(report: SymmetricKey(data: key), officersOnly: nil))
    }

    private struct FollowUp: Codable {
        var complaint: String
        var key: String
        var expires: Int
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
