import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which addresses a link check may connect to: public ones only. Loopback, link-local (the cloud
/// metadata service at 169.254.169.254), private, shared (100.64/10), unspecified, multicast and
/// reserved addresses belong to the server's own network, and a link check must never be a way to
/// reach them. Names are resolved first and judged by every address they resolve to.
public enum AddressGuard {
    /// An IPv4 (4 bytes) or IPv6 (16 bytes) address.
    public struct Address: Hashable, Sendable, CustomStringConvertible {
        public var bytes: [UInt8]

        public init?(bytes: [UInt8]) {
            guard bytes.count == 4 || bytes.count == 16 else { return nil }
            self.bytes = bytes
        }

        /// Parses a literal such as `127.0.0.1` or `::1` (without brackets).
        public init?(literal: String) {
            var v4 = in_addr()
            if inet_pton(AF_INET, literal, &v4) == 1 {
                self.bytes = withUnsafeBytes(of: &v4) { Array($0) }
                return
            }
            var v6 = in6_addr()
            if inet_pton(AF_INET6, literal, &v6) == 1 {
                self.bytes = withUnsafeBytes(of: &v6) { Array($0) }
                return
            }
            return nil
        }

        public var isIPv6: Bool { bytes.count == 16 }

        public var description: String {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            var copy = bytes
            let family = isIPv6 ? AF_INET6 : AF_INET
            guard inet_ntop(family, &copy, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// Why an address is refused, or nil for a public one.
    public static func refusal(_ address: Address) -> String? {
        address.isIPv6 ? refusalV6(address.bytes) : refusalV4(address.bytes)
    }

    private static func refusalV4(_ b: [UInt8]) -> String? {
        switch (b[0], b[1]) {
        case (0, _): return "unspecified address"
        case (127, _): return "loopback address"
        case (10, _): return "private address"
        case (172, 16...31): return "private address"
        case (192, 168): return "private address"
        case (169, 254): return "link-local address"
        case (100, 64...127): return "shared address space"
        case (192, 0) where b[2] == 0: return "reserved address"
        case (198, 18...19): return "reserved address"
        case (224...239, _): return "multicast address"
        case (240...255, _): return "reserved address"
        default: return nil
        }
    }

    private static func refusalV6(_ b: [UInt8]) -> String? {
        if b.allSatisfy({ $0 == 0 }) { return "unspecified address" }
        if b.prefix(15).allSatisfy({ $0 == 0 }) && b[15] == 1 { return "loopback address" }
        // IPv4-mapped (::ffff:a.b.c.d) and the deprecated IPv4-compatible (::a.b.c.d) forms carry an IPv4 address.
        if b.prefix(10).allSatisfy({ $0 == 0 }) && (b[10], b[11]) == (0xFF, 0xFF) { return refusalV4(Array(b[12...])) }
        if b.prefix(12).allSatisfy({ $0 == 0 }) { return refusalV4(Array(b[12...])) }
        // NAT64 (64:ff9b::/96) can reach any IPv4 address through a gateway: judged by that address.
        if b.prefix(12) == [0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return refusalV4(Array(b[12...])) }
        if b[0] & 0xFE == 0xFC { return "private address" }  // fc00::/7
        if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "link-local address" }  // fe80::/10
        if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return "site-local address" }  // fec0::/10
        if b[0] == 0xFF { return "multicast address" }
        return nil
    }

    /// The addresses a host name (or literal) resolves to, through the system resolver.
    public static func resolve(_ host: String) throws(ResolutionError) -> [Address] {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if let literal = Address(literal: bare) { return [literal] }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(bare, nil, &hints, &list)
        guard status == 0, let first = list else { throw ResolutionError.unknownHost }
        defer { freeaddrinfo(first) }
        var found: [Address] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            if let sockaddr = entry.pointee.ai_addr {
                switch Int32(entry.pointee.ai_family) {
                case AF_INET:
                    let v4 = sockaddr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                    if let address = Address(bytes: withUnsafeBytes(of: v4) { Array($0) }) { found.append(address) }
                case AF_INET6:
                    let v6 = sockaddr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                    if let address = Address(bytes: withUnsafeBytes(of: v6) { Array($0) }) { found.append(address) }
                default:
                    break
                }
            }
            cursor = entry.pointee.ai_next
        }
        guard !found.isEmpty else { throw ResolutionError.unknownHost }
        var seen = Set<Address>()
        return found.filter { seen.insert($0).inserted }
    }

    public enum ResolutionError: Error, Sendable {
        case unknownHost
    }

    /// The address to connect to for `host`, or why there is none. Every address the name resolves to
    /// must be allowed: a name with one internal address among public ones is refused whole, since the
    /// system could pick either. With `allowLoopback`, loopback addresses pass (tests only).
    public static func checkedAddress(for host: String, allowLoopback: Bool) -> Result<Address, Refusal> {
        let addresses: [Address]
        do {
            addresses = try resolve(host)
        } catch {
            return .failure(.unknownHost)
        }
        for address in addresses {
            guard let reason = refusal(address) else { continue }
            if allowLoopback, reason == "loopback address" { continue }
            return .failure(.internalAddress(address, reason: reason))
        }
        return .success(addresses[0])
    }

    /// Why a host may not be checked.
    public enum Refusal: Error, Sendable, Equatable {
        case unknownHost
        case internalAddress(Address, reason: String)

        public var summary: String {
            switch self {
            case .unknownHost: "unknown host"
            case .internalAddress(let address, let reason): "refused: \(address) is a \(reason), not a public website"
            }
        }
    }
}
