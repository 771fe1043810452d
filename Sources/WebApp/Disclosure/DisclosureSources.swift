import Criteria
import Complaints
import Disclosure
import ThaiText
import Workbench

/// The items Prongsai fills in itself, built from what the app stores.
///
/// Extension point: complaint statistics (ข้อมูลเชิงสถิติเรื่องร้องเรียน) and the risk register
/// (การประเมินความเสี่ยงการทุจริต) join this list as `AutomaticItemSource`s built from their own
/// repositories; the checker, the pages, the answer sheet and the public page then show them with no
/// other change. The complaint channel fills its two items; the risk register is still to come.
enum DisclosureSources {
    static func automatic(
        plan: StoredPlan?, progress: [ProgressEntry], publicBase: String, complaints: AutomaticItems.ComplaintFacts?, year: Int,
        criteria: Criteria
    ) -> [AutomaticItemSource] {
        var sources = [
            AutomaticItems.measures(plan: plan, documentURL: "\(publicBase)/documents/o42.html"),
            AutomaticItems.progress(
                plan: plan, entries: progress, documentURL: "\(publicBase)/documents/o43.html",
                measuresItemCode: criteria.item(about: .integrityMeasures)?.code),
        ]
        if let complaints {
            sources.append(AutomaticItems.complaintChannel(complaints))
            sources.append(AutomaticItems.complaintStatistics(complaints, year: FiscalYear(year)))
        }
        return sources
    }

    /// What the agency's complaint channel contributes, with the year's protected figures.
    static func complaintFacts(
        agency: AgencyRecord, year: Int, settings: DisclosureSettings, _ environment: WebEnvironment
    ) async throws -> AutomaticItems.ComplaintFacts? {
        guard let channel = try await environment.repositories.complaints.fetchChannel(agency: agency.id) else { return nil }
        let statistics = try await ComplaintStatisticsSection.load(agency: agency, fiscalYear: year, environment: environment).statistics
        let closedIndex = statistics.statuses.firstIndex(of: .closed)
        let closed = closedIndex.flatMap { statistics.statusTotals?[$0] }
        let inProgress: String
        if case .exact(let total) = statistics.grandTotal, case .exact(let done)? = closed {
            inProgress = String(total - done)
        } else {
            // Subtracting protected figures could reveal a small cell, so the remainder is not printed.
            inProgress = "ไม่เปิดเผย (จำนวนน้อย)"
        }
        return AutomaticItems.ComplaintFacts(
            channelOpen: channel.isOpen,
            channelURL: PublicPaths.absolute(settings, PublicPaths.complaint(agency.slug)),
            statisticsURL: PublicPaths.absolute(settings, "/public/\(agency.slug)/complaints/statistics?year=\(year)"),
            total: statistics.grandTotal.text, closed: closed?.text ?? "ไม่เปิดเผย (จำนวนน้อย)", inProgress: inProgress)
    }
}
