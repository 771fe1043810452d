/// One change the importer made to printed text, with its reason.
struct TextRepair: Hashable, Sendable {
    var printed: String
    var repaired: String
    var reasonTH: String
    var reasonEN: String
}
