import Foundation
import ThaiText
import Workbench

/// An agency's disclosure settings: its main website, where Prongsai's public page is served, and
/// the assessor's review window, during which the watch log records that the page stays up.
public struct DisclosureSettings: Codable, Hashable, Sendable {
    public var agencyID: Identifier<AgencyRecord>
    /// เว็บไซต์หลักของหน่วยงาน, e.g. "https://www.thapkhlo.go.th". Links must be on its domain.
    public var mainWebsite: String
    /// The address at which this Prongsai serves the agency's public pages, e.g.
    /// "https://ita.thapkhlo.go.th"; empty means the main website itself points here.
    public var publicSite: String
    /// ช่วงเวลาที่ผู้ตรวจประเมินตรวจ OIT — first and last day.
    public var reviewStart: ThaiDate?
    public var reviewEnd: ThaiDate?
    public var updatedAt: Date
    public var updatedBy: String

    public init(
        agencyID: Identifier<AgencyRecord>, mainWebsite: String = "", publicSite: String = "",
        reviewStart: ThaiDate? = nil, reviewEnd: ThaiDate? = nil, updatedAt: Date, updatedBy: String
    ) {
        self.agencyID = agencyID
        self.mainWebsite = mainWebsite
        self.publicSite = publicSite
        self.reviewStart = reviewStart
        self.reviewEnd = reviewEnd
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }

    /// The host every link must sit on (or under), from the main website; nil when none is set.
    public var mainDomain: MainDomain? { MainDomain(website: mainWebsite) }

    /// Where public pages are addressed from: the public site, else the main website, without a final "/".
    public var publicBase: String {
        let base = publicSite.isEmpty ? mainWebsite : publicSite
        return base.hasSuffix("/") ? String(base.dropLast()) : base
    }

    /// Whether a day falls in the review window (both ends included).
    public func isReviewing(on day: ThaiDate) -> Bool {
        guard let reviewStart, let reviewEnd else { return false }
        return reviewStart <= day && day <= reviewEnd
    }

    /// The ITA year the review window belongs to: the fiscal year of its first day.
    public var reviewYear: Int? { reviewStart.map { $0.yearMonth.fiscalYear.buddhistEra } }
}
