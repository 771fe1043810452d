/// The set of repositories an app runs on, all from one adapter.
public struct Repositories: Sendable {
    public var agencies: any AgencyRepository
    public var users: any UserRepository
    public var plans: any PlanRepository
    public var audit: any AuditRepository
    public var disclosures: any DisclosureRepository
    public var complaints: any ComplaintRepository
    public var criteria: any CriteriaRepository

    public init(
        agencies: any AgencyRepository, users: any UserRepository, plans: any PlanRepository,
        audit: any AuditRepository, disclosures: any DisclosureRepository, complaints: any ComplaintRepository,
        criteria: any CriteriaRepository
    ) {
        self.agencies = agencies
        self.users = users
        self.plans = plans
        self.audit = audit
        self.disclosures = disclosures
        self.complaints = complaints
        self.criteria = criteria
    }
}
