import Foundation
import GRDB
import Storage
import Workbench

extension SQLiteStore: AgencyRepository {
    public func insertAgency(_ agency: AgencyRecord, divisions names: [String], actor: Actor) async throws {
        try await write { db in
            try Self.translatingConstraints(duplicates: [
                "agency.slug": .duplicate(field: "slug", value: agency.slug),
                "agency.id": .duplicate(field: "agency", value: agency.id.description),
            ]) {
                try AgencyRow(agency).insert(db)
            }
            try Self.insertDivisions(names, agency: agency.id, db)
            try Self.insertAuditEvent(
                .change("create", entity: "agency", entityID: agency.id.description, agencyID: agency.id,
                        before: AgencyRecord?.none, after: agency, actor: actor), db)
        }
    }

    public func fetchAgency(slug: String) async throws -> AgencyRecord? {
        try await read { db in try AgencyRow.filter(Column("slug") == slug).fetchOne(db)?.record }
    }

    public func fetchAgency(id: Identifier<AgencyRecord>) async throws -> AgencyRecord? {
        try await read { db in try AgencyRow.fetchOne(db, key: id.description)?.record }
    }

    public func fetchAgencies() async throws -> [AgencyRecord] {
        try await read { db in try AgencyRow.order(Column("slug")).fetchAll(db).map(\.record) }
    }

    public func fetchDivisions(agency: Identifier<AgencyRecord>) async throws -> [Division] {
        try await read { db in try Self.fetchDivisions(agency: agency, db) }
    }

    public func replaceDivisions(agency: Identifier<AgencyRecord>, names: [String], actor: Actor) async throws {
        try await write { db in
            guard try AgencyRow.exists(db, key: agency.description) else {
                throw StorageError.notFound(entity: "agency", id: agency.description)
            }
            let before = try Self.fetchDivisions(agency: agency, db).map(\.name)
            try DivisionRow.filter(Column("agency_id") == agency.description).deleteAll(db)
            try Self.insertDivisions(names, agency: agency, db)
            try Self.insertAuditEvent(
                .change("update", entity: "divisions", entityID: agency.description, agencyID: agency,
                        before: before, after: names, actor: actor), db)
        }
    }

    private static func fetchDivisions(agency: Identifier<AgencyRecord>, _ db: Database) throws -> [Division] {
        try DivisionRow.filter(Column("agency_id") == agency.description).order(Column("position")).fetchAll(db)
            .map(\.record)
    }

    /// Divisions get fresh ids on every replacement, numbered from 1 in the order given.
    private static func insertDivisions(_ names: [String], agency: Identifier<AgencyRecord>, _ db: Database) throws {
        for (index, name) in names.enumerated() {
            try DivisionRow(Division(id: Identifier(UUID()), agencyID: agency, name: name, position: index + 1)).insert(db)
        }
    }
}
