import Foundation
import Hummingbird

/// A small JSON value for API answers that are not a stored record.
indirect enum JSONBody: Sendable, Encodable {
    case string(String)
    case number(Decimal)
    case bool(Bool)
    case null
    case array([JSONBody])
    case object([String: JSONBody])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let values): try container.encode(values)
        case .object(let values): try container.encode(values)
        }
    }

    func response(status: HTTPResponse.Status = .ok) -> Response {
        JSONResponse.encode(self, status: status)
    }
}

/// Encodes API answers the same way everywhere: sorted keys, ISO dates, Thai unescaped.
enum JSONResponse {
    static func encode<Value: Encodable>(_ value: Value, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
