package vn.cchc.portal.report;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates may name the font "Times New Roman" or none at all: the PDF still embeds Liberation Serif. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FontExtensionTest {

    private static final String BODY = """
            <jasperReport name="font-probe" language="java" pageWidth="467" pageHeight="700" columnWidth="467" \
            leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
            	<field name="text" class="java.lang.String"/>
            	<detail>
            		<band height="40">
            			<element kind="textField" x="0" y="0" width="467" height="20" fontName="Times New Roman" \
            italic="true">
            				<expression><![CDATA["Times: " + $F{text}]]></expression>
            			</element>
            			<element kind="textField" x="0" y="20" width="467" height="20">
            				<expression><![CDATA["Không định dạng: " + $F{text}]]></expression>
            			</element>
            		</band>
            	</detail>
            </jasperReport>
            """;

    @Test
    void Times_New_Roman_and_unstyled_text_are_embedded_Liberation_Serif() throws JRException, IOException {
        JasperReport body =
                JasperCompileManager.compileReport(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
        OfficialDocument doc = OrgUnitDirectoryReport.document(
                SampleIssuer.SNV, LocalDate.of(2024, 2, 29), "Ủy ban nhân dân tỉnh Gia Lai");

        byte[] pdf = new OfficialDocumentRenderer()
                .render(
                        doc,
                        body,
                        List.of(Map.of("text", "Ủy ban nhân dân xã Ia Tôr, huyện Chư Prông")),
                        null,
                        ExportFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Times: Ủy ban nhân dân xã Ia Tôr, huyện Chư Prông"), text);
            assertTrue(text.contains("Không định dạng: Ủy ban nhân dân xã Ia Tôr"), text);
            assertTrue(text.contains("Gia Lai, ngày 29 tháng 02 năm 2024"), text);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded() && font.getName().contains("LiberationSerif"), font.getName());
                }
            }
        }
    }
}
