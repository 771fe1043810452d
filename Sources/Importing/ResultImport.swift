import Scoring

/// A result read from any input: what to score, the table as printed (if the input had one),
/// and the OIT items the input names as not accepted.
public struct ResultImport: Hashable, Sendable {
    public var input: ResultInput
    /// The printed table: set when the input carries more than indicator scores
    /// (instrument rows, a total or a level), or always for a published document.
    public var printed: PublishedResult?
    /// OIT items named as rejected. For CSV and JSON, items given as failed plus `oitRejected`;
    /// for a document, the items its recommendations and analysis name.
    public var rejectedItems: Set<String>

    public init(input: ResultInput, printed: PublishedResult? = nil, rejectedItems: Set<String> = []) {
        self.input = input
        self.printed = printed
        self.rejectedItems = rejectedItems
    }
}
