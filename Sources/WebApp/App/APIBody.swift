import Criteria
import Foundation
import HTTPTypes
import Hummingbird
import Workbench

/// Reading JSON request bodies for the API, with errors that name the field.
enum APIBody {
    static func decode<Value: Decodable>(_ type: Value.Type, from request: Request, limit: Int = 1_048_576) async throws -> Value {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw WebError(.contentTooLarge, th: "ข้อมูลที่ส่งมีขนาดใหญ่เกินไป", en: "the request body is too large")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            let field = CodingPath.describe(error.fullCodingPath)
            throw WebError.badInput(field.isEmpty ? "body" : field, th: "ข้อมูล JSON ไม่ถูกต้อง: \(error.plainReason)", en: "invalid JSON: \(error.plainReason)")
        }
    }

    /// For API writes: a cookie-borne session must also send its CSRF token in `X-CSRF-Token`.
    static func requireWriteAccess(_ request: Request, _ identity: Identity) throws {
        try CSRF.check(header: request.headers[.xCSRFToken], identity: identity)
    }
}

extension HTTPField.Name {
    static let xCSRFToken = Self("X-CSRF-Token")!
}

extension Identity {
    /// The actor recorded in the audit trail for this user's changes.
    func actor(at date: Date) -> Actor {
        Actor(userID: user.id, name: user.displayName, at: date)
    }
}
