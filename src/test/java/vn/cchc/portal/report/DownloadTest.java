package vn.cchc.portal.report;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DownloadTest {

    @Test
    void the_file_name_is_ASCII_with_the_Vietnamese_name_in_RFC_5987_form() {
        assertEquals(
                "attachment; filename=\"danh-sach-co-quan-don-vi.pdf\"; "
                        + "filename*=UTF-8''Danh%20s%C3%A1ch%20c%C6%A1%20quan%2C%20%C4%91%C6%A1n%20v%E1%BB%8B.pdf",
                ReportController.contentDisposition("danh-sach-co-quan-don-vi.pdf", "Danh sách cơ quan, đơn vị.pdf"));
    }

    @Test
    void a_download_has_the_format_s_content_type() {
        ResponseEntity<byte[]> response =
                ReportController.download(new byte[] {1, 2, 3}, ExportFormat.XLSX, "danh-sach", "Danh sách");
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.getHeaders().getContentType().toString());
        assertEquals(3, response.getHeaders().getContentLength());
        assertEquals(
                "attachment; filename=\"danh-sach.xlsx\"; filename*=UTF-8''Danh%20s%C3%A1ch.xlsx",
                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void formats_are_found_by_extension() {
        assertEquals(ExportFormat.PDF, ExportFormat.fromExtension("pdf"));
        assertEquals(ExportFormat.DOCX, ExportFormat.fromExtension(".DOCX"));
        assertEquals("xlsx", ExportFormat.XLSX.extension());
        assertEquals("application/pdf", ExportFormat.PDF.mimeType());
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromExtension("exe"));
    }

    @Test
    void the_directory_is_downloaded_in_each_format_and_nothing_else() throws Exception {
        OrgUnitDirectoryReport stub = new OrgUnitDirectoryReport(null, null, null, null, null, "SNV") {
            @Override
            public byte[] render(ExportFormat format) {
                return format.name().getBytes(StandardCharsets.US_ASCII);
            }
        };
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReportController(stub, null, null))
                .build();

        mvc.perform(get("/reports/org-units.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"danh-sach-co-quan-don-vi.pdf\"; filename*=UTF-8''"
                                        + "Danh%20s%C3%A1ch%20c%C6%A1%20quan%2C%20%C4%91%C6%A1n%20v%E1%BB%8B.pdf"))
                .andExpect(content().bytes("PDF".getBytes(StandardCharsets.US_ASCII)));
        mvc.perform(get("/reports/org-units.docx"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, ExportFormat.DOCX.mimeType()))
                .andExpect(content().bytes("DOCX".getBytes(StandardCharsets.US_ASCII)));
        mvc.perform(get("/reports/org-units.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, ExportFormat.XLSX.mimeType()));
        mvc.perform(get("/reports/org-units.exe")).andExpect(status().isNotFound());
    }
}
