import Disclosure
import Workbench

/// The items Prongsai fills in itself, built from what the app stores.
///
/// Extension point: complaint statistics (ข้อมูลเชิงสถิติเรื่องร้องเรียน) and the risk register
/// (การประเมินความเสี่ยงการทุจริต) join this list as `AutomaticItemSource`s built from their own
/// repositories, e.g. `AutomaticItems.complaintStatistics(...)`; the checker, the pages, the answer sheet
/// and the public page then show them with no other change.
enum DisclosureSources {
    static func automatic(plan: StoredPlan?, progress: [ProgressEntry], publicBase: String) -> [AutomaticItemSource] {
        [
            AutomaticItems.measures(plan: plan, documentURL: "\(publicBase)/documents/o42.html"),
            AutomaticItems.progress(plan: plan, entries: progress, documentURL: "\(publicBase)/documents/o43.html"),
        ]
    }
}
