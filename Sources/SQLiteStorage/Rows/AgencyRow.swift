import GRDB
import Planning
import Workbench

/// An agency as a row of `agency`.
struct AgencyRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "agency"
    var record: AgencyRecord

    init(_ record: AgencyRecord) { self.record = record }

    init(row: Row) throws {
        record = AgencyRecord(
            id: try row.identifier("id"), slug: try row.value("slug"),
            agency: Agency(
                kind: try row.value("kind"), name: try row.value("name"), district: try row.value("district"),
                province: try row.value("province")),
            createdAt: try row.date("created_at"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["slug"] = record.slug
        container["kind"] = record.agency.kind
        container["name"] = record.agency.name
        container["district"] = record.agency.district
        container["province"] = record.agency.province
        container["created_at"] = ColumnCoding.seconds(record.createdAt)
    }
}

/// A division as a row of `division`.
struct DivisionRow: FetchableRecord, PersistableRecord {
    static let databaseTableName = "division"
    var record: Division

    init(_ record: Division) { self.record = record }

    init(row: Row) throws {
        record = Division(
            id: try row.identifier("id"), agencyID: try row.identifier("agency_id"), name: try row.value("name"),
            position: try row.value("position"))
    }

    func encode(to container: inout PersistenceContainer) {
        container["id"] = record.id.description
        container["agency_id"] = record.agencyID.description
        container["name"] = record.name
        container["position"] = record.position
    }
}
