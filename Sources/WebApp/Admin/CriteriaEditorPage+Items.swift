import Criteria

/// The OIT items of the editor, one group of fields each, and the fields of an item to add.
extension CriteriaEditorPage {
    var oitItems: [Item] { criteria.items.filter { criteria.indicator($0.indicator)?.instrument == .oit } }

    var subIndicators: [SubIndicator] {
        criteria.indicators.filter { $0.instrument == .oit }.flatMap(\.subIndicators)
    }

    func itemsFieldset() -> HTML {
        let groups = oitItems.enumerated().map { index, item in itemFields(item, name: "item.\(index)") }
        return """
            <fieldset class="panel" id="items"><legend>\(t("รายการข้อมูลที่ต้องเปิดเผย (OIT)", "Disclosure items (OIT)"))</legend>
            <p class="hint">\(t("องค์ประกอบบรรทัดละหนึ่งข้อ แบบ \"รหัส | ข้อความ\" หัวข้อคั่นด้วยจุลภาค", "one component a line as \"id | text\"; topics separated by commas"))</p>
            \(groups)
            </fieldset>
            """
    }

    func newItemFieldset() -> HTML {
        let empty = Item(code: "", indicator: 9, subIndicator: subIndicators.first?.code, textTH: "", timing: .standing, provenance: .init(status: .open))
        return """
            <fieldset class="panel" id="new-item"><legend>\(t("เพิ่มรายการข้อ", "Add an item"))</legend>
            <p class="hint">\(t("กรอกรหัสข้อเมื่อต้องการเพิ่ม รายการใหม่จะต่อท้ายตัวชี้วัดย่อยที่เลือก", "fill in a code to add an item; it is appended to the chosen sub-indicator"))</p>
            \(itemFields(empty, name: "new", isNew: true))
            </fieldset>
            """
    }

    private func itemFields(_ item: Item, name: String, isNew: Bool = false) -> HTML {
        let components = item.components.map { "\($0.id) | \($0.textTH)" }.joined(separator: "\n")
        let original: HTML = isNew ? .empty : "<input type=\"hidden\" name=\"\(name).original\" value=\"\(item.code)\">"
        let remove: HTML = isNew ? .empty : """
            <div><label><input type="checkbox" name="\(name).remove" value="1"> \(t("ยกเลิกข้อนี้", "Remove this item"))</label></div>
            """
        let legend: HTML = isNew ? .empty : "<legend>\(t("ข้อ", "Item")) \(item.code)</legend>"
        let required: HTML = isNew ? .empty : " required"
        return """
            <fieldset class="item-fields" id="\(name)">\(legend)\(original)
            <div class="row">
            <div><label for="\(name).code">\(t("รหัสข้อ", "Code"))</label>
            <input type="text" id="\(name).code" name="\(name).code" value="\(item.code)" size="6" maxlength="10"\(required)></div>
            <div class="grow"><label for="\(name).textTH">\(t("ชื่อรายการ", "Thai title"))</label>
            <input type="text" id="\(name).textTH" name="\(name).textTH" value="\(item.textTH)" maxlength="300"\(required)></div>
            </div>
            <div class="row">
            <div><label for="\(name).subIndicator">\(t("ตัวชี้วัดย่อย", "Sub-indicator"))</label>
            <select id="\(name).subIndicator" name="\(name).subIndicator">\(subIndicatorOptions(item.subIndicator))</select></div>
            <div><label for="\(name).timing">\(t("ช่วงเวลาของข้อมูล", "Evidence period"))</label>
            <select id="\(name).timing" name="\(name).timing">\(timingOptions(item.timing))</select></div>
            <div><label for="\(name).status">\(t("สถานะการยืนยัน", "Verification"))</label>
            <select id="\(name).status" name="\(name).status">\(statusOptions(item.provenance.status))</select></div>
            </div>
            <div><label for="\(name).topics">\(t("หัวข้อ", "Topics"))</label>
            <input type="text" id="\(name).topics" name="\(name).topics" value="\(item.topics.joined(separator: ", "))" maxlength="300"></div>
            <div><label for="\(name).components">\(t("องค์ประกอบ", "Components"))</label>
            <textarea id="\(name).components" name="\(name).components" rows="\(max(2, min(item.components.count + 1, 8)))">\(components)</textarea></div>
            \(remove)
            </fieldset>
            """
    }

    private func subIndicatorOptions(_ selected: String?) -> [HTML] {
        subIndicators.map { sub in
            "<option value=\"\(sub.code)\"\(sub.code == selected ? " selected" : "")>\(sub.code) \(sub.nameTH)</option>"
        }
    }

    private func timingOptions(_ selected: DisclosureTiming?) -> [HTML] {
        DisclosureTiming.allCases.map { timing in
            let label = CriteriaDiff.timingLabel(timing)
            return "<option value=\"\(timing.rawValue)\"\(timing == selected ? " selected" : "")>\(t(label.th, label.en))</option>"
        }
    }

    /// V, R and ?; D only where the item already has it, so that saving does not change it.
    private func statusOptions(_ selected: Provenance.Status) -> [HTML] {
        let offered: [Provenance.Status] = selected == .derived ? [.verified, .derived, .recalled, .open] : [.verified, .recalled, .open]
        return offered.map { status in
            let label = switch status {
            case .verified: t("V ยืนยันกับคู่มือแล้ว", "V verified")
            case .derived: t("D คำนวณจากข้อมูลที่ยืนยันแล้ว", "D derived")
            case .recalled: t("R ยังไม่ยืนยัน", "R not verified")
            case .open: t("? ยังไม่ทราบ", "? not known")
            }
            return "<option value=\"\(status.rawValue)\"\(status == selected ? " selected" : "")>\(label)</option>"
        }
    }
}
