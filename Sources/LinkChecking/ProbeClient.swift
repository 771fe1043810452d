import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// Sends one HEAD or GET and reports the first response head: redirects are handed back instead of
/// followed, and no body is read (a disclosure PDF can be large).
///
/// The host is resolved here, every address it resolves to is checked by `AddressGuard`, and the
/// connection goes to the address that was checked: a name cannot answer the check with a public
/// address and the connection with an internal one (DNS rebinding). TLS still verifies the
/// certificate against the name.
struct ProbeClient: Sendable {
    let timeout: TimeInterval
    let allowLoopback: Bool
    private let tls: NIOSSLContext?

    init(policy: LinkCheckPolicy) {
        timeout = policy.timeout
        allowLoopback = policy.allowLoopbackForTests
        tls = try? NIOSSLContext(configuration: .makeClientConfiguration())
    }

    /// One request; never throws: an error is an answer too.
    func send(_ url: URL, method: String) async -> ProbeAnswer {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              var host = components.host, !host.isEmpty
        else { return .failed("not an http(s) address") }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        let port = components.port ?? (scheme == "https" ? 443 : 80)
        let allowLoopback = allowLoopback
        let checked: Result<AddressGuard.Address, AddressGuard.Refusal>
        do {
            // getaddrinfo blocks: off the cooperative pool.
            let name = host
            checked = try await NIOThreadPool.singleton.runIfActive { AddressGuard.checkedAddress(for: name, allowLoopback: allowLoopback) }
        } catch {
            return .failed("no answer (\(error))")
        }
        let address: SocketAddress
        switch checked {
        case .failure(let refusal):
            return .failed(refusal.summary)
        case .success(let checkedAddress):
            guard let socketAddress = try? SocketAddress(ipAddress: checkedAddress.description, port: port) else {
                return .failed("unusable address \(checkedAddress)")
            }
            address = socketAddress
        }
        let isLiteral = AddressGuard.Address(literal: host) != nil
        let hostHeader = (host.contains(":") ? "[\(host)]" : host) + (components.port.map { ":\($0)" } ?? "")
        var target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { target += "?" + query }
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: hostHeader)
        headers.add(name: "User-Agent", value: "Prongsai link check (ITA OIT)")
        headers.add(name: "Accept", value: "*/*")
        headers.add(name: "Connection", value: "close")
        let head = HTTPRequestHead(version: .http1_1, method: HTTPMethod(rawValue: method), uri: target, headers: headers)
        return await exchange(head, to: address, tls: scheme == "https" ? (tls, isLiteral ? nil : host) : nil)
    }

    private func exchange(
        _ head: HTTPRequestHead, to address: SocketAddress, tls: (context: NIOSSLContext?, serverName: String?)?
    ) async -> ProbeAnswer {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let completion = ProbeCompletion(loop.makePromise(of: ProbeAnswer.self))
        let seconds = timeout
        let bootstrap = ClientBootstrap(group: loop)
            .connectTimeout(.milliseconds(Int64(seconds * 1000)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        guard let context = tls.context else { throw ProbeFailure.noTLS }
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: context, serverHostname: tls.serverName))
                    }
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(ResponseHeadHandler(completion: completion, timeout: seconds))
                }
            }
        bootstrap.connect(to: address).whenComplete { result in
            switch result {
            case .success(let channel):
                channel.write(HTTPClientRequestPart.head(head), promise: nil)
                channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
            case .failure(let error):
                completion.finish(.failed(Self.reason(error, timeout: seconds)))
            }
        }
        return (try? await completion.promise.futureResult.get()) ?? .failed("no answer")
    }

    static func reason(_ error: any Error, timeout: TimeInterval) -> String {
        if let error = error as? ChannelError, case .connectTimeout = error { return "timed out after \(Int(timeout)) s" }
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED: return "connection refused"
            case ETIMEDOUT: return "timed out after \(Int(timeout)) s"
            case ENETUNREACH, EHOSTUNREACH: return "no network"
            default: return "no answer (\(error.errnoCode))"
            }
        }
        if error is NIOConnectionError { return "connection refused" }
        if error is NIOSSLError || error is BoringSSLError || error is ProbeFailure { return "TLS certificate problem" }
        return "no answer (\(error))"
    }
}

enum ProbeFailure: Error {
    case noTLS
}

/// The one answer of a probe, given by whichever comes first: the response head, an error, the
/// connection closing, or the timeout.
final class ProbeCompletion: Sendable {
    let promise: EventLoopPromise<ProbeAnswer>
    private let done = Mutex(false)

    init(_ promise: EventLoopPromise<ProbeAnswer>) {
        self.promise = promise
    }

    func finish(_ answer: ProbeAnswer) {
        let first = done.withLock { done -> Bool in
            defer { done = true }
            return !done
        }
        if first { promise.succeed(answer) }
    }
}

/// Reads the response head, then closes the connection; bounds the whole exchange by the timeout.
final class ResponseHeadHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let completion: ProbeCompletion
    private let timeout: TimeInterval
    private var timer: Scheduled<Void>?

    init(completion: ProbeCompletion, timeout: TimeInterval) {
        self.completion = completion
        self.timeout = timeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let completion = completion
        let seconds = timeout
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: .milliseconds(Int64(seconds * 1000))) {
            completion.finish(.failed("timed out after \(Int(seconds)) s"))
            channel.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        completion.finish(.failed("connection closed without an answer"))
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(let head) = unwrapInboundIn(data) else { return }
        completion.finish(.answered(status: Int(head.status.code), location: head.headers.first(name: "Location")))
        context.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        completion.finish(.failed(ProbeClient.reason(error, timeout: timeout)))
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        completion.finish(.failed("connection closed without an answer"))
        context.fireChannelInactive()
    }
}
