/// The `:year` of an API path: a plan year the agency has, or a 404 naming the field.
enum APIYear {
    static func resolve(_ context: AppRequestContext, _ scope: AgencyScope) throws -> Int {
        let text = context.parameters.get("year") ?? ""
        guard let year = Int(text), scope.years.contains(year) else {
            throw WebError(.notFound, field: "year", th: "ไม่มีข้อมูลปีงบประมาณ \(text)", en: "no plan for fiscal year \(text)")
        }
        return year
    }
}
