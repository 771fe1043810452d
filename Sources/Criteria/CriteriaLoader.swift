import Foundation

/// Reads and validates year files. A file that decodes but breaks a rule is rejected, never half-used.
public enum CriteriaLoader {
    /// Decodes one year file and validates it; `file` names it in errors.
    public static func load(_ data: Data, file: String) throws(CriteriaError) -> Criteria {
        let criteria: Criteria
        do {
            criteria = try JSONDecoder().decode(Criteria.self, from: data)
        } catch let error as DecodingError {
            throw CriteriaError(file: file, path: CodingPath.describe(error.fullCodingPath), reason: error.plainReason)
        } catch {
            throw CriteriaError(file: file, path: "", reason: "\(error)")
        }
        try CriteriaValidator(criteria: criteria, file: file).validate()
        return criteria
    }
}
