import Complaints
import Foundation
import Testing

@Suite struct ImageMetadataStripperTests {
    @Test func exifAndCommentsLeaveAJPEGButThePictureStays() {
        let exif: [UInt8] = [0xFF, 0xE1, 0x00, 0x12] + Array("Exif\0\0GPS-13.7".utf8) + [0x00, 0x00]
        let comment: [UInt8] = [0xFF, 0xFE, 0x00, 0x07] + Array("nakhon".utf8).prefix(5)
        let quantisation: [UInt8] = [0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02]
        let scan: [UInt8] = [0xFF, 0xDA, 0x00, 0x02, 0x11, 0x22, 0x33, 0xFF, 0xD9]
        let jpeg = Data([0xFF, 0xD8] + exif + comment + quantisation + scan)
        let stripped = ImageMetadataStripper.strip(jpeg, mimeType: "image/jpeg")
        #expect(stripped == Data([0xFF, 0xD8] + quantisation + scan))
        #expect(stripped.range(of: Data("GPS".utf8)) == nil)
    }

    @Test func textChunksLeaveAPNG() {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let length = UInt32(data.count)
            return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
                + Array(type.utf8) + data + [0, 0, 0, 0]
        }
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let header = chunk("IHDR", Array(repeating: 1, count: 13))
        let text = chunk("tEXt", Array("Author\0Somchai".utf8))
        let data = chunk("IDAT", [1, 2, 3])
        let end = chunk("IEND", [])
        let stripped = ImageMetadataStripper.strip(Data(signature + header + text + data + end), mimeType: "image/png")
        #expect(stripped == Data(signature + header + data + end))
    }

    @Test func otherTypesAndDamagedImagesAreLeftAsTheyAre() {
        let pdf = Data("%PDF-1.4 author".utf8)
        #expect(ImageMetadataStripper.strip(pdf, mimeType: "application/pdf") == pdf)
        let broken = Data([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF])
        #expect(ImageMetadataStripper.strip(broken, mimeType: "image/jpeg") == broken)
    }
}
