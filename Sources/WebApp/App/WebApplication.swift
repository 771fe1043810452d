import Hummingbird
import HummingbirdCore
import NIOCore
import Logging

/// Builds the web app. `prongsai serve` and the tests call these same functions.
public enum WebApplication {
    /// Every route, registered on a fresh router with the middleware around them.
    public static func routes(environment: WebEnvironment, metrics: RequestMetrics = RequestMetrics()) -> RouteTable {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestLogMiddleware(metrics: metrics))
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(environment: environment))
        let routes = RouteTable(router: router)
        Assets().register(on: routes)
        HealthRoutes(metrics: metrics, token: environment.options.metricsToken).register(on: routes)
        LoginRoutes(environment: environment).register(on: routes)
        DashboardRoutes(environment: environment).register(on: routes)
        for register in features(environment) { register(routes) }
        return routes
    }

    /// The feature route sets beyond the core ones, each registering itself.
    static func features(_ environment: WebEnvironment) -> [(RouteTable) -> Void] {
        [
            ResultsRoutes(environment: environment).register,
            AnalysisRoutes(environment: environment).register,
            MeasuresRoutes(environment: environment).register,
            NextYearRoutes(environment: environment).register,
            ExportRoutes(environment: environment).register,
            ProgressRoutes(environment: environment).register,
            MeetingRoutes(environment: environment).register,
            DocumentRoutes(environment: environment).register,
            AdminRoutes(environment: environment).register,
            SessionAPIRoutes(environment: environment).register,
            OpenAPIRoutes(environment: environment).register,
            DisclosureRoutes(environment: environment).register,
            PublicRoutes(environment: environment).register,
            ComplaintRoutes(environment: environment).register,
        ]
    }

    /// A connection that has sent no complete request part for this long is closed: a client that
    /// trickles its headers (or idles between requests) cannot hold a connection open for minutes.
    /// The handler of a request already read is never cut off by it.
    static let readTimeout: TimeAmount = .seconds(10)

    static var serverConfiguration: HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(idleTimeout: readTimeout)
    }

    /// The whole application on a host and port.
    public static func application(
        environment: WebEnvironment, host: String, port: Int, logger: Logger,
        disclosureWatch: DisclosureWatch.Configuration? = nil,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: routes(environment: environment).router,
            server: .http1(configuration: serverConfiguration),
            configuration: .init(address: .hostname(host, port: port), serverName: "Prongsai"),
            services: disclosureWatch.map { [DisclosureWatch(environment: environment, configuration: $0, logger: logger)] } ?? [],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}
