import Foundation

extension MeasureTemplateLibrary {
    /// The templates shipped with Prongsai. A broken bundled file is a build defect.
    public static let bundled: MeasureTemplateLibrary = {
        guard
            let url = Bundle.module.url(forResource: "measure-templates", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let library = try? JSONDecoder().decode(MeasureTemplateLibrary.self, from: data)
        else {
            fatalError("the bundled measure-templates.json is missing or unreadable")
        }
        return library
    }()
}
