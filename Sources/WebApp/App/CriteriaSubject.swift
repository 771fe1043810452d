/// What a criteria use is recorded for: "plan:2570" (a plan year's scoring) or "disclosure:2569"
/// (a year's OIT checklist).
enum CriteriaSubject {
    static func plan(_ planYear: Int) -> String { "plan:\(planYear)" }
    static func disclosure(_ year: Int) -> String { "disclosure:\(year)" }
}
