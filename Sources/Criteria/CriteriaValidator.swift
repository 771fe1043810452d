import Foundation

/// The structural rules every year file must keep. Each broken rule names the JSON path.
struct CriteriaValidator {
    let criteria: Criteria
    let file: String

    func validate() throws(CriteriaError) {
        try validateSources()
        try validateInstruments()
        try validateIndicators()
        try validateItems()
        try validateScales()
        try validateLevels()
        try validatePresentation()
        try validateTopics()
        try validateCalendar()
    }

    private func fail(_ path: String, _ reason: String) -> CriteriaError {
        CriteriaError(file: file, path: path, reason: reason)
    }

    private func validateSources() throws(CriteriaError) {
        guard (2500...2700).contains(criteria.fiscalYear) else {
            throw fail("fiscalYear", "\(criteria.fiscalYear) is not a พ.ศ. year")
        }
        guard !criteria.sources.isEmpty else { throw fail("sources", "a year file must cite its sources") }
        var seen = Set<String>()
        for (index, source) in criteria.sources.enumerated() where !seen.insert(source.id).inserted {
            throw fail("sources[\(index)].id", "duplicate source id \"\(source.id)\"")
        }
        for (path, provenance) in allProvenances() {
            for id in provenance.sources where !seen.contains(id) {
                throw fail(path, "cites unknown source \"\(id)\"")
            }
        }
    }

    private func allProvenances() -> [(String, Provenance)] {
        var list: [(String, Provenance)] = [("levelsProvenance", criteria.levelsProvenance)]
        list.append(("presentation.provenance", criteria.presentation.provenance))
        for (i, instrument) in criteria.instruments.enumerated() {
            list.append(("instruments[\(i)].provenance", instrument.provenance))
        }
        for (i, indicator) in criteria.indicators.enumerated() {
            list.append(("indicators[\(i)].provenance", indicator.provenance))
            for (j, sub) in indicator.subIndicators.enumerated() {
                list.append(("indicators[\(i)].subIndicators[\(j)].provenance", sub.provenance))
            }
        }
        for (i, item) in criteria.items.enumerated() {
            list.append(("items[\(i)].provenance", item.provenance))
            for (j, component) in item.components.enumerated() {
                if let provenance = component.provenance {
                    list.append(("items[\(i)].components[\(j)].provenance", provenance))
                }
            }
        }
        for (i, scale) in criteria.answerScales.enumerated() {
            list.append(("answerScales[\(i)].provenance", scale.provenance))
        }
        for (i, rating) in (criteria.presentation.ratings ?? []).enumerated() {
            list.append(("presentation.ratings[\(i)].provenance", rating.provenance))
        }
        for (i, step) in criteria.calendar.enumerated() {
            list.append(("calendar[\(i)].provenance", step.provenance))
        }
        return list
    }

    private func validateInstruments() throws(CriteriaError) {
        let codes = criteria.instruments.map(\.code)
        guard Set(codes) == Set(InstrumentCode.allCases), codes.count == 3 else {
            throw fail("instruments", "must list IIT, EIT and OIT once each")
        }
        let weightSum = criteria.instruments.reduce(Decimal(0)) { $0 + $1.weight }
        guard weightSum == 1 else {
            throw fail("instruments", "weights add up to \(weightSum), not 1")
        }
        var owner: [Int: InstrumentCode] = [:]
        for (i, instrument) in criteria.instruments.enumerated() {
            guard instrument.weight > 0 else { throw fail("instruments[\(i)].weight", "must be above 0") }
            guard !instrument.indicators.isEmpty else {
                throw fail("instruments[\(i)].indicators", "an instrument needs indicators")
            }
            for number in instrument.indicators {
                if let other = owner[number] {
                    throw fail("instruments[\(i)].indicators", "indicator \(number) is already in \(other.rawValue)")
                }
                owner[number] = instrument.code
            }
        }
    }

