import Foundation
import ThaiText
import Workbench

/// การเปิดเผยข้อมูล — what an agency shows for one OIT item of one ITA fiscal year: where the data is
/// (links with a note of where on the page), the documents uploaded for it, which required components
/// it shows and with what evidence, the period it covers, and who answers for it by when.
public struct DisclosureRecord: Codable, Hashable, Sendable {
    public var agencyID: Identifier<AgencyRecord>
    /// The ITA fiscal year assessed (พ.ศ.), e.g. 2566.
    public var fiscalYear: Int
    /// The item's code in that year's criteria, e.g. "O23".
    public var itemCode: String
    public var links: [DisclosureLink]
    /// Uploaded documents; storage fills these from its own table, so saving a record never drops one.
    public var documents: [DisclosureDocument]
    /// One entry per component the agency says its data shows.
    public var components: [ComponentEvidence]
    /// The period the evidence covers (a plan's year, a report's year or half-year).
    public var period: MonthPeriod?
    /// For a monthly series (สรุปผลการจัดซื้อจัดจ้างรายเดือน): the months published.
    public var months: [YearMonth]
    /// ผู้รับผิดชอบ — a person or a division.
    public var responsible: String
    /// When the item must be ready.
    public var dueDate: ThaiDate?
    public var note: String
    public var updatedAt: Date
    public var updatedBy: String

    public init(
        agencyID: Identifier<AgencyRecord>, fiscalYear: Int, itemCode: String, links: [DisclosureLink] = [],
        documents: [DisclosureDocument] = [], components: [ComponentEvidence] = [], period: MonthPeriod? = nil,
        months: [YearMonth] = [], responsible: String = "", dueDate: ThaiDate? = nil, note: String = "",
        updatedAt: Date, updatedBy: String
    ) {
        self.agencyID = agencyID
        self.fiscalYear = fiscalYear
        self.itemCode = itemCode
        self.links = links
        self.documents = documents
        self.components = components
        self.period = period
        self.months = months
        self.responsible = responsible
        self.dueDate = dueDate
        self.note = note
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }

    /// Nothing to show the assessor: no link and no document.
    public var isEmpty: Bool { links.isEmpty && documents.isEmpty }

    /// The evidence given for a component, when it is ticked.
    public func evidence(for componentID: String) -> ComponentEvidence? {
        components.first { $0.componentID == componentID }
    }
}

/// A URL where the item's data is published, with the note ITAS asks for: where on the page it sits.
public struct DisclosureLink: Codable, Hashable, Sendable {
    public var url: String
    /// e.g. "เมนูข้อมูลหน่วยงาน > ผู้บริหาร หัวข้อ ช่องทางการติดต่อ".
    public var location: String

    public init(url: String, location: String = "") {
        self.url = url
        self.location = location
    }
}

/// A component ticked as shown, with the evidence that shows it ("หน้า 3 ตารางที่ 2").
public struct ComponentEvidence: Codable, Hashable, Sendable {
    /// The component's id in the year's criteria, e.g. "O2.6".
    public var componentID: String
    public var evidence: String

    public init(componentID: String, evidence: String) {
        self.componentID = componentID
        self.evidence = evidence
    }
}
