import Workbench

/// An agency as the API shows it, with its divisions in order.
struct AgencyJSON: Encodable, Sendable {
    var slug: String
    var kind: String
    var name: String
    var fullName: String
    var district: String
    var province: String
    var divisions: [String]

    init(_ record: AgencyRecord, divisions: [Division]) {
        slug = record.slug
        kind = record.agency.kind
        name = record.agency.name
        fullName = record.agency.fullName
        district = record.agency.district
        province = record.agency.province
        self.divisions = divisions.map(\.name)
    }
}