    private func validateIndicators() throws(CriteriaError) {
        let numbers = criteria.indicators.map(\.number)
        guard numbers.sorted() == Array(1...10) else {
            throw fail("indicators", "must be indicators 1 to 10 once each, found \(numbers)")
        }
        for (i, indicator) in criteria.indicators.enumerated() {
            let path = "indicators[\(i)]"
            guard criteria.instrument(indicator.instrument)?.indicators.contains(indicator.number) == true else {
                throw fail("\(path).instrument", "indicator \(indicator.number) is not listed under \(indicator.instrument.rawValue)")
            }
            if indicator.instrument == .oit {
                guard indicator.items.isEmpty, !indicator.subIndicators.isEmpty else {
                    throw fail(path, "an OIT indicator lists its items in subIndicators")
                }
                for (j, sub) in indicator.subIndicators.enumerated() where sub.items.isEmpty {
                    throw fail("\(path).subIndicators[\(j)].items", "sub-indicator \(sub.code) has no items")
                }
            } else {
                guard !indicator.items.isEmpty, indicator.subIndicators.isEmpty else {
                    throw fail(path, "a survey indicator lists its items directly")
                }
            }
        }
    }

    private func validateItems() throws(CriteriaError) {
        var itemIndex: [String: Int] = [:]
        for (i, item) in criteria.items.enumerated() {
            let key = item.code.uppercased()
            guard itemIndex[key] == nil else { throw fail("items[\(i)].code", "duplicate item \(item.code)") }
            itemIndex[key] = i
        }
        var listed: [String: String] = [:]
        for (i, indicator) in criteria.indicators.enumerated() {
            let groups: [(String, String?, [String])] =
                indicator.subIndicators.isEmpty
                ? [("indicators[\(i)].items", nil, indicator.items)]
                : indicator.subIndicators.enumerated().map {
                    ("indicators[\(i)].subIndicators[\($0.offset)].items", $0.element.code, $0.element.items)
                }
            for (path, subCode, codes) in groups {
                for code in codes {
                    guard let index = itemIndex[code.uppercased()] else {
                        throw fail(path, "lists \(code), which is not in items")
                    }
                    if let earlier = listed[code.uppercased()] {
                        throw fail(path, "lists \(code), already listed at \(earlier)")
                    }
                    listed[code.uppercased()] = path
                    let item = criteria.items[index]
                    guard item.indicator == indicator.number else {
                        throw fail("items[\(index)].indicator", "\(code) says indicator \(item.indicator) but is listed under \(indicator.number)")
                    }
                    guard item.subIndicator == subCode else {
                        throw fail("items[\(index)].subIndicator", "\(code) says \(item.subIndicator ?? "none") but is listed under \(subCode ?? "no sub-indicator")")
                    }
                }
            }
        }
        for (i, item) in criteria.items.enumerated() {
            let path = "items[\(i)]"
            guard listed[item.code.uppercased()] != nil else {
                throw fail(path, "\(item.code) is not listed under any indicator")
            }
            guard !item.textTH.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail("\(path).textTH", "\(item.code) has no Thai text")
            }
            let isOIT = criteria.indicator(item.indicator)?.instrument == .oit
            if isOIT {
                guard item.timing != nil else { throw fail("\(path).timing", "OIT item \(item.code) needs a timing") }
                if item.components.isEmpty && item.provenance.status != .open {
                    throw fail("\(path).components", "OIT item \(item.code) lists no components; mark it \"?\" if they are unknown")
                }
                var ids = Set<String>()
                for (j, component) in item.components.enumerated() where !ids.insert(component.id).inserted {
                    throw fail("\(path).components[\(j)].id", "duplicate component id \(component.id)")
                }
            } else {
                guard let scale = item.answerScale, criteria.answerScale(scale) != nil else {
                    throw fail("\(path).answerScale", "survey item \(item.code) needs one of the year's answer scales")
                }
            }
        }
    }

    private func validateScales() throws(CriteriaError) {
        for (i, scale) in criteria.answerScales.enumerated() {
            guard scale.labelsTH.count == scale.points.count, scale.points.count >= 2 else {
                throw fail("answerScales[\(i)]", "scale \(scale.id) needs one point value per label")
            }
            guard scale.points == scale.points.sorted(), scale.points.first! >= 0, scale.points.last! <= 100 else {
                throw fail("answerScales[\(i)].points", "points must rise from least to most, within 0–100")
            }
        }
    }

    private func validateLevels() throws(CriteriaError) {
        let bands = criteria.levels
        // From 2567 the result is a rating, and letter bands are no longer published.
        if bands.isEmpty && criteria.presentation.mode == .ratingLevels { return }
        guard !bands.isEmpty else { throw fail("levels", "no level bands") }
        guard bands.first!.maximum == 100, bands.last!.minimum == 0 else {
            throw fail("levels", "bands must run from 100 down to 0")
        }
        for i in bands.indices {
            guard bands[i].minimum <= bands[i].maximum else {
                throw fail("levels[\(i)]", "band \(bands[i].level) has its minimum above its maximum")
            }
            // Bands are closed on 2-decimal totals: the next band down ends 0.01 below this one's minimum.
            if i + 1 < bands.count, bands[i + 1].maximum + Decimal(string: "0.01")! != bands[i].minimum {
                throw fail("levels[\(i + 1)]", "band \(bands[i + 1].level) must end at \(bands[i].minimum - Decimal(string: "0.01")!)")
            }
        }
    }

    private func validatePresentation() throws(CriteriaError) {
        let presentation = criteria.presentation
        let mark = presentation.passMark
        guard mark > 0, mark <= 100 else { throw fail("presentation.passMark", "must be within 0–100") }
        guard presentation.mode == .ratingLevels else {
            if presentation.ratings?.isEmpty == false {
                throw fail("presentation.ratings", "ratings are only used with mode \"ratingLevels\"")
            }
            return
        }
        guard let ratings = presentation.ratings, !ratings.isEmpty else {
            throw fail("presentation.ratings", "mode ratingLevels needs its rating levels, highest first")
        }
        var keys = Set<String>()
        var labels = Set<String>()
        for (i, rating) in ratings.enumerated() {
            let path = "presentation.ratings[\(i)]"
            guard !rating.key.isEmpty, keys.insert(rating.key).inserted else {
                throw fail("\(path).key", "rating key \"\(rating.key)\" is empty or repeated")
            }
            guard !rating.labelTH.trimmingCharacters(in: .whitespaces).isEmpty, labels.insert(rating.labelTH).inserted else {
                throw fail("\(path).labelTH", "rating label \"\(rating.labelTH)\" is empty or repeated")
            }
            guard rating.minimumTotal >= 0, rating.minimumTotal <= 100 else {
                throw fail("\(path).minimumTotal", "must be within 0–100")
            }
            if let each = rating.minimumEachInstrument, each < 0 || each > 100 {
                throw fail("\(path).minimumEachInstrument", "must be within 0–100")
            }
            if i > 0 {
                let higher = ratings[i - 1]
                guard rating.minimumTotal <= higher.minimumTotal else {
                    throw fail("\(path).minimumTotal", "levels run from the highest down: \(rating.labelTH) asks more than \(higher.labelTH)")
                }
                guard higher.passes || !rating.passes else {
                    throw fail("\(path).passes", "\(rating.labelTH) passes but the higher \(higher.labelTH) does not")
                }
            }
        }
        guard ratings.last!.minimumTotal == 0, ratings.last!.minimumEachInstrument == nil else {
            throw fail("presentation.ratings[\(ratings.count - 1)]", "the lowest level must take every result (minimumTotal 0, no instrument condition)")
        }
        guard ratings.contains(where: \.passes) else {
            throw fail("presentation.ratings", "no level passes")
        }
    }

    private func validateTopics() throws(CriteriaError) {
        var owner: [String: String] = [:]
        for (i, item) in criteria.items.enumerated() {
            for (j, topic) in item.topics.enumerated() {
                let path = "items[\(i)].topics[\(j)]"
                guard !topic.isEmpty, topic.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                    throw fail(path, "topic \"\(topic)\" must be lower-case letters, digits and hyphens")
                }
                if let other = owner[topic] {
                    throw fail(path, "topic \(topic) is already on \(other)")
                }
                owner[topic] = item.code
            }
        }
    }

    private func validateCalendar() throws(CriteriaError) {
        if let from = criteria.assumedFrom, from >= criteria.fiscalYear {
            throw fail("assumedFrom", "a year can only be assumed from an earlier one")
        }
        var keys = Set<String>()
        var previousStart: String?
        for (i, step) in criteria.calendar.enumerated() {
            let path = "calendar[\(i)]"
            guard !step.key.isEmpty, keys.insert(step.key).inserted else {
                throw fail("\(path).key", "calendar step \"\(step.key)\" is empty or repeated")
            }
            guard let start = step.startDate, step.start.count == 10 else {
                throw fail("\(path).start", "\"\(step.start)\" is not a date written YYYY-MM-DD")
            }
            guard let end = step.endDate, step.end.count == 10 else {
                throw fail("\(path).end", "\"\(step.end)\" is not a date written YYYY-MM-DD")
            }
            guard start <= end else { throw fail("\(path).end", "ends before it starts") }
            if let previousStart, step.start < previousStart {
                throw fail("\(path).start", "steps are listed in time order")
            }
            previousStart = step.start
        }
    }
}
