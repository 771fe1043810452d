/// word/styles.xml in the given typography (by default TH Sarabun New 16 pt, as government documents are set).
enum WordStyles {
    /// Word picks the font of Thai runs from w:cs and their size from w:szCs, so both are set
    /// beside the Latin ones; w:lang w:bidi marks them as Thai for line breaking and proofing.
    static func xml(_ type: WordTypography) -> String {
        let runFonts = type.runFonts
        return WordPackageParts.xmlDeclaration + """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults>
        <w:rPrDefault><w:rPr>\(runFonts)\
        <w:sz w:val="\(type.body)"/><w:szCs w:val="\(type.body)"/><w:lang w:val="th-TH" w:eastAsia="en-US" w:bidi="th-TH"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="\(type.lineSpacing)" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
        <w:style w:type="paragraph" w:styleId="DocTitle"><w:name w:val="Document Title"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="\(type.title)"/><w:szCs w:val="\(type.title)"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>\
        <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/>\
        <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/>\
        <w:qFormat/><w:pPr><w:spacing w:after="120"/><w:jc w:val="thaiDistribute"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>\
        <w:qFormat/><w:rPr><w:sz w:val="\(type.table)"/><w:szCs w:val="\(type.table)"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/>\
        <w:basedOn w:val="TableText"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="TableGap"><w:name w:val="Table Gap"/><w:basedOn w:val="Normal"/>\
        <w:rPr><w:sz w:val="\(type.body / 2)"/><w:szCs w:val="\(type.body / 2)"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Figure"><w:name w:val="Figure"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:spacing w:before="120"/><w:jc w:val="center"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:sz w:val="\(type.caption)"/><w:szCs w:val="\(type.caption)"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
        </w:styles>
        """
    }
}
