import Criteria
import ThaiText

extension DisclosureChecker {
    /// The item's timing rule: annual reports cover the previous fiscal year, plans and activities the
    /// current one, a 6-month report October to March of the current one, and a monthly series every
    /// month of the current year before the check.
    func periodFlags(_ item: Item, _ record: DisclosureRecord) -> [DisclosureFlag] {
        guard let timing = item.timing, timing != .standing else { return [] }
        let component = Self.periodComponent(of: item)
        if timing == .monthlyInCurrentYear { return monthFlags(item, record, component) }
        guard let period = record.period else {
            return [DisclosureFlag(
                kind: .periodMissing, itemCode: item.code, componentID: component?.id,
                messageTH: "ข้อ \(item.code) \(item.textTH): ยังไม่ได้ระบุช่วงเวลาที่ข้อมูลครอบคลุม (ต้องเป็น \(expectedTH(timing)))",
                messageEN: "\(item.code): the period the evidence covers is not given (it must be \(expectedEN(timing)))")]
        }
        guard !covers(period, timing) else { return [] }
        return [DisclosureFlag(
            kind: .wrongPeriod, itemCode: item.code, componentID: component?.id,
            messageTH: "ข้อ \(item.code) \(item.textTH): ข้อมูลครอบคลุม \(period.thaiAbbreviated) ไม่ตรงปี ต้องเป็น \(expectedTH(timing))",
            messageEN: "\(item.code): the evidence covers \(period.english), the wrong period; it must be \(expectedEN(timing))")]
    }

    /// Months of the fiscal year the series must have by the month of the check: October up to the
    /// month before it (the assessor of 2565 wanted March 2565 in a review after March).
    public var requiredMonths: [YearMonth] {
        let last = min(asOf.adding(months: -1), fiscalYear.lastMonth)
        return fiscalYear.firstMonth.monthsThrough(last)
    }

    func monthFlags(_ item: Item, _ record: DisclosureRecord, _ component: Component?) -> [DisclosureFlag] {
        let published = Set(record.months)
        let missing = requiredMonths.filter { !published.contains($0) }
        guard !missing.isEmpty else { return [] }
        let th = missing.map(\.thaiAbbreviated).joined(separator: ", ")
        let full = missing.map(\.thaiFull).joined(separator: ", ")
        let en = missing.map(\.english).joined(separator: ", ")
        return [DisclosureFlag(
            kind: .missingMonths, itemCode: item.code, componentID: component?.id,
            messageTH: "ข้อ \(item.code) \(item.textTH): ไม่มีข้อมูลรายเดือน \(th) (\(full))",
            messageEN: "\(item.code): the monthly series lacks \(en)", months: missing)]
    }

    func covers(_ period: MonthPeriod, _ timing: DisclosureTiming) -> Bool {
        switch timing {
        case .standing, .monthlyInCurrentYear: true
        case .currentYear: overlaps(period, fiscalYear.period)
        case .previousYear: overlaps(period, fiscalYear.previous.period)
        case .firstHalfOfCurrentYear:
            period.start == fiscalYear.firstHalf.start && period.end >= fiscalYear.firstHalf.end
                && period.end <= fiscalYear.lastMonth
        }
    }

    func overlaps(_ a: MonthPeriod, _ b: MonthPeriod) -> Bool { a.start <= b.end && b.start <= a.end }

    func expectedTH(_ timing: DisclosureTiming) -> String {
        switch timing {
        case .standing: "ข้อมูลปัจจุบัน"
        case .currentYear: "ข้อมูลของปีงบประมาณ พ.ศ. \(fiscalYear) (\(fiscalYear.period.thaiAbbreviated))"
        case .previousYear: "รายงานของปีงบประมาณ พ.ศ. \(fiscalYear.previous) (\(fiscalYear.previous.period.thaiAbbreviated))"
        case .firstHalfOfCurrentYear: "รายงานรอบ 6 เดือน \(fiscalYear.firstHalf.thaiAbbreviated)"
        case .monthlyInCurrentYear: "ข้อมูลทุกเดือนของปีงบประมาณ พ.ศ. \(fiscalYear)"
        }
    }

    func expectedEN(_ timing: DisclosureTiming) -> String {
        switch timing {
        case .standing: "current information"
        case .currentYear: "of fiscal year \(fiscalYear) (\(fiscalYear.period.english))"
        case .previousYear: "a report on fiscal year \(fiscalYear.previous) (\(fiscalYear.previous.period.english))"
        case .firstHalfOfCurrentYear: "a 6-month report covering \(fiscalYear.firstHalf.english)"
        case .monthlyInCurrentYear: "every month of fiscal year \(fiscalYear)"
        }
    }
}
