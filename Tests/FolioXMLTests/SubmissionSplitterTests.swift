import FolioRead
import Testing

@Suite("EDGAR submissions")
struct SubmissionSplitterTests {
    static let submission = """
        -----BEGIN PRIVACY-ENHANCED MESSAGE-----
        <SEC-DOCUMENT>0000000000-99-000001.txt
        <SEC-HEADER>
        CONFORMED SUBMISSION TYPE:\t8-K
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <FILENAME>main.txt
        <DESCRIPTION>FORM 8-K
        <TEXT>
        Main body.
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>ex99.htm
        <TEXT>
        <html><body><p>Press release.</p></body></html>
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>GRAPHIC
        <SEQUENCE>3
        <FILENAME>logo.jpg
        <TEXT>
        begin 644 logo.jpg
        M_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)"0@*#!0-#`L+
        end
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>

        """

    @Test("parts with type, sequence, file name, text range; binaries flagged")
    func split() {
        let bytes = Array(Self.submission.utf8)
        #expect(SubmissionSplitter.looksLikeSubmission(bytes))
        let parts = SubmissionSplitter.split(bytes)
        #expect(parts.map(\.type) == ["8-K", "EX-99.1", "GRAPHIC"])
        #expect(parts.map(\.sequence) == [1, 2, 3])
        #expect(parts.map(\.filename) == ["main.txt", "ex99.htm", "logo.jpg"])
        #expect(parts.map(\.binary) == [nil, nil, "uuencoded"])
        #expect(parts.map(\.idSuffix) == ["8-k", "ex99-1", "graphic"])
        #expect(String(decoding: bytes[parts[0].text], as: UTF8.self) == "Main body.\n")
        #expect(String(decoding: bytes[parts[1].text], as: UTF8.self) == "<html><body><p>Press release.</p></body></html>\n")
    }

    @Test("plain text and HTML are not submissions")
    func notSubmissions() {
        #expect(!SubmissionSplitter.looksLikeSubmission(Array("Annual report\n<DOCUMENT> in prose\n".utf8)))
        #expect(!SubmissionSplitter.looksLikeSubmission(Array("<html><body>x</body></html>".utf8)))
        #expect(SubmissionSplitter.split(Array("no documents here".utf8)).isEmpty)
    }

    @Test("an unterminated document still yields its text to the end")
    func unterminated() {
        let bytes = Array("<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nBody without end".utf8)
        let parts = SubmissionSplitter.split(bytes)
        #expect(parts.count == 1)
        #expect(String(decoding: bytes[parts[0].text], as: UTF8.self) == "Body without end")
    }
}
