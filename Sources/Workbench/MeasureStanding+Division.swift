extension MeasureStanding {
    /// The standings split for one reader: a division head's own measures first (those naming
    /// the division), then the rest; everyone else gets every measure in `own`, in plan order.
    public static func split(_ standings: [MeasureStanding], for user: UserAccount) -> (own: [MeasureStanding], others: [MeasureStanding]) {
        guard user.role == .divisionHead, let division = user.divisionName else { return (standings, []) }
        let mine = { (standing: MeasureStanding) in
            standing.measure.measure.divisions.contains { DivisionMatch.belongs($0, to: division) }
        }
        return (standings.filter(mine), standings.filter { !mine($0) })
    }
}
