import Foundation

/// What an OIT item is about, by a key that stays the same while item numbers change from year to
/// year. Templates, the drafter, the checker and the automatic items name topics, and each year's
/// criteria say which of its items carries the topic.
public struct ItemTopic: Codable, Hashable, Sendable {
    public var key: String
    public var nameTH: String
    public var nameEN: String

    public init(key: String, nameTH: String, nameEN: String) {
        self.key = key
        self.nameTH = nameTH
        self.nameEN = nameEN
    }
}

extension ItemTopic {
    /// The topics the code itself relies on; the full list, with names, is `topics.json`.
    public static let integrityMeasures = known("integrity-measures")
    public static let integrityMeasuresProgress = known("integrity-measures-progress")
    public static let complaintChannel = known("complaint-channel")
    public static let complaintStatistics = known("complaint-statistics")
    public static let complaintGuideline = known("complaint-guideline")
    public static let riskAssessment = known("risk-assessment")
    public static let riskManagement = known("risk-management")
    public static let culture = known("culture")

    /// Every topic of the bundled vocabulary, in its order.
    public static let vocabulary: [ItemTopic] = {
        struct File: Decodable { var topics: [ItemTopic] }
        guard let url = Bundle.module.url(forResource: "topics", withExtension: "json"),
            let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return file.topics
    }()

    /// The topic with this key, named from the vocabulary; an unknown key keeps itself as its name.
    public static func known(_ key: String) -> ItemTopic {
        vocabulary.first { $0.key == key } ?? ItemTopic(key: key, nameTH: key, nameEN: key)
    }
}
