import Foundation

/// One difference between two versions of a year's criteria, said in Thai and English.
public struct CriteriaChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case itemAdded, itemRemoved, itemTitle, itemComponents, itemTiming, itemStatus
        case subIndicatorMembership, instrumentWeight, ratingLevels, calendar
    }

    public var kind: Kind
    public var th: String
    public var en: String

    public init(_ kind: Kind, th: String, en: String) {
        self.kind = kind
        self.th = th
        self.en = en
    }
}

/// What changed between two versions of a year's criteria: items, their titles, components, timing and
/// sub-indicators, the instrument weights, the rating scale and the calendar. Pure.
public enum CriteriaDiff {
    /// The changes from `old` to `new`, items in the new file's order, then weights, ratings and calendar.
    public static func changes(from old: Criteria, to new: Criteria) -> [CriteriaChange] {
        itemChanges(old, new) + weightChanges(old, new) + ratingChanges(old, new) + calendarChanges(old, new)
    }

    /// A note for the version history: the changes in Thai, the first few in full.
    public static func note(_ changes: [CriteriaChange], limit: Int = 8) -> String {
        guard !changes.isEmpty else { return "ไม่มีการเปลี่ยนแปลงรายการ น้ำหนัก ระดับผลการประเมิน หรือปฏิทิน" }
        let shown = changes.prefix(limit).map(\.th).joined(separator: "; ")
        return changes.count > limit ? "\(shown); และอีก \(changes.count - limit) รายการ" : shown
    }

    /// How an item's evidence period reads to people.
    public static func timingLabel(_ timing: DisclosureTiming?) -> (th: String, en: String) {
        switch timing {
        case .standing?: ("ข้อมูลปัจจุบัน", "current information")
        case .currentYear?: ("ข้อมูลของปีงบประมาณที่ประเมิน", "the assessed fiscal year")
        case .previousYear?: ("ข้อมูลของปีงบประมาณก่อนหน้า", "the previous fiscal year")
        case .firstHalfOfCurrentYear?: ("รอบ 6 เดือนแรกของปีที่ประเมิน", "the first six months of the assessed year")
        case .monthlyInCurrentYear?: ("ข้อมูลรายเดือนของปีที่ประเมิน", "every month of the assessed year")
        case nil: ("ไม่ระบุ", "not set")
        }
    }

    // MARK: - Items

    private static func itemChanges(_ old: Criteria, _ new: Criteria) -> [CriteriaChange] {
        let oldByCode = Dictionary(old.items.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let newCodes = Set(new.items.map { $0.code.uppercased() })
        var list: [CriteriaChange] = []
        for item in new.items {
            guard let before = oldByCode[item.code.uppercased()] else {
                let place = item.subIndicator.map { " (ตัวชี้วัดย่อย \($0))" } ?? ""
                let placeEN = item.subIndicator.map { " (sub-indicator \($0))" } ?? ""
                list.append(CriteriaChange(.itemAdded, th: "เพิ่มข้อ \(item.code) \(item.textTH)\(place)", en: "item \(item.code) added\(placeEN)"))
                continue
            }
            list += changes(of: before, to: item)
        }
        for item in old.items where !newCodes.contains(item.code.uppercased()) {
            list.append(CriteriaChange(.itemRemoved, th: "ยกเลิกข้อ \(item.code) \(item.textTH)", en: "item \(item.code) removed"))
        }
        let oldSubs = Set(old.indicators.flatMap(\.subIndicators).map(\.code))
        let newSubs = Set(new.indicators.flatMap(\.subIndicators).map(\.code))
        for code in newSubs.subtracting(oldSubs).sorted() {
            list.append(CriteriaChange(.subIndicatorMembership, th: "เพิ่มตัวชี้วัดย่อย \(code)", en: "sub-indicator \(code) added"))
        }
        for code in oldSubs.subtracting(newSubs).sorted() {
            list.append(CriteriaChange(.subIndicatorMembership, th: "ยกเลิกตัวชี้วัดย่อย \(code)", en: "sub-indicator \(code) removed"))
        }
        return list
    }

    private static func changes(of old: Item, to new: Item) -> [CriteriaChange] {
        var list: [CriteriaChange] = []
        let code = new.code
        if old.textTH != new.textTH {
            list.append(CriteriaChange(
                .itemTitle, th: "ข้อ \(code): ชื่อเปลี่ยนจาก \"\(old.textTH)\" เป็น \"\(new.textTH)\"", en: "\(code): title changed"))
        }
        if old.subIndicator != new.subIndicator || old.indicator != new.indicator {
            let from = old.subIndicator ?? "ตัวชี้วัดที่ \(old.indicator)"
            let to = new.subIndicator ?? "ตัวชี้วัดที่ \(new.indicator)"
            list.append(CriteriaChange(
                .subIndicatorMembership, th: "ข้อ \(code): ย้ายจากตัวชี้วัดย่อย \(from) ไป \(to)",
                en: "\(code): moved from sub-indicator \(old.subIndicator ?? "\(old.indicator)") to \(new.subIndicator ?? "\(new.indicator)")"))
        }
        if old.components.count != new.components.count {
            list.append(CriteriaChange(
                .itemComponents, th: "ข้อ \(code): องค์ประกอบ \(old.components.count) เป็น \(new.components.count) ข้อ",
                en: "\(code): \(old.components.count) → \(new.components.count) components"))
        } else if zip(old.components, new.components).contains(where: { $0.id != $1.id || $0.textTH != $1.textTH }) {
            let changed = zip(old.components, new.components).filter { $0.id != $1.id || $0.textTH != $1.textTH }.map(\.1.id)
            list.append(CriteriaChange(
                .itemComponents, th: "ข้อ \(code): ถ้อยคำขององค์ประกอบเปลี่ยน (\(changed.joined(separator: ", ")))",
                en: "\(code): component text changed (\(changed.joined(separator: ", ")))"))
        }
        if old.timing != new.timing {
            let from = timingLabel(old.timing), to = timingLabel(new.timing)
            list.append(CriteriaChange(
                .itemTiming, th: "ข้อ \(code): ช่วงเวลาของข้อมูลเปลี่ยนจาก\(from.th) เป็น\(to.th)",
                en: "\(code): timing changed from \(from.en) to \(to.en)"))
        }
        if old.provenance.status != new.provenance.status {
            list.append(CriteriaChange(
                .itemStatus, th: "ข้อ \(code): สถานะการยืนยัน \(old.provenance.status.rawValue) เป็น \(new.provenance.status.rawValue)",
                en: "\(code): status \(old.provenance.status.rawValue) → \(new.provenance.status.rawValue)"))
        }
        return list
    }

    // MARK: - Weights, ratings, calendar

    private static func weightChanges(_ old: Criteria, _ new: Criteria) -> [CriteriaChange] {
        InstrumentCode.allCases.compactMap { code in
            let before = old.instrument(code)?.weightPercent, after = new.instrument(code)?.weightPercent
            guard before != after else { return nil }
            let from = before.map { "\($0)%" } ?? "-", to = after.map { "\($0)%" } ?? "-"
            return CriteriaChange(
                .instrumentWeight, th: "น้ำหนัก \(code.rawValue) เปลี่ยนจาก \(from) เป็น \(to)",
                en: "\(code.rawValue) weight \(from) → \(to)")
        }
    }

    private static func ratingChanges(_ old: Criteria, _ new: Criteria) -> [CriteriaChange] {
        var list: [CriteriaChange] = []
        if old.presentation.mode != new.presentation.mode {
            list.append(CriteriaChange(
                .ratingLevels, th: "รูปแบบผลการประเมินเปลี่ยนจาก\(modeLabel(old.presentation.mode).th) เป็น\(modeLabel(new.presentation.mode).th)",
                en: "result mode changed from \(modeLabel(old.presentation.mode).en) to \(modeLabel(new.presentation.mode).en)"))
        }
        if old.presentation.passMark != new.presentation.passMark {
            list.append(CriteriaChange(
                .ratingLevels, th: "เกณฑ์ผ่านเปลี่ยนจาก \(old.presentation.passMark) เป็น \(new.presentation.passMark) คะแนน",
                en: "pass mark \(old.presentation.passMark) → \(new.presentation.passMark)"))
        }
        // A level is the same level when its key is, or else when it stands in the place of a level
        // whose key is gone (a key renamed along with its label).
        let before = old.presentation.ratingScale, after = new.presentation.ratingScale
        let afterKeys = Set(after.map(\.key))
        var matched = Set<Int>()
        for (index, level) in after.enumerated() {
            let samePlace = index < before.count && !afterKeys.contains(before[index].key) ? index : nil
            let position = before.firstIndex { $0.key == level.key } ?? samePlace
            guard let position, matched.insert(position).inserted else {
                list.append(CriteriaChange(.ratingLevels, th: "เพิ่มระดับ\(level.labelTH)", en: "level \(level.labelEN) added"))
                continue
            }
            list += changes(of: before[position], to: level)
        }
        for (index, level) in before.enumerated() where !matched.contains(index) {
            list.append(CriteriaChange(.ratingLevels, th: "ยกเลิกระดับ\(level.labelTH)", en: "level \(level.labelEN) removed"))
        }
        if old.levels != new.levels, !(old.levels.isEmpty && new.levels.isEmpty) {
            list.append(CriteriaChange(.ratingLevels, th: "ช่วงคะแนนของระดับ AA–F เปลี่ยน", en: "the AA–F level bands changed"))
        }
        return list
    }

    private static func changes(of old: RatingLevel, to new: RatingLevel) -> [CriteriaChange] {
        var list: [CriteriaChange] = []
        if old.labelTH != new.labelTH || old.labelEN != new.labelEN {
            list.append(CriteriaChange(
                .ratingLevels, th: "ระดับ\(old.labelTH) เปลี่ยนชื่อเป็น\(new.labelTH)", en: "level \(old.labelEN) renamed \(new.labelEN)"))
        }
        if old.minimumTotal != new.minimumTotal {
            list.append(CriteriaChange(
                .ratingLevels, th: "ระดับ\(new.labelTH): คะแนนรวมขั้นต่ำ \(old.minimumTotal) เป็น \(new.minimumTotal)",
                en: "\(new.labelEN): minimum total \(old.minimumTotal) → \(new.minimumTotal)"))
        }
        if old.minimumEachInstrument != new.minimumEachInstrument {
            let from = old.minimumEachInstrument.map { "\($0)" } ?? "ไม่กำหนด", to = new.minimumEachInstrument.map { "\($0)" } ?? "ไม่กำหนด"
            let fromEN = old.minimumEachInstrument.map { "\($0)" } ?? "none", toEN = new.minimumEachInstrument.map { "\($0)" } ?? "none"
            list.append(CriteriaChange(
                .ratingLevels, th: "ระดับ\(new.labelTH): คะแนนขั้นต่ำของแต่ละแบบวัด \(from) เป็น \(to)",
                en: "\(new.labelEN): minimum for each instrument \(fromEN) → \(toEN)"))
        }
        if old.passes != new.passes {
            list.append(CriteriaChange(
                .ratingLevels, th: "ระดับ\(new.labelTH): \(new.passes ? "นับว่าผ่าน" : "ไม่นับว่าผ่าน")",
                en: "\(new.labelEN): \(new.passes ? "now passes" : "no longer passes")"))
        }
        return list
    }

    private static func calendarChanges(_ old: Criteria, _ new: Criteria) -> [CriteriaChange] {
        var list: [CriteriaChange] = []
        let oldByKey = Dictionary(old.calendar.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for step in new.calendar {
            guard let before = oldByKey[step.key] else {
                list.append(CriteriaChange(.calendar, th: "เพิ่มขั้นตอน\(step.labelTH) \(span(step))", en: "step \(step.labelEN) added"))
                continue
            }
            if before.start != step.start || before.end != step.end || before.labelTH != step.labelTH {
                list.append(CriteriaChange(
                    .calendar, th: "\(step.labelTH): \(span(before)) เป็น \(span(step))",
                    en: "\(step.labelEN): \(before.start)–\(before.end) → \(step.start)–\(step.end)"))
            }
        }
        let newKeys = Set(new.calendar.map(\.key))
        for step in old.calendar where !newKeys.contains(step.key) {
            list.append(CriteriaChange(.calendar, th: "ยกเลิกขั้นตอน\(step.labelTH)", en: "step \(step.labelEN) removed"))
        }
        return list
    }

    /// "1 ม.ค. 2569 – 31 ม.ค. 2569", or the written dates when they do not read.
    private static func span(_ step: CalendarStep) -> String {
        "\(step.startDate?.thaiAbbreviated ?? step.start) – \(step.endDate?.thaiAbbreviated ?? step.end)"
    }

    /// How a year's result is published, in words.
    public static func modeLabel(_ mode: ResultPresentation.Mode) -> (th: String, en: String) {
        switch mode {
        case .letterLevels: ("ระดับตัวอักษร", "letter levels")
        case .passFail: ("ผลการประเมินแบบผ่าน/ไม่ผ่าน", "pass/fail")
        case .ratingLevels: ("ระดับผลการประเมิน", "rating levels")
        }
    }
}
